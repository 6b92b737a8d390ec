// Counts of entries by a key. Years and months are timelines: every year or month between the
// first and the last is a row, empty ones included, so gaps show. Types, outlets and tags are
// ranked, most frequent first. A run of more than MAX_EMPTY_RUN empty periods is one gap row.
import { dateParts } from './dates.js';
import { fold } from './fold.js';
import { ENTRY_TYPES, type Entry, type EntryType } from './schema.js';

export const STATS_KEYS = ['year', 'month', 'type', 'outlet', 'tag'] as const;
export type StatsKey = (typeof STATS_KEYS)[number];

export interface StatsRow {
  /** A year, a month as `YYYY-MM`, a type, an outlet or a tag. */
  label: string;
  count: number;
  /** How many of the counted entries are of each type, so that bars can be coloured by type. */
  types: Partial<Record<EntryType, number>>;
  /** On a timeline, a row that stands for a run of empty periods longer than MAX_EMPTY_RUN. */
  gap?: { from: string; to: string; periods: number };
}

export interface Stats {
  by: StatsKey;
  rows: StatsRow[];
  /** Entries that were counted from (those that matched the filters). */
  entries: number;
  /** Entries with no value for the key: dated by year only for `month`, without tags for `tag`. */
  excluded: number;
}

/** The values of the key for one entry: none, one, or several for tags. */
export function keysOf(entry: Entry, by: StatsKey): string[] {
  switch (by) {
    case 'year':
      return [entry.date.slice(0, 4)];
    case 'month':
      // `2020` has no month; `2020-05` and `2020-05-29` both belong to May 2020.
      return entry.date.length >= 7 ? [entry.date.slice(0, 7)] : [];
    case 'type':
      return [entry.type];
    case 'outlet':
      return [entry.outlet];
    case 'tag':
      return entry.tags;
  }
}

/** Outlets and tags written with other case, accents or spacing count as one. */
export const groupOf = (text: string): string => fold(text).trim().replace(/\s+/g, ' ');

function tally(entries: readonly Entry[], by: StatsKey): { tallies: Map<string, StatsRow>; excluded: number } {
  const tallies = new Map<string, StatsRow>();
  let excluded = 0;
  for (const entry of entries) {
    const keys = keysOf(entry, by);
    if (keys.length === 0) excluded++;
    const seen = new Set<string>();
    for (const key of keys) {
      const group = by === 'outlet' || by === 'tag' ? groupOf(key) : key;
      // A tag given twice in one entry still counts that entry once.
      if (seen.has(group)) continue;
      seen.add(group);
      const row = tallies.get(group) ?? { label: key, count: 0, types: {} };
      row.count++;
      row.types[entry.type] = (row.types[entry.type] ?? 0) + 1;
      tallies.set(group, row);
    }
  }
  return { tallies, excluded };
}

/**
 * A run of more empty years or months than this is one gap row, not a row each: one entry dated
 * 0001 and one dated 9999 give three rows, not 9,999.
 */
export const MAX_EMPTY_RUN = 24;

/** The label shown for a gap; its `gap` says which periods it stands for. */
export const GAP_LABEL = '…';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A year or a month as a whole number of periods, so that timelines step and compare as numbers. */
interface Period {
  index: (label: string) => number;
  label: (index: number) => string;
}

const YEARS: Period = { index: Number, label: (index) => pad(index, 4) };
const MONTHS: Period = {
  index: (label) => {
    const [year, month] = dateParts(label) as [number, number];
    return year * 12 + month - 1;
  },
  label: (index) => `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`,
};

/** Every year or month from the first to the last, with the empty ones; long empty runs as one gap row. */
function timeline(tallies: Map<string, StatsRow>, period: Period): StatsRow[] {
  const counted = [...tallies.values()].map((row) => ({ index: period.index(row.label), row })).sort((a, b) => a.index - b.index);
  const rows: StatsRow[] = [];
  counted.forEach(({ index, row }, i) => {
    if (i > 0) {
      const after = counted[i - 1]!.index + 1;
      if (index - after > MAX_EMPTY_RUN) {
        const gap = { from: period.label(after), to: period.label(index - 1), periods: index - after };
        rows.push({ label: GAP_LABEL, count: 0, types: {}, gap });
      } else {
        for (let empty = after; empty < index; empty++) rows.push({ label: period.label(empty), count: 0, types: {} });
      }
    }
    rows.push(row);
  });
  return rows;
}

function ranked(tallies: Map<string, StatsRow>, by: StatsKey): StatsRow[] {
  const folded = new Map([...tallies.values()].map((row) => [row, fold(row.label)]));
  const byLabel = (a: StatsRow, b: StatsRow): number => {
    if (by === 'type') return ENTRY_TYPES.indexOf(a.label as EntryType) - ENTRY_TYPES.indexOf(b.label as EntryType);
    const fa = folded.get(a)!;
    const fb = folded.get(b)!;
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  };
  return [...tallies.values()].sort((a, b) => b.count - a.count || byLabel(a, b));
}

export function computeStats(entries: readonly Entry[], by: StatsKey): Stats {
  const { tallies, excluded } = tally(entries, by);
  const rows = by === 'year' ? timeline(tallies, YEARS) : by === 'month' ? timeline(tallies, MONTHS) : ranked(tallies, by);
  return { by, rows, entries: entries.length, excluded };
}
