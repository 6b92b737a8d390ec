// BibTeX (ASCII, for bibtex and natbib styles) and BibLaTeX (UTF-8, for biber) writers.
// Both were checked against the real tools: `bibtex` with plain.bst reports no warning,
// `biber --tool --validate-datamodel --dieondatamodel` no message, pandoc reads every entry.
import type { PersonName } from '../core/names.js';
import type { Entry, EntryType, QuotedEntry } from '../core/schema.js';
import { citationKey, credits, issueNumber, langid, LeftOut, mediumLabel, type ExportResult } from './bibliography.js';
import { latexText, latexUrl } from './latex.js';

export type BibType = 'article' | 'book' | 'misc';

/**
 * Entry types. `article` and `book` need an author (plain.bst warns, biber's data model
 * requires one), so an entry with nobody credited as author is a `misc`. biber's default data
 * model gives `@audio`, `@video` and `@movie` no standard fields and the standard styles print
 * them as `@misc`, hence `misc` for broadcasts, with the medium in a field that styles print.
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

/** What an entry holds beside its title, date and people; `medium` is what the item is ("Vidéo", "Prix"). */
export type Field = 'medium' | 'program' | 'outlet' | 'place' | 'issue';
export const BIB_FIELDS: readonly Field[] = ['medium', 'program', 'outlet', 'place', 'issue'];

/** A row of a mapping: by entry type, or for an entry with nobody credited as author. */
export type BibRow = BibType | 'authorless';
type FieldMap = Readonly<Record<BibRow, Readonly<Record<Field, string | null>>>>;

/**
 * Where each field goes in BibTeX, only where plain.bst and plainnat.bst print it; null: left
 * out. `@misc` prints one `howpublished`: medium, program, outlet and place go there in that
 * order. An entry with no author has its outlet as author (`{{BBC Radio 4}}`): plainnat's
 * labels take the year only beside an author ("BBC Radio 4 (2019)"; with the `key` field alone
 * they read "BBC Radio 4()"), and the outlet is printed once.
 */
export const BIBTEX_FIELDS: FieldMap = {
  article: { medium: null, program: null, outlet: 'journal', place: null, issue: null },
  book: { medium: null, program: 'series', outlet: 'publisher', place: 'address', issue: null },
  misc: { medium: 'howpublished', program: 'howpublished', outlet: 'howpublished', place: 'howpublished', issue: null },
  authorless: { medium: 'howpublished', program: 'howpublished', outlet: 'author', place: 'howpublished', issue: null },
};

/**
 * Where each field goes in BibLaTeX: fields of biber's default data model for the type that
 * biblatex's standard styles and biblatex-apa print. `titleaddon` prints after the title in
 * both (in brackets in apa: "[Vidéo, Petits déjeuners Durkheim]"); apa drops `howpublished`.
 */
export const BIBLATEX_FIELDS: FieldMap = {
  article: { medium: 'titleaddon', program: 'journalsubtitle', outlet: 'journaltitle', place: null, issue: 'number' },
  book: { medium: null, program: 'series', outlet: 'publisher', place: 'location', issue: null },
  misc: { medium: 'titleaddon', program: 'titleaddon', outlet: 'organization', place: 'location', issue: null },
  authorless: { medium: 'titleaddon', program: 'titleaddon', outlet: 'organization', place: 'location', issue: null },
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Dialect {
  ascii: boolean;
  fields: FieldMap;
  /** The date as fields: `date` for BibLaTeX; `year`, `month` (a macro) and `day` for BibTeX. */
  date(date: string): [string, string][];
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
};

const BIBLATEX: Dialect = {
  ascii: false,
  fields: BIBLATEX_FIELDS,
  date: (date) => [['date', `{${date}}`]],
};

function bibName(name: PersonName, text: (value: string) => string): string {
  if (name.kind === 'literal') return `{${text(name.literal)}}`;
  // A family name of several words is braced so that no reader splits it ("Le Bot"), and one
  // in lower case so that biber does not take it for a particle ("hooks, bell").
  const family = name.family.includes(' ') || /^\p{Ll}/u.test(name.family) ? `{${text(name.family)}}` : text(name.family);
  const last = name.particle ? `${text(name.particle)} ${family}` : family;
  return [last, text(name.suffix), text(name.given)].filter((part) => part !== '').join(', ');
}

/** The value of each field of the entry, label-free: the issue number alone, the medium in the entry's language. */
function fieldValues(entry: Entry): Record<Field, string | null> {
  return {
    medium: mediumLabel(entry),
    program: entry.program,
    outlet: entry.outlet,
    place: entry.place,
    issue: entry.issue === null ? null : issueNumber(entry.issue),
  };
}

function writeBib(entries: readonly QuotedEntry[], keys: ReadonlyMap<string, string>, dialect: Dialect): ExportResult & { symbols: string[] } {
  const leftOut = new LeftOut();
  const symbols = new Set<string>();
  const text = (value: string): string => latexText(value, dialect.ascii, (c) => symbols.add(c));
  const records = entries.map((entry) => {
    const { authors, note } = credits(entry);
    const type: BibType = authors.length === 0 ? 'misc' : BIB_TYPES[entry.type];
    const where = dialect.fields[authors.length === 0 ? 'authorless' : type];
    const placed = new Map<string, string[]>();
    const values = fieldValues(entry);
    for (const field of BIB_FIELDS) {
      const value = values[field];
      if (value === null) continue;
      const target = where[field];
      if (target === null) {
        // Stryker disable next-line ConditionalExpression,StringLiteral: `medium` is no corpus field; LeftOut.list() gives only FIELDS, so noting it would change nothing.
        if (field !== 'medium') leftOut.drop(entry, field);
      } else {
        placed.set(target, [...(placed.get(target) ?? []), value]);
      }
    }
    const names = [...authors, ...(placed.get('author') ?? []).map((literal): PersonName => ({ kind: 'literal', literal }))];
    placed.delete('author');
    const fields: [string, string][] = [];
    const add = (name: string, value: string): void => void fields.push([name, `{${value}}`]);
    if (names.length > 0) add('author', names.map((a) => bibName(a, text)).join(' and '));
    // Braced twice: styles and pandoc keep the title's case as published.
    add('title', `{${text(entry.title)}}`);
    // `titleaddon` braced twice, as the title: biblatex-apa sentence-cases it ("[Audio, fresh air]").
    for (const [target, parts] of placed) add(target, target === 'titleaddon' ? `{${text(parts.join(', '))}}` : text(parts.join(', ')));
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
export function formatBibtex(entries: readonly QuotedEntry[], keys: ReadonlyMap<string, string>): ExportResult & { symbols: string[] } {
  return writeBib(entries, keys, BIBTEX);
}

/**
 * BibLaTeX: UTF-8. `symbols` lists the characters kept that pdflatex with utf8 inputenc and T1
 * fonts cannot typeset (CJK, Cyrillic, emoji…); XeLaTeX and LuaLaTeX print them.
 */
export function formatBiblatex(entries: readonly QuotedEntry[], keys: ReadonlyMap<string, string>): ExportResult & { symbols: string[] } {
  return writeBib(entries, keys, BIBLATEX);
}
