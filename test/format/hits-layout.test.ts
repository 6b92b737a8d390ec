// A search hit's block, column by column, worked out by hand: the header fitted to the width
// (outlet at most 30% of it, the title what is left), the passage wrapped inside its marks,
// continuation lines under the text, the source line cut to the width.
import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/core/search.js';
import { formatHitsText } from '../../src/format/hits.js';
import { plainPaint, type Paint } from '../../src/format/paint.js';

const hit = (overrides: Partial<Hit> = {}): Hit => ({
  id: 'natgeo', title: 'Les ouvriers du clic', date: '2020-10-15', type: 'interview', outlet: 'National Geographic',
  path: '2020/natgeo.md', field: 'quotes', text: 'aaaa bbbb cccc dddd eeee ffff gggg hhhh', speaker: 'Ann Speaker', at: '12:34',
  score: 0.5, line: 17, matches: [],
  ...overrides,
});
const where = (h: Hit): string => `corpus/${h.path}:${h.line}`;
const paint: Paint = { ...plainPaint, bold: (t) => `<b>${t}</b>`, dim: (t) => `<d>${t}</d>`, highlight: (t) => `[${t}]` };

describe('formatHitsText layout', () => {
  it('fits a French quote in 30 columns', () => {
    expect(formatHitsText([hit()], plainPaint, 30, where, () => 'fr')).toBe([
      '2020-10-15  National… · Les o…',
      '  « aaaa bbbb cccc dddd eeee',
      '    ffff gggg hhhh »',
      '    — Ann Speaker (12:34)',
      '  corpus/2020/natgeo.md:17',
      '',
    ].join('\n'));
  });

  it('never lays out narrower than 20 columns, and gives curly quotes when the language is not known', () => {
    const narrow = hit({ text: 'Ils remplissent trois', speaker: 'Antonio A. Casilli', at: null });
    expect(formatHitsText([narrow], plainPaint, 10, where)).toBe([
      '2020-10-15  Nationa… · Les…',
      '  “Ils remplissent',
      '   trois”',
      '   — Antonio A. Cas…',
      '  corpus/2020/natgeo.md:17',
      '',
    ].join('\n'));
  });

  it('wraps a body paragraph under the indent alone, paints outlet, highlights and location', () => {
    const body = hit({ field: 'body', text: 'aaaa bbbb cccc dddd eeee ffff', matches: [[5, 9]], speaker: null, at: null });
    expect(formatHitsText([body], paint, 30, where)).toBe([
      '2020-10-15  <b>National…</b> · Les o…',
      '  aaaa [bbbb] cccc dddd eeee',
      '  ffff',
      '  <d>corpus/2020/natgeo.md:17</d>',
      '',
    ].join('\n'));
  });

  it('gives the title all the room the outlet leaves on a wide terminal', () => {
    const out = formatHitsText([hit({ field: 'title', text: 'Les ouvriers du clic', matches: [[0, 3]] })], paint, 80, where);
    expect(out).toBe('2020-10-15  <b>National Geographic</b> · [Les] ouvriers du clic\n  <d>corpus/2020/natgeo.md:17</d>\n');
  });

  it('writes the time code alone when the quote has no speaker, painted dim', () => {
    const out = formatHitsText([hit({ text: 'q', speaker: null })], paint, 80, where, () => 'en');
    expect(out.split('\n')[2]).toBe('   <d>(12:34)</d>');
  });

  it('writes nothing for no hits', () => {
    expect(formatHitsText([], plainPaint, 80, where)).toBe('');
  });
});
