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
// gives the same results.
import Fuse from 'fuse.js';
import { fold } from './fold.js';
import type { Entry, EntryType } from './schema.js';

/** What `--in` searches: one field, or all of them. */
export type SearchScope = 'quotes' | 'title' | 'body' | 'all';
export type SearchField = Exclude<SearchScope, 'all'>;

/** fuse.js semantics: the share of a query word's letters that may be wrong. */
export const DEFAULT_THRESHOLD = 0.4;

/** A piece of an entry that search ranks: a quote, the title, or a paragraph of the body. */
export interface Passage {
  entry: Entry;
  field: SearchField;
  text: string;
  /** 1-based line of the passage in its file (its first line, for a body paragraph). */
  line: number;
  speaker: string | null;
  at: string | null;
}

export interface Hit {
  id: string;
  title: string;
  date: string;
  type: EntryType;
  outlet: string;
  /** Relative to the corpus folder. */
  path: string;
  field: SearchField;
  /** The quote, the title or the body paragraph, as written. */
  text: string;
  speaker: string | null;
  at: string | null;
  /**
   * 0 is a perfect match. Up to the threshold: a passage holding every query word, scored by the
   * share of the query's letters that had to be forgiven. Above it: a passage lacking some words.
   */
  score: number;
  /** 1-based line of the match in its file. */
  line: number;
  /** The matched words in `text`: `[start, end)` offsets, sorted, never overlapping. */
  matches: [number, number][];
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

// Words are runs of letters, marks and digits; an apostrophe or a hyphen between two of them
// also makes a compound (`micro-tâches`, `aujourd’hui`) that a query may type in one piece.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const FOLDED_WORD = /[\p{L}\p{N}]+/gu;
const JOINERS = new Set(["'", '’', 'ʼ', '-', '\u2010', '\u2011']);
// Marks the edges of a word, so that a match away from the start costs an error in fuse.js.
const EDGE = ' ';
const SHORT_WORD = 2;
// fuse.js matches patterns of up to 32 characters in one piece; two are the word edges.
const MAX_WORD = 30;
const SCORE_DECIMALS = 1e4;
const FIELD_ORDER: Record<SearchField, number> = { title: 0, quotes: 1, body: 2 };

/** Called with each word: folded, where it stands in the text, and its position among the words. */
type WordVisitor = (folded: string, start: number, end: number, ordinal: number) => void;

/** A word folded: the parts search matches, and all of them joined, for compounds. */
interface FoldedWord {
  parts: string[];
  whole: string;
}

type WordFolder = (word: string) => FoldedWord;

/**
 * Visits every word of `text`, folded, and returns how many words it has. A word that folding
 * splits again (`½` → `1⁄2`) yields each part; with `compounds`, words joined by an apostrophe or
 * a hyphen also yield their concatenation, placed at the first of them.
 */
function visitWords(text: string, foldWord: WordFolder, visit: WordVisitor, compounds = true): number {
  let ordinal = 0;
  let previousEnd = -1;
  let chain = '';
  let chainStart = 0;
  let chainEnd = 0;
  let chainOrdinal = 0;
  let chainRuns = 0;
  let i = 0;
  while (i < text.length) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = i < text.length ? wordCharLength(text, i) : 0;
    }
    const folded = foldWord(text.slice(start, i));
    for (const part of folded.parts) visit(part, start, i, ordinal);
    if (compounds) {
      if (chainRuns > 0 && start === previousEnd + 1 && JOINERS.has(text[previousEnd]!)) {
        chain += folded.whole;
        chainEnd = i;
        chainRuns++;
      } else {
        if (chainRuns > 1) visit(chain, chainStart, chainEnd, chainOrdinal);
        chain = folded.whole;
        chainStart = start;
        chainEnd = i;
        chainOrdinal = ordinal;
        chainRuns = 1;
      }
    }
    previousEnd = i;
    ordinal++;
  }
  if (chainRuns > 1) visit(chain, chainStart, chainEnd, chainOrdinal);
  return ordinal;
}

// Whether each UTF-16 unit is a letter, a mark or a digit, learnt once per unit: a Unicode
// regular expression run over every passage would cost most of a search.
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const wordUnits = new Uint8Array(0x10000);

/** UTF-16 units of the letter, mark or digit at `i` (2 for a surrogate pair), 0 for anything else. */
function wordCharLength(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) ? 1 : 0;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    return WORD_CHAR.test(char) ? char.length : 0;
  }
  let kind = wordUnits[unit]!;
  if (kind === UNKNOWN) {
    kind = WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : OTHER;
    wordUnits[unit] = kind;
  }
  return kind === WORD ? 1 : 0;
}

/** Folds words once each per search, however often they occur. */
function wordFolder(): WordFolder {
  const cache = new Map<string, FoldedWord>();
  return (word) => {
    let folded = cache.get(word);
    if (folded === undefined) {
      const parts = fold(word).match(FOLDED_WORD) ?? [];
      folded = { parts, whole: parts.join('') };
      cache.set(word, folded);
    }
    return folded;
  };
}

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
export function passagesOf(entries: readonly Entry[], scope: SearchScope): Passage[] {
  const passages: Passage[] = [];
  const wants = (field: SearchField): boolean => scope === 'all' || scope === field;
  for (const entry of entries) {
    if (wants('title')) passages.push({ entry, field: 'title', text: entry.title, line: entry.lines.title ?? 1, speaker: null, at: null });
    if (wants('quotes')) {
      for (const quote of entry.quotes) passages.push({ entry, field: 'quotes', text: quote.text, line: quote.line, speaker: quote.speaker, at: quote.at });
    }
    if (wants('body')) passages.push(...paragraphsOf(entry));
  }
  return passages;
}

/** Body paragraphs (runs of non-blank lines), each with the file line it starts on. */
function paragraphsOf(entry: Entry): Passage[] {
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

function prepare(passages: readonly Passage[], foldWord: WordFolder): { prepared: PreparedPassage[]; vocabulary: Vocabulary } {
  const vocabulary: Vocabulary = { ids: new Map(), words: [] };
  const prepared = passages.map((passage, index) => {
    const words: number[] = [];
    const ordinals: number[] = [];
    const length = visitWords(passage.text, foldWord, (folded, _start, _end, ordinal) => {
      let id = vocabulary.ids.get(folded);
      if (id === undefined) {
        id = vocabulary.words.length;
        vocabulary.ids.set(folded, id);
        vocabulary.words.push(folded);
      }
      words.push(id);
      ordinals.push(ordinal);
    });
    return { passage, index, words, ordinals, length };
  });
  return { prepared, vocabulary };
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
function locate(ranked: Ranked, query: MatchedQuery, vocabulary: Vocabulary, foldWord: WordFolder): { matches: [number, number][]; line: number } {
  const { passage } = ranked.prepared;
  const { best, exact, window } = ranked;
  const shows = (id: number, ordinal: number): boolean =>
    query.words.some((word, q) => {
      if (best[q]! < 0 || query.errorsOf[q]![id] !== best[q]) return false;
      if (exact[q] && id !== query.exactIds[q]) return false;
      return word.letters > SHORT_WORD || (ordinal >= window.from && ordinal <= window.to);
    });
  const ranges: [number, number][] = [];
  visitWords(passage.text, foldWord, (folded, start, end, ordinal) => {
    if (shows(vocabulary.ids.get(folded)!, ordinal)) ranges.push([start, end]);
  });
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
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const words = queryWords(query, threshold);
  if (words.length === 0 || candidates.length === 0) return { hits: [], total: 0 };
  const foldWord = wordFolder();
  const { prepared, vocabulary } = prepare(candidates, foldWord);
  const letters = words.reduce((sum, word) => sum + word.letters, 0);
  const matched: MatchedQuery = {
    words,
    errorsOf: matchVocabulary(words, vocabulary),
    exactIds: words.map((word) => vocabulary.ids.get(word.text) ?? -1),
    letters,
    allowed: Math.floor(threshold * letters + 1e-9),
  };
  const best = new Int16Array(words.length);
  const exact = new Uint8Array(words.length);
  const ranked: Ranked[] = [];
  for (const passage of prepared) {
    const result = rankOne(passage, matched, best, exact);
    if (result) ranked.push(result);
  }
  ranked.sort(compareRanked);
  const hits = ranked.slice(0, options.limit).map((result): Hit => {
    const { entry, field, text, speaker, at } = result.prepared.passage;
    const { matches, line } = locate(result, matched, vocabulary, foldWord);
    return {
      id: entry.id, title: entry.title, date: entry.date, type: entry.type, outlet: entry.outlet, path: entry.path,
      field, text, speaker, at, score: scoreOf(result, matched, threshold), line, matches,
    };
  });
  return { hits, total: ranked.length };
}

/** Searches the `scope` fields of `entries` (quotes by default) for `query`. */
export function searchEntries(entries: readonly Entry[], query: string, options: SearchOptions & { scope?: SearchScope } = {}): SearchResult {
  return rankPassages(passagesOf(entries, options.scope ?? 'quotes'), query, options);
}
