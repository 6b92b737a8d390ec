// What the bibliography writers (BibTeX, BibLaTeX, CSL-JSON, RIS) share: their signature, the
// record of fields they could not carry, how people are credited where a format has only
// authors, the words that say what an item is (in the entry's language), and issue numbers.
import { personName, type PersonName } from '../core/names.js';
import { MEDIUM_LABELS, PROGRAM_LABELS, ROLE_LABELS, type LabelLanguage } from '../core/labels.js';
import { FIELDS, isRole, type Entry, type FieldName, type Person, type QuotedEntry, type Role } from '../core/schema.js';

export interface ExportResult {
  text: string;
  /** Fields that entries hold and the format could not carry, in the order of FIELDS. */
  leftOut: FieldName[];
}

/**
 * A writer: entries with their quotes (none of the formats carries them, and each says so) and
 * their citation keys (entry id → key) in, the file's text out.
 */
export type ExportWriter = (entries: readonly QuotedEntry[], keys: ReadonlyMap<string, string>) => ExportResult;

/** Collects, entry by entry, the fields a writer had to drop. */
export class LeftOut {
  private readonly fields = new Set<FieldName>();

  /** Notes `field` as left out when the entry holds a value for it. */
  drop(entry: QuotedEntry, field: FieldName): void {
    const value = entry[field];
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
 * Roles credited as `author` by the formats that have no other role (BibTeX, BibLaTeX): the
 * people an appearance is by. A person without a role counts as one of them.
 */
export const AUTHOR_ROLES: readonly Role[] = ['author', 'interviewee', 'speaker', 'journalist', 'writer', 'director'];

/** A person's role, a person without one being an author. */
export const roleOf = (person: Person): string => person.role ?? 'author';

const labelLanguage = (entry: Entry): LabelLanguage => (entry.language?.toLowerCase() === 'fr' ? 'fr' : 'en');

/** "Label: text" in English, "Label : text" in French (a space before the colon). */
const labelled = (language: LabelLanguage, label: string, text: string): string => `${label}${language === 'fr' ? ' :' : ':'} ${text}`;

/** The label of a role for `count` people; an unknown role is written as it is, capitalised. */
export function roleLabel(role: string, count: number, entry: Entry): string {
  if (isRole(role)) return ROLE_LABELS[labelLanguage(entry)][role][count > 1 ? 1 : 0];
  return `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
}

/** People by role, for a note: "Interviewer: Marie-Amélie Carpio; Guests: A, B" ("Invités : A, B" in French). */
export function creditNote(entry: Entry, people: readonly Person[]): string {
  const byRole = new Map<string, string[]>();
  for (const person of people) byRole.set(roleOf(person), [...(byRole.get(roleOf(person)) ?? []), person.name]);
  const language = labelLanguage(entry);
  return [...byRole].map(([role, names]) => labelled(language, roleLabel(role, names.length, entry), names.join(', ')))
    .join(language === 'fr' ? ' ; ' : '; ');
}

/** The program for a note, labelled in the entry's language: "Program: …", "Émission : …". */
export function programNote(entry: Entry, program: string): string {
  const language = labelLanguage(entry);
  return labelled(language, PROGRAM_LABELS[language][entry.type], program);
}

export interface Credits {
  authors: PersonName[];
  /** The other people, by role, for a note (see creditNote). */
  note: string;
}

/** Authors (people in AUTHOR_ROLES) as names, and the others in a note. */
export function credits(entry: Entry): Credits {
  const isAuthor = (person: Person): boolean => (AUTHOR_ROLES as readonly string[]).includes(roleOf(person));
  return {
    authors: entry.people.filter(isAuthor).map(personName),
    note: creditNote(entry, entry.people.filter((person) => !isAuthor(person))),
  };
}

export function mediumLabel(entry: Entry): string | null {
  return MEDIUM_LABELS[labelLanguage(entry)][entry.type];
}

// "no. 808", "n° 808", "nº 808", "#808", "Nr. 808", "núm. 808": styles add their own label.
const ISSUE_LABEL = /^(?:(?:no|nos|nr|núm|num|numéro|number)(?:\.\s*|\s+)|n\.?\s?[°º]\s*|#\s*)(?=\S)/iu;

/** An issue as exports carry it: the number alone, its label taken off ("no. 808" → "808"). */
export function issueNumber(issue: string): string {
  return issue.trim().replace(ISSUE_LABEL, '');
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
