// The text of a new entry, its id, and its problems, for `clic new`. The problems come from the
// same parse and validate as every file of the corpus, so `new` and `validate` say the same.
import { suggestId } from './corpus.js';
import { isValidDate } from './dates.js';
import { parseEntryText } from './parse.js';
import type { Problem } from './problem.js';
import { REQUIRED_FIELDS, type FieldName } from './schema.js';
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
    `type: ${plainIf(fields.type, /^[a-z]+(-[a-z]+)*$/.test(fields.type))}`,
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
