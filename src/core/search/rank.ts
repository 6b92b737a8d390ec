// The ordering rules: how one passage stands against a query, and how two passages compare.
// A passage's rank depends on that passage and the query only, never on the other passages, so
// an index that hands fewer candidates (any superset of the hits) gives the same results.
import type { SearchIndex } from './index.js';
import type { MatchedQuery } from './match.js';
import type { SearchField } from './passages.js';
import { SHORT_WORD } from './query.js';
import type { SearchProgress } from './steps.js';

const FIELD_ORDER: Record<SearchField, number> = { title: 0, quotes: 1, body: 2 };
const SCORE_DECIMALS = 1e4;
/** Query words farther apart than this count as this far. */
const FAR = 8;

/** Word positions, inclusive. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

/** What ranks a passage against the query; every number is compared lower first. */
export interface Ranked {
  /** The passage's number in the index. */
  readonly passage: number;
  /** 0 when every query word matched, 1 otherwise. */
  readonly missing: number;
  /** Letters wrong, plus every letter of a query word not found. */
  readonly errors: number;
  /** Where the matched query words stand closest together. */
  readonly window: Window;
  /** Then how far apart each query word stands from the next, in the query's order. */
  readonly pairs: number;
  readonly field: number;
  /** Query words that did not match a whole word exactly. */
  readonly inexact: number;
  /** Words in the passage. */
  readonly length: number;
  /** Per query word, the fewest errors in this passage (-1: not found). */
  readonly best: Int16Array;
  /** Per query word, 1 when the passage holds it as a whole word. */
  readonly exact: Uint8Array;
}

/** Per vocabulary word, the query words it matches: the query's tables turned around. */
interface MatchesByWord {
  /** Word id's matches are `firsts[id]` to `firsts[id + 1]` in the arrays below, query words ascending. */
  readonly firsts: Uint32Array;
  readonly queryWords: Uint16Array;
  readonly errors: Int16Array;
  readonly starts: Uint8Array;
  readonly exact: Uint8Array;
  /** The `best` and `exact` arrays of the query's hits so far, by their contents (see keptArrays). */
  readonly kept: Map<number, { best: Int16Array; exact: Uint8Array }>;
}

// Built once per ranking: it reads, for each of a passage's words, only the query words it
// matches (usually none) instead of asking every query word about it.
function matchesOf(query: MatchedQuery): MatchesByWord {
  const { errorsOf, startsOf, exactIds } = query;
  const size = errorsOf[0]?.length ?? 0;
  const firsts = new Uint32Array(size + 1);
  for (const errors of errorsOf) for (let id = 0; id < size; id++) if (errors[id]! >= 0) firsts[id + 1]!++;
  for (let id = 0; id < size; id++) firsts[id + 1]! += firsts[id]!;
  const count = firsts[size]!;
  const matches: MatchesByWord = { firsts, queryWords: new Uint16Array(count), errors: new Int16Array(count), starts: new Uint8Array(count), exact: new Uint8Array(count), kept: new Map() };
  const next = firsts.slice(0, size);
  errorsOf.forEach((errors, q) => {
    for (let id = 0; id < size; id++) {
      if (errors[id]! < 0) continue;
      const k = next[id]!++;
      matches.queryWords[k] = q;
      matches.errors[k] = errors[id]!;
      matches.starts[k] = startsOf[q]![id]!;
      matches.exact[k] = id === exactIds[q] ? 1 : 0;
    }
  });
  return matches;
}

/**
 * Working space reused from passage to passage of one ranking, so that ranking allocates only
 * what a hit keeps; and what standing() learnt of the last passage it read, for rankedOf().
 */
const newSpace = () => ({
  best: new Int16Array(16),
  exact: new Uint8Array(16),
  starts: new Uint8Array(16),
  inWindow: new Int32Array(16),
  placeCounts: new Int32Array(17),
  /** The passage's matches, in the order of its words: visit, query word, errors. */
  matchVisits: new Int32Array(256),
  matchWords: new Int32Array(256),
  matchErrors: new Int32Array(256),
  /** The best matches in order of position: ordinal and query word; then each query word's places. */
  ordinals: new Int32Array(256),
  queryWordOf: new Int32Array(256),
  places: new Int32Array(256),
  matchCount: 0,
  errors: 0,
  found: 0,
  inexact: 0,
  missing: 0,
});
type Space = ReturnType<typeof newSpace>;

/**
 * One query's ranking: its matches by word, and its working space. A ranking makes its own, so
 * that two rankings (a query dropped halfway in the picker, the next one) share nothing.
 */
export interface Ranker {
  readonly query: MatchedQuery;
  readonly matches: MatchesByWord;
  readonly space: Space;
}

export const rankerFor = (query: MatchedQuery): Ranker => ({ query, matches: matchesOf(query), space: newSpace() });

/** `array` if it holds `size`, else a larger one (contents not kept). */
function roomFor<T extends Int16Array | Uint8Array | Int32Array>(array: T, size: number, make: (size: number) => T): T {
  return array.length >= size ? array : make(Math.max(size, 2 * array.length));
}

/**
 * Whether passage `p` is a hit: one pass over its words for the best match of each query word
 * and where each match stands, left in the ranker's space.
 */
function standing({ query, matches, space }: Ranker, index: SearchIndex, p: number): boolean {
  const queryWords = query.words;
  const count = queryWords.length;
  const size = matches.firsts.length - 1;
  const best = (space.best = roomFor(space.best, count, (n) => new Int16Array(n)));
  const exact = (space.exact = roomFor(space.exact, count, (n) => new Uint8Array(n)));
  const starts = (space.starts = roomFor(space.starts, count, (n) => new Uint8Array(n)));
  best.fill(-1, 0, count);
  exact.fill(0, 0, count);
  starts.fill(0, 0, count);
  const { words } = index;
  const { firsts } = matches;
  const end = index.passageStarts[p + 1]!;
  let found = 0;
  for (let v = index.passageStarts[p]!; v < end; v++) {
    const id = words[v]!;
    if (id >= size) continue;
    const from = firsts[id]!;
    const to = firsts[id + 1]!;
    if (from === to) continue;
    if (found + (to - from) > space.matchVisits.length) growMatches(space, found + (to - from));
    for (let k = from; k < to; k++) {
      const q = matches.queryWords[k]!;
      const errors = matches.errors[k]!;
      if (best[q]! < 0 || errors < best[q]!) best[q] = errors;
      if (matches.starts[k]) starts[q] = 1;
      if (matches.exact[k]) exact[q] = 1;
      space.matchVisits[found] = v;
      space.matchWords[found] = q;
      space.matchErrors[found] = errors;
      found++;
    }
  }
  space.matchCount = found;
  let errors = 0;
  let inexact = 0;
  let longAtStart = false;
  found = 0;
  for (let q = 0; q < count; q++) {
    if (best[q]! >= 0) {
      errors += best[q]!;
      found++;
      if (queryWords[q]!.letters > SHORT_WORD && starts[q]) longAtStart = true;
    } else {
      errors += queryWords[q]!.letters;
    }
    if (!exact[q]) inexact++;
  }
  const missing = found < count;
  space.errors = errors;
  space.found = found;
  space.inexact = inexact;
  space.missing = missing ? 1 : 0;
  return found > 0 && (!missing || lacksFewEnough(found, count, longAtStart, query.threshold));
}

/** The Ranked of the passage standing() last found a hit: where its best matches stand. */
function rankedOf({ query, matches, space }: Ranker, index: SearchIndex, p: number, field: SearchField): Ranked {
  const count = query.words.length;
  const { best, exact } = space;
  const places = placesOf(space, index, space.matchCount, best);
  const kept = keptArrays(matches.kept, best, exact, count);
  return {
    passage: p, missing: space.missing, errors: space.errors, window: closestWindow(space, places, best, count, space.found), pairs: pairDistance(space, places, best, count),
    field: FIELD_ORDER[field], inexact: space.inexact, length: index.lengths[p]!, best: kept.best, exact: kept.exact,
  };
}

/** How passage `p` of `index` stands against the ranker's query, or undefined when it is no hit. */
export function rankPassage(ranker: Ranker, index: SearchIndex, p: number, field: SearchField): Ranked | undefined {
  return standing(ranker, index, p) ? rankedOf(ranker, index, p, field) : undefined;
}

/** Candidates ranked between two steps: well under a millisecond's work. */
const CANDIDATES_PER_STEP = 512;

/**
 * The hits among `candidates` (passages of `index`, ascending), best first, at most `limit` of
 * them (all when undefined; at least the best one, whatever the limit), and how many hits there
 * are: exactly the first of all of them sorted by compareRanked, a total order. The best are
 * kept in a heap whose root is the worst kept, so that a hit is compared once with it, and a hit
 * missing more words or letters than that root is counted but never placed.
 */
export function* rankCandidates(index: SearchIndex, passages: readonly { readonly field: SearchField }[], query: MatchedQuery, candidates: Uint32Array, limit?: number): Generator<SearchProgress, { ranked: Ranked[]; total: number }, void> {
  const ranker = rankerFor(query);
  const { space } = ranker;
  const keep = limit === undefined ? Number.POSITIVE_INFINITY : Math.max(1, limit);
  const heap: Ranked[] = [];
  let total = 0;
  for (let k = 0; k < candidates.length; k++) {
    if (k > 0 && k % CANDIDATES_PER_STEP === 0) yield { done: k, of: candidates.length };
    const p = candidates[k]!;
    if (!standing(ranker, index, p)) continue;
    total++;
    if (heap.length < keep) {
      heap.push(rankedOf(ranker, index, p, passages[p]!.field));
      if (heap.length === keep) heapify(heap);
      continue;
    }
    const worst = heap[0]!;
    if (space.missing > worst.missing || (space.missing === worst.missing && space.errors > worst.errors)) continue;
    const ranked = rankedOf(ranker, index, p, passages[p]!.field);
    if (compareRanked(ranked, worst) < 0) {
      heap[0] = ranked;
      siftDown(heap, 0);
    }
  }
  return { ranked: heap.sort(compareRanked), total };
}

/** `heap` ordered as a heap with the worst (by compareRanked) at its root. */
function heapify(heap: Ranked[]): void {
  for (let at = (heap.length >> 1) - 1; at >= 0; at--) siftDown(heap, at);
}

function siftDown(heap: Ranked[], from: number): void {
  let at = from;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= heap.length) return;
    const right = left + 1;
    const worse = right < heap.length && compareRanked(heap[right]!, heap[left]!) > 0 ? right : left;
    if (compareRanked(heap[worse]!, heap[at]!) <= 0) return;
    [heap[at], heap[worse]] = [heap[worse]!, heap[at]!];
    at = worse;
  }
}

/** Query words up to which hits share their `best` and `exact` arrays: their contents fit a number's 53 bits. */
const SHARED_WORDS = 8;
const SHARED_ERRORS = 30;

/**
 * Copies of the first `count` numbers of `best` and `exact`, for a hit to keep. Hits of one query
 * hold few distinct pairs (a few words, a few errors each), and no one writes to a hit's arrays,
 * so each distinct pair is made once and shared: making thousands of small typed arrays per
 * keystroke cost more than ranking the passages.
 */
function keptArrays(kept: MatchesByWord['kept'], best: Int16Array, exact: Uint8Array, count: number): { best: Int16Array; exact: Uint8Array } {
  if (count > SHARED_WORDS) return { best: best.slice(0, count), exact: exact.slice(0, count) };
  let key = 0;
  for (let q = 0; q < count; q++) {
    if (best[q]! >= SHARED_ERRORS) return { best: best.slice(0, count), exact: exact.slice(0, count) };
    key = key * 64 + (best[q]! + 1) * 2 + exact[q]!;
  }
  let arrays = kept.get(key);
  if (!arrays) kept.set(key, (arrays = { best: best.slice(0, count), exact: exact.slice(0, count) }));
  return arrays;
}

/** Room for `size` matches, those found so far kept. */
function growMatches(space: Space, size: number): void {
  const grown = (array: Int32Array): Int32Array<ArrayBuffer> => {
    const bigger = new Int32Array(Math.max(size, 2 * array.length));
    bigger.set(array);
    return bigger;
  };
  space.matchVisits = grown(space.matchVisits);
  space.matchWords = grown(space.matchWords);
  space.matchErrors = grown(space.matchErrors);
}

/**
 * Whether a passage holding `found` of the query's `count` words is still a hit: when it holds at
 * least half of them, one of which is longer than two letters and found from its first letter
 * (`oeuvre` inside `manœuvrer` is not enough), unless the threshold forgives nothing.
 */
function lacksFewEnough(found: number, count: number, longAtStart: boolean, threshold: number): boolean {
  return threshold > 0 && longAtStart && 2 * found >= count;
}

/**
 * Where the best matches of the matched query words stand, in order of position, as
 * `space.ordinals` and `space.queryWordOf`; returns how many. Linear in the passage's
 * matches: visitWords visits a compound after its parts, at the first part's position (the only
 * visits out of order), so each is moved back over its own parts only.
 */
function placesOf(space: Space, index: SearchIndex, matchCount: number, best: Int16Array): number {
  space.ordinals = roomFor(space.ordinals, matchCount, (n) => new Int32Array(n));
  space.queryWordOf = roomFor(space.queryWordOf, matchCount, (n) => new Int32Array(n));
  const { ordinals, queryWordOf, matchVisits, matchWords, matchErrors } = space;
  let length = 0;
  for (let k = 0; k < matchCount; k++) {
    const q = matchWords[k]!;
    if (matchErrors[k] !== best[q]) continue;
    const ordinal = index.ordinals[matchVisits[k]!]!;
    let at = length++;
    while (at > 0 && ordinals[at - 1]! > ordinal) {
      ordinals[at] = ordinals[at - 1]!;
      queryWordOf[at] = queryWordOf[at - 1]!;
      at--;
    }
    ordinals[at] = ordinal;
    queryWordOf[at] = q;
  }
  return length;
}

/** The smallest run of positions holding a best match of each of the `found` matched query words. */
function closestWindow(space: Space, places: number, best: Int16Array, count: number, found: number): Window {
  const { ordinals, queryWordOf } = space;
  const inWindow = (space.inWindow = roomFor(space.inWindow, count, (n) => new Int32Array(n)));
  inWindow.fill(0, 0, count);
  let present = 0;
  let from = 0;
  let to = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let k = 0; k < places; k++) {
    if (inWindow[queryWordOf[k]!]!++ === 0) present++;
    while (present === found) {
      if (ordinals[k]! - ordinals[left]! < to - from) {
        from = ordinals[left]!;
        to = ordinals[k]!;
      }
      if (--inWindow[queryWordOf[left]!]! === 0) present--;
      left++;
    }
  }
  return { from, to };
}

/** Per consecutive pair of matched query words, how near they stand (reversed: one more), at most FAR. */
function pairDistance(space: Space, places: number, best: Int16Array, count: number): number {
  // Each query word's places, ascending, one run after another in `space.places`.
  const starts = (space.placeCounts = roomFor(space.placeCounts, count + 1, (n) => new Int32Array(n)));
  space.places = roomFor(space.places, places, (n) => new Int32Array(n));
  const { ordinals, queryWordOf, places: byWord } = space;
  starts.fill(0, 0, count + 1);
  for (let k = 0; k < places; k++) starts[queryWordOf[k]! + 1]!++;
  for (let q = 0; q < count; q++) starts[q + 1]! += starts[q]!;
  for (let k = 0; k < places; k++) byWord[starts[queryWordOf[k]!]!++] = ordinals[k]!;
  // Filling moved each start to the next one's: the runs now end at starts[q] and begin at starts[q - 1].
  let total = 0;
  let previous = -1;
  for (let q = 0; q < count; q++) {
    if (best[q]! < 0) continue;
    // A word after another: q > previous >= 0, so q's run begins at starts[q - 1].
    if (previous >= 0) total += nearest(byWord, previous === 0 ? 0 : starts[previous - 1]!, starts[previous]!, starts[q - 1]!, starts[q]!);
    previous = q;
  }
  return total;
}

/**
 * The least of `b - a` (b at or after a) and `a - b + 1` (b before a) over both ascending runs of
 * `places` (`[aFrom, aTo)` and `[bFrom, bTo)`), walked once: for each b, only the last a at or
 * before it and the first after it can be nearest.
 */
function nearest(places: Int32Array, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  let least = FAR;
  let i = aFrom;
  for (let j = bFrom; j < bTo; j++) {
    const b = places[j]!;
    while (i < aTo && places[i]! <= b) i++;
    if (i > aFrom) least = Math.min(least, b - places[i - 1]!);
    if (i < aTo) least = Math.min(least, places[i]! - b + 1);
  }
  return least;
}

export function compareRanked(a: Ranked, b: Ranked): number {
  return a.missing - b.missing || a.errors - b.errors || (a.window.to - a.window.from) - (b.window.to - b.window.from) || a.pairs - b.pairs || a.inexact - b.inexact
    || a.field - b.field || a.length - b.length || a.passage - b.passage;
}

/**
 * The share of the query's letters forgiven (wrong, or missing with their word), at most the
 * threshold for a passage holding every word; for one lacking some, that share mapped above the
 * threshold, so that scores never decrease down the hits.
 */
export function scoreOf(ranked: Ranked, query: MatchedQuery): number {
  const { threshold } = query;
  const share = ranked.errors / query.letters;
  const score = ranked.missing === 0 ? share : threshold + (1 - threshold) * share;
  return Math.round(Math.min(1, score) * SCORE_DECIMALS) / SCORE_DECIMALS;
}
