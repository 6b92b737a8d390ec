// CSV and TSV: a header row names the columns. csv-parse handles the quoting rules of RFC 4180
// and of spreadsheets (quoted newlines, doubled quotes, a BOM) that a split on commas gets wrong.
import { parse } from 'csv-parse/sync';
import type { ParsedInput } from './draft.js';
import type { Target } from './mapping.js';
import { draftFromRecord, newNameUse, type NameUse } from './record.js';

/**
 * The delimiter of the header line: the most frequent of comma, semicolon and tab outside quoted
 * names (`"Notes, misc";title;date` is semicolon-separated); on a tie the first of the three.
 */
function delimiterOf(text: string): string {
  // A doubled quote inside a quoted name splits it into adjacent quoted runs, all removed.
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

interface Row {
  record: string[];
  info: { lines: number };
}

export function parseCsv(text: string, overrides: ReadonlyMap<string, Target>, names: NameUse = newNameUse()): ParsedInput & { names: NameUse } {
  const result: ParsedInput & { names: NameUse } = { drafts: [], broken: [], notes: [], names };
  let rows: Row[];
  try {
    rows = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      relax_quotes: true,
      // `Title, " Harvard Gazette"`: blanks around a quoted cell are not part of it.
      trim: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) result.broken.push({ line: Number((error as { lines?: number }).lines ?? 1), message: `row not read: ${error.message.replace(/^Invalid [^:]*: /, '')}` });
        return undefined;
      },
    }) as unknown as Row[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    result.broken.push({ line, message: `CSV not read from here on: ${(error as Error).message}` });
    return result;
  }
  const [header, ...body] = rows;
  if (header === undefined) return result;
  // Column names are trimmed where they are read (record.ts), as every format's keys are.
  const columns = header.record;
  for (const row of body) {
    // `lines` is the line where the row ends; a row with a quoted newline starts earlier.
    const line = row.info.lines - (row.record.join(',').match(/\n/g)?.length ?? 0);
    if (row.record.length !== columns.length) {
      result.broken.push({ line, message: `row has ${row.record.length} cells, the header ${columns.length}` });
      continue;
    }
    if (row.record.every((cell) => cell.trim() === '')) continue;
    result.drafts.push(draftFromRecord(columns.map((key, i) => ({ key, value: row.record[i] })), line, overrides, names));
  }
  return result;
}
