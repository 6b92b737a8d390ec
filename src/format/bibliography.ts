// What the bibliography writers (BibTeX, BibLaTeX, CSL-JSON, RIS) share: their signature, the
// record of fields they could not carry, and how people are credited where a format has
// only authors.
import { splitName, type PersonName } from '../core/names.js';
import { FIELDS, type Entry, type FieldName, type Role } from '../core/schema.js';

export interface ExportResult {
  text: string;
  /** Fields that entries hold and the format could not carry, in the order of FIELDS. */
  leftOut: FieldName[];
}

/** A writer: entries and their citation keys (entry id → key) in, the file's text out. */
export type ExportWriter = (entries: readonly Entry[], keys: ReadonlyMap<string, string>) => ExportResult;

/** Collects, entry by entry, the fields a writer had to drop. */
export class LeftOut {
  private readonly fields = new Set<FieldName>();

  /** Notes `field` as left out when the entry holds a value for it. */
  drop(entry: Entry, field: FieldName): void {
    const value = entry[field as keyof Entry];
    const holds = Array.isArray(value) ? value.length > 0 : value !== null && value !== '';
    if (holds) this.fields.add(field);
  }

  list(): FieldName[] {
    return FIELDS.filter((field) => this.fields.has(field));
  }
}

// Line breaks of every kind become spaces; other control characters go.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Text for a format whose values are one line: line breaks as spaces, no control characters, trimmed. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '').trim();
}

export function citationKey(keys: ReadonlyMap<string, string>, entry: Entry): string {
  const key = keys.get(entry.id);
  if (key === undefined) throw new Error(`no citation key for ${entry.id}`);
  return key;
}

/**
 * Roles credited as `author` by the formats that have no other role (BibTeX, BibLaTeX, RIS):
 * the people an appearance is by. A person without a role counts as one of them.
 */
export const AUTHOR_ROLES: readonly Role[] = ['author', 'interviewee', 'speaker', 'journalist', 'writer', 'director'];

export interface Credits {
  authors: PersonName[];
  /** The other people, by role, for a note: "Interviewer: Marie-Amélie Carpio; Guests: A, B". */
  note: string;
}

const label = (role: string, count: number): string => {
  const plural = count > 1 && /^[a-z]+$/.test(role) ? 's' : '';
  return `${role.charAt(0).toUpperCase()}${role.slice(1)}${plural}`;
};

export function credits(entry: Entry): Credits {
  const authors: PersonName[] = [];
  const others = new Map<string, string[]>();
  for (const person of entry.people) {
    if (person.role === null || (AUTHOR_ROLES as readonly string[]).includes(person.role)) {
      authors.push(splitName(person.name));
    } else {
      others.set(person.role, [...(others.get(person.role) ?? []), person.name]);
    }
  }
  const note = [...others].map(([role, names]) => `${label(role, names.length)}: ${names.join(', ')}`).join('; ');
  return { authors, note };
}

/** ISO 639-1 codes → the language names that babel, polyglossia, biblatex (`langid`) and pandoc know. */
const LANGIDS: Readonly<Record<string, string>> = {
  af: 'afrikaans', bg: 'bulgarian', ca: 'catalan', cs: 'czech', cy: 'welsh', da: 'danish', de: 'ngerman',
  el: 'greek', en: 'english', eo: 'esperanto', es: 'spanish', et: 'estonian', eu: 'basque', fi: 'finnish',
  fr: 'french', ga: 'irish', gl: 'galician', he: 'hebrew', hr: 'croatian', hu: 'magyar', is: 'icelandic',
  it: 'italian', la: 'latin', lt: 'lithuanian', lv: 'latvian', nb: 'norsk', nl: 'dutch', nn: 'nynorsk',
  no: 'norsk', pl: 'polish', pt: 'portuguese', ro: 'romanian', ru: 'russian', sk: 'slovak', sl: 'slovene',
  sr: 'serbian', sv: 'swedish', tr: 'turkish', uk: 'ukrainian',
};

/** The `langid` of an ISO 639-1 code, or undefined when babel and biblatex have no name for it. */
export function langid(code: string): string | undefined {
  const lower = code.toLowerCase();
  return Object.hasOwn(LANGIDS, lower) ? LANGIDS[lower] : undefined;
}
