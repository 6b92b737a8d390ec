// The Entry type and the vocabulary of the corpus: the single source of truth that the
// validator, the filters, the exporters, the completions and `clic new` all read.

export const ENTRY_TYPES = ['interview', 'podcast', 'video', 'op-ed', 'press', 'award', 'event', 'book'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const ROLES = [
  'author', 'interviewee', 'interviewer', 'guest', 'host', 'director',
  'writer', 'discussant', 'moderator', 'speaker', 'organizer', 'journalist',
] as const;
export type Role = (typeof ROLES)[number];

export const FIELDS = [
  'title', 'type', 'date', 'outlet', 'program', 'issue', 'place', 'language',
  'url', 'people', 'tags', 'quotes', 'related', 'updates', 'key',
] as const;
export type FieldName = (typeof FIELDS)[number];
export const REQUIRED_FIELDS = ['title', 'type', 'date', 'outlet'] as const;

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

export interface Entry {
  id: string;
  /** Path relative to the corpus folder, with `/` separators. */
  path: string;
  title: string;
  type: EntryType;
  /** As written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  outlet: string;
  program: string | null;
  issue: string | null;
  place: string | null;
  language: string | null;
  url: string | null;
  people: Person[];
  tags: string[];
  quotes: Quote[];
  related: string[];
  updates: Update[];
  key: string | null;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** 1-based line of each field present in the front matter. */
  lines: Partial<Record<FieldName, number>>;
}

export function isEntryType(value: string): value is EntryType {
  return (ENTRY_TYPES as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
