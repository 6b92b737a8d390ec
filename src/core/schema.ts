// The schema of an entry: one table describing every field, from which the Entry type, the
// validator's field list, the JSON, CSV and cache field orders, and the check of a record read
// back from the cache all derive. The vocabulary of the corpus (types, roles) lives here too.
import { isValidDate } from './dates.js';
import { LANGUAGE_CODES } from './languages.js';

export const ENTRY_TYPES = ['interview', 'podcast', 'video', 'op-ed', 'press', 'award', 'event', 'book'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const ROLES = [
  'author', 'interviewee', 'interviewer', 'guest', 'host', 'director',
  'writer', 'discussant', 'moderator', 'speaker', 'organizer', 'journalist',
] as const;
export type Role = (typeof ROLES)[number];

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const KEY_PATTERN = /^[A-Za-z0-9_:-]+$/;

export interface Person {
  name: string;
  /** A role from ROLES, another role (warned about), or null when the file gives none. */
  role: string | null;
  /** True when the file writes `org:` instead of `name:`: an organisation, never split into given and family names. */
  org?: boolean;
}

export interface Quote {
  text: string;
  speaker: string | null;
  at: string | null;
  /** 1-based line of the quote in its file, so search can point at it. */
  line: number;
}

export interface Update {
  date: string;
  note: string;
}

/** What each kind of field holds once validated. */
interface KindValues {
  text: string;
  'optional text': string | null;
  type: EntryType;
  date: string;
  language: string | null;
  url: string | null;
  key: string | null;
  people: Person[];
  texts: string[];
  quotes: Quote[];
  ids: string[];
  updates: Update[];
}
export type FieldKind = keyof KindValues;

/**
 * Every front-matter field, in the order entries, JSON output and the cache give them, with its
 * kind and whether a file must give it. Adding a field here adds it everywhere.
 */
export const FIELD_TABLE = {
  title: { kind: 'text', required: true },
  type: { kind: 'type', required: true },
  date: { kind: 'date', required: true },
  outlet: { kind: 'text', required: true },
  program: { kind: 'optional text', required: false },
  issue: { kind: 'optional text', required: false },
  place: { kind: 'optional text', required: false },
  language: { kind: 'language', required: false },
  url: { kind: 'url', required: false },
  people: { kind: 'people', required: false },
  tags: { kind: 'texts', required: false },
  quotes: { kind: 'quotes', required: false },
  related: { kind: 'ids', required: false },
  updates: { kind: 'updates', required: false },
  key: { kind: 'key', required: false },
} as const satisfies Record<string, { kind: FieldKind; required: boolean }>;

type FieldTable = typeof FIELD_TABLE;
export type FieldName = keyof FieldTable;
export const FIELDS = Object.keys(FIELD_TABLE) as FieldName[];
/** The fields an Entry holds: every field but its quotes, which are asked for apart (QuotedEntry). */
export const ENTRY_FIELDS = FIELDS.filter((field): field is Exclude<FieldName, 'quotes'> => field !== 'quotes');
export type RequiredFieldName = { [F in FieldName]: FieldTable[F]['required'] extends true ? F : never }[FieldName];
export const REQUIRED_FIELDS = FIELDS.filter((field): field is RequiredFieldName => FIELD_TABLE[field].required);

/** The fields of the front matter, typed from the table. */
export type EntryFields = { -readonly [F in FieldName]: KindValues[FieldTable[F]['kind']] };

/**
 * One entry: a plain, validated object, never changed once made. Its quotes and its body are not
 * part of it: a command that prints or searches them asks the store for quoted or full entries.
 * (Quotes are a fifth of a corpus's front matter, and listing, filtering, sorting and exporting
 * references never read them.)
 */
export type Entry = Readonly<
  Omit<EntryFields, 'quotes'> & {
    id: string;
    /** Path relative to the corpus folder, with `/` separators. */
    path: string;
    /** 1-based line where the body starts. */
    bodyLine: number;
    /** 1-based line of each field present in the front matter. */
    lines: Partial<Record<FieldName, number>>;
  }
>;

/** An entry with its quotes, as the store gives it for the same version of the file. */
export type QuotedEntry = Entry & { readonly quotes: Quote[] };

/** An entry with its quotes and its body, as the store gives them for the same version of the file. */
export type FullEntry = QuotedEntry & { readonly body: string };

const ENTRY_TYPE_SET: ReadonlySet<string> = new Set(ENTRY_TYPES);
const ROLE_SET: ReadonlySet<string> = new Set(ROLES);

export function isEntryType(value: string): value is EntryType {
  return ENTRY_TYPE_SET.has(value);
}

export function isRole(value: string): value is Role {
  return ROLE_SET.has(value);
}

/** An absolute http or https URL without blanks or control characters: what the validator accepts for `url`. */
export function isWebUrl(text: string): boolean {
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(text)) return false;
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isFilled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isLine = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;
const orNull = (check: (value: string) => boolean) => (value: unknown): boolean => value === null || (isString(value) && check(value));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** An object with exactly these keys (counted with for…in: this runs for every cached record). */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !keys.includes(key)) return false;
    count++;
  }
  return count === keys.length;
}
const listOf = (isItem: (item: unknown) => boolean) => (value: unknown): boolean => Array.isArray(value) && value.every(isItem);

/**
 * For each kind, whether a value is one the validator could have made: what a record read back
 * from the cache must be, since it is data from outside like any file.
 */
const KIND_CHECKS: Record<FieldKind, (value: unknown) => boolean> = {
  text: isFilled,
  'optional text': (value) => value === null || isString(value),
  type: (value) => isString(value) && isEntryType(value),
  date: (value) => isString(value) && isValidDate(value),
  language: orNull((value) => LANGUAGE_CODES.has(value)),
  url: orNull(isWebUrl),
  key: orNull((value) => KEY_PATTERN.test(value)),
  people: listOf((item) => (hasKeys(item, ['name', 'role']) || (hasKeys(item, ['name', 'role', 'org']) && item.org === true))
    && isFilled(item.name) && (item.role === null || isString(item.role))),
  texts: listOf(isFilled),
  quotes: listOf((item) => hasKeys(item, ['text', 'speaker', 'at', 'line']) && isFilled(item.text)
    && (item.speaker === null || isString(item.speaker)) && (item.at === null || isString(item.at)) && isLine(item.line)),
  ids: listOf((item) => isString(item) && ID_PATTERN.test(item)),
  updates: listOf((item) => hasKeys(item, ['date', 'note']) && isString(item.date) && isValidDate(item.date) && isFilled(item.note)),
};

/** The check of whether a value is one the validator gives for `field`. */
export const fieldValueCheck = (field: FieldName): ((value: unknown) => boolean) => KIND_CHECKS[FIELD_TABLE[field].kind];

/** Whether `lines` maps known fields to line numbers, as an entry's `lines` does. */
export function isFieldLines(lines: unknown): lines is Entry['lines'] {
  if (!isObject(lines)) return false;
  for (const field in lines) if (!Object.hasOwn(lines, field) || !Object.hasOwn(FIELD_TABLE, field) || !isLine(lines[field])) return false;
  return true;
}
