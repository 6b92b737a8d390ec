// The picker's ranking (one searcher per session, its indexes built once, each query run in
// steps) gives exactly the hits of `clic search` (searchEntries, building everything afresh for
// one query): same passages, same order (ties included), same scores, same total.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { applyFilter, type FilterSpec } from '../../src/core/filter.js';
import type { FullEntry } from '../../src/core/schema.js';
import { entrySearcher, searchEntries, type SearchScope, type SearchSteps } from '../../src/core/search.js';
import { SteppedRanking, isComplete, pickerRanking } from '../../src/tui/ranking.js';
import { BUNDLED_CORPUS, fullEntries } from '../support/cli.js';
// @ts-expect-error: a plain ES module of the bench, without types
import { ensureCorpus } from '../bench/generate-corpus.mjs';

const bundled = fullEntries(BUNDLED_CORPUS);
const generated = fullEntries(ensureCorpus(mkdtempSync(`${tmpdir()}/clic-stepped-`), 150) as string);
const NO_FILTER: FilterSpec = { types: [], outlets: [], people: [], tags: [], languages: [], ids: [], years: [] };
/** The entries `clic search --type interview` keeps: the picker is handed them, filtered the same way. */
const interviews = (entries: readonly FullEntry[]): FullEntry[] => {
  const kept = new Set(applyFilter(entries, { ...NO_FILTER, types: ['interview'] }).map((entry) => entry.id));
  return entries.filter((entry) => kept.has(entry.id));
};

// Whole queries, typos, missing accents, words typed halfway, a title's words, and two queries
// as they are typed, prefix after prefix.
const QUERIES = ["dogit d'oeuvre", 'intelligence artificielle', 'inteligence humain', 'precarite numerique', 'tacherons', 'algoritme donnees', 'robots', 'plateform', 'micro tach', 'apple ecoute', 'zzzz qqqq'];
const prefixes = (query: string): string[] => [...query].map((_, end) => query.slice(0, end + 1));
const TYPED = [...QUERIES, ...prefixes('travial du clik'), ...prefixes('proletariat')];

/** Runs a query's ranking to its end, a step per run, as the picker does frame after frame. */
function stepped(steps: SearchSteps) {
  const ranking = new SteppedRanking(steps);
  while (!isComplete(ranking.progress)) ranking.run(0);
  return ranking.progress;
}

describe('the picker’s ranking', () => {
  it.each([
    ['bundled', undefined],
    ['bundled', 'title'],
    ['generated', undefined],
    ['generated', 'body'],
    ['generated, interviews only', undefined],
  ] as [string, SearchScope | undefined][])('%s corpus, --in %s: the hits of searchEntries for every query, as typed', (corpus, scope) => {
    const entries = corpus === 'bundled' ? bundled : corpus === 'generated' ? generated : interviews(generated);
    expect(entries.length).toBeGreaterThan(0);
    const { search } = entrySearcher(entries);
    let found = 0;
    for (const query of TYPED) {
      for (const [threshold, limit] of [[undefined, 100], [0.5, 3]] as const) {
        const expected = searchEntries(entries, query, { scope, threshold, limit });
        const result = stepped(search(query, { scope, threshold, limit }));
        expect(JSON.stringify({ hits: result.hits, total: result.total })).toBe(JSON.stringify(expected));
        found += expected.total;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('widens to every field as searchEntries does, with the indexes built once', () => {
    const { search } = entrySearcher(bundled);
    const widened = TYPED.filter((query) => searchEntries(bundled, query).hits.some((hit) => hit.field !== 'quotes'));
    expect(widened.length).toBeGreaterThan(0);
    for (const query of widened) expect(JSON.stringify(stepped(search(query)).hits)).toBe(JSON.stringify(searchEntries(bundled, query).hits));
  });

  it('goes on building the indexes where a query dropped halfway left them', () => {
    const { search } = entrySearcher(generated);
    const dropped = new SteppedRanking(search('travail', {}));
    expect(isComplete(dropped.run(0))).toBe(false);
    for (const query of ['travial du clik', 'proletariat']) expect(JSON.stringify(stepped(search(query)))).toBe(JSON.stringify({ ...searchEntries(generated, query), done: 1, of: 1 }));
  });

  it('ranks a query with many candidates in several steps, none showing hits before the end', () => {
    const { search } = entrySearcher(generated);
    const ranking = new SteppedRanking(search('la le de du', { scope: 'all' }));
    const seen = [];
    while (!isComplete(ranking.progress)) seen.push(ranking.run(0));
    expect(seen.length).toBeGreaterThan(1);
    for (const progress of seen.slice(0, -1)) expect(progress).toMatchObject({ hits: [], total: 0 });
    expect(seen.at(-1)!.total).toBe(searchEntries(generated, 'la le de du', { scope: 'all' }).total);
    expect(seen.at(-1)!.total).toBeGreaterThan(0);
  });
});

describe('pickerRanking, what the picker ranks for each query typed', () => {
  it('gives the hits of searchEntries for every query, typed again, with blanks, capitals or a Backspace back to it', () => {
    const { rank } = pickerRanking(generated, { keep: 100, threshold: 0.3 });
    const again = ['travail', 'travail ', '  travail', 'TRAVAIL', 'travail du', 'travail du ', 'travail', 'travial du clik', 'travial  du  clik '];
    for (const query of [...TYPED, ...again, ...[...TYPED].reverse()]) {
      const expected = searchEntries(generated, query, { threshold: 0.3, limit: 100 });
      const result = stepped(rank(query)!);
      expect(JSON.stringify({ hits: result.hits, total: result.total })).toBe(JSON.stringify(expected));
    }
  });

  it('answers a query whose words were ranked at once, in one step', () => {
    const { rank } = pickerRanking(bundled, { keep: 100 });
    stepped(rank('robots humains')!);
    expect(rank(' Robots  humains ')!.next().done).toBe(true);
  });

  it('lists the quotes newest first before a query is typed, and nothing for a query without a word', () => {
    const { rank } = pickerRanking(bundled, { keep: 2 });
    const listing = stepped(rank('  ')!);
    // The bundled corpus's newest entry is National Geographic's of 2020-10-15; its first two
    // quotes are on lines 12 and 13 of its file.
    expect(listing.hits.map((hit) => `${hit.path}:${hit.line}`)).toEqual(['2020-10-15-national-geographic.md:12', '2020-10-15-national-geographic.md:13']);
    expect(listing.hits[0]!.text).toMatch(/^Contrairement à ce que l’on pourrait croire/);
    expect(listing.total).toBe(bundled.reduce((sum, entry) => sum + entry.quotes.length, 0));
    expect(rank('?! …')).toBeUndefined();
  });
});

describe('pickerRanking.prepare, the indexes built while no key comes', () => {
  it('builds in several steps, after which a query is ranked without building and gives searchEntries’ hits', () => {
    const { rank, prepare } = pickerRanking(generated, { keep: 100 });
    let steps = 0;
    while (!prepare.next().done) steps++;
    // Quotes' and every field's passages and indexes, each cut in steps.
    expect(steps).toBeGreaterThan(2);
    for (const query of ['travial du clik', 'plateform', 'proletariat']) {
      const ranking = new SteppedRanking(rank(query)!);
      const progress = ranking.run(Number.POSITIVE_INFINITY);
      expect(JSON.stringify({ hits: progress.hits, total: progress.total })).toBe(JSON.stringify(searchEntries(generated, query, { limit: 100 })));
    }
  });

  it('builds only the scope --in names', () => {
    const built: string[] = [];
    const searcher = entrySearcher(generated);
    const { prepare } = pickerRanking(generated, { keep: 100, scope: 'title' }, {
      ...searcher,
      prepare: (scopes) => (built.push(...scopes), searcher.prepare(scopes)),
    });
    while (!prepare.next().done);
    expect(built).toEqual(['title']);
  });
});

describe('the quotes’ hits meanwhile, while a query goes on to every field', () => {
  /** The `sofar` results a search's steps give, and its result. */
  function sofarsOf(steps: SearchSteps) {
    const sofars = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) if (step.value.sofar) sofars.push(step.value.sofar);
    return { sofars, result: step.value };
  }
  const widened = TYPED.filter((query) => searchEntries(bundled, query).hits.some((hit) => hit.field !== 'quotes'));
  const settled = TYPED.filter((query) => searchEntries(bundled, query, { scope: 'quotes' }).hits[0]?.score === 0);

  it('a query widening to every field gives, once, the hits `--in quotes` gives, then those of searchEntries', () => {
    expect(widened.length).toBeGreaterThan(0);
    const { search } = entrySearcher(bundled);
    for (const query of widened) {
      const { sofars, result } = sofarsOf(search(query, { limit: 100 }));
      expect(sofars).toEqual([searchEntries(bundled, query, { scope: 'quotes', limit: 100 })]);
      expect(result).toEqual(searchEntries(bundled, query, { limit: 100 }));
    }
  });

  it('gives none when a quote matches every word without a typo, nor with --in', () => {
    expect(settled.length).toBeGreaterThan(0);
    const { search } = entrySearcher(bundled);
    for (const query of settled) expect(sofarsOf(search(query)).sofars).toEqual([]);
    for (const query of widened) expect(sofarsOf(search(query, { scope: 'all' })).sofars).toEqual([]);
  });

  it('the picker’s ranking shows them from then on, every field still indexed and ranked, until the complete hits', () => {
    const { rank } = pickerRanking(generated, { keep: 100 });
    const query = 'travial du clik';
    const quotesHits = searchEntries(generated, query, { scope: 'quotes', limit: 100 }).hits;
    expect(quotesHits.length).toBeGreaterThan(0);
    const ranking = new SteppedRanking(rank(query)!);
    const seen = [];
    while (!isComplete(ranking.progress)) seen.push(ranking.run(0));
    const meanwhile = seen.slice(0, -1);
    const first = meanwhile.findIndex((progress) => progress.hits.length > 0);
    // Quotes indexed and ranked first, with nothing shown; then the quotes' hits, over many steps.
    expect(first).toBeGreaterThan(0);
    expect(meanwhile.length - first).toBeGreaterThan(2);
    for (const progress of meanwhile.slice(0, first)) expect(progress.hits).toEqual([]);
    for (const progress of meanwhile.slice(first)) expect(progress.hits).toEqual(quotesHits);
    expect(JSON.stringify({ hits: seen.at(-1)!.hits, total: seen.at(-1)!.total })).toBe(JSON.stringify(searchEntries(generated, query, { limit: 100 })));
  });
});
