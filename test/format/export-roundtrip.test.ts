// Property: any title or name survives export → parse unchanged, in every format, read by a
// parser of that format (bibtex-parser for BibTeX and BibLaTeX, csv-parse for CSV).
import { parse as parseBib, type Creator } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitName } from '../../src/core/names.js';
import type { FullEntry } from '../../src/core/schema.js';
import { oneLine } from '../../src/format/bibliography.js';
import { formatBiblatex, formatBibtex } from '../../src/format/bibtex.js';
import { formatCslJson } from '../../src/format/csl.js';
import { CSV_COLUMNS, formatEntriesCsv } from '../../src/format/csv.js';
import { formatRis } from '../../src/format/ris.js';
import { displayName, idKeys, makeEntry } from '../support/entry.js';

const HOSTILE = [
  ...'{}\\#$%&_~^<>"\'`-,;!?@=+|.: \n\t\r',
  'é', 'É', 'ç', 'ß', 'œ', 'Œ', 'æ', 'ø', 'Ł', 'ı', 'ệ', 'q\u0301', '\u0301', 'ǅ',
  '«', '»', '’', '‘', '“', '”', '–', '—', '…', '\u00a0', '\u202f', '\u2009', '€',
  '中', 'Ж', 'ع', 'Ω', '🎙', '\u0007', '\u001b', '\u0085', '\u2028', '\u202e', ' and ', '--', "''",
];
/** Text made of hostile pieces, plain letters and any code point at all. */
const text = fc
  .array(fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
    { arbitrary: fc.constantFrom('a', 'B', 'z', ' ', 'Dupont', 'de'), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
  ), { maxLength: 24 })
  .map((parts) => parts.join(''));

const entryWith = (title: string, name: string): FullEntry => makeEntry({ id: 'k', title, people: [{ name, role: 'author' }] });

/** What a LaTeX reader gets back: one line, NFC, runs of spaces as one (TeX reads them so). */
const latexRead = (value: string): string => oneLine(value).normalize('NFC').replace(/ {2,}/g, ' ');
/**
 * Typographic spaces come back as the space of the command written for them (`\,` is a thin
 * space, `\enspace` an en space, `\quad` an em space), a no-break hyphen as a hyphen, and
 * zero-width characters not at all: pdflatex cannot typeset them.
 */
const LAYOUT_READ: Record<string, string> = {
  '\u202f': '\u2009', '\u2004': '\u2009', '\u2005': '\u2009', '\u2006': '\u2009', '\u2008': '\u2009', '\u200a': '\u2009',
  '\u205f': '\u2009', '\u2000': '\u2002', '\u2007': '\u2002', '\u2001': '\u2003', '\u3000': '\u2003', '\u2011': '-',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
};
const bibRead = (value: string): string => latexRead([...value.normalize('NFC')].map((c) => LAYOUT_READ[c] ?? c).join(''));

// bibtex-parser has no \symbol; a Unicode LaTeX engine prints the character it names.
const withSymbols = (bib: string): string => bib.replace(/\{\\symbol\{(\d+)\}\}/g, (_, n: string) => String.fromCodePoint(Number(n)));

/** Any space carrying a combining mark as a plain space: no base letter, no typographic intent. */
const spaceUnderMark = (value: string): string => value.replace(/\s(?=\p{M})/gu, ' ');

function readBib(bib: string): { title: string; author: string[] } {
  const library = parseBib(withSymbols(bib), { english: false, sentenceCase: false, caseProtection: 'strict' });
  expect(library.errors).toEqual([]);
  const [entry] = library.entries;
  const creator = (c: Creator): string => c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter((p) => p).join(' ');
  // bibtex-parser reads a space that carries a combining mark (after a command) as one of its
  // typographic spaces; LaTeX reads the space we wrote.
  return { title: spaceUnderMark((entry!.fields.title ?? '').normalize('NFC')), author: (entry!.fields.author ?? []).map(creator).map((n) => n.normalize('NFC')) };
}

describe.each([
  ['bibtex', formatBibtex, bibRead],
  ['biblatex', formatBiblatex, bibRead],
] as const)('%s → bibtex-parser', (_, format, read) => {
  it('gives back every title and name', () => {
    fc.assert(
      fc.property(text, text, (title, name) => {
        const expectedName = read(displayName(splitName(name)));
        fc.pre(expectedName !== '');
        const entry = entryWith(title, name);
        const back = readBib(format([entry], idKeys([entry])).text);
        expect(back.title).toBe(spaceUnderMark(read(title)));
        expect(back.author).toEqual([expectedName]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('csl-json → JSON.parse', () => {
  it('gives back every title exactly and every name in reading order', () => {
    fc.assert(
      fc.property(text, text, (title, name) => {
        const entry = entryWith(title, name);
        const [item] = JSON.parse(formatCslJson([entry], idKeys([entry])).text);
        expect(item.title).toBe(title);
        const [author] = item.author;
        const parts = author.literal ?? [author.given, author['non-dropping-particle'], author.family, author.suffix].filter((p: string | undefined) => p).join(' ');
        expect(parts).toBe(displayName(splitName(name)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('ris → its lines', () => {
  it('gives back every title on its line, and every record whole', () => {
    fc.assert(
      fc.property(text, text, (title, name) => {
        const entry = entryWith(title, name);
        const lines = formatRis([entry], idKeys([entry])).text.split('\r\n');
        expect(lines.filter((line) => /^TY {2}- /.test(line))).toHaveLength(1);
        expect(lines.filter((line) => /^ER {2}- /.test(line))).toHaveLength(1);
        const written = lines.find((line) => line.startsWith('TI  - '));
        expect(written?.slice(6)).toBe(oneLine(title) || undefined);
      }),
      { numRuns: 300 },
    );
  });
});

describe('csv → csv-parse', () => {
  const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
  const titleColumn = CSV_COLUMNS.indexOf('title');

  it.each([
    ['with the formula guard', false],
    ['with --raw', true],
  ])('gives back every title and name exactly, %s', (_, raw) => {
    fc.assert(
      fc.property(text, text, (title, name) => {
        const entry = entryWith(title, name);
        const rows: string[][] = parseCsv(formatEntriesCsv([entry], { raw }), { relax_column_count: false });
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        const guarded = !raw && FORMULA_START.test(title);
        expect(rows[1]![titleColumn]).toBe(guarded ? `'${title}` : title);
        expect(rows[1]!.join('\u0000')).toContain(name);
      }),
      { numRuns: 300 },
    );
  });
});
