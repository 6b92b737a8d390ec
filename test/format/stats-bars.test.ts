// Bars drawn from hand-built stats: what colour, zero rows, empty types and the legend must look like.
import { describe, expect, it } from 'vitest';
import type { Stats, StatsRow } from '../../src/core/stats.js';
import { plainPaint, type Paint } from '../../src/format/paint.js';
import { barEighths, formatStatsText } from '../../src/format/stats.js';

const marking: Paint = { ...plainPaint, enabled: true, dim: (t) => `<d>${t}</d>`, byType: (type, t) => `<${type}>${t}</${type}>` };
const stats = (rows: StatsRow[], by: Stats['by'] = 'year'): Stats => ({ by, rows, entries: rows.reduce((n, r) => n + r.count, 0), excluded: 0 });
// At 40 columns with four-letter labels and one-digit counts, bars get 31 cells.
const FULL = '█';

describe('bars', () => {
  it('has no length when the largest count is zero', () => {
    expect(barEighths(3, 0, 10)).toBe(0);
  });

  it('draws a bar in plain blocks when a row has no types, even in colour, and no legend', () => {
    expect(formatStatsText(stats([{ label: '2020', count: 2, types: {} }]), marking, 40)).toBe(`2020  ${FULL.repeat(31)} 2\n\n`);
  });

  it('ends a coloured bar with its partial block', () => {
    const text = formatStatsText(stats([{ label: '2019', count: 3, types: { press: 3 } }, { label: '2020', count: 1, types: { press: 1 } }]), marking, 40);
    // 1/3 of 31 cells is 82.67 eighths: 83, ten cells and three eighths.
    expect(text.split('\n')[1]).toBe(`2020  <press>${FULL.repeat(10)}▍</press> 1`);
  });

  it('gives no segment to a type too small for a whole cell', () => {
    const line = formatStatsText(stats([{ label: '2020', count: 100, types: { interview: 1, press: 99 } }]), marking, 40).split('\n')[0]!;
    // A three-digit count leaves 29 cells.
    expect(line).toBe(`2020  <press>${FULL.repeat(29)}</press> 100`);
  });

  it('dims a zero count', () => {
    const text = formatStatsText(stats([{ label: '2019', count: 0, types: {} }, { label: '2020', count: 1, types: { press: 1 } }]), marking, 40);
    expect(text.split('\n')[0]).toBe('2019  <d>0</d>');
  });

  it('colours a label by type only for --by type, not an outlet that happens to be called press', () => {
    const row = { label: 'press', count: 1, types: { video: 1 } };
    expect(formatStatsText(stats([row], 'outlet'), marking, 40).startsWith('press  ')).toBe(true);
    expect(formatStatsText(stats([{ ...row, types: { press: 1 } }], 'type'), marking, 40).startsWith('<press>press</press>  ')).toBe(true);
  });

  it('wraps the legend to the width', () => {
    const types = ['interview', 'podcast', 'video', 'op-ed', 'press', 'award', 'event', 'book'] as const;
    const rows = types.map((type, i) => ({ label: String(2000 + i), count: 1, types: { [type]: 1 } }));
    const legend = formatStatsText(stats(rows), marking, 20).trimEnd().split('\n').slice(types.length + 1);
    const item = (type: string) => `<${type}>${FULL}</${type}> ${type}`;
    expect(legend).toEqual([
      item('interview'),
      `${item('podcast')}  ${item('video')}`,
      `${item('op-ed')}  ${item('press')}`,
      `${item('award')}  ${item('event')}`,
      item('book'),
    ]);
  });

  it('keeps legend items on one line when they fill it exactly', () => {
    // "█ interview" (11) + 2 + "█ video" (7) = 20 columns, the width left at 21.
    const rows = [{ label: '2020', count: 1, types: { interview: 1 } }, { label: '2021', count: 1, types: { video: 1 } }];
    const lines = formatStatsText(stats(rows), marking, 21).trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`<interview>${FULL}</interview> interview  <video>${FULL}</video> video`);
  });
});
