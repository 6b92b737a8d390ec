// Dates are calendar dates, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and each covers a span
// of days. Working on the text keeps them free of time zones: no Date object is ever built.

export interface DateSpan {
  /** First day covered, as `YYYY-MM-DD`. */
  first: string;
  /** Last day covered, as `YYYY-MM-DD`. */
  last: string;
}

const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The span a date covers, or undefined when the text is not a valid calendar date of the three forms. */
export function parseDateSpan(text: string): DateSpan | undefined {
  const match = DATE_FORM.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return { first: `${yearText}-01-01`, last: `${yearText}-12-31` };
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  if (dayText === undefined) return { first: `${yearText}-${monthText}-01`, last: `${yearText}-${monthText}-${pad(lastDay)}` };
  const day = Number(dayText);
  if (day < 1 || day > lastDay) return undefined;
  return { first: text, last: text };
}

/** Whether a text is a valid date of the three forms; checked digit by digit, as it runs on every cached record. */
export function isValidDate(text: string): boolean {
  return dateOrderNumber(text) !== undefined;
}

export const DATE_FORMS_HINT = 'write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2020-10-15, 2020-05 or 2020';

/**
 * A text that orders dates by their first day, a partial date before the full dates it covers:
 * `2020` → `2020-01-01 04`, `2020-01` → `2020-01-01 07`, `2020-01-01` → `2020-01-01 10`.
 */
export function dateOrderKey(date: string): string {
  return `${parseDateSpan(date)?.first ?? date} ${String(date.length).padStart(2, '0')}`;
}

/** The number the digits of `text[from, to)` write, or NaN when one is not a digit. */
function digitsOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * dateOrderKey as a number, which compares faster than text: YYYYMMDD and the length. Undefined
 * for a text that is not a date of the three forms (never an entry's date). Read digit by digit:
 * it runs once per entry at every sort.
 */
export function dateOrderNumber(date: string): number | undefined {
  const length = date.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digitsOf(date, 0, 4);
  const month = length >= 7 && date[4] === '-' ? digitsOf(date, 5, 7) : length === 4 ? 1 : NaN;
  const day = length === 10 && date[7] === '-' ? digitsOf(date, 8, 10) : length < 10 ? 1 : NaN;
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return ((year * 100 + month) * 100 + day) * 100 + length;
}

/** Orders dates so that a partial date sorts before every full date it covers. */
export function compareDates(a: string, b: string): number {
  const ka = dateOrderKey(a);
  const kb = dateOrderKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** True when two spans share at least one day. */
export function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export function dateParts(text: string): number[] {
  return text.split('-').map(Number);
}
