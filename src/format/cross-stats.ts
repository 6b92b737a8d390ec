// Stats by two keys as a table for a person, and as JSON and TSV with the same numbers.
import type { CrossStats } from '../core/cross-stats.js';
import { toJson } from './json.js';
import { displayWidth, padEnd, safeLine, truncate } from './terminal.js';
import { formatTsv } from './tsv.js';

/** A year × type table: labels down, columns across, `·` for none, a total per row and column. */
export function formatCrossStatsText(stats: CrossStats, columns: number): string {
  if (stats.rows.length === 0) return '';
  const rowTotals = stats.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = stats.columns.map((_, c) => stats.counts.reduce((sum, row) => sum + row[c]!, 0));
  const labelWidth = Math.min(Math.max(stats.rowsBy.length, 'total'.length, ...stats.rows.map((label) => displayWidth(safeLine(label)))), Math.max(8, Math.floor(columns * 0.3)));
  const header = [stats.rowsBy, ...stats.columns, 'total'].map((label) => safeLine(label));
  const widths = header.map((label, i) => (i === 0 ? labelWidth : displayWidth(label)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? padEnd(truncate(cell, labelWidth), labelWidth) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const count = (n: number) => (n === 0 ? '·' : String(n));
  return `${[
    line(header),
    ...stats.rows.map((label, r) => line([safeLine(label), ...stats.counts[r]!.map(count), String(rowTotals[r])])),
    line(['total', ...columnTotals.map(count), String(stats.entries)]),
  ].join('\n')}\n`;
}

/** `{by: [rows, columns], entries, counts: [{<rows>: label, <column>: n…}]}`. */
export function formatCrossStatsJson(stats: CrossStats): string {
  return toJson({
    by: [stats.rowsBy, stats.columnsBy],
    entries: stats.entries,
    columns: stats.columns,
    counts: stats.rows.map((label, r) => ({ [stats.rowsBy]: label, ...Object.fromEntries(stats.columns.map((column, c) => [column, stats.counts[r]![c]!])) })),
  });
}

export function formatCrossStatsTsv(stats: CrossStats): string {
  return formatTsv([stats.rowsBy, ...stats.columns], stats.rows.map((label, r) => [label, ...stats.counts[r]!.map(String)]));
}
