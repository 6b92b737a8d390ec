// One filter for list, search, export and stats: flags of the same kind mean any of their
// values; different flags must all hold.
import { overlaps, parseDateSpan, type DateSpan } from './dates.js';
import { fold } from './fold.js';
import type { Entry, EntryType } from './schema.js';

export interface FilterSpec {
  types: EntryType[];
  outlets: string[];
  people: string[];
  tags: string[];
  languages: string[];
  ids: string[];
  /** First day `--since` covers. */
  since?: string;
  /** Last day `--until` covers. */
  until?: string;
  /** Each `--year` is a span; an entry must overlap one of them. */
  years: DateSpan[];
}

export const EMPTY_FILTER: FilterSpec = { types: [], outlets: [], people: [], tags: [], languages: [], ids: [], years: [] };

function matchesAnyText(values: readonly string[], needles: readonly string[]): boolean {
  return needles.some((needle) => values.some((value) => fold(value).includes(needle)));
}

/** A predicate for the spec; text needles are folded once here, not once per entry. */
export function compileFilter(spec: FilterSpec): (entry: Entry) => boolean {
  const outlets = spec.outlets.map(fold);
  const people = spec.people.map(fold);
  const tags = spec.tags.map(fold);
  const languages = spec.languages.map((l) => l.toLowerCase());
  const ids = new Set(spec.ids);
  const range: DateSpan | undefined =
    spec.since !== undefined || spec.until !== undefined
      ? { first: spec.since ?? '0000-01-01', last: spec.until ?? '9999-12-31' }
      : undefined;
  return (entry) => {
    if (spec.types.length > 0 && !spec.types.includes(entry.type)) return false;
    if (ids.size > 0 && !ids.has(entry.id)) return false;
    if (languages.length > 0 && !(entry.language !== null && languages.includes(entry.language.toLowerCase()))) return false;
    if (outlets.length > 0 && !matchesAnyText([entry.outlet], outlets)) return false;
    if (people.length > 0 && !matchesAnyText(entry.people.map((p) => p.name), people)) return false;
    if (tags.length > 0 && !matchesAnyText(entry.tags, tags)) return false;
    if (range || spec.years.length > 0) {
      const span = parseDateSpan(entry.date);
      if (!span) return false;
      if (range && !overlaps(span, range)) return false;
      if (spec.years.length > 0 && !spec.years.some((year) => overlaps(span, year))) return false;
    }
    return true;
  };
}

export function applyFilter(entries: readonly Entry[], spec: FilterSpec): Entry[] {
  return entries.filter(compileFilter(spec));
}
