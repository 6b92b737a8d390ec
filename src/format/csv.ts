// RFC 4180 CSV through csv-stringify (quoting, CRLF records, formula guard are its job).
// One column layout serves `list --format csv` and `export --format csv`.
import { stringify } from 'csv-stringify/sync';
import type { QuotedEntry } from '../core/schema.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, for Excel. */
  bom?: boolean;
  /** Keep cells that a spreadsheet would run as a formula as they are. */
  raw?: boolean;
  /** Citation keys by entry id (the export's): the `key` column holds them; without, the front matter's `key`. */
  keys?: ReadonlyMap<string, string>;
}

/**
 * The fixed column order, documented in the README. Lists are joined with `; `. Quotes are one
 * per line, and `quote_speakers` and `quote_at` hold, line for line, each one's speaker and
 * time code (an empty line where it has none).
 */
export const CSV_COLUMNS = [
  'id', 'date', 'type', 'title', 'outlet', 'program', 'issue', 'place', 'language', 'url',
  'people', 'tags', 'quotes', 'quote_speakers', 'quote_at', 'related', 'updates', 'key', 'path',
] as const;

const join = (values: readonly string[]): string => values.join('; ');
/** One line per item: a line break inside an item would shift the lines of the columns beside it. */
const lines = (values: readonly string[]): string => values.map((value) => value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')).join('\n');

function row(entry: QuotedEntry, keys: ReadonlyMap<string, string> | undefined): string[] {
  return [
    entry.id, entry.date, entry.type, entry.title, entry.outlet,
    entry.program ?? '', entry.issue ?? '', entry.place ?? '', entry.language ?? '', entry.url ?? '',
    join(entry.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name))),
    join(entry.tags),
    lines(entry.quotes.map((q) => q.text)),
    lines(entry.quotes.map((q) => q.speaker ?? '')),
    lines(entry.quotes.map((q) => q.at ?? '')),
    join(entry.related),
    entry.updates.map((u) => `${u.date}: ${u.note}`).join('\n'),
    keys?.get(entry.id) ?? entry.key ?? '',
    entry.path,
  ];
}

export function formatCsvRows(header: readonly string[], rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  return stringify([header as string[], ...(rows as string[][])], {
    record_delimiter: 'windows',
    bom: options.bom === true,
    escape_formulas: options.raw !== true,
    // csv-stringify quotes a cell with CRLF but not one with a bare LF; RFC 4180 readers
    // (Python's csv among them) would split such a row.
    quoted_match: /[\r\n]/,
  });
}

export function formatEntriesCsv(entries: readonly QuotedEntry[], options: CsvOptions = {}): string {
  return formatCsvRows(CSV_COLUMNS, entries.map((entry) => row(entry, options.keys)), options);
}
