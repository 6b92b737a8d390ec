// Searching entries read through the cache gives exactly, byte for byte, what searching the same
// files loaded afresh gives. Search itself reads only the full entries (core/search/index.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullEntry } from '../../src/core/schema.js';
import { searchEntries, type SearchScope } from '../../src/core/search.js';
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

describe('search over entries read from the cache', () => {
  it('reads every entry through the cache', () => {
    expect(cached).toHaveLength(fresh.length);
    expect(cached.length).toBeGreaterThan(250);
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
});
