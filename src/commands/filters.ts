// The filter flags of list, search, export and stats, and their translation into a FilterSpec.
import { InvalidArgumentError, type Command } from 'commander';
import { DATE_FORMS_HINT, parseDateSpan } from '../core/dates.js';
import type { FilterSpec } from '../core/filter.js';
import { didYouMean } from '../core/problem.js';
import { ENTRY_TYPES, isEntryType, type EntryType } from '../core/schema.js';
import { UsageError } from '../errors.js';

/** Each list is undefined until its flag is given (so help shows no `(default: [])`). */
export interface FilterOptions {
  type?: string[];
  outlet?: string[];
  person?: string[];
  tag?: string[];
  lang?: string[];
  id?: string[];
  since?: string;
  until?: string;
  year?: string[];
}

/**
 * Repeated flags and comma-separated values both add to the list. A flag that names nothing
 * (`--id ''`, `--type ,,,`) is refused: taken as no filter, it would select the whole corpus.
 */
function collect(value: string, previous: string[] = []): string[] {
  const values = value.split(',').map((v) => v.trim()).filter((v) => v !== '');
  if (values.length === 0) throw new InvalidArgumentError('It names nothing: give at least one value.');
  return [...previous, ...values];
}

export function addFilterOptions(command: Command): Command {
  return command
    .option('--type <type>', `entry type: ${ENTRY_TYPES.join(', ')} (repeat or comma-separate for any)`, collect)
    .option('--outlet <text>', 'outlet contains this text (case and accents ignored)', collect)
    .option('--person <text>', 'a person whose name contains this text', collect)
    .option('--tag <text>', 'a tag that contains this text', collect)
    .option('--lang <code>', 'language code, e.g. fr', collect)
    .option('--since <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--year <year>', 'in this year', collect)
    .option('--id <id>', 'this entry id', collect);
}

function dateSpanOf(flag: string, value: string) {
  const span = parseDateSpan(value);
  if (!span) throw new UsageError(`${flag}: \`${value}\` is not a valid date`, DATE_FORMS_HINT);
  return span;
}

export function filterSpecFrom(options: FilterOptions): FilterSpec {
  const types: EntryType[] = (options.type ?? []).map((given) => {
    const type = given.toLowerCase();
    if (isEntryType(type)) return type;
    const hint = didYouMean(type, ENTRY_TYPES);
    throw new UsageError(`--type: unknown type \`${given}\`${hint ? `, ${hint}` : ''}`, `valid types: ${ENTRY_TYPES.join(', ')}`);
  });
  const years = (options.year ?? []).map((year) => {
    if (!/^\d{4}$/.test(year)) throw new UsageError(`--year: \`${year}\` is not a year`, 'write a four-digit year, e.g. --year 2020');
    return dateSpanOf('--year', year);
  });
  return {
    types,
    outlets: options.outlet ?? [],
    people: options.person ?? [],
    tags: options.tag ?? [],
    languages: options.lang ?? [],
    ids: options.id ?? [],
    since: options.since === undefined ? undefined : dateSpanOf('--since', options.since).first,
    until: options.until === undefined ? undefined : dateSpanOf('--until', options.until).last,
    years,
  };
}
