// Fuzzy search for a quote remembered approximately: without its accents, with a typo, words in
// another order, plain apostrophes. Pure: entries and a query in, ranked hits out, as plain values.
//
// The steps, one module each under search/: the passages of the entries (passages.ts), their
// words folded (words.ts) into a candidate index (index.ts: vocabulary, each passage's words,
// each word's passages); the query's words (query.ts) matched against the vocabulary only
// (match.ts); the candidates, the passages holding a matched word, ranked (rank.ts); the hits
// shown located (locate.ts). The rules are written down in the README's Search section.
import type { EntryType, FullEntry, QuotedEntry } from './schema.js';
import { buildSearchIndex, candidatesOf, indexSteps, type SearchIndex } from './search/index.js';
import { locate } from './search/locate.js';
import { matchQuery, type MatchedQuery } from './search/match.js';
import { passageSteps, passagesOf, type Passage, type SearchField, type SearchScope } from './search/passages.js';
import { DEFAULT_THRESHOLD, parseQueryWords } from './search/query.js';
import { rankCandidates, scoreOf, type Ranked } from './search/rank.js';
import { finish, type SearchProgress } from './search/steps.js';
import { wordFolder } from './search/words.js';

export { buildSearchIndex, type SearchIndex } from './search/index.js';
export { finish, type SearchProgress } from './search/steps.js';
export { alignmentErrors } from './search/match.js';
export { passagesOf, type Passage, type SearchField, type SearchScope } from './search/passages.js';
export { DEFAULT_THRESHOLD, parseQuery } from './search/query.js';

/**
 * One hit: a plain object, every field computed (nothing read later, no getters), so that it can
 * be kept, compared or written as JSON as it is.
 */
export interface Hit {
  /** The entry's id, its handle for `clic show` and the like. */
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
  /** 1-based line of the match in its file: the quote's, the title's, or the line of the body paragraph holding the first matched word. */
  readonly line: number;
  /** The matched words in `text`: `[start, end)` UTF-16 offsets, sorted, never overlapping. */
  readonly matches: [number, number][];
}

export interface SearchOptions {
  /** The share of a query word's letters that may be wrong, from 0 to 1; DEFAULT_THRESHOLD when undefined. */
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

/** The passages ranked against a query, best first (at most the limit, at least the best), with what locating them needs. */
interface Ranking {
  ranked: Ranked[];
  /** Hits, the limit aside. */
  total: number;
  query: MatchedQuery;
}

/**
 * A step of a search. `sofar`, given once a search without a scope has ranked the quotes and goes
 * on to every field, is the quotes' hits: what a picker can show while the rest is indexed and
 * ranked (at 100,000 entries, seconds for the bodies' index). The search's result may differ.
 */
export interface SearchStep extends SearchProgress {
  readonly sofar?: SearchResult;
}

/**
 * A search run a step at a time (next() until done), for a caller that must not block long. Its
 * progress is that of each part in turn: a scope's passages indexed, then its candidates ranked
 * (a search without a scope may rank the quotes, then every field).
 */
export type SearchSteps = Generator<SearchStep, SearchResult, void>;

function* rankIndexed(passages: readonly Passage[], index: SearchIndex, text: string, threshold: number, limit: number | undefined): Generator<SearchProgress, Ranking | undefined, void> {
  const parsed = parseQueryWords(text, threshold);
  if (parsed.words.length === 0 || passages.length === 0) return undefined;
  const query = matchQuery(parsed, index.vocabulary);
  const candidates = candidatesOf(index, wantedWords(query, index.vocabulary.length));
  return { ...(yield* rankCandidates(index, passages, query, candidates, limit)), query };
}

/** The vocabulary words some query word matched: the passages holding one are the candidates. */
function wantedWords(query: MatchedQuery, size: number): Uint8Array {
  const wanted = new Uint8Array(size);
  for (const errors of query.errorsOf) errors.forEach((error, id) => error >= 0 && (wanted[id] = 1));
  return wanted;
}

function hitsOf(passages: readonly Passage[], index: SearchIndex, ranking: Ranking | undefined, limit: number | undefined): SearchResult {
  if (!ranking) return { hits: [], total: 0 };
  const foldWord = wordFolder();
  const hits = ranking.ranked.slice(0, limit).map((ranked): Hit => {
    const passage = passages[ranked.passage]!;
    const { entry } = passage;
    const { matches, line } = locate(passage, ranked, index, ranking.query, foldWord);
    return {
      id: entry.id, title: entry.title, date: entry.date, type: entry.type, outlet: entry.outlet, path: entry.path,
      field: passage.field, text: passage.text, speaker: passage.speaker, at: passage.at,
      score: scoreOf(ranked, ranking.query), line, matches,
    };
  });
  return { hits, total: ranking.total };
}

/**
 * Ranks `passages`, whose index is `index` (buildSearchIndex of the same passages, in the same
 * order), against `query`, best first. For a caller that searches the same passages again and
 * again (a picker refining its query as it is typed): the index is built once.
 */
export function searchIndexed(passages: readonly Passage[], index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  return hitsOf(passages, index, finish(rankIndexed(passages, index, query, options.threshold ?? DEFAULT_THRESHOLD, options.limit)), options.limit);
}

/** Ranks `passages` against `query`, best first. */
export function rankPassages(passages: readonly Passage[], query: string, options: SearchOptions = {}): SearchResult {
  return searchIndexed(passages, buildSearchIndex(passages), query, options);
}

/** The passages of one scope with their index, built once and searched again and again. */
interface Indexed {
  passages: readonly Passage[];
  index: SearchIndex;
}

type IndexedSteps = Generator<SearchProgress, Indexed, void>;

function* indexedOf(passages: readonly Passage[]): IndexedSteps {
  return { passages, index: yield* indexSteps(passages) };
}

const needsBodies = (scope: SearchScope): scope is 'body' | 'all' => scope === 'body' || scope === 'all';

/** A session's search of one set of entries: query after query, over indexes built once. */
export interface EntrySearcher {
  /** The hits searchEntries gives for `query`, in steps; builds the indexes it needs first, if not yet built. */
  search(query: string, options?: SearchOptions & { scope?: SearchScope }): SearchSteps;
  /**
   * Builds the passages and indexes of `scopes` ahead of any query, in steps: what a caller runs
   * while it waits for input, so that the first query finds them built. A query asked meanwhile
   * goes on with the building where this left it.
   */
  prepare(scopes: readonly SearchScope[]): Generator<SearchProgress, void, void>;
}

/**
 * The search of `entries` for a caller asking query after query (the picker, as a query is
 * typed): every query gives the same hits as searchEntries, in steps so that the caller can
 * answer a key between two, and the quotes' hits as a step's `sofar` when it goes on to every field. Each scope's passages and index are built once, by the first query
 * needing them or by prepare, in steps too; a query dropped halfway leaves the building where it
 * was, for the next query to go on with.
 */
export function entrySearcher(entries: readonly FullEntry[]): EntrySearcher {
  const builds = new Map<SearchScope, { steps: IndexedSteps; built?: Indexed }>();
  function* scopeIndexed(scope: SearchScope): IndexedSteps {
    return yield* indexedOf(yield* passageSteps(entries, scope));
  }
  function* indexed(scope: SearchScope): IndexedSteps {
    let build = builds.get(scope);
    if (!build) builds.set(scope, (build = { steps: scopeIndexed(scope) }));
    while (!build.built) {
      const step = build.steps.next();
      if (step.done) build.built = step.value;
      else yield step.value;
    }
    return build.built;
  }
  return {
    search: (query, options = {}) => searchScoped(indexed, query, options, true),
    *prepare(scopes) {
      for (const scope of scopes) yield* indexed(scope);
    },
  };
}

/**
 * Searches the `scope` fields of `entries` for `query`. Without a scope, the quotes; and when a
 * title or a body paragraph matches better than every quote (it holds every word where no quote
 * does, or fewer letters are wrong), every field, as with scope `all`.
 */
export function searchEntries(entries: readonly FullEntry[], query: string, options: SearchOptions & { scope?: SearchScope } = {}): SearchResult {
  return searchAskingBodies(entries, () => entries, query, options);
}

/**
 * searchEntries over `entries` with their quotes, asking `full` for the same entries with their
 * bodies only when the search reaches a body: with scope `body` or `all`, or without a scope when
 * no quote settles the answer. Most searches then read no body at all. `quotesIndex`, when given,
 * is the index of the quotes' passages (what buildSearchIndex gives for passagesOf(entries,
 * 'quotes')), built from words a cache kept: the quotes' words are then not visited again.
 */
export function searchAskingBodies(
  entries: readonly QuotedEntry[], full: () => readonly FullEntry[], query: string, options: SearchOptions & { scope?: SearchScope } = {},
  quotesIndex?: () => SearchIndex,
): SearchResult {
  const passagesIn = (scope: SearchScope): Passage[] => (needsBodies(scope) ? passagesOf(full(), scope) : passagesOf(entries, scope));
  const indexed = (scope: SearchScope): IndexedSteps => (scope === 'quotes' && quotesIndex ? given(passagesIn(scope), quotesIndex()) : indexedOf(passagesIn(scope)));
  return finish(searchScoped(indexed, query, options, false));
}

/** Passages with an index built beforehand, as the steps of a build that has nothing left to do. */
function* given(passages: readonly Passage[], index: SearchIndex): IndexedSteps {
  return { passages, index };
}

/**
 * searchEntries over the passages and index `indexed` gives for a scope; with `withSofar`, the
 * quotes' hits are given as a step's `sofar` before every field is searched.
 */
function* searchScoped(indexed: (scope: SearchScope) => IndexedSteps, query: string, options: SearchOptions & { scope?: SearchScope }, withSofar: boolean): SearchSteps {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (options.scope) {
    const { passages, index } = yield* indexed(options.scope);
    return hitsOf(passages, index, yield* rankIndexed(passages, index, query, threshold, options.limit), options.limit);
  }
  function* searched(scope: SearchScope) {
    const { passages, index } = yield* indexed(scope);
    return { passages, index, ranking: yield* rankIndexed(passages, index, query, threshold, options.limit) };
  }
  const quotes = yield* searched('quotes');
  const inQuotes = quotes.ranking?.ranked[0];
  if (!(inQuotes && inQuotes.missing === 0 && inQuotes.errors === 0) && parseQueryWords(query).words.length > 0) {
    if (withSofar) yield { done: 0, of: 1, sofar: hitsOf(quotes.passages, quotes.index, quotes.ranking, options.limit) };
    const all = yield* searched('all');
    const inAll = all.ranking?.ranked[0];
    if (inAll && (!inQuotes || inAll.missing < inQuotes.missing || (inAll.missing === inQuotes.missing && inAll.errors < inQuotes.errors))) {
      return hitsOf(all.passages, all.index, all.ranking, options.limit);
    }
  }
  return hitsOf(quotes.passages, quotes.index, quotes.ranking, options.limit);
}
