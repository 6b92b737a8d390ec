// Where a hit's matched words stand (locate.ts), worked out by hand from the README: a query word
// found whole is shown whole and not in longer words; otherwise each word it is the start of with
// its fewest typos; a short word only among the other matched words (the closest window); the
// line is the quote's or the title's, or in a body paragraph the line of the first matched word.
import { describe, expect, it } from 'vitest';
import type { FullEntry } from '../../src/core/schema.js';
import { searchEntries, type Hit } from '../../src/core/search.js';
import type { SearchScope } from '../../src/core/search/passages.js';

function entry(fields: Partial<FullEntry>): FullEntry {
  return {
    id: 'e', path: 'e.md', title: 'Untitled', type: 'interview', date: '2020-10-15', outlet: 'Outlet',
    program: null, issue: null, place: null, language: null, url: null, people: [], tags: [], related: [], updates: [], key: null,
    quotes: [], body: '', bodyLine: 20, lines: { title: 2 },
    ...fields,
  };
}

const quote = (text: string) => ({ text, speaker: null, at: null, line: 10 });

/** The best hit of `query` in a quote holding `text`. */
function best(text: string, query: string): Hit {
  const hit = searchEntries([entry({ quotes: [quote(text)] })], query, { scope: 'quotes' }).hits[0];
  expect(hit).toBeDefined();
  return hit!;
}

describe('locate: which words are marked', () => {
  it.each([
    // Found whole: not in the longer words it starts.
    ['travail travailleurs travaux', 'travail', [[0, 7]]],
    // Not a whole word: every word it starts.
    ['travail travailleurs travaux', 'travai', [[0, 7], [8, 20]]],
    // `travaille` matches with no typo, `travial` with one: only the best.
    ['travial travaille', 'travail', [[8, 17]]],
    // A missing query word marks nothing.
    ['le travail', 'travail zzzz', [[3, 10]]],
    // `de` only inside the closest window (words 4 to 6), at its start…
    ['de la vie, loin de la cité', 'de cite', [[16, 18], [22, 26]]],
    // …or at its end (words 0 to 1).
    ['cité de la vie et de', 'cite de', [[0, 4], [5, 7]]],
    // A compound and its part merge into one mark.
    ['des micro-tâches', 'micro microtaches', [[4, 16]]],
    ['des micro-tâches', 'taches microtaches', [[4, 16]]],
    // A compound is visited after the next word: marks come out sorted all the same.
    ['micro-tâches effectuées', 'microtaches effectuees', [[0, 12], [13, 23]]],
  ])('in %j, %j marks %j', (text, query, matches) => {
    expect(best(text, query).matches).toEqual(matches);
  });
});

describe('locate: the line', () => {
  const body = 'First line with robots\nsecond line\nthird with machines\n\nNext paragraph';

  it.each([
    ['robots', 30],
    ['machines', 32],
    ['robots machines', 30],
    ['paragraph', 34],
  ])('in a body paragraph, the line of the first matched word: %s → %i', (query, line) => {
    const hits = searchEntries([entry({ body, bodyLine: 30 })], query, { scope: 'body' }).hits;
    expect(hits[0]!.line).toBe(line);
  });

  it.each([
    ['quotes', 10],
    ['title', 2],
  ] as const)('in the %s, its own line, wherever the word stands', (scope: SearchScope, line) => {
    const text = 'first line\nsecond with robots';
    const hits = searchEntries([entry({ title: text, quotes: [quote(text)] })], 'robots', { scope }).hits;
    expect(hits.map((hit) => [hit.field, hit.line, hit.matches])).toEqual([[scope, line, [[23, 29]]]]);
  });
});
