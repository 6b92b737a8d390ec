// Counts of entries by two keys at once (`--by year --by type`): a table whose rows and columns
// are in the order `computeStats` gives each key alone (timelines with their gaps, ranks).
import { computeStats, groupOf, keysOf, type StatsKey } from './stats.js';
import type { Entry } from './schema.js';

export interface CrossStats {
  rowsBy: StatsKey;
  columnsBy: StatsKey;
  rows: string[];
  columns: string[];
  /** counts[r][c]: the entries with row label r and column label c. */
  counts: number[][];
  entries: number;
}

/** The groups of one entry for a key, as `computeStats` groups them. */
const groupsOf = (entry: Entry, by: StatsKey): Set<string> =>
  new Set(keysOf(entry, by).map((key) => (by === 'outlet' || by === 'tag' ? groupOf(key) : key)));

export function computeCrossStats(entries: readonly Entry[], rowsBy: StatsKey, columnsBy: StatsKey): CrossStats {
  const rows = computeStats(entries, rowsBy).rows.map((row) => row.label);
  const columns = computeStats(entries, columnsBy).rows.map((row) => row.label);
  const grouped = (by: StatsKey) => (label: string) => (by === 'outlet' || by === 'tag' ? groupOf(label) : label);
  const rowIndex = new Map(rows.map((label, i) => [grouped(rowsBy)(label), i]));
  const columnIndex = new Map(columns.map((label, i) => [grouped(columnsBy)(label), i]));
  const counts = rows.map(() => columns.map(() => 0));
  for (const entry of entries) {
    const columnGroups = [...groupsOf(entry, columnsBy)];
    for (const rowGroup of groupsOf(entry, rowsBy)) {
      for (const columnGroup of columnGroups) counts[rowIndex.get(rowGroup)!]![columnIndex.get(columnGroup)!]!++;
    }
  }
  return { rowsBy, columnsBy, rows, columns, counts, entries: entries.length };
}

/** The first `limit` rows and columns of a ranked key (timelines are never cut). */
export function limitCrossStats(stats: CrossStats, limit: number | undefined): CrossStats {
  if (limit === undefined) return stats;
  const isRanked = (by: StatsKey) => by !== 'year' && by !== 'month';
  const rows = isRanked(stats.rowsBy) ? stats.rows.slice(0, limit) : stats.rows;
  const columns = isRanked(stats.columnsBy) ? stats.columns.slice(0, limit) : stats.columns;
  return { ...stats, rows, columns, counts: stats.counts.slice(0, rows.length).map((row) => row.slice(0, columns.length)) };
}
