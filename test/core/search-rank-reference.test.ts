// A ranker keeps working space between passages, shares arrays between hits and reads a
// per-query table turned around by word: none of that may change a rank. The reference below is
// the ranking as first written (session 11), straightforwardly, one allocation per need; every
// passage of the bundled and a generated corpus, against queries typed letter by letter and
// random ones, must rank the same through both, including passages ranked one after another in
// any order (scratch space left by one passage must not leak into the next).
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '../../src/core/search/index.js';
import { matchQuery, type MatchedQuery } from '../../src/core/search/match.js';
import { passagesOf, type SearchField } from '../../src/core/search/passages.js';
import { parseQueryWords, SHORT_WORD } from '../../src/core/search/query.js';
import { compareRanked, rankCandidates, rankerFor, rankPassage, type Ranked, type Window } from '../../src/core/search/rank.js';
import { finish } from '../../src/core/search/steps.js';
import { BUNDLED_CORPUS, fullEntries } from '../support/cli.js';
// @ts-expect-error: a plain ES module of the bench, without types
import { ensureCorpus } from '../bench/generate-corpus.mjs';

const FIELD_ORDER: Record<SearchField, number> = { title: 0, quotes: 1, body: 2 };
const FAR = 8;

function referenceRank(index: SearchIndex, p: number, field: SearchField, query: MatchedQuery): Ranked | undefined {
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


/** A Ranked as plain data: typed arrays as lists, so that shared and fresh arrays compare alike. */
const plain = (ranked: Ranked | undefined) => ranked && { ...ranked, best: [...ranked.best], exact: [...ranked.exact] };

const corpora = {
  bundled: passagesOf(fullEntries(BUNDLED_CORPUS), 'all'),
  generated: passagesOf(fullEntries(ensureCorpus(mkdtempSync(`${tmpdir()}/clic-rank-`), 60) as string), 'all'),
};
const prefixes = (query: string): string[] => [...query].map((_, end) => query.slice(0, end + 1));
const TYPED = [...prefixes("travial du clik d'oeuvre"), ...prefixes('intelligence artificielle'), 'la le de du l d', 'precarite numerique plateformes travailleurs micro taches robots algorithmes donnees'];

/**
 * Ranks every passage against `text` through one ranker, as a ranking uses it (its space reused
 * from passage to passage), expecting the reference's rank for each; gives how many are hits.
 */
function rankedAsReference(passages: readonly { readonly field: SearchField }[], index: SearchIndex, text: string, threshold: number): number {
  const query = matchQuery(parseQueryWords(text, threshold), index.vocabulary);
  const ranker = rankerFor(query);
  let hits = 0;
  passages.forEach((passage, p) => {
    const expected = referenceRank(index, p, passage.field, query);
    if (expected) hits++;
    expect(plain(rankPassage(ranker, index, p, passage.field))).toEqual(plain(expected));
  });
  return hits;
}

describe('rankPassage ranks as the reference does', () => {
  it.each(Object.keys(corpora) as (keyof typeof corpora)[])('every passage of the %s corpus, queries typed letter by letter', (corpus) => {
    const passages = corpora[corpus];
    const index = buildSearchIndex(passages);
    let hits = 0;
    for (const text of TYPED) {
      for (const threshold of [0, 0.2, 0.5]) {
        hits += rankedAsReference(passages, index, text, threshold);
      }
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('past the working space\'s first sizes: passages of hundreds of matches, queries of twenty words', () => {
    // The space starts with room for 16 query words and 256 matches; these need it to grow.
    const passages = [
      { text: 'clic travail '.repeat(200), field: 'body' as const },
      { text: `${'micro '.repeat(300)}travail du clic`, field: 'body' as const },
      { text: 'le travail du clic', field: 'quotes' as const },
    ];
    const index = buildSearchIndex(passages);
    const words = 'clic travail micro du le la les des un une pour avec sans dans sur par plus moins tres bien';
    let hits = 0;
    for (const text of ['clic travail', 'micro travail clik', words, `${words} travial micor`]) {
      for (const threshold of [0, 0.3]) {
        hits += rankedAsReference(passages, index, text, threshold);
      }
    }
    // Each query is a hit in the passages holding its words: the 400 matches of the first included.
    expect(hits).toBeGreaterThanOrEqual(8);
    const query = matchQuery(parseQueryWords('clic travail', 0), index.vocabulary);
    expect(rankPassage(rankerFor(query), index, 0, 'body')).toMatchObject({ missing: 0, errors: 0 });
  });

  it('further past them: queries of 40 and 600 words, a passage\'s last matches past its 256th and 512th', () => {
    const forty = Array.from({ length: 40 }, (_, n) => `mot${String.fromCharCode(97 + (n % 26))}${n}`).join(' ');
    const ten = 'un deux trois quatre cinq six sept huit neuf dix';
    const passages = [
      // Hits of 20 and 40 words: the window's and pairs' space grows too.
      { text: forty, field: 'body' as const },
      // Only micro's matches fit in the first 256 (and 512): travail and clic come after.
      { text: `${'micro '.repeat(256)}travail clic`, field: 'body' as const },
      { text: `${'micro '.repeat(600)}travail clic`, field: 'body' as const },
      // Ten words, the last whole in one and the start of a longer word in the other: their best
      // and exact arrays differ by the last word's exact only.
      { text: ten, field: 'quotes' as const },
      { text: `${ten}ieme`, field: 'quotes' as const },
      // No letter of the 30-letter query word: its 30 letters wrong, at threshold 1.
      { text: 'clic', field: 'title' as const },
    ];
    const index = buildSearchIndex(passages);
    const twenty = forty.split(' ').slice(0, 20).join(' ');
    const many = Array.from({ length: 600 }, (_, n) => `qq${n}`).join(' ');
    let hits = 0;
    for (const [text, threshold] of [[forty, 0.2], [twenty, 0.2], ['micro travail clic', 0.2], [ten, 0.2], ['z'.repeat(30), 1], [many, 1]] as const) {
      hits += rankedAsReference(passages, index, text, threshold);
    }
    // forty and twenty in the first; micro travail clic in the next two; ten in the next two;
    // the 30 z and the 600 words, every passage at threshold 1.
    expect(hits).toBe(1 + 1 + 2 + 2 + 6 + 6);
  });

  it('random queries of the corpus\'s words and typos, passages in a random order', () => {
    const passages = corpora.generated;
    const index = buildSearchIndex(passages);
    const word = fc.oneof(fc.constantFrom(...index.vocabulary), fc.stringMatching(/^[a-zé]{1,12}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom(0, 0.2, 0.4), fc.array(fc.nat(passages.length - 1), { minLength: 1, maxLength: 80 }), (words, threshold, order) => {
        const query = matchQuery(parseQueryWords(words.join(' '), threshold), index.vocabulary);
        const ranker = rankerFor(query);
        for (const p of order) expect(plain(rankPassage(ranker, index, p, passages[p]!.field))).toEqual(plain(referenceRank(index, p, passages[p]!.field, query)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('matchQuery, which keeps the words it matched per vocabulary', () => {
  it('matches a word asked again, among others, as a vocabulary never searched does', () => {
    const { vocabulary } = buildSearchIndex(corpora.generated);
    const asTables = (query: MatchedQuery) => ({ errorsOf: query.errorsOf.map((e) => [...e]), startsOf: query.startsOf.map((s) => [...s]), exactIds: query.exactIds });
    // More queries than words kept, so that some words are matched again after being let go.
    const typed = [...TYPED, ...TYPED.map((text) => text.toUpperCase()), ...vocabulary.slice(0, 80)];
    for (const [threshold, text] of typed.flatMap((text) => [[0.2, text], [0.5, text]] as const)) {
      const fresh = matchQuery(parseQueryWords(text, threshold), [...vocabulary]);
      expect(asTables(matchQuery(parseQueryWords(text, threshold), vocabulary))).toEqual(asTables(fresh));
    }
  });
});

describe('rankCandidates, which keeps only the best hits', () => {
  it('gives the first hits of every candidate ranked and sorted, and counts them all', () => {
    const passages = corpora.generated;
    const index = buildSearchIndex(passages);
    const word = fc.oneof(fc.constantFrom(...index.vocabulary), fc.stringMatching(/^[a-z]{1,9}$/));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0, 0.2, 0.4),
        fc.array(fc.boolean(), { minLength: passages.length, maxLength: passages.length }),
        fc.constantFrom(undefined, 0, 1, 2, 5, 40, 10_000),
        (words, threshold, kept, limit) => {
          const query = matchQuery(parseQueryWords(words.join(' '), threshold), index.vocabulary);
          const candidates = Uint32Array.from(passages.keys()).filter((p) => kept[p]);
          const all = [...candidates].map((p) => referenceRank(index, p, passages[p]!.field, query)).filter((ranked) => ranked !== undefined);
          all.sort(compareRanked);
          const { ranked, total } = finish(rankCandidates(index, passages, query, candidates, limit));
          expect(total).toBe(all.length);
          // At least the best hit, whatever the limit: search reads it to choose the fields.
          expect(ranked.map(plain)).toEqual(all.slice(0, limit === undefined ? undefined : Math.max(1, limit)).map(plain));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('passagesOf, which reads a body line by line in place', () => {
  /** Body paragraphs as first written: the body split into lines, the runs of non-blank ones joined again. */
  function referenceParagraphs(body: string, bodyLine: number): { text: string; line: number }[] {
    const lines = body.split('\n');
    const paragraphs: { text: string; line: number }[] = [];
    let first = -1;
    const close = (end: number): void => {
      if (first >= 0) paragraphs.push({ text: lines.slice(first, end).join('\n'), line: bodyLine + first });
      first = -1;
    };
    lines.forEach((line, index) => {
      if (line.trim() === '') close(index);
      else if (first < 0) first = index;
    });
    close(lines.length);
    return paragraphs;
  }

  it('cuts any body into the same paragraphs, on the same lines', () => {
    const [base] = fullEntries(BUNDLED_CORPUS);
    const piece = fc.constantFrom('a', 'mot', ' ', '\n', '\n\n', '\r', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', 'é', '🤖');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (body) => {
        const entry = { ...base!, body, bodyLine: 7 };
        const found = passagesOf([entry], 'body').map(({ text, line }) => ({ text, line }));
        expect(found).toEqual(referenceParagraphs(body, 7));
      }),
      { numRuns: 500 },
    );
  });
});
