// The CSV writer, cell by cell: every column of the README's layout filled, RFC 4180 quoting
// (CRLF between records, a cell with a comma, a quote or a line break quoted, quotes doubled),
// the formula guard and the byte order mark. Expected rows are written out by hand.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, formatCsvRows, formatEntriesCsv } from '../../src/format/csv.js';
import { makeEntry } from '../support/entry.js';

const HEADER = 'id,date,type,title,outlet,program,issue,place,language,url,people,tags,quotes,quote_speakers,quote_at,related,updates,key,path';

const full = makeEntry({
  id: 'full', date: '2021-03-04', type: 'podcast', title: 'Le titre', outlet: 'France Culture',
  program: 'La Méthode scientifique', issue: 'no. 12', place: 'Paris', language: 'fr', url: 'https://example.org/a',
  people: [{ name: 'Ann Guest', role: 'guest' }, { name: 'Bo Host', role: 'host' }, { name: 'No Role', role: null }],
  tags: ['travail', 'IA'],
  quotes: [{ text: 'Premier.', speaker: 'Ann Guest', at: '01:02' }, { text: 'Second.', speaker: null, at: null }].map((q, i) => ({ ...q, line: i + 1 })),
  related: ['other', 'third'],
  updates: [{ date: '2021-04', note: 'corrigé' }, { date: '2022', note: 'relu' }],
  key: 'frontKey',
  path: 'sub/full.md',
});

describe('formatEntriesCsv', () => {
  it('writes the header, then one record per entry, CRLF after each', () => {
    expect(CSV_COLUMNS.join(',')).toBe(HEADER);
    const empty = makeEntry({ id: 'bare', title: 'Bare', outlet: 'Outlet', people: [], path: 'bare.md' });
    expect(formatEntriesCsv([empty])).toBe(`${HEADER}\r\nbare,2020-10-15,interview,Bare,Outlet,,,,,,,,,,,,,,bare.md\r\n`);
  });

  it('fills every column of a full entry, lists joined with "; ", lines with LF, and quotes the cells that hold a line break', () => {
    expect(formatEntriesCsv([full])).toBe(
      `${HEADER}\r\n`
      + 'full,2021-03-04,podcast,Le titre,France Culture,La Méthode scientifique,no. 12,Paris,fr,https://example.org/a,'
      + 'Ann Guest (guest); Bo Host (host); No Role,travail; IA,"Premier.\nSecond.","Ann Guest\n","01:02\n",other; third,'
      + '"2021-04: corrigé\n2022: relu",frontKey,sub/full.md\r\n',
    );
  });

  it('takes the key column from the export\'s keys when given, else the front matter\'s key', () => {
    const [, withKeys] = parseCsv(formatEntriesCsv([full], { keys: new Map([['full', 'casilli2021titre']]) })) as string[][];
    expect(withKeys![17]).toBe('casilli2021titre');
    const [, otherKeys] = parseCsv(formatEntriesCsv([full], { keys: new Map([['someone-else', 'x']]) })) as string[][];
    expect(otherKeys![17]).toBe('frontKey');
  });

  it('keeps every quote on one line, whatever line break it holds', () => {
    const entry = makeEntry({
      quotes: ['a\r\nb', 'c\rd', 'e\nf', 'g\u2028h', 'i\u2029j'].map((text, line) => ({ text, speaker: null, at: null, line })),
    });
    const [, row] = parseCsv(formatEntriesCsv([entry])) as string[][];
    expect(row![12]).toBe('a b\nc d\ne f\ng h\ni j');
  });

  it('doubles the quotes inside a quoted cell and quotes a cell with a comma', () => {
    const entry = makeEntry({ id: 'q', title: 'Say "hi", then go', outlet: 'O', people: [], path: 'q.md' });
    expect(formatEntriesCsv([entry]).split('\r\n')[1]).toBe('q,2020-10-15,interview,"Say ""hi"", then go",O,,,,,,,,,,,,,,q.md');
  });

  it('guards a cell a spreadsheet would run as a formula, unless raw', () => {
    const entry = makeEntry({ id: 'f', title: '=1+2', outlet: '@SUM(A1)', people: [], path: 'f.md' });
    expect(formatEntriesCsv([entry]).split('\r\n')[1]).toBe("f,2020-10-15,interview,'=1+2,'@SUM(A1),,,,,,,,,,,,,,f.md");
    expect(formatEntriesCsv([entry], { raw: true }).split('\r\n')[1]).toBe('f,2020-10-15,interview,=1+2,@SUM(A1),,,,,,,,,,,,,,f.md');
    expect(formatEntriesCsv([entry], { raw: false }).split('\r\n')[1]).toContain("'=1+2");
  });

  it('starts with a byte order mark only when asked', () => {
    expect(formatEntriesCsv([], { bom: true })).toBe(`\ufeff${HEADER}\r\n`);
    expect(formatEntriesCsv([], { bom: false })).toBe(`${HEADER}\r\n`);
    expect(formatEntriesCsv([])).toBe(`${HEADER}\r\n`);
  });
});

describe('formatCsvRows', () => {
  it('quotes a cell with a bare LF or a bare CR, which csv-stringify alone would leave bare', () => {
    expect(formatCsvRows(['a', 'b'], [['x\ny', 'p\rq'], ['plain', 'z']])).toBe('a,b\r\n"x\ny","p\rq"\r\nplain,z\r\n');
  });
});
