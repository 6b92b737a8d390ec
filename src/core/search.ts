// Fuzzy search for a quote remembered approximately: without its accents, with a typo, words in
// another order, plain apostrophes. Pure: passages and a query in, ranked hits out.
//
// Both sides go through the same steps: split into words, fold each word (fold.ts), split again.
// Each query word is matched on its own by fuse.js against the distinct words of the passages,
// so word order does not matter and every passage word is folded once per search. A query word
// matches the start of a passage word (a partial word is a prefix); a match inside a word costs
// one error more. Words of one or two letters must match a whole word exactly, so that `l`, `de`
// or `la` cannot match everywhere.
//
// Ranking follows the usual rules of word-based search engines (Meilisearch, Typesense): first
// the passages that hold every query word, then fewer letters wrong or missing, then the query
// words closer together (then in the query's order), then more words matched whole rather than
// as the start of a longer word, then the title before quotes before the body, then the shorter
// passage. A passage's rank depends on that passage and the query only, never on the
// other passages: an index that hands `rankPassages` fewer candidates (any superset of the hits)
// gives the same results. That is how the words that the cache keeps of each quote are used
// (search-words.ts): they are matched without folding the text again, and a quote holding no
// word that a query word matched is never made a passage, since it cannot be a hit.
import Fuse from 'fuse.js';
import { CodeReader, codeStarts, readHeader, visitKeptWords, visitWords, wordFolder, type KeptWords, type WordFolder } from './search-words.js';
import type { EntryType, FullEntry } from './schema.js';

/** What `--in` searches: one field, or all of them. */
export type SearchScope = 'quotes' | 'title' | 'body' | 'all';
export type SearchField = Exclude<SearchScope, 'all'>;

/** fuse.js semantics: the share of a query word's letters that may be wrong. */
export const DEFAULT_THRESHOLD = 0.4;

/** A piece of an entry that search ranks: a quote, the title, or a paragraph of the body. */
export interface Passage {
  readonly entry: FullEntry;
  readonly field: SearchField;
  readonly text: string;
  /** 1-based line of the passage in its file (its first line, for a body paragraph). */
  readonly line: number;
  readonly speaker: string | null;
  readonly at: string | null;
  /** Its words, already folded: where its codes start in the entry's kept words. */
  readonly kept?: { words: KeptWords; start: number };
}

/** The quotes of an entry whose words are kept: made passages only if they hold a matched word. */
interface KeptQuotes {
  entry: FullEntry;
  words: KeptWords;
  /** Where each quote's codes start. */
  starts: number[];
}

type SearchItem = Passage | KeptQuotes;

const isKeptQuotes = (item: SearchItem): item is KeptQuotes => 'starts' in item;

/** The kept words of an entry's quotes, when something (the cache) has them. */
export type KeptWordsOf = (entry: FullEntry) => KeptWords | undefined;

export interface Hit {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly type: EntryType;
  readonly outlet: string;
  /** Relative to the corpus folder. */
  readonly path: string;
  readonly field: SearchField;
  /** The quote, the title or the body paragraph, as written. */
  readonly text: string;
  readonly speaker: string | null;
  readonly at: string | null;
  /**
   * 0 is a perfect match. Up to the threshold: a passage holding every query word, scored by the
   * share of the query's letters that had to be forgiven. Above it: a passage lacking some words.
   */
  readonly score: number;
  /** 1-based line of the match in its file. */
  readonly line: number;
  /** The matched words in `text`: `[start, end)` offsets, sorted, never overlapping. */
  readonly matches: [number, number][];
}

export interface SearchOptions {
  threshold?: number;
  /** At most this many hits, best first; all when undefined. */
  limit?: number;
}

export interface SearchResult {
  /** Best first, at most `limit`. */
  hits: Hit[];
  /** How many passages matched, `limit` aside. */
  total: number;
}

/** A query word, folded, and the fuse.js pattern that finds it. */
interface QueryWord {
  text: string;
  letters: number;
  pattern: string;
  maxErrors: number;
}

// Marks the edges of a word, so that a match away from the start costs an error in fuse.js.
const EDGE = ' ';
const SHORT_WORD = 2;
// fuse.js matches patterns of up to 32 characters in one piece; two are the word edges.
const MAX_WORD = 30;
const SCORE_DECIMALS = 1e4;
const FIELD_ORDER: Record<SearchField, number> = { title: 0, quotes: 1, body: 2 };

function queryWords(query: string, threshold: number): QueryWord[] {
  const words = new Map<string, QueryWord>();
  const visit = (folded: string): void => {
    const text = folded.slice(0, MAX_WORD);
    if (words.has(text)) return;
    const short = text.length <= SHORT_WORD;
    words.set(text, {
      text,
      letters: text.length,
      pattern: short ? `${EDGE}${text}${EDGE}` : `${EDGE}${text}`,
      maxErrors: Math.floor(threshold * text.length + 1e-9),
    });
  };
  // A query's words are its own runs: compounds only help find passages.
  visitWords(query, wordFolder(), visit, false);
  return [...words.values()];
}

/** The words of a query, folded, as search matches them. Empty when it has no letter or digit. */
export function parseQuery(query: string): string[] {
  return queryWords(query, DEFAULT_THRESHOLD).map((word) => word.text);
}

/** The passages of `entries` that `scope` searches, in entry order. */
export function passagesOf(entries: readonly FullEntry[], scope: SearchScope): Passage[] {
  return searchItemsOf(entries, scope) as Passage[];
}

/** Like passagesOf, with the quotes of an entry whose words are kept left as one item. */
function searchItemsOf(entries: readonly FullEntry[], scope: SearchScope, keptWordsOf?: KeptWordsOf): SearchItem[] {
  const items: SearchItem[] = [];
  const wants = (field: SearchField): boolean => scope === 'all' || scope === field;
  for (const entry of entries) {
    if (wants('title')) items.push({ entry, field: 'title', text: entry.title, line: entry.lines.title ?? 1, speaker: null, at: null });
    if (wants('quotes')) {
      const words = keptWordsOf?.(entry);
      // Counted from the kept words: the quotes themselves are read only for the hits.
      const starts = words && codeStarts(words.codes, words.count);
      if (starts && starts.length > 0) items.push({ entry, words: words!, starts });
      else for (const quote of entry.quotes) items.push(quotePassage(entry, quote));
    }
    if (wants('body')) items.push(...paragraphsOf(entry));
  }
  return items;
}

const quotePassage = (entry: FullEntry, quote: FullEntry['quotes'][number]): Passage =>
  ({ entry, field: 'quotes', text: quote.text, line: quote.line, speaker: quote.speaker, at: quote.at });

/**
 * The `index`th quote of an entry whose words are kept: ranking and locating read the kept
 * words only, so the quote itself is read (from the cache) only if a hit's text is wanted.
 */
class KeptQuotePassage implements Passage {
  readonly field = 'quotes';

  constructor(readonly entry: FullEntry, private readonly index: number, readonly kept: Passage['kept']) {}

  // Only a damaged cache could keep words for a quote that is not there.
  private get quote(): Partial<FullEntry['quotes'][number]> {
    return this.entry.quotes[this.index] ?? {};
  }

  get text(): string { return this.quote.text ?? ''; }
  get line(): number { return this.quote.line ?? 1; }
  get speaker(): string | null { return this.quote.speaker ?? null; }
  get at(): string | null { return this.quote.at ?? null; }
}

/** Body paragraphs (runs of non-blank lines), each with the file line it starts on. */
function paragraphsOf(entry: FullEntry): Passage[] {
  const paragraphs: Passage[] = [];
  const lines = entry.body.split('\n');
  let first = -1;
  const close = (end: number): void => {
    if (first >= 0) {
      paragraphs.push({ entry, field: 'body', text: lines.slice(first, end).join('\n'), line: entry.bodyLine + first, speaker: null, at: null });
    }
    first = -1;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') close(index);
    else if (first < 0) first = index;
  });
  close(lines.length);
  return paragraphs;
}

/** A passage as ids into the search's vocabulary: folded once per search. */
interface PreparedPassage {
  passage: Passage;
  index: number;
  words: number[];
  ordinals: number[];
  /** Words in the passage. */
  length: number;
}

interface Vocabulary {
  ids: Map<string, number>;
  words: string[];
}

interface Prepared {
  /** The passages without kept words, folded here. */
  prepared: PreparedPassage[];
  /** The entries' kept quotes, with the index of the first, prepared once the query is matched. */
  kept: { quotes: KeptQuotes; index: number }[];
  /** Per kept vocabulary, the ids of its words in this search's. */
  idsOfKept: Map<readonly string[], Int32Array>;
  vocabulary: Vocabulary;
}

/**
 * Gives every word of the passages an id: a passage folded here gets its words at once; a kept
 * vocabulary is read once for all its passages, which wait for `prepareKept`.
 */
function prepare(items: readonly SearchItem[], foldWord: WordFolder): Prepared {
  const vocabulary: Vocabulary = { ids: new Map(), words: [] };
  const idOf = (folded: string): number => {
    let id = vocabulary.ids.get(folded);
    if (id === undefined) {
      id = vocabulary.words.length;
      vocabulary.ids.set(folded, id);
      vocabulary.words.push(folded);
    }
    return id;
  };
  const idsOfKept = new Map<readonly string[], Int32Array>();
  const prepared: PreparedPassage[] = [];
  const kept: Prepared['kept'] = [];
  let index = 0;
  for (const passage of items) {
    if (isKeptQuotes(passage)) {
      const keptWords = passage.words.vocabulary;
      if (!idsOfKept.has(keptWords)) idsOfKept.set(keptWords, Int32Array.from(keptWords, idOf));
      kept.push({ quotes: passage, index });
      index += passage.starts.length;
      continue;
    }
    const words: number[] = [];
    const ordinals: number[] = [];
    const length = visitWords(passage.text, foldWord, (folded, _start, _end, ordinal) => {
      words.push(idOf(folded));
      ordinals.push(ordinal);
    });
    prepared.push({ passage, index: index++, words, ordinals, length });
  }
  return { prepared, kept, idsOfKept, vocabulary };
}

/**
 * The passages with kept words that hold a word some query word matched (`matching`, by id):
 * the others cannot be hits, and are never built.
 */
function prepareKept({ kept, idsOfKept }: Prepared, matching: Uint8Array): PreparedPassage[] {
  const prepared: PreparedPassage[] = [];
  for (const { quotes: { entry, words: keptWords, starts }, index } of kept) {
    const ids = idsOfKept.get(keptWords.vocabulary)!;
    const reader = new CodeReader(keptWords.codes);
    starts.forEach((start, q) => {
      reader.at = start;
      const { length, visits } = readHeader(reader);
      const first = reader.at;
      let matched = false;
      for (let v = 0; v < visits && !matched; v++) matched = matching[ids[reader.next()]!] === 1;
      if (!matched) return;
      reader.at = first;
      const words: number[] = new Array(visits);
      const ordinals: number[] = new Array(visits);
      for (let v = 0; v < visits; v++) words[v] = ids[reader.next()]!;
      for (let v = 0; v < visits; v++) {
        ordinals[v] = reader.next();
        reader.next();
        reader.next();
      }
      prepared.push({ passage: new KeptQuotePassage(entry, q, { words: keptWords, start }), index: index + q, words, ordinals, length });
    });
  }
  return prepared;
}

/**
 * Errors to turn `pattern` into the closest part of `text`: letters inserted, deleted, replaced,
 * or two neighbours swapped (optimal string alignment). fuse.js counts a swap as two errors,
 * but it is the most common slip of the fingers, so its matches are recounted with this.
 */
export function alignmentErrors(pattern: string, text: string): number {
  const width = text.length + 1;
  // Three rows of the table: two rows back (for swaps), the previous row, the current one.
  let before = new Array<number>(width).fill(0);
  let previous = new Array<number>(width).fill(0);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    for (let j = 1; j < width; j++) {
      const replace = previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, replace);
      if (i > 1 && j > 1 && pattern[i - 1] === text[j - 2] && pattern[i - 2] === text[j - 1]) cost = Math.min(cost, before[j - 2]! + 1);
      current[j] = cost;
    }
    [before, previous, current] = [previous, current, before];
  }
  // The match may end anywhere in the text, as it may start anywhere (row 0 is all zeros).
  return Math.min(...previous);
}

/**
 * For each query word, the errors against each vocabulary word (-1: no match). fuse.js finds the
 * words; an error is a letter inserted, deleted, replaced or swapped, and starting inside a word
 * is one more.
 */
function matchVocabulary(words: readonly QueryWord[], vocabulary: Vocabulary): Int16Array[] {
  const texts = vocabulary.words.map((word) => `${EDGE}${word}${EDGE}`);
  const index = Fuse.createIndex<string>([], texts);
  return words.map((word) => {
    const errors = new Int16Array(texts.length).fill(-1);
    if (word.letters <= SHORT_WORD && word.maxErrors === 0) {
      // Only the word itself can match: what fuse.js would find, without reading every word.
      const id = vocabulary.ids.get(word.text);
      if (id !== undefined) errors[id] = 0;
      return errors;
    }
    // One error more than allowed, since a swap that fuse.js counts as two may count as one.
    const searched = word.maxErrors > 0 ? word.maxErrors + 1 : 0;
    const fuse = new Fuse(texts, {
      isCaseSensitive: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      includeScore: true,
      shouldSort: false,
      // fuse.js keeps a match when errors / pattern length ≤ threshold.
      threshold: (searched + 0.5) / word.pattern.length,
    }, index);
    for (const result of fuse.search(word.pattern)) {
      let found = Math.round((result.score ?? 0) * word.pattern.length);
      if (found >= 2) found = alignmentErrors(word.pattern, texts[result.refIndex]!);
      if (found <= word.maxErrors) errors[result.refIndex] = found;
    }
    return errors;
  });
}

/** The query, matched against the vocabulary: what ranking a passage needs. */
interface MatchedQuery {
  words: QueryWord[];
  /** Per query word, the errors against each vocabulary word (-1: no match). */
  errorsOf: Int16Array[];
  /** Per query word, the vocabulary id of the word itself (-1: absent). */
  exactIds: number[];
  letters: number;
  /** Most letters wrong or missing that a hit may have. */
  allowed: number;
}

/** What ranks a passage against the query; every field is compared lower first. */
interface Ranked {
  prepared: PreparedPassage;
  /** 0 when every query word matched, 1 otherwise. */
  missing: number;
  /** Letters wrong, plus every letter of a query word not found. */
  errors: number;
  /** Where the matched query words stand closest together. */
  window: Window;
  /** Then how far apart each query word stands from the next, in the query's order. */
  pairs: number;
  field: number;
  /** Query words that did not match a whole word exactly. */
  inexact: number;
  /** Per query word, the fewest errors in this passage (-1: not found). */
  best: Int16Array;
  /** Per query word, 1 when the passage holds it as a whole word. */
  exact: Uint8Array;
}

function rankOne(prepared: PreparedPassage, query: MatchedQuery, best: Int16Array, exact: Uint8Array): Ranked | undefined {
  const { words, errorsOf, exactIds } = query;
  best.fill(-1);
  exact.fill(0);
  for (const id of prepared.words) {
    for (let q = 0; q < words.length; q++) {
      const errors = errorsOf[q]![id]!;
      if (errors >= 0 && (best[q]! < 0 || errors < best[q]!)) best[q] = errors;
      if (id === exactIds[q]) exact[q] = 1;
    }
  }
  let errors = 0;
  let found = 0;
  let inexact = 0;
  words.forEach((word, q) => {
    if (best[q]! >= 0) {
      errors += best[q]!;
      found++;
    } else {
      errors += word.letters;
    }
    if (!exact[q]) inexact++;
  });
  if (found === 0 || errors > query.allowed) return undefined;
  const kept = best.slice();
  return {
    prepared,
    missing: found === words.length ? 0 : 1,
    errors,
    window: closestWindow(prepared, kept, errorsOf),
    pairs: pairDistance(prepared, kept, errorsOf),
    field: FIELD_ORDER[prepared.passage.field],
    inexact,
    best: kept,
    exact: exact.slice(),
  };
}

/** Word positions, inclusive. */
interface Window {
  from: number;
  to: number;
}

/** The smallest run of word positions that holds a best match of every matched query word. */
function closestWindow(prepared: PreparedPassage, best: Int16Array, errorsOf: readonly Int16Array[]): Window {
  const places: [number, number][] = [];
  for (let w = 0; w < prepared.words.length; w++) {
    const id = prepared.words[w]!;
    best.forEach((errors, q) => {
      if (errors >= 0 && errorsOf[q]![id] === errors) places.push([prepared.ordinals[w]!, q]);
    });
  }
  places.sort((a, b) => a[0] - b[0]);
  const wanted = best.reduce((count, errors) => count + (errors >= 0 ? 1 : 0), 0);
  const inWindow = new Map<number, number>();
  let window: Window = { from: 0, to: Number.POSITIVE_INFINITY };
  let left = 0;
  for (const [ordinal, q] of places) {
    inWindow.set(q, (inWindow.get(q) ?? 0) + 1);
    while (inWindow.size === wanted) {
      const [leftOrdinal, leftQ] = places[left]!;
      if (ordinal - leftOrdinal < window.to - window.from) window = { from: leftOrdinal, to: ordinal };
      const count = inWindow.get(leftQ)! - 1;
      if (count === 0) inWindow.delete(leftQ);
      else inWindow.set(leftQ, count);
      left++;
    }
  }
  return window;
}

/** Per consecutive pair of matched query words, how far apart they stand (reversed: one more). */
function pairDistance(prepared: PreparedPassage, best: Int16Array, errorsOf: readonly Int16Array[]): number {
  const placesOf: number[][] = [];
  best.forEach((errors, q) => {
    if (errors < 0) return;
    const places: number[] = [];
    prepared.words.forEach((id, w) => {
      if (errorsOf[q]![id] === errors) places.push(prepared.ordinals[w]!);
    });
    placesOf.push(places);
  });
  let total = 0;
  for (let k = 1; k < placesOf.length; k++) {
    let nearest = 8;
    for (const a of placesOf[k - 1]!) for (const b of placesOf[k]!) nearest = Math.min(nearest, b >= a ? b - a : a - b + 1);
    total += nearest;
  }
  return total;
}

function compareRanked(a: Ranked, b: Ranked): number {
  const spread = (ranked: Ranked): number => ranked.window.to - ranked.window.from;
  return a.missing - b.missing || a.errors - b.errors || spread(a) - spread(b) || a.pairs - b.pairs || a.inexact - b.inexact
    || a.field - b.field || a.prepared.length - b.prepared.length || a.prepared.index - b.prepared.index;
}

/**
 * Where the matched words stand in the passage's text, and the line of the first one. A query
 * word found whole is shown whole, not in longer words; a short one only among its neighbours.
 */
function locate(ranked: Ranked, query: MatchedQuery, { vocabulary, idsOfKept }: Prepared, foldWord: WordFolder): Located {
  const { passage } = ranked.prepared;
  const { best, exact, window } = ranked;
  const shows = (id: number, ordinal: number): boolean =>
    query.words.some((word, q) => {
      if (best[q]! < 0 || query.errorsOf[q]![id] !== best[q]) return false;
      if (exact[q] && id !== query.exactIds[q]) return false;
      return word.letters > SHORT_WORD || (ordinal >= window.from && ordinal <= window.to);
    });
  const ranges: [number, number][] = [];
  if (passage.kept) {
    const ids = idsOfKept.get(passage.kept.words.vocabulary)!;
    visitKeptWords(passage.kept.words.codes, passage.kept.start, (kept, start, end, ordinal) => {
      if (shows(ids[kept]!, ordinal)) ranges.push([start, end]);
    });
  } else {
    visitWords(passage.text, foldWord, (folded, start, end, ordinal) => {
      if (shows(vocabulary.ids.get(folded)!, ordinal)) ranges.push([start, end]);
    });
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const matches: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = matches.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else matches.push([start, end]);
  }
  const first = matches[0]?.[0] ?? 0;
  const line = passage.field === 'body' ? passage.line + (passage.text.slice(0, first).match(/\n/g)?.length ?? 0) : passage.line;
  return { matches, line };
}

interface Located {
  matches: [number, number][];
  line: number;
}

/**
 * A hit reads its entry, its text and where its words stand when asked: `--format ids` asks
 * for none of them, and entries from the cache are parsed only for the hits shown. As JSON it
 * is a plain object with every field.
 */
class SearchHit implements Hit {
  readonly id: string;
  readonly field: SearchField;
  #located: Located | undefined;

  constructor(private readonly passage: Passage, readonly score: number, private readonly locateIt: () => Located) {
    this.id = passage.entry.id;
    this.field = passage.field;
  }

  get title(): string { return this.passage.entry.title; }
  get date(): string { return this.passage.entry.date; }
  get type(): EntryType { return this.passage.entry.type; }
  get outlet(): string { return this.passage.entry.outlet; }
  get path(): string { return this.passage.entry.path; }
  get text(): string { return this.passage.text; }
  get speaker(): string | null { return this.passage.speaker; }
  get at(): string | null { return this.passage.at; }
  get line(): number { return (this.#located ??= this.locateIt()).line; }
  get matches(): [number, number][] { return (this.#located ??= this.locateIt()).matches; }

  toJSON(): Hit {
    const { id, title, date, type, outlet, path, field, text, speaker, at, score, line, matches } = this;
    return { id, title, date, type, outlet, path, field, text, speaker, at, score, line, matches };
  }
}

/** The share of the query's letters forgiven; above the threshold for a passage lacking words. */
function scoreOf(ranked: Ranked, query: MatchedQuery, threshold: number): number {
  const share = ranked.errors / query.letters;
  const score = ranked.missing === 0 ? share : threshold + ((1 - threshold) * share) / threshold;
  return Math.round(Math.min(1, score) * SCORE_DECIMALS) / SCORE_DECIMALS;
}

/**
 * Ranks `candidates` against `query`, best first. A passage is a hit when at most `threshold` of
 * the query's letters are wrong or missing; passages that hold every query word come first.
 */
export function rankPassages(candidates: readonly Passage[], query: string, options: SearchOptions = {}): SearchResult {
  return rank(candidates, query, options);
}

/** rankPassages, for passages and kept quotes alike. */
function rank(candidates: readonly SearchItem[], query: string, options: SearchOptions): SearchResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const words = queryWords(query, threshold);
  if (words.length === 0 || candidates.length === 0) return { hits: [], total: 0 };
  const foldWord = wordFolder();
  const folded = prepare(candidates, foldWord);
  const { vocabulary } = folded;
  const letters = words.reduce((sum, word) => sum + word.letters, 0);
  const matched: MatchedQuery = {
    words,
    errorsOf: matchVocabulary(words, vocabulary),
    exactIds: words.map((word) => vocabulary.ids.get(word.text) ?? -1),
    letters,
    allowed: Math.floor(threshold * letters + 1e-9),
  };
  const matching = new Uint8Array(vocabulary.words.length);
  for (const errors of matched.errorsOf) errors.forEach((error, id) => error >= 0 && (matching[id] = 1));
  const best = new Int16Array(words.length);
  const exact = new Uint8Array(words.length);
  const ranked: Ranked[] = [];
  for (const passage of [...folded.prepared, ...prepareKept(folded, matching)]) {
    const result = rankOne(passage, matched, best, exact);
    if (result) ranked.push(result);
  }
  ranked.sort(compareRanked);
  const located = (result: Ranked) => (): Located => locate(result, matched, folded, foldWord);
  const hits = ranked.slice(0, options.limit).map((result) => new SearchHit(result.prepared.passage, scoreOf(result, matched, threshold), located(result)));
  return { hits, total: ranked.length };
}

/** Searches the `scope` fields of `entries` (quotes by default) for `query`. */
export function searchEntries(entries: readonly FullEntry[], query: string, options: SearchOptions & { scope?: SearchScope; keptWordsOf?: KeptWordsOf } = {}): SearchResult {
  return rank(searchItemsOf(entries, options.scope ?? 'quotes', options.keptWordsOf), query, options);
}
