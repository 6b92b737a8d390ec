// CSV and TSV: a header row names the columns. csv-parse handles the quoting rules of RFC 4180
// and of spreadsheets (quoted newlines, doubled quotes, a BOM) that a split on commas gets wrong.
import { parse } from 'csv-parse/sync';
import type { ParsedInput } from './draft.js';
import type { Target } from './mapping.js';
import { draftFromRecord, newNameUse, type NameUse } from './record.js';

/**
 * The delimiter of the header line (of LF text): the most frequent of comma, semicolon and tab
 * outside quoted names (`"Notes, misc";title;date` is semicolon-separated); on a tie the first.
 */
function delimiterOf(text: string): string {
  // A doubled quote inside a quoted name splits it into adjacent quoted runs, all removed.
  const header = text.slice(0, text.search(/\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

interface Row {
  record: string[];
  /** 1-based line the row starts on. */
  line: number;
}

interface Skipped {
  line: number;
  reason: string;
}

const LF = 0x0a;

/**
 * The rows of the file, and the rows csv-parse could not read. When trimming, csv-parse stops
 * reading at a character after a closing quote (`"Le Monde"x`, or a no-break space) as if the
 * file ended there; reading resumes on the next line, so that one bad cell costs one row.
 */
function readRows(text: string, delimiter: string, skipped: Skipped[]): Row[] {
  // Bytes: a resumed read parses a view of the rest, not a copy, so that every byte is read once.
  const bytes = new TextEncoder().encode(text);
  const rows: Row[] = [];
  let start = 0;
  let linesBefore = 0;
  for (;;) {
    let stoppedAt: number | undefined;
    // Not `parse(…) as …`: Stryker takes an `as` expression for a type and mutates nothing inside.
    const part: unknown = parse(bytes.subarray(start), {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      // `Title, " Harvard Gazette"`: blanks around a quoted cell are not part of it.
      trim: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (!error) return undefined;
        const line = linesBefore + Number((error as { lines?: number }).lines ?? 1);
        // The line is given apart; csv-parse's own "at line N" counts from where this part starts.
        skipped.push({ line, reason: error.message.replace(/^Invalid [^:]*: /, '').replace(/ at line \d+$/, '') });
        if (error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') stoppedAt = line - linesBefore;
        return undefined;
      },
    });
    // With `info`, each row comes with its info; csv-parse's typings know only plain rows.
    for (const { record, info } of part as { record: string[]; info: { lines: number } }[]) {
      // `lines` is the line where the row ends; a row with a quoted newline starts earlier.
      rows.push({ record, line: linesBefore + info.lines - (record.join(',').match(/\n/g)?.length ?? 0) });
    }
    if (stoppedAt === undefined) return rows;
    for (let line = 0; line < stoppedAt; line++) {
      const lineEnd = bytes.indexOf(LF, start);
      if (lineEnd === -1) return rows;
      start = lineEnd + 1;
    }
    linesBefore += stoppedAt;
  }
}

export function parseCsv(text: string, overrides: ReadonlyMap<string, Target>, names: NameUse = newNameUse()): ParsedInput & { names: NameUse } {
  const result: ParsedInput & { names: NameUse } = { drafts: [], broken: [], notes: [], names };
  const skipped: Skipped[] = [];
  let rows: Row[];
  try {
    // csv-parse counts a CRLF inside a quoted cell as two lines, so every later row's line would
    // be one off; with LF only, its count is the file's.
    const lf = text.replace(/\r\n?/g, '\n');
    rows = readRows(lf, delimiterOf(lf), skipped);
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    result.broken.push({ line, message: `CSV not read from here on: ${(error as Error).message}` });
    return result;
  }
  const [header, ...body] = rows;
  // A row skipped before the first row read was the header: the next row is no header.
  const headerSkipped = skipped.find((row) => header === undefined || row.line < header.line);
  if (headerSkipped !== undefined) {
    result.broken.push({ line: headerSkipped.line, message: `header not read: ${headerSkipped.reason}; no row is read without it` });
    return result;
  }
  for (const row of skipped) result.broken.push({ line: row.line, message: `row not read: ${row.reason}` });
  if (header === undefined) return result;
  // Column names are trimmed where they are read (record.ts), as every format's keys are.
  const columns = header.record;
  for (const row of body) {
    if (row.record.length !== columns.length) {
      result.broken.push({ line: row.line, message: `row has ${row.record.length} cells, the header ${columns.length}` });
      continue;
    }
    if (row.record.every((cell) => cell.trim() === '')) continue;
    result.drafts.push(draftFromRecord(columns.map((key, i) => ({ key, value: row.record[i] })), row.line, overrides, names));
  }
  return result;
}
