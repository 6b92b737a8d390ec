// clic show's quotes, people and updates sections, and the quotation marks of each language,
// against pages written out by hand. The marks are each language's primary quotation marks as
// typographers set them (Wikipedia, "Quotation mark", table of usage by language).
import { describe, expect, it } from 'vitest';
import { plainPaint, type Paint } from '../../src/format/paint.js';
import { quoteMarksFor, quoteSource } from '../../src/format/quotes.js';
import { formatEntryText } from '../../src/format/show.js';
import { makeEntry } from '../support/entry.js';

const marking: Paint = { ...plainPaint, enabled: true, bold: (t) => `<b>${t}</b>`, dim: (t) => `<d>${t}</d>`, byType: (type, t) => `<${type}>${t}</${type}>` };
const quote = (text: string, speaker: string | null = null, at: string | null = null) => ({ text, speaker, at, line: 1 });
/** The page's lines after the title, date, path and blank line. */
const sections = (text: string): string[] => text.split('\n').slice(4, -1);

describe('quoteMarksFor', () => {
  it.each([
    ['fr', '« ', ' »'], ['en', '“', '”'], ['de', '„', '“'], ['nl', '„', '”'], ['pl', '„', '”'], ['cs', '„', '“'],
    ['es', '«', '»'], ['it', '«', '»'], ['pt', '«', '»'], ['ru', '«', '»'], ['el', '«', '»'],
    ['sv', '”', '”'], ['fi', '”', '”'], ['da', '»', '«'], ['ja', '「', '」'], ['zh', '“', '”'],
  ])('%s quotes with %j … %j', (language, open, close) => {
    expect(quoteMarksFor(language)).toEqual({ open, close });
  });

  it('reads the code in any case, and gives curly quotes for no language or one not known', () => {
    expect(quoteMarksFor('FR')).toEqual({ open: '« ', close: ' »' });
    expect(quoteMarksFor('De')).toEqual({ open: '„', close: '“' });
    for (const language of [null, undefined, '', 'xx']) expect(quoteMarksFor(language)).toEqual({ open: '“', close: '”' });
  });
});

describe('quoteSource', () => {
  it.each([
    ['Ann', '14:30', '— Ann (14:30)'],
    ['Ann', null, '— Ann'],
    ['Ann', '', '— Ann'],
    [null, '14:30', '(14:30)'],
    ['', '14:30', '(14:30)'],
    [null, null, ''],
    ['', '', ''],
  ])('speaker %j at %j: %j', (speaker, at, line) => {
    expect(quoteSource(speaker, at)).toBe(line);
  });
});

describe('formatEntryText: people, quotes, updates', () => {
  it('shows each quote in its language\'s marks, with its speaker and time code on the line below', () => {
    const entry = makeEntry({
      language: 'fr', people: [],
      quotes: [quote('Un.', 'Ann Speaker', '12:34'), quote('Deux.'), quote('Trois.', null, 'p. 3'), quote('Quatre.', 'Bo')],
    });
    expect(sections(formatEntryText(entry, plainPaint, 80))).toEqual([
      'Language: fr',
      'Quotes:',
      '  « Un. »',
      '    — Ann Speaker (12:34)',
      '  « Deux. »',
      '  « Trois. »',
      '    (p. 3)',
      '  « Quatre. »',
      '    — Bo',
    ]);
  });

  it('paints the section labels, the roles and the quote source dim', () => {
    const entry = makeEntry({
      people: [{ name: 'Ann', role: 'guest' }, { name: 'Bo', role: null }],
      quotes: [quote('Q.', 'Ann')],
      updates: [{ date: '2021', note: 'N' }],
    });
    expect(sections(formatEntryText(entry, marking, 80))).toEqual([
      '<d>People:</d>', '  Ann<d> (guest)</d>', '  Bo',
      '<d>Quotes:</d>', '  “Q.”', '<d>    — Ann</d>',
      '<d>Updates:</d>', '  2021  N',
    ]);
  });

  it('wraps a long quote under its first mark, four columns in', () => {
    const entry = makeEntry({ people: [], quotes: [quote('aaaa bbbb cccc dddd eeee ffff gggg')] });
    expect(sections(formatEntryText(entry, plainPaint, 20))).toEqual(['Quotes:', '  “aaaa bbbb cccc', '    dddd eeee ffff', '    gggg”']);
  });

  it('wraps a long update note under the note, past its date', () => {
    const entry = makeEntry({ people: [], updates: [{ date: '2021-03', note: 'aaaa bbbb cccc dddd' }, { date: '2022', note: 'eeee ffff gggg hhhh' }] });
    expect(sections(formatEntryText(entry, plainPaint, 20))).toEqual([
      'Updates:',
      '  2021-03  aaaa bbbb',
      '           cccc dddd',
      '  2022  eeee ffff',
      '        gggg hhhh',
    ]);
  });

  it('wraps the body, each line under its own indent', () => {
    const entry = makeEntry({ people: [], body: 'aaaa bbbb cccc dddd eeee\n   ffff gggg hhhh iiii jjjj' });
    expect(sections(formatEntryText(entry, plainPaint, 20))).toEqual([
      '',
      'aaaa bbbb cccc dddd',
      'eeee',
      '   ffff gggg hhhh',
      '   iiii jjjj',
    ]);
  });

  it('escapes control characters in names, roles, quotes, speakers, time codes and updates', () => {
    const entry = makeEntry({
      people: [{ name: 'A\u001bB', role: 'g\u0007' }],
      quotes: [quote('Q\u009b', 'S\u001b', 'T\u0007')],
      updates: [{ date: '2021', note: 'N\u001b' }],
    });
    expect(sections(formatEntryText(entry, plainPaint, 80))).toEqual([
      'People:', '  A\\x1bB (g\\x07)', 'Quotes:', '  “Q\\x9b”', '    — S\\x1b (T\\x07)', 'Updates:', '  2021  N\\x1b',
    ]);
  });

  it('leaves out Tags and Related when the lists are empty, and writes one of each given', () => {
    expect(formatEntryText(makeEntry({ people: [], tags: [], related: [] }), plainPaint, 80)).not.toMatch(/Tags|Related/);
    expect(sections(formatEntryText(makeEntry({ people: [], tags: ['t'], related: ['r'] }), plainPaint, 80))).toEqual(['Tags:     t', 'Related:  r']);
    expect(sections(formatEntryText(makeEntry({ people: [], tags: ['t', 'u'], related: ['r', 's'] }), plainPaint, 80))).toEqual(['Tags:     t, u', 'Related:  r, s']);
  });
});
