// The text of a new entry, its id, and its problems, for `clic new`. The problems come from the
// same parse and validate as every file of the corpus, so `new` and `validate` say the same.
import { suggestId } from './corpus.js';
import { isValidDate } from './dates.js';
import { parseEntryText } from './parse.js';
import type { Problem } from './problem.js';
import { REQUIRED_FIELDS, type FieldName, type Person } from './schema.js';
import { validateEntry } from './validate.js';

export type RequiredField = (typeof REQUIRED_FIELDS)[number];
export type NewEntryFields = Record<RequiredField, string>;

// Characters YAML does not allow raw in a stream (DEL, C1) or that some tools read as line
// breaks (NEL, LS, PS), plus the BOM and non-characters: all written as escapes.
const YAML_UNSAFE = /[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;

/** A YAML double-quoted scalar that reads back as exactly `text`, whatever it holds. */
export function yamlQuote(text: string): string {
  // JSON strings are YAML double-quoted scalars, and JSON.stringify escapes quotes, backslashes,
  // C0 controls and lone surrogates.
  return JSON.stringify(text).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Plain when the value reads back as itself (as in the corpus files), quoted otherwise. */
const plainIf = (value: string, safe: boolean): string => (safe ? value : yamlQuote(value));

const TYPE_FORM = /^[a-z]+(-[a-z]+)*$/;

type OptionalField = Exclude<FieldName, RequiredField>;

/** One commented example per optional field; the Record makes a new field in the schema need one here. */
const PLACEHOLDERS: Record<OptionalField, string> = {
  program: '# program: ""',
  issue: '# issue: ""',
  place: '# place: ""',
  language: '# language: fr',
  url: '# url: "https://…"',
  people: '# people:\n#   - { name: "", role: interviewee }',
  tags: '# tags: []',
  quotes: '# quotes:\n#   - { text: "", speaker: "", at: "" }',
  related: '# related: []',
  updates: '# updates:\n#   - { date: YYYY-MM, note: "" }',
  key: '# key: ""',
};

export function entryTemplate(fields: NewEntryFields): string {
  const optional = (Object.keys(PLACEHOLDERS) as OptionalField[]).map((field) => PLACEHOLDERS[field]);
  return [
    '---',
    `title: ${yamlQuote(fields.title)}`,
    `type: ${plainIf(fields.type, TYPE_FORM.test(fields.type))}`,
    // An unquoted year is a number in YAML, which the validator accepts for years 1000 to 9999 only.
    `date: ${plainIf(fields.date, isValidDate(fields.date) && !fields.date.startsWith('0'))}`,
    `outlet: ${yamlQuote(fields.outlet)}`,
    '# Optional fields: remove the `# ` to use one.',
    ...optional,
    '---',
    '',
    '<!-- Notes or a summary of the appearance. -->',
    '',
  ].join('\n');
}

/** A whole entry to write, as `clic import` gives it: the required fields and any optional ones. */
export interface EntryFields extends NewEntryFields {
  program?: string;
  issue?: string;
  place?: string;
  language?: string;
  url?: string;
  people?: readonly Person[];
  tags?: readonly string[];
  quotes?: readonly { text: string; speaker: string | null; at: string | null }[];
  body?: string;
}

/** A flow mapping of the non-null values, each quoted as the required fields are. */
const flowMapping = (pairs: [string, string | null][]): string =>
  `{ ${pairs.filter(([, value]) => value !== null).map(([key, value]) => `${key}: ${yamlQuote(value!)}`).join(', ')} }`;

/**
 * The text of an entry with every field it has, quoted so that it reads back exactly (the same
 * quoting as `entryTemplate`), in the order of the contract; the body after the front matter.
 */
export function entryText(fields: EntryFields): string {
  const lines = [
    '---',
    `title: ${yamlQuote(fields.title)}`,
    `type: ${plainIf(fields.type, TYPE_FORM.test(fields.type))}`,
    `date: ${plainIf(fields.date, isValidDate(fields.date) && !fields.date.startsWith('0'))}`,
    `outlet: ${yamlQuote(fields.outlet)}`,
  ];
  for (const field of ['program', 'issue', 'place', 'language', 'url'] as const) {
    const value = fields[field];
    if (value !== undefined) lines.push(`${field}: ${yamlQuote(value)}`);
  }
  if (fields.people && fields.people.length > 0) {
    // An organisation is an `org:` item, which no export splits into given and family names.
    lines.push('people:', ...fields.people.map((p) => `  - ${flowMapping([[p.org === true ? 'org' : 'name', p.name], ['role', p.role]])}`));
  }
  if (fields.tags && fields.tags.length > 0) lines.push('tags:', ...fields.tags.map((tag) => `  - ${yamlQuote(tag)}`));
  if (fields.quotes && fields.quotes.length > 0) {
    lines.push('quotes:', ...fields.quotes.map((q) => `  - ${flowMapping([['text', q.text], ['speaker', q.speaker], ['at', q.at]])}`));
  }
  lines.push('---', '');
  const body = fields.body?.trim() ?? '';
  return `${lines.join('\n')}${body === '' ? '' : `\n${body}\n`}`;
}

const MAX_SLUG = 40;

/** `DATE-SLUG`, the slug made from the outlet and cut at a word to stay short. */
export function newEntryId(fields: Pick<NewEntryFields, 'date' | 'outlet'>): string {
  const slug = suggestId(fields.outlet);
  const cut = slug.slice(0, MAX_SLUG + 1);
  const short = slug.length <= MAX_SLUG ? slug : cut.includes('-') ? cut.replace(/-[^-]*$/, '') : slug.slice(0, MAX_SLUG);
  return `${fields.date}-${short}`;
}

/** The problems `clic validate` would report for this text saved as `path`. */
export function entryProblems(text: string, id: string, path: string): Problem[] {
  const parsed = parseEntryText(text, path);
  if (!parsed.ok) return [parsed.problem];
  return validateEntry(parsed.raw, id, path).problems;
}

/** `id`, or `id-2`, `id-3`… : the first that is not taken. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}
