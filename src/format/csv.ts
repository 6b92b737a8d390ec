// RFC 4180 CSV through csv-stringify (quoting, CRLF records, formula guard are its job).
// One column layout serves `list --format csv` and `export --format csv`.
import { stringify } from 'csv-stringify/sync';
import type { Entry } from '../core/schema.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, for Excel. */
  bom?: boolean;
  /** Keep cells that a spreadsheet would run as a formula as they are. */
  raw?: boolean;
}

/** The fixed column order, documented in the README. Lists are joined with `; `. */
export const CSV_COLUMNS = [
  'id', 'date', 'type', 'title', 'outlet', 'program', 'issue', 'place', 'language', 'url',
  'people', 'tags', 'quotes', 'related', 'updates', 'key', 'path',
] as const;

const join = (values: readonly string[]): string => values.join('; ');

function row(entry: Entry): string[] {
  return [
    entry.id, entry.date, entry.type, entry.title, entry.outlet,
    entry.program ?? '', entry.issue ?? '', entry.place ?? '', entry.language ?? '', entry.url ?? '',
    join(entry.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name))),
    join(entry.tags),
    entry.quotes.map((q) => q.text).join('\n'),
    join(entry.related),
    entry.updates.map((u) => `${u.date}: ${u.note}`).join('\n'),
    entry.key ?? '',
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

export function formatEntriesCsv(entries: readonly Entry[], options: CsvOptions = {}): string {
  return formatCsvRows(CSV_COLUMNS, entries.map(row), options);
}
