// Searching entries read from the cache gives exactly, byte for byte, what searching the same
// files loaded afresh gives; and the cache's encoding of quote words (search-words.ts) holds
// what it was given. Search itself reads only the entries (core/search/index.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/schema.js';
import { searchEntries, type SearchScope } from '../../src/core/search.js';
import { CodeReader, codeStarts, encodeWords, visitKeptWords, wordFolder } from '../../src/core/search-words.js';
import { cachedWordsOf } from '../../src/fs/cache.js';
import { readCorpus } from '../../src/fs/read-corpus.js';
// @ts-expect-error: a plain ES module of the bench, without types.
import { ensureCorpus } from '../bench/generate-corpus.mjs';

const root = mkdtempSync(join(tmpdir(), 'clic-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let fresh: Entry[];
let cached: Entry[];
beforeAll(() => {
  const dir = ensureCorpus(root, 300) as string;
  fresh = readCorpus(dir).entries;
  const options = { cacheDir: join(root, 'cache'), version: 'test', now: () => Date.now() + 60_000 };
  readCorpus(dir, options);
  cached = readCorpus(dir, options).entries;
});

const QUERIES = [
  'travail du clic', 'travail', 'travial', 'intelligence artificielle', 'inteligence artficielle', 'precarite numerique',
  'tacherons du clic', 'aujourdhui', "aujourd'hui", 'micro-travail', 'microtravail', 'l emploi', 'de', 'plateforme uber kenya',
  'syndicat livreur', 'Économie', 'zzzz qqqq',
];

describe('search over entries read from the cache', () => {
  it('reads every entry with its quote words from the cache', () => {
    expect(cached).toHaveLength(fresh.length);
    expect(cached.every((entry) => cachedWordsOf(entry) !== undefined)).toBe(true);
    expect(fresh.some((entry) => cachedWordsOf(entry) !== undefined)).toBe(false);
  });

  const cases = QUERIES.flatMap((query) => (['quotes', 'all'] as SearchScope[]).map((scope) => [query, scope] as const));
  it.each(cases)('`%s` in %s: the same hits, in the same order, as without the cache', (query, scope) => {
    const expected = JSON.stringify(searchEntries(fresh, query, { scope }));
    const found = JSON.stringify(searchEntries(cached, query, { scope }));
    expect(found).toBe(expected);
  });

  it.each([0, 0.2, 1])('the same hits with --threshold %s and a limit', (threshold) => {
    const options = { threshold, limit: 25 };
    expect(JSON.stringify(searchEntries(cached, 'travial du clik', options)))
      .toBe(JSON.stringify(searchEntries(fresh, 'travial du clik', options)));
  });

  it('keeps word ids, ordinals and places of any size', () => {
    // 5,000 distinct words: ids of one, two and three digits; a text of 4,700 words: long ordinals and offsets.
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const texts = [words.slice(0, 300).join(' '), words.slice(300).join(' '), 'micro-travail'];
    const vocabulary: string[] = [];
    const codes = encodeWords(texts, vocabulary, new Map(), wordFolder());
    const starts = codeStarts(codes, texts.length)!;
    expect(starts).toHaveLength(3);
    const visitsOf = (text: number): [string, number, number, number][] => {
      const visits: [string, number, number, number][] = [];
      visitKeptWords(codes, starts[text]!, (id, start, end, ordinal) => visits.push([vocabulary[id]!, start, end, ordinal]));
      return visits;
    };
    let offset = 0;
    expect(visitsOf(1)).toEqual(words.slice(300).map((word, ordinal) => {
      const start = offset;
      offset += word.length + 1;
      return [word, start, start + word.length, ordinal];
    }));
    expect(visitsOf(2)).toEqual([['micro', 0, 5, 0], ['travail', 6, 13, 1], ['microtravail', 0, 13, 0]]);
    expect(new CodeReader(codes, starts[1]).next()).toBe(4700);
    expect(codeStarts(codes, 2)).toBeUndefined();
  });
});
