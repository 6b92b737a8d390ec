// Tab-separated values: a header, then a row per record. Tabs, newlines and backslashes in
// cells are escaped as \t, \n and \\ so that every record stays on one line.
import type { Entry } from '../core/schema.js';

const escapeCell = (cell: string): string =>
  cell.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

export function formatTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(escapeCell).join('\t')}\n`).join('');
}

export const LIST_COLUMNS = ['id', 'date', 'type', 'outlet', 'title'] as const;

export function formatEntriesTsv(entries: readonly Entry[]): string {
  return formatTsv(LIST_COLUMNS, entries.map((e) => LIST_COLUMNS.map((column) => e[column])));
}

export function formatIds(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `${ids.join('\n')}\n`;
}
