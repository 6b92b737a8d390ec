// BibTeX (ASCII, for bibtex and natbib styles) and BibLaTeX (UTF-8, for biber) writers.
// Both were checked against the real tools: `bibtex` with plain.bst reports no warning,
// `biber --tool --validate-datamodel --dieondatamodel` no message, pandoc reads every entry.
import type { PersonName } from '../core/names.js';
import type { Entry, EntryType } from '../core/schema.js';
import { citationKey, credits, langid, LeftOut, type ExportResult, type ExportWriter } from './bibliography.js';
import { latexText, latexUrl } from './latex.js';

export type BibType = 'article' | 'book' | 'misc';

/**
 * Entry types. `article` and `book` need an author (plain.bst warns, biber's data model
 * requires one), so an entry with nobody credited as author is a `misc`: the safe type,
 * valid in both and sorted by its `key` field in BibTeX. biber's default data model gives
 * `@audio`, `@video` and `@movie` no standard fields, hence `misc` for broadcasts.
 */
export const BIB_TYPES: Readonly<Record<EntryType, BibType>> = {
  interview: 'article',
  podcast: 'misc',
  video: 'misc',
  'op-ed': 'article',
  press: 'article',
  award: 'misc',
  event: 'misc',
  book: 'book',
};

type Field = 'outlet' | 'program' | 'place' | 'issue';

/** Where each field goes, by BibTeX entry type; null: left out. */
export const BIBTEX_FIELDS: Readonly<Record<BibType, Readonly<Record<Field, string | null>>>> = {
  article: { outlet: 'journal', program: 'series', place: 'address', issue: null },
  book: { outlet: 'publisher', program: 'series', place: 'address', issue: null },
  misc: { outlet: 'howpublished', program: 'howpublished', place: 'address', issue: null },
};

/** Where each field goes, by BibLaTeX entry type: only fields of biber's default data model for that type. */
export const BIBLATEX_FIELDS: Readonly<Record<BibType, Readonly<Record<Field, string | null>>>> = {
  article: { outlet: 'journaltitle', program: null, place: null, issue: 'number' },
  book: { outlet: 'publisher', program: 'series', place: 'location', issue: null },
  misc: { outlet: 'organization', program: 'howpublished', place: 'location', issue: null },
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Dialect {
  ascii: boolean;
  fields: Readonly<Record<BibType, Readonly<Record<Field, string | null>>>>;
  /** The date as fields: `date` for BibLaTeX; `year`, `month` (a macro) and `day` for BibTeX. */
  date(date: string): [string, string][];
  /** BibTeX styles sort an entry without author by its `key` field. */
  sortKey: boolean;
}

const BIBTEX: Dialect = {
  ascii: true,
  fields: BIBTEX_FIELDS,
  date: (date) => {
    const [year, month, day] = date.split('-');
    const parts: [string, string][] = [['year', year!]];
    if (month !== undefined) parts.push(['month', MONTHS[Number(month) - 1]!]);
    if (day !== undefined) parts.push(['day', String(Number(day))]);
    return parts;
  },
  sortKey: true,
};

const BIBLATEX: Dialect = {
  ascii: false,
  fields: BIBLATEX_FIELDS,
  date: (date) => [['date', `{${date}}`]],
  sortKey: false,
};

function bibName(name: PersonName, text: (value: string) => string): string {
  if (name.kind === 'literal') return `{${text(name.literal)}}`;
  // A family name of several words is braced so that no reader splits it ("Le Bot").
  const family = name.family.includes(' ') ? `{${text(name.family)}}` : text(name.family);
  const last = name.particle ? `${text(name.particle)} ${family}` : family;
  return [last, name.suffix && text(name.suffix), name.given && text(name.given)].filter((part) => part !== '').join(', ');
}

function writeBib(entries: readonly Entry[], keys: ReadonlyMap<string, string>, dialect: Dialect): ExportResult & { symbols: string[] } {
  const leftOut = new LeftOut();
  const symbols = new Set<string>();
  const text = (value: string): string => latexText(value, dialect.ascii, (c) => symbols.add(c));
  const records = entries.map((entry) => {
    const { authors, note } = credits(entry);
    const type: BibType = authors.length === 0 ? 'misc' : BIB_TYPES[entry.type];
    const where = dialect.fields[type];
    const fields: [string, string][] = [];
    const add = (name: string, value: string): void => void fields.push([name, `{${value}}`]);
    if (authors.length > 0) add('author', authors.map((a) => bibName(a, text)).join(' and '));
    // Braced twice: styles and pandoc keep the title's case as published.
    add('title', `{${text(entry.title)}}`);
    const placed = new Map<string, string[]>();
    for (const field of ['program', 'outlet', 'place', 'issue'] as const) {
      const value = entry[field];
      if (value === null) continue;
      const target = where[field];
      if (target === null) leftOut.drop(entry, field);
      else placed.set(target, [...(placed.get(target) ?? []), value]);
    }
    for (const [target, values] of placed) add(target, text(values.join(', ')));
    if (dialect.sortKey && authors.length === 0) add('key', text(entry.outlet));
    fields.push(...dialect.date(entry.date));
    if (note !== '') add('note', text(note));
    if (entry.language !== null) {
      const name = langid(entry.language);
      if (name === undefined) leftOut.drop(entry, 'language');
      else add('langid', name);
    }
    if (entry.url !== null) add('url', latexUrl(entry.url, dialect.ascii));
    if (entry.tags.length > 0) add('keywords', text(entry.tags.join(', ')));
    for (const field of ['quotes', 'related', 'updates'] as const) leftOut.drop(entry, field);
    const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
    return `@${type}{${citationKey(keys, entry)},\n${body}\n}\n`;
  });
  return { text: records.join('\n'), leftOut: leftOut.list(), symbols: [...symbols] };
}

/**
 * BibTeX: ASCII only. `symbols` lists the characters that have no LaTeX text command and were
 * written as `\symbol{N}`, which only XeLaTeX and LuaLaTeX print and pandoc drops.
 */
export function formatBibtex(entries: readonly Entry[], keys: ReadonlyMap<string, string>): ExportResult & { symbols: string[] } {
  return writeBib(entries, keys, BIBTEX);
}

export const formatBiblatex: ExportWriter = (entries, keys) => {
  const { text, leftOut } = writeBib(entries, keys, BIBLATEX);
  return { text, leftOut };
};
