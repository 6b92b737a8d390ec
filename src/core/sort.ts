import { dateOrderKey, dateOrderNumber } from './dates.js';
import { fold } from './fold.js';
import type { Entry } from './schema.js';

export const SORT_KEYS = ['date', 'title', 'outlet', 'type'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Orders text by UTF-16 code units, as `<` does. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byId = (a: Entry, b: Entry): number => compareText(a.id, b.id);

/**
 * `items` in the order `compare` gives: `items` itself when already in it (files named by date
 * in folders by year come in id order), which is cheaper to check than to sort; else a sorted copy.
 */
export function ordered<T>(items: T[], compare: (a: T, b: T) => number): T[];
export function ordered<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[];
export function ordered<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return [...items].sort(compare);
  return items;
}

/**
 * Dates newest first, text fields A to Z; `reverse` flips the key's order. Ties always break
 * by id, so the output is the same on every run.
 */
export function sortEntries(entries: readonly Entry[], key: SortKey = 'date', reverse = false): Entry[] {
  // Dates sort newest first: ascending when `reverse` flips that back, or for text without `reverse`.
  const direction = reverse === (key === 'date') ? 1 : -1;
  // The sort is stable: entries in id order (as a corpus gives them) keep ties in id order.
  const inIdOrder = ordered(entries, byId);
  // Each entry's sort key is computed once, not at every comparison: at 100,000 entries the
  // sort would otherwise parse or fold two values per comparison, millions of times.
  // Numbers compare 2.5 to 4.5 times faster than dateOrderKey's text (100,000 entries, measured).
  if (key === 'date') {
    const numbers = inIdOrder.map((entry) => ({ entry, key: dateOrderNumber(entry.date) }));
    if (numbers.every((keyed) => keyed.key !== undefined)) {
      return numbers.sort((a, b) => direction * (a.key! - b.key!)).map(({ entry }) => entry);
    }
  }
  const texts = inIdOrder.map((entry) => ({ entry, key: key === 'date' ? dateOrderKey(entry.date) : fold(entry[key]) }));
  return texts.sort((a, b) => direction * compareText(a.key, b.key)).map(({ entry }) => entry);
}
