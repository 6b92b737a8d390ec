import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/corpus.js';
import type { Entry } from '../../src/core/schema.js';
import { computeStats } from '../../src/core/stats.js';
import { entryText } from '../support/cli.js';

/** Real entries, through the loader: each item is `id` plus raw YAML fields. */
function entries(...specs: Array<{ id: string } & Record<string, string>>): Entry[] {
  const corpus = loadCorpus(specs.map(({ id, ...fields }) => ({ path: `${id}.md`, bytes: new TextEncoder().encode(entryText(fields)) })));
  expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return corpus.entries;
}

const counts = (rows: { label: string; count: number }[]) => rows.map((r) => [r.label, r.count]);

describe('computeStats by year', () => {
  it('is a timeline from the first year to the last, empty years included', () => {
    const stats = computeStats(entries({ id: 'a', date: '2017-03' }, { id: 'b', date: '2020' }, { id: 'c', date: '2020-10-15' }), 'year');
    expect(counts(stats.rows)).toEqual([['2017', 1], ['2018', 0], ['2019', 0], ['2020', 2]]);
    expect(stats).toMatchObject({ by: 'year', entries: 3, excluded: 0 });
  });
});

describe('computeStats by month', () => {
  it('fills the empty months between the first and the last, across a year end', () => {
    const stats = computeStats(entries({ id: 'a', date: '2019-11-02' }, { id: 'b', date: '2020-02' }, { id: 'c', date: '2020-02-14' }), 'month');
    expect(counts(stats.rows)).toEqual([['2019-11', 1], ['2019-12', 0], ['2020-01', 0], ['2020-02', 2]]);
  });

  it('leaves out entries dated by year only, and counts them as excluded', () => {
    const stats = computeStats(entries({ id: 'a', date: '2019' }, { id: 'b', date: '2020-05' }), 'month');
    expect(counts(stats.rows)).toEqual([['2020-05', 1]]);
    expect(stats).toMatchObject({ entries: 2, excluded: 1 });
  });

  it('has no rows when no entry has a month', () => {
    expect(computeStats(entries({ id: 'a', date: '2019' }), 'month').rows).toEqual([]);
  });
});

describe('computeStats by type, outlet and tag', () => {
  it('ranks by count, then by label, and keeps the type breakdown of each row', () => {
    const stats = computeStats(
      entries(
        { id: 'a', type: 'video', outlet: 'France Inter' },
        { id: 'b', type: 'podcast', outlet: 'france inter' },
        { id: 'c', type: 'podcast', outlet: 'Arte' },
        { id: 'd', type: 'press', outlet: 'Le Monde' },
      ),
      'outlet',
    );
    expect(counts(stats.rows)).toEqual([['France Inter', 2], ['Arte', 1], ['Le Monde', 1]]);
    expect(stats.rows[0]!.types).toEqual({ video: 1, podcast: 1 });
  });

  it('orders types of equal count as the schema lists them', () => {
    const stats = computeStats(entries({ id: 'a', type: 'book' }, { id: 'b', type: 'interview' }, { id: 'c', type: 'book' }, { id: 'd', type: 'video' }), 'type');
    expect(counts(stats.rows)).toEqual([['book', 2], ['interview', 1], ['video', 1]]);
  });

  it('counts an entry once under each of its tags, tags that differ by case or accents as one', () => {
    const stats = computeStats(
      entries(
        { id: 'a', tags: '[micro-travail, Plateformes]' },
        { id: 'b', tags: '[plateformes, Modération, moderation]' },
        { id: 'c' },
      ),
      'tag',
    );
    expect(counts(stats.rows)).toEqual([['Plateformes', 2], ['micro-travail', 1], ['Modération', 1]]);
    expect(stats.excluded).toBe(1);
  });

  it('gives no rows for no entries', () => {
    expect(computeStats([], 'type')).toEqual({ by: 'type', rows: [], entries: 0, excluded: 0 });
  });
});
