import { describe, expect, it } from 'vitest';
import type { EntryType } from '../../src/core/schema.js';
import type { Stats, StatsKey, StatsRow } from '../../src/core/stats.js';
import { plainPaint, type Paint } from '../../src/format/paint.js';
import { barEighths, blocks, formatStatsJson, formatStatsText, formatStatsTsv } from '../../src/format/stats.js';
import { displayWidth } from '../../src/format/terminal.js';

const row = (label: string, types: Partial<Record<EntryType, number>>): StatsRow => ({
  label,
  count: Object.values(types).reduce((a, b) => a + b, 0),
  types,
});
const stats = (by: StatsKey, rows: StatsRow[], excluded = 0): Stats => ({ by, rows, entries: rows.reduce((n, r) => n + r.count, 0), excluded });

/** Colour made visible: `<video>███</video>`. */
const tagPaint: Paint = { ...plainPaint, enabled: true, byType: (type, text) => `<${type}>${text}</${type}>`, dim: (text) => `<dim>${text}</dim>` };

const months = stats('month', [row('2020-01', { press: 2 }), row('2020-02', { video: 3, press: 10, podcast: 1 }), row('2020-03', {}), row('2020-04', { interview: 1 })]);

describe('blocks', () => {
  it.each([
    [0, ''],
    [1, '▏'],
    [4, '▌'],
    [7, '▉'],
    [8, '█'],
    [12, '█▌'],
    [17, '██▏'],
  ])('%i eighths draw %j', (eighths, bar) => {
    expect(blocks(eighths)).toBe(bar);
  });
});

describe('barEighths', () => {
  it.each([
    [14, 14, 60, 480],
    [7, 14, 60, 240],
    [1, 14, 10, 6],
    [1, 1000, 10, 1],
    [0, 14, 60, 0],
  ])('count %i of largest %i in %i cells is %i eighths', (count, largest, width, eighths) => {
    expect(barEighths(count, largest, width)).toBe(eighths);
  });
});

describe('formatStatsText', () => {
  it('draws label, bar and number, the largest count filling the line', () => {
    // 40 columns: 39 usable, less label (7), gaps (3) and count (2), leave 27 cells; 2/14 of 27 is 3⅞.
    const lines = formatStatsText(months, plainPaint, 40).trimEnd().split('\n');
    expect(lines).toEqual([
      '2020-01  ███▉ 2',
      '2020-02  ███████████████████████████ 14',
      '2020-03  0',
      '2020-04  █▉ 1',
    ]);
  });

  it.each([30, 80, 132])('keeps every line within %i columns, leaving the last one free', (columns) => {
    const text = formatStatsText(stats('outlet', [row('École nationale supérieure de Sécurité sociale (EN3S)', { award: 3 }), row('Nova', { podcast: 1 })]), plainPaint, columns);
    const widths = text.trimEnd().split('\n').map(displayWidth);
    expect(Math.max(...widths)).toBe(columns - 1);
  });

  it('cuts long labels with an ellipsis and never lets control characters through', () => {
    const text = formatStatsText(stats('tag', [row('a\u001b[31mred\u0007 tag that goes on and on and on', { press: 1 })]), plainPaint, 80);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text).toMatch(/^a\\x1b\[31mred\\x07 tag that goes… {2}█+ 1\n$/);
  });

  it('splits a bar into its types on a colour terminal, in schema order, and adds a legend', () => {
    const text = formatStatsText(months, tagPaint, 40);
    const february = text.split('\n')[1]!;
    expect(february).toMatch(/^2020-02 {2}<podcast>█+<\/podcast><video>█+<\/video><press>█+<\/press> 14$/);
    // The coloured bar is as long as the plain one.
    expect(february.replace(/<\/?[a-z-]+>/g, '')).toBe(formatStatsText(months, plainPaint, 40).split('\n')[1]);
    expect(text.trimEnd().split('\n').slice(-3)).toEqual([
      '',
      '<interview>█</interview> interview  <podcast>█</podcast> podcast  <video>█</video> video',
      '<press>█</press> press',
    ]);
  });

  it('colours the labels and bars of --by type, with no legend', () => {
    const text = formatStatsText(stats('type', [row('press', { press: 2 }), row('video', { video: 1 })]), tagPaint, 30);
    expect(text.split('\n')[0]).toMatch(/^<press>press<\/press> {2}<press>█+<\/press> 2$/);
    expect(text).not.toContain('  <press>█</press> press');
  });

  it('draws plain blocks and no legend without colour', () => {
    expect(formatStatsText(months, plainPaint, 40)).not.toMatch(/interview/);
  });

  it('is empty for no rows', () => {
    expect(formatStatsText(stats('year', []), plainPaint, 80)).toBe('');
  });
});

describe('formatStatsJson and formatStatsTsv', () => {
  it('give the same numbers, the key named after --by', () => {
    const data = stats('tag', [row('micro-travail', { press: 2 }), row('tab\there', { video: 1 })], 3);
    expect(JSON.parse(formatStatsJson(data))).toEqual({
      by: 'tag',
      entries: 3,
      excluded: 3,
      counts: [{ tag: 'micro-travail', count: 2 }, { tag: 'tab\there', count: 1 }],
    });
    expect(formatStatsTsv(data)).toBe('tag\tcount\nmicro-travail\t2\ntab\\there\t1\n');
  });
});
