// Search over entries read through the cache gives exactly, byte for byte, what searching the
// same files loaded afresh gives; and the quote words a search index may keep (search-words.ts)
// give the same hits as folding every quote again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullEntry } from '../../src/core/schema.js';
import { searchEntries, type SearchScope } from '../../src/core/search.js';
import { CodeReader, codeStarts, encodeWords, visitKeptWords, wordFolder, type KeptWords } from '../../src/core/search-words.js';
import { fileStores } from '../../src/fs/store.js';
// @ts-expect-error: a plain ES module of the bench, without types.
import { ensureCorpus } from '../bench/generate-corpus.mjs';

const root = mkdtempSync(join(tmpdir(), 'clic-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let fresh: FullEntry[];
let cached: FullEntry[];
beforeAll(() => {
  const dir = ensureCorpus(root, 300) as string;
  const open = fileStores({ CLIC_CACHE_DIR: join(root, 'cache') }, root, 'test', () => Date.now() + 60_000);
  const fullOf = (cache: boolean): FullEntry[] => {
    const store = open(dir, { cache });
    return store.full(store.entries().entries.map((entry) => entry.id));
  };
  fresh = fullOf(false);
  fullOf(true);
  cached = fullOf(true);
});

const QUERIES = [
  'travail du clic', 'travail', 'travial', 'intelligence artificielle', 'inteligence artficielle', 'precarite numerique',
  'tacherons du clic', 'aujourdhui', "aujourd'hui", 'micro-travail', 'microtravail', 'l emploi', 'de', 'plateforme uber kenya',
  'syndicat livreur', 'Économie', 'zzzz qqqq',
];

describe('search through the cache and through kept words', () => {
  it('reads every entry, with its body, from the cache', () => {
    expect(cached).toHaveLength(300);
    expect(cached).toEqual(fresh);
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

  it('the same hits from kept words computed in memory, one vocabulary for many entries', () => {
    const vocabulary: string[] = [];
    const ids = new Map<string, number>();
    const foldWord = wordFolder();
    const kept = new Map<FullEntry, KeptWords>(fresh.map((entry) => [entry, { vocabulary, codes: encodeWords(entry.quotes.map((quote) => quote.text), vocabulary, ids, foldWord), count: entry.quotes.length }]));
    for (const query of QUERIES) {
      expect(JSON.stringify(searchEntries(fresh, query, { keptWordsOf: (entry) => kept.get(entry) }))).toBe(JSON.stringify(searchEntries(fresh, query)));
    }
  });

  it('ignores kept words whose codes do not hold as many texts as they say: the quotes are folded again', () => {
    const wrong: KeptWords = { vocabulary: ['zzz'], codes: encodeWords(['zzz'], [], new Map(), wordFolder()), count: 2 };
    const query = 'travail du clic';
    expect(JSON.stringify(searchEntries(fresh, query, { keptWordsOf: (entry) => (entry.quotes.length >= 2 ? wrong : undefined) })))
      .toBe(JSON.stringify(searchEntries(fresh, query)));
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
