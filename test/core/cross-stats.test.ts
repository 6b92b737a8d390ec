// `clic stats --by A --by B`: one count per pair of groups, rows and columns in the order each
// key alone gives (timelines with their empty periods, ranks most frequent first), outlets and
// tags grouped as `--by outlet` groups them (case, accents, spacing), each entry once per cell.
import { describe, expect, it } from 'vitest';
import { computeCrossStats, limitCrossStats } from '../../src/core/cross-stats.js';
import type { Entry } from '../../src/core/schema.js';
import { makeEntry } from '../support/entry.js';

const entries: Entry[] = [
  makeEntry({ id: 'a', date: '2019-03-02', type: 'interview', outlet: 'Le Monde', tags: ['IA', 'travail'] }),
  makeEntry({ id: 'b', date: '2021-05', type: 'press', outlet: 'le  monde', tags: ['ia ', 'IA'] }),
  makeEntry({ id: 'c', date: '2021', type: 'interview', outlet: 'Libération', tags: [] }),
  makeEntry({ id: 'd', date: '2021-06-01', type: 'video', outlet: 'Liberation', tags: ['Travail'] }),
];

describe('computeCrossStats', () => {
  it('year by type: every year of the timeline, types ranked (ties in the order of the types: video before press)', () => {
    expect(computeCrossStats(entries, 'year', 'type')).toEqual({
      rowsBy: 'year', columnsBy: 'type', rows: ['2019', '2020', '2021'], columns: ['interview', 'video', 'press'],
      counts: [[1, 0, 0], [0, 0, 0], [1, 1, 1]], entries: 4,
    });
  });

  it('outlet by tag: spellings of one outlet or tag are one group, a tag given twice counts once, no tag no count', () => {
    const stats = computeCrossStats(entries, 'outlet', 'tag');
    expect(stats.rows).toEqual(['Le Monde', 'Libération']);
    expect(stats.columns).toEqual(['IA', 'travail']);
    expect(stats.counts).toEqual([[2, 1], [0, 1]]);
  });

  it('tag by outlet: the same cells, transposed', () => {
    const stats = computeCrossStats(entries, 'tag', 'outlet');
    expect([stats.rows, stats.columns, stats.counts]).toEqual([['IA', 'travail'], ['Le Monde', 'Libération'], [[2, 0], [1, 1]]]);
  });

  it('month by type: an entry dated by year only has no month and is in no cell; 26 empty months are one gap row', () => {
    const stats = computeCrossStats(entries, 'month', 'type');
    expect(stats.rows).toEqual(['2019-03', '…', '2021-05', '2021-06']);
    expect(stats.counts).toEqual([[1, 0, 0], [0, 0, 0], [0, 0, 1], [0, 1, 0]]);
    expect(stats.entries).toBe(4);
  });
});

describe('limitCrossStats', () => {
  // Computed in each test, not when the file is collected: a crash there would go unnoticed by Stryker.
  const typeByYear = () => computeCrossStats(entries, 'type', 'year');

  it('gives the stats as they are without a limit', () => {
    const stats = typeByYear();
    expect(limitCrossStats(stats, undefined)).toBe(stats);
  });

  it('cuts a ranked key to its first rows, never a timeline', () => {
    const stats = typeByYear();
    expect(limitCrossStats(stats, 1)).toEqual({ ...stats, rows: ['interview'], columns: ['2019', '2020', '2021'], counts: [[1, 0, 1]] });
    const byMonth = computeCrossStats(entries, 'year', 'month');
    expect(limitCrossStats(byMonth, 1)).toEqual(byMonth);
  });

  it('cuts ranked columns too', () => {
    const byType = computeCrossStats(entries, 'year', 'type');
    expect(limitCrossStats(byType, 2)).toEqual({ ...byType, columns: ['interview', 'video'], counts: [[1, 0], [0, 0], [1, 1]] });
  });
});
