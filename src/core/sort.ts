import { compareDates } from './dates.js';
import { fold } from './fold.js';
import type { Entry } from './schema.js';

export const SORT_KEYS = ['date', 'title', 'outlet', 'type'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const byId = (a: Entry, b: Entry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byText = (a: string, b: string): number => {
  const fa = fold(a);
  const fb = fold(b);
  return fa < fb ? -1 : fa > fb ? 1 : 0;
};

/**
 * Dates newest first, text fields A to Z; `reverse` flips the key's order. Ties always break
 * by id, so the output is the same on every run.
 */
export function sortEntries(entries: readonly Entry[], key: SortKey = 'date', reverse = false): Entry[] {
  const direction = reverse ? -1 : 1;
  const primary: (a: Entry, b: Entry) => number =
    key === 'date' ? (a, b) => -compareDates(a.date, b.date)
    : key === 'title' ? (a, b) => byText(a.title, b.title)
    : key === 'outlet' ? (a, b) => byText(a.outlet, b.outlet)
    : (a, b) => byText(a.type, b.type);
  return [...entries].sort((a, b) => direction * primary(a, b) || byId(a, b));
}
