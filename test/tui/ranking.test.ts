// Ranking in slices gives exactly the hits of one search of the whole corpus: same passages,
// same order (ties included), same scores, same total.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { FullEntry } from '../../src/core/schema.js';
import { searchEntries, type Hit } from '../../src/core/search.js';
import { SlicedRanking, StepSizer, isComplete } from '../../src/tui/ranking.js';
import { BUNDLED_CORPUS, fullEntries } from '../support/cli.js';
// @ts-expect-error: a plain ES module of the bench, without types
import { ensureCorpus } from '../bench/generate-corpus.mjs';

const bundled = fullEntries(BUNDLED_CORPUS);
const generated = fullEntries(ensureCorpus(mkdtempSync(`${tmpdir()}/clic-sliced-`), 150) as string);

const identity = (hit: Hit) => [hit.path, hit.line, hit.field, hit.score, hit.matches];

function sliced(entries: readonly FullEntry[], query: string, step: number, keep: number) {
  const ranking = new SlicedRanking(entries, (some) => searchEntries(some, query, { scope: 'all' }), keep);
  let steps = 0;
  while (!isComplete(ranking.progress)) {
    ranking.step(step);
    steps++;
  }
  return { ...ranking.progress, steps };
}

describe('SlicedRanking', () => {
  it.each([
    ['bundled', 'travail du clic'],
    ['bundled', "dogit d'oeuvre"],
    ['bundled', 'intelligence artificielle'],
    ['bundled', 'robots'],
    ['generated', 'travail'],
    ['generated', 'precarite numerique'],
    ['generated', 'tacherons du clic'],
    ['generated', 'algoritme donnees'],
  ])('%s corpus, %j: the same hits as one search, whatever the slices', (corpus, query) => {
    const entries = corpus === 'bundled' ? bundled : generated;
    const whole = searchEntries(entries, query, { scope: 'all' });
    expect(whole.total).toBeGreaterThan(0);
    for (const [step, keep] of [[1, 5], [3, 1], [17, 1000], [40, 7], [1000, 1000]] as const) {
      const result = sliced(entries, query, step, keep);
      expect(result.steps).toBe(Math.ceil(entries.length / step));
      expect(result.total).toBe(whole.total);
      expect(result.hits.map(identity)).toEqual(whole.hits.slice(0, keep).map(identity));
    }
  });

  it('reports its progress after each slice', () => {
    const ranking = new SlicedRanking(bundled, (some) => searchEntries(some, 'travail', {}), 10);
    expect(ranking.progress).toMatchObject({ done: 0, of: bundled.length, total: 0 });
    expect(ranking.step(5)).toMatchObject({ done: 5, of: bundled.length });
    expect(isComplete(ranking.step(bundled.length))).toBe(true);
  });
});

describe('StepSizer', () => {
  it('sizes the next step to the budget from the rate measured, at most doubling, never under 200 entries', () => {
    const sizer = new StepSizer(10, 1000);
    sizer.record(1000, 5);
    expect(sizer.size).toBe(2000);
    sizer.record(2000, 40);
    expect(sizer.size).toBe(500);
    sizer.record(500, 1000);
    expect(sizer.size).toBe(200);
  });
});
