import { dateOrderKey } from './dates.js';
import { fold } from './fold.js';
import type { Entry } from './schema.js';

export const SORT_KEYS = ['date', 'title', 'outlet', 'type'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const byId = (a: Entry, b: Entry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Dates newest first, text fields A to Z; `reverse` flips the key's order. Ties always break
 * by id, so the output is the same on every run.
 */
export function sortEntries(entries: readonly Entry[], key: SortKey = 'date', reverse = false): Entry[] {
  // Dates sort newest first: their order is flipped, then `reverse` may flip it back.
  const direction = (reverse ? -1 : 1) * (key === 'date' ? -1 : 1);
  // Each entry's sort text is computed once, not at every comparison: at 100,000 entries the
  // sort would otherwise parse or fold two values per comparison, millions of times.
  const keyed = entries.map((entry) => ({ entry, text: key === 'date' ? dateOrderKey(entry.date) : fold(entry[key]) }));
  keyed.sort((a, b) => direction * (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) || byId(a.entry, b.entry));
  return keyed.map(({ entry }) => entry);
}
