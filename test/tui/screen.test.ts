// The picker's screen from its state: sizes, widths, escaping, highlights, the preview.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { FullEntry } from '../../src/core/schema.js';
import type { Hit } from '../../src/core/search.js';
import { plainPaint, type Paint } from '../../src/format/paint.js';
import { initialState, withRanking, type PickerState } from '../../src/tui/picker.js';
import { drawScreen } from '../../src/tui/screen.js';

/** Highlights as [brackets], bold as *stars*, so tests can read them. */
const markPaint: Paint = { ...plainPaint, highlight: (text) => `[${text}]` };

const QUOTE = 'Il permet la migration virtuelle de la main d’œuvre, ou du doigt d’œuvre, en l’occurrence.';
const range = (text: string, word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];

function entry(overrides: Partial<FullEntry> = {}): FullEntry {
  return {
    id: 'natgeo', path: '2020/natgeo.md', title: 'Les ouvriers du clic', type: 'interview', date: '2020-10-15', outlet: 'National Geographic France',
    program: 'Grand entretien', issue: null, place: null, language: 'fr', url: null,
    people: [{ name: 'Antonio A. Casilli', role: 'interviewee' }, { name: 'Marie-Amélie Carpio', role: 'interviewer' }],
    tags: [], related: [], updates: [], key: null, body: '', bodyLine: 30, lines: {},
    quotes: [
      { text: 'La quote before.', speaker: null, at: null, line: 20 },
      { text: QUOTE, speaker: 'Antonio A. Casilli', at: '12:34', line: 24 },
      { text: 'The quote after.', speaker: null, at: null, line: 26 },
    ],
    ...overrides,
  };
}

function hitOf(source: FullEntry, index: number, matches: [number, number][] = []): Hit {
  const quote = source.quotes[index]!;
  return {
    id: source.id, title: source.title, date: source.date, type: source.type, outlet: source.outlet, path: source.path, field: 'quotes',
    text: quote.text, speaker: quote.speaker, at: quote.at, score: 0, line: quote.line, matches,
  };
}

const withHits = (hits: Hit[], query = 'doigt oeuvre', columns = 80, rows = 40): PickerState =>
  withRanking(initialState(query, { columns, rows }), { hits, total: hits.length, done: 1, of: 1 });

const natgeo = entry();
const natgeoHit = hitOf(natgeo, 1, [range(QUOTE, 'doigt'), [QUOTE.lastIndexOf('d’œuvre'), QUOTE.lastIndexOf('d’œuvre') + 7]]);

describe('drawScreen', () => {
  it('shows the query, the hits with their matches marked, the file, the preview and the keys', () => {
    const { lines, caret } = drawScreen(withHits([natgeoHit]), () => natgeo, markPaint);
    expect(lines).toHaveLength(40);
    expect(lines[0]).toMatch(/^> doigt oeuvre +1 hit$/);
    expect(caret).toEqual({ row: 0, column: 2 + 'doigt oeuvre'.length });
    // The match lies past the line's room: the line starts a few words before it.
    expect(lines[1]).toBe('>  2020-10-15  National Geogra…  …d’œuvre, ou du [doigt] [d’œuvre], en l’occurrence.');
    const rule = lines.findIndex((line) => line.startsWith('──'));
    expect(lines[rule]).toMatch(/^── 2020\/natgeo\.md:24 ─+$/);
    expect(lines.slice(rule + 1, rule + 16).join('\n')).toBe([
      'Les ouvriers du clic',
      'National Geographic France · Grand entretien · 2020-10-15 · interview',
      'People: Antonio A. Casilli (interviewee), Marie-Amélie Carpio (interviewer)',
      '',
      '« Il permet la migration virtuelle de la main d’œuvre, ou du [doigt] [d’œuvre], en',
      '  l’occurrence. »',
      '  — Antonio A. Casilli, 12:34',
      '',
      'Quote before:',
      '  « La quote before. »',
      '',
      'Quote after:',
      '  « The quote after. »',
      '',
      '',
    ].join('\n'));
    expect(lines[39]).toMatch(/^Enter choose · Tab mark/);
  });

  it('shows a neighbouring quote with its first line or not at all when the preview is short', () => {
    const screen = drawScreen(withHits([natgeoHit], 'doigt oeuvre', 80, 20), () => natgeo, plainPaint).lines.join('\n');
    expect(screen).toContain('Quote before:\n  « La quote before. »');
    expect(screen).not.toContain('Quote after:');
  });

  it.each([[60, 20], [80, 40], [30, 10], [200, 50]])('fills %i×%i exactly, no line wider', (columns, rows) => {
    const wide = entry({ outlet: '朝日新聞 📰 Asahi', title: '東京の労働者 👩‍👩‍👧 family emoji', quotes: [{ text: '東京の労働者 🤖 travail invisible 😀 '.repeat(8), speaker: '山田', at: null, line: 5 }] });
    const hits = Array.from({ length: 30 }, () => hitOf(wide, 0, [range(wide.quotes[0]!.text, 'travail')]));
    const { lines } = drawScreen(withHits(hits, '東京 travail', columns, rows), () => wide, plainPaint);
    expect(lines).toHaveLength(rows);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
  });

  it('shows control characters from the corpus as visible escapes, never raw', () => {
    const hostile = entry({ outlet: 'Evil\u001b]52;c;AAAA\u0007', title: 'Title\u001b[2J\u202e', quotes: [{ text: 'travail \u001b[31mred\u0000 \u009b6n', speaker: 'Sp\u0007', at: null, line: 3 }] });
    const { lines } = drawScreen(withHits([hitOf(hostile, 0, [[0, 7]])], 'travail', 80, 20), () => hostile, plainPaint);
    const screen = lines.join('\n');
    expect(screen).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(screen).toContain('travail \\x1b[31mred\\x00 \\x9b6n');
    expect(screen).toContain('Title\\x1b[2J\\u202e');
  });

  it('scrolls a long query so that the caret stays on the screen', () => {
    const query = 'intelligence artificielle assistée par l’homme et le travail du clic';
    const { lines, caret } = drawScreen(withHits([], query, 30, 10), () => undefined, plainPaint);
    expect(stringWidth(lines[0]!)).toBeLessThanOrEqual(30);
    expect(lines[0]).toContain('du clic');
    expect(caret.column).toBeLessThan(30);
  });

  it('says what it shows and what it is doing: every quote before a query, an empty corpus, ranking under way', () => {
    const size = { columns: 80, rows: 20 };
    const prompt = (state: PickerState): string => drawScreen(state, () => natgeo, plainPaint).lines[0]!;
    // Nothing ranked yet: only how far the first ranking (building the indexes) has come.
    expect(prompt(initialState('', size))).toMatch(/^> +0%$/);
    expect(prompt(withRanking(initialState('', size), { hits: [natgeoHit], total: 3, done: 1, of: 1 }))).toMatch(/^> +all 3, newest first$/);
    expect(prompt(withRanking(initialState('', size), { hits: [], total: 0, done: 1, of: 1 }))).toMatch(/^> +type to search$/);
    // A query typed over the listing: the listing stays while the query's ranking runs.
    const typed = { ...withRanking(initialState('', size), { hits: [natgeoHit], total: 3, done: 1, of: 1 }), query: 'clic', caret: 4 };
    expect(prompt(withRanking(typed, { hits: [], total: 0, done: 250, of: 1000 }))).toMatch(/^> clic +all 3, newest first · 25%$/);
    expect(prompt(withRanking(typed, { hits: [natgeoHit], total: 1, done: 1, of: 1 }))).toMatch(/^> clic +1 hit$/);
  });
});
