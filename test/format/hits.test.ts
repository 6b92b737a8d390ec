import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/core/search.js';
import { formatHitIds, formatHitsCsv, formatHitsText, formatHitsTsv, hitsJsonPieces, hitsNdjsonPieces } from '../../src/format/hits.js';
import { plainPaint, type Paint } from '../../src/format/paint.js';
import { displayWidth } from '../../src/format/terminal.js';

function hit(overrides: Partial<Hit> = {}): Hit {
  return {
    id: '2020-10-15-natgeo', title: 'Les ouvriers du clic', date: '2020-10-15', type: 'interview', outlet: 'National Geographic',
    path: '2020/natgeo.md', field: 'quotes', text: 'Ils remplissent trois fonctions : entraîner les machines.', speaker: null, at: null,
    score: 0.0833, line: 17, matches: [[0, 3]],
    ...overrides,
  };
}

/** Shows highlights as [brackets], so tests can read them. */
const markPaint: Paint = { ...plainPaint, highlight: (text) => `[${text}]` };
const text = (hits: Hit[], columns = 80, paint: Paint = markPaint) => formatHitsText(hits, paint, columns, (h) => `corpus/${h.path}:${h.line}`, () => 'fr');

describe('formatHitsText', () => {
  it('shows date, outlet, title, the quote with its matched words marked, and path:line', () => {
    const quote = hit().text;
    const at = (word: string): [number, number] => [quote.indexOf(word), quote.indexOf(word) + word.length];
    const out = text([hit({ matches: [at('remplissent'), at('fonctions')] })]);
    expect(out).toBe([
      '2020-10-15  National Geographic · Les ouvriers du clic',
      '  « Ils [remplissent] trois [fonctions] : entraîner les machines. »',
      '  corpus/2020/natgeo.md:17',
      '',
    ].join('\n'));
  });

  it('wraps a long quote to the width, marks kept across lines', () => {
    const quote = 'Ce sont des travailleurs précaires qui réalisent un travail nécessaire de production, d’annotation et de tri des données.';
    const start = quote.indexOf('annotation');
    const out = text([hit({ text: quote, matches: [[start, start + 'annotation'.length]] })], 40, plainPaint);
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(lines.slice(1, -1).join(' ').replace(/\s+/g, ' ').trim()).toBe(`« ${quote} »`);
    expect(text([hit({ text: quote, matches: [[start, start + 'annotation'.length]] })], 40)).toContain('d’[annotation]');
  });

  it('cuts a word wider than the line', () => {
    const out = text([hit({ text: 'x'.repeat(100), matches: [] })], 30, plainPaint);
    for (const line of out.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(30);
  });

  it('truncates a long title with …', () => {
    const out = text([hit({ title: 'A very long title '.repeat(10) })], 60);
    const header = out.split('\n')[0]!;
    expect(displayWidth(header)).toBeLessThanOrEqual(60);
    expect(header.endsWith('…')).toBe(true);
  });

  it('adds the speaker and the time code of a quote', () => {
    expect(text([hit({ speaker: 'Antonio A. Casilli', at: '12:34' })])).toContain('\n    — Antonio A. Casilli (12:34)\n');
  });

  it('marks a title hit in the title, without repeating it', () => {
    const out = text([hit({ field: 'title', text: 'Les ouvriers du clic', matches: [[4, 12]] })]);
    expect(out).toBe('2020-10-15  National Geographic · Les [ouvriers] du clic\n  corpus/2020/natgeo.md:17\n');
  });

  it('shows a body paragraph without quotation marks, its line breaks as spaces', () => {
    const out = text([hit({ field: 'body', text: 'first line\nsecond line', matches: [[11, 17]] })]);
    expect(out).toContain('\n  first line [second] line\n');
  });

  it('never lets control characters of the corpus reach the terminal', () => {
    const out = text([hit({ title: 'Bad\u001b[2Jtitle', outlet: 'Out\u009blet', text: 'evil \u001b]0;pwned\u0007 quote \u202e', matches: [] })]);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain('\\x1b');
  });

  it('separates hits with a blank line', () => {
    expect(text([hit(), hit({ line: 18 })]).split('\n\n')).toHaveLength(2);
  });
});

describe('machine formats', () => {
  const hits = [hit(), hit({ id: 'other', text: 'a\ttab and a\nnewline', line: 3, score: 0.5 }), hit({ line: 19, score: 0.6 })];

  it('tsv: a header, then one line per hit, tabs and newlines escaped', () => {
    const lines = formatHitsTsv(hits).trimEnd().split('\n');
    expect(lines[0]).toBe('id\tdate\ttype\toutlet\ttitle\tfield\tscore\tpath\tline\ttext');
    expect(lines).toHaveLength(4);
    expect(lines[2]!.split('\t')).toEqual(['other', '2020-10-15', 'interview', 'National Geographic', 'Les ouvriers du clic', 'quotes', '0.5', '2020/natgeo.md', '3', 'a\\ttab and a\\nnewline']);
  });

  it('json: the fields of cli.md, in order, best first', () => {
    const parsed = JSON.parse([...hitsJsonPieces(hits)].join('')) as Record<string, unknown>[];
    expect(Object.keys(parsed[0]!)).toEqual(['id', 'title', 'date', 'type', 'outlet', 'field', 'text', 'score', 'path', 'line', 'speaker', 'at']);
    expect(parsed.map((h) => h.line)).toEqual([17, 3, 19]);
  });

  it('ndjson: one object per line', () => {
    const lines = [...hitsNdjsonPieces(hits)].join('').trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['2020-10-15-natgeo', 'other', '2020-10-15-natgeo']);
  });

  it('csv: a header row, then one record per hit', () => {
    const rows = parse(formatHitsCsv(hits)) as string[][];
    expect(rows[0]).toEqual(['id', 'date', 'type', 'outlet', 'title', 'field', 'score', 'path', 'line', 'text']);
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual([hits[0]!.text, 'a\ttab and a\nnewline', hits[2]!.text]);
  });

  it('ids: each entry once, at its best hit', () => {
    expect(formatHitIds(hits)).toBe('2020-10-15-natgeo\nother\n');
  });
});
