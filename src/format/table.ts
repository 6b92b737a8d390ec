// The table a person reads: date, type, outlet, title, fitted to the terminal width.
// cli-table3 is given no styles unless colour is on, since it colours borders and headers itself.
import Table from 'cli-table3';
import type { EntryType } from '../core/schema.js';
import type { Paint } from './paint.js';
import { displayWidth, safeLine, truncate } from './terminal.js';

export interface TableRow {
  date: string;
  type: EntryType;
  outlet: string;
  title: string;
}

const GAP = 2;
const NO_BORDERS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
  'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '',
};

/** Column widths that fit `columns`: date and type whole, outlet up to 30% of the rest, title what remains. */
export function fitWidths(rows: readonly TableRow[], columns: number): [number, number, number, number] {
  const widest = (values: string[], header: string): number => Math.max(displayWidth(header), ...values.map(displayWidth));
  const date = widest(rows.map((r) => r.date), 'DATE');
  const type = widest(rows.map((r) => r.type), 'TYPE');
  const rest = Math.max(20, columns - date - type - 3 * GAP);
  const outlet = Math.min(widest(rows.map((r) => safeLine(r.outlet)), 'OUTLET'), Math.max(8, Math.floor(rest * 0.3)));
  const title = Math.max(8, rest - outlet);
  return [date, type, outlet, title];
}

export function formatTable(rows: readonly TableRow[], paint: Paint, columns: number): string {
  const widths = fitWidths(rows, columns);
  const table = new Table({
    head: ['DATE', 'TYPE', 'OUTLET', 'TITLE'].map((h) => paint.bold(h)),
    chars: NO_BORDERS,
    // Each column with its gap after it: the last one's is trailing blank, trimmed below. Cells are cut
    // to their width before cli-table3 sees them, so its own wrapping and truncation never apply.
    colWidths: widths.map((w) => w + GAP),
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
  for (const row of rows) {
    table.push([
      row.date,
      paint.byType(row.type, row.type),
      truncate(safeLine(row.outlet), widths[2]),
      truncate(safeLine(row.title), widths[3]),
    ]);
  }
  return `${table.toString().split('\n').map((line) => line.trimEnd()).join('\n')}\n`;
}
