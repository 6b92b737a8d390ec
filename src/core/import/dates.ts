// Dates as imported files write them, read into the contract's `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
// Partial dates stay partial; a time of day is dropped, never shifted to another day. The order
// of day and month in `1/2/2020` is decided once per file, from all its dates.
import { isValidDate } from '../dates.js';
import { fold } from '../fold.js';

const MONTH_NAMES: Record<string, number> = {};
const addMonths = (names: string): void => names.split(' ').forEach((name, index) => void (MONTH_NAMES[name] = index + 1));
addMonths('january february march april may june july august september october november december');
addMonths('jan feb mar apr may jun jul aug sep oct nov dec');
addMonths('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre');
addMonths('janv fevr mars avr mai juin juil aout sept oct nov dec');
MONTH_NAMES.sept = 9;
MONTH_NAMES.fev = 2;

/** A month number from `9`, `09`, `sep`, `Sept.`, `September`, `septembre`. */
export function monthNumber(text: string): number | undefined {
  const word = fold(text.trim()).replace(/\.$/, '');
  if (/^\d{1,2}$/.test(word)) {
    const n = Number(word);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  return MONTH_NAMES[word];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The contract's form of year, month and day, or undefined when they are not a calendar date. */
export function dateFromParts(year: number, month?: number, day?: number): string | undefined {
  // The contract's form has a four-digit year: that rules out fractions and years outside 1000–9999.
  const text = month === undefined ? String(year) : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return isValidDate(text) ? text : undefined;
}

/** Two-digit years as POSIX reads them: 69–99 are 19xx, 00–68 are 20xx. */
const fullYear = (text: string): number => (text.length === 2 ? (Number(text) < 69 ? 2000 + Number(text) : 1900 + Number(text)) : Number(text));

export type DayOrder = 'month-first' | 'day-first';

const ISO = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const MONTH_DAY_YEAR = /^([\p{L}.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([\p{L}.]+)\.?,?\s+(\d{4})$/u;
const MONTH_YEAR = /^([\p{L}.]+)\.?,?\s+(\d{4})$/u;
/** RIS `DA`/`PY`: `2020/05/14/`, `2020/05//`, `2020///`, with an optional text part after the last slash. */
const RIS = /^(\d{4})\/(\d{0,2})\/(\d{0,2})\/?[^/]*$/;

/** Reads one date; `order` says how to read `1/2/2020`. Undefined when it is no date. */
export function readDate(text: string, order: DayOrder = 'month-first'): string | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  let match = RIS.exec(value);
  if (match) return dateFromParts(Number(match[1]), match[2] ? Number(match[2]) : undefined, match[2] && match[3] ? Number(match[3]) : undefined);
  match = ISO.exec(value);
  if (match) return dateFromParts(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  match = NUMERIC.exec(value);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[3])];
    const [month, day] = order === 'month-first' ? [first, second] : [second, first];
    return dateFromParts(fullYear(match[4]!), month, day);
  }
  match = MONTH_DAY_YEAR.exec(value);
  if (match && monthNumber(match[1]!) !== undefined) return dateFromParts(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  match = DAY_MONTH_YEAR.exec(value);
  if (match && monthNumber(match[2]!) !== undefined) return dateFromParts(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  match = MONTH_YEAR.exec(value);
  if (match && monthNumber(match[1]!) !== undefined) return dateFromParts(Number(match[2]), monthNumber(match[1]!));
  return undefined;
}

/** `1 date has`, `3 dates have`. */
const datesHave = (n: number): string => (n === 1 ? '1 date has' : `${n} dates have`);
const dates = (n: number): string => (n === 1 ? '1 date' : `${n} dates`);

export interface OrderDecision {
  order: DayOrder;
  /** Why, for the report; undefined when the file has no numeric dates to decide on. */
  reason?: string;
  /** True when no date settles it, or when some dates say one order and some the other. */
  ambiguous: boolean;
}

/**
 * The order of day and month for a whole file: a first number above 12 means day first, a
 * second above 12 month first. With no such date, month first (the spreadsheet default in the
 * US, where `M/D/YY` comes from), and said to be ambiguous.
 */
export function decideDayOrder(texts: readonly string[]): OrderDecision {
  let dayFirst = 0;
  let monthFirst = 0;
  let numeric = false;
  for (const text of texts) {
    const match = NUMERIC.exec(text.trim());
    if (!match) continue;
    numeric = true;
    if (Number(match[1]) > 12) dayFirst++;
    if (Number(match[3]) > 12) monthFirst++;
  }
  if (!numeric) return { order: 'month-first', ambiguous: false };
  if (dayFirst > 0 && monthFirst > 0) {
    return { order: dayFirst > monthFirst ? 'day-first' : 'month-first', ambiguous: true, reason: `${dates(dayFirst)} read day first and ${dates(monthFirst)} month first: the file mixes both orders` };
  }
  if (dayFirst > 0) return { order: 'day-first', ambiguous: false, reason: `D/M/Y, as ${datesHave(dayFirst)} a day above 12 first` };
  if (monthFirst > 0) return { order: 'month-first', ambiguous: false, reason: `M/D/Y, as ${datesHave(monthFirst)} a day above 12 second` };
  return { order: 'month-first', ambiguous: true, reason: 'M/D/Y, but no date has a day above 12 to confirm it' };
}

const TIME_OF_DAY = /[T ]\d{1,2}:\d{2}/;

/** What reading these dates decided beyond the day order: two-digit years, times of day dropped. */
export function dateNotes(texts: readonly string[]): string[] {
  const twoDigit = texts.filter((text) => NUMERIC.exec(text.trim())?.[4]!.length === 2).length;
  const timed = texts.filter((text) => TIME_OF_DAY.test(text.trim())).length;
  const notes: string[] = [];
  if (twoDigit > 0) notes.push(`${dates(twoDigit)} with a two-digit year: 00–68 read as 20xx, 69–99 as 19xx`);
  if (timed > 0) notes.push(`${dates(timed)} with a time of day: the day kept as written, the time dropped`);
  return notes;
}
