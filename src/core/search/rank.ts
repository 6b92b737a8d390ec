// The ordering rules: how one passage stands against a query, and how two passages compare.
// A passage's rank depends on that passage and the query only, never on the other passages, so
// an index that hands fewer candidates (any superset of the hits) gives the same results.
import type { SearchIndex } from './index.js';
import type { MatchedQuery } from './match.js';
import type { SearchField } from './passages.js';
import { SHORT_WORD } from './query.js';

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

/**
 * How passage `p` of `index` stands against the query, or undefined when it is no hit: one pass
 * over its words for the best match of each query word, one for where those stand.
 */
export function rankPassage(index: SearchIndex, p: number, field: SearchField, query: MatchedQuery): Ranked | undefined {
  const { words: queryWords, errorsOf, startsOf, exactIds } = query;
  const best = new Int16Array(queryWords.length).fill(-1);
  const exact = new Uint8Array(queryWords.length);
  const starts = new Uint8Array(queryWords.length);
  const first = index.passageStarts[p]!;
  const end = index.passageStarts[p + 1]!;
  for (let v = first; v < end; v++) {
    const id = index.words[v]!;
    for (let q = 0; q < queryWords.length; q++) {
      const errors = errorsOf[q]![id]!;
      if (errors < 0) continue;
      if (best[q]! < 0 || errors < best[q]!) best[q] = errors;
      if (startsOf[q]![id]) starts[q] = 1;
      if (id === exactIds[q]) exact[q] = 1;
    }
  }
  let errors = 0;
  let found = 0;
  let inexact = 0;
  let longAtStart = false;
  queryWords.forEach((word, q) => {
    if (best[q]! >= 0) {
      errors += best[q]!;
      found++;
      if (word.letters > SHORT_WORD && starts[q]) longAtStart = true;
    } else {
      errors += word.letters;
    }
    if (!exact[q]) inexact++;
  });
  const missing = found < queryWords.length;
  if (found === 0 || (missing && !lacksFewEnough(found, queryWords.length, longAtStart, query.threshold))) return undefined;
  const { window, pairs } = placesOf(index, p, best, errorsOf);
  return { passage: p, missing: missing ? 1 : 0, errors, window, pairs, field: FIELD_ORDER[field], inexact, length: index.lengths[p]!, best, exact };
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
 * Where the best matches of the matched query words stand: the smallest run of positions that
 * holds one of each, and the distance from each to the next in the query's order. Linear in the
 * passage's words: its matches are put in order of position (visitWords visits a compound after
 * its parts, at the first part's position: the only visits out of order, each moved back over
 * its own parts only), then read once for the window and once per pair of query words.
 */
function placesOf(index: SearchIndex, p: number, best: Int16Array, errorsOf: readonly Int16Array[]): { window: Window; pairs: number } {
  const ordinals: number[] = [];
  const queryWordOf: number[] = [];
  for (let v = index.passageStarts[p]!; v < index.passageStarts[p + 1]!; v++) {
    const id = index.words[v]!;
    const ordinal = index.ordinals[v]!;
    for (let q = 0; q < best.length; q++) {
      if (best[q]! < 0 || errorsOf[q]![id] !== best[q]) continue;
      let at = ordinals.length;
      ordinals.push(ordinal);
      queryWordOf.push(q);
      while (at > 0 && ordinals[at - 1]! > ordinal) {
        ordinals[at] = ordinals[at - 1]!;
        queryWordOf[at] = queryWordOf[at - 1]!;
        at--;
      }
      ordinals[at] = ordinal;
      queryWordOf[at] = q;
    }
  }
  return { window: closestWindow(ordinals, queryWordOf, best), pairs: pairDistance(ordinals, queryWordOf, best) };
}

function closestWindow(ordinals: readonly number[], queryWordOf: readonly number[], best: Int16Array): Window {
  const wanted = best.reduce((count, errors) => count + (errors >= 0 ? 1 : 0), 0);
  const inWindow = new Int32Array(best.length);
  let present = 0;
  let window: Window = { from: 0, to: Number.POSITIVE_INFINITY };
  let left = 0;
  for (let k = 0; k < ordinals.length; k++) {
    if (inWindow[queryWordOf[k]!]!++ === 0) present++;
    while (present === wanted) {
      if (ordinals[k]! - ordinals[left]! < window.to - window.from) window = { from: ordinals[left]!, to: ordinals[k]! };
      if (--inWindow[queryWordOf[left]!]! === 0) present--;
      left++;
    }
  }
  return window;
}

/** Per consecutive pair of matched query words, how near they stand (reversed: one more), at most FAR. */
function pairDistance(ordinals: readonly number[], queryWordOf: readonly number[], best: Int16Array): number {
  const placesOf: number[][] = [];
  const listOf = new Map<number, number[]>();
  best.forEach((errors, q) => {
    if (errors < 0) return;
    const places: number[] = [];
    listOf.set(q, places);
    placesOf.push(places);
  });
  ordinals.forEach((ordinal, k) => listOf.get(queryWordOf[k]!)!.push(ordinal));
  let total = 0;
  for (let k = 1; k < placesOf.length; k++) total += nearest(placesOf[k - 1]!, placesOf[k]!);
  return total;
}

/**
 * The least of `b - a` (b at or after a) and `a - b + 1` (b before a) over both ascending lists,
 * walked once: for each b, only the last a at or before it and the first after it can be nearest.
 */
function nearest(as: readonly number[], bs: readonly number[]): number {
  let least = FAR;
  let i = 0;
  for (const b of bs) {
    while (i < as.length && as[i]! <= b) i++;
    if (i > 0) least = Math.min(least, b - as[i - 1]!);
    if (i < as.length) least = Math.min(least, as[i]! - b + 1);
  }
  return least;
}

export function compareRanked(a: Ranked, b: Ranked): number {
  const spread = (ranked: Ranked): number => ranked.window.to - ranked.window.from;
  return a.missing - b.missing || a.errors - b.errors || spread(a) - spread(b) || a.pairs - b.pairs || a.inexact - b.inexact
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
