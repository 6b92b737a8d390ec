// Raw front matter → Entry, or the problems that stop it being one. Never throws: every
// check reports a Problem with the line of the field, and warnings do not stop the entry.
import { DATE_FORMS_HINT, isValidDate } from './dates.js';
import type { RawEntry } from './parse.js';
import { didYouMean, type Problem } from './problem.js';
import {
  ENTRY_TYPES, FIELDS, ID_PATTERN, KEY_PATTERN, ROLES,
  isEntryType, isRole, isWebUrl, type Entry, type EntryType, type FieldName, type Person, type Quote, type Update,
} from './schema.js';
import { LANGUAGE_CODES, suggestLanguageCode } from './languages.js';
import { suggestType } from './type-synonyms.js';

export interface ValidationResult {
  entry?: Entry;
  /** The entry's quotes and body, given with the entry. */
  quotes?: Quote[];
  body?: string;
  problems: Problem[];
}

// Plain scalars that YAML 1.1 tools (PyYAML, Ruby, older js-yaml) read as booleans or numbers,
// while the core schema reads them as text: quoting them keeps every tool in agreement.
const YAML11_AMBIGUOUS = /^(?:y|n|yes|no|on|off|Y|N|Yes|No|On|Off|YES|NO|ON|OFF|\d+(?::[0-5]?\d)+)$/;

// With the u flag, a surrogate matches only when it is not one half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** `\ud800` for a lone surrogate: how a YAML double-quoted scalar writes it. */
const escapeOf = (surrogate: string): string => `\\u${surrogate.charCodeAt(0).toString(16)}`;

/**
 * A field as a problem names it: as a double-quoted YAML key when it could not be read as is
 * (an empty key would leave `path:line: : …`; half a character prints as U+FFFD or not at all).
 */
const shownField = (field: string): string =>
  field === '' || LONE_SURROGATE.test(field) ? `"${field.replace(new RegExp(LONE_SURROGATE, 'gu'), escapeOf)}"` : field;

// `\s#`, not `\s+#`: the latter backtracks quadratically on a long run of blanks.
const withoutComment = (written: string): string => written.replace(/\s#[^]*/, '').trim();

/**
 * `text` as a string of its own. A parsed value is a slice of its file's front matter, and V8
 * keeps the whole of a slice's parent alive: each entry kept its front matter (1.7 KB for a
 * 60-character title; 16.6 of the 38 MB of heap a cold load of 10,000 files held). A slice of a
 * concatenation is over a flat copy of the value alone, made for 55 ns.
 */
const ownCopy = (text: string): string => (' ' + text).slice(1);

class FieldChecker {
  readonly problems: Problem[] = [];
  constructor(private readonly raw: RawEntry, private readonly path: string) {}

  lineOf(field: string, item?: number): number {
    if (item !== undefined) {
      const items = this.raw.itemLines.get(field);
      if (items && items[item] !== undefined) return items[item]!;
    }
    return this.raw.keyLines.get(field) ?? 1;
  }

  report(severity: Problem['severity'], field: string, message: string, hint?: string, item?: number): void {
    const name = item === undefined ? shownField(field) : `${field}[${item + 1}]`;
    this.problems.push({ path: this.path, line: this.lineOf(field, item), field: name, message, hint, severity });
  }

  error(field: string, message: string, hint?: string, item?: number): void {
    this.report('error', field, message, hint, item);
  }

  /**
   * A text value: strings only, since numbers and booleans are never silently turned into text.
   * `key` names the value inside an item (`{ text: … }`), for the hint to quote the right field.
   */
  text(field: string, value: unknown, options: { required?: boolean; item?: number; label?: string; key?: string } = {}): string | null {
    const label = options.label ?? field;
    if (value === undefined || value === null) {
      if (options.required) {
        const present = this.raw.keyLines.has(field);
        // The raw text starts after the blanks that follow the colon.
        const hint = this.raw.rawValues.get(field)?.startsWith('#')
          ? '`#` starts a YAML comment here: quote the value'
          : present ? `give it a value: ${field}: …` : `add a line \`${field}: …\``;
        this.error(label, present ? 'is empty' : 'is required but missing', hint, options.item);
      }
      return null;
    }
    if (typeof value === 'string') {
      if (options.required && value.trim() === '') {
        this.error(label, 'is empty', `give it a value: ${field}: …`, options.item);
        return null;
      }
      return ownCopy(value);
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      const kind = typeof value === 'number' ? 'a number' : 'a boolean';
      // The text after the key is this value's only when it is the field itself, not an item of a
      // list or a key inside one (`tags: [ok, 1984]`, `- { text: 3.14 }`; a key is always in an item):
      // those are shown as read.
      const direct = options.item === undefined;
      const raw = direct ? withoutComment(this.raw.rawValues.get(field) ?? String(value)) || String(value) : String(value);
      const name = options.key ?? (direct ? field : undefined);
      this.error(label, `must be text, but YAML reads \`${raw}\` as ${kind}`, `quote it: ${name === undefined ? '' : `${name}: `}"${raw.replace(/"/g, '\\"')}"`, options.item);
      return null;
    }
    this.error(label, `must be text, not ${Array.isArray(value) ? 'a list' : 'a mapping'}`, undefined, options.item);
    return null;
  }

  list(field: string, value: unknown): unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.error(field, 'must be a list', `write it as \`${field}: [a, b]\` or one \`- item\` per line`);
    return [];
  }

  warnIfAmbiguous(field: string): void {
    // Stryker disable next-line StringLiteral: an absent field has no raw text, and any text that is not ambiguous does the same.
    const raw = withoutComment(this.raw.rawValues.get(field) ?? '');
    if (YAML11_AMBIGUOUS.test(raw)) this.warnAmbiguous(field, field, raw);
  }

  warnAmbiguous(field: string, key: string, raw: string, item?: number): void {
    this.report('warning', field, `\`${raw}\` is text here, but YAML 1.1 tools read it as a ${/\d/.test(raw) ? 'number' : 'boolean'}`, `quote it: ${key}: "${raw}"`, item);
  }

  /** The lines of item `index` of a block list as written: from its `-` to the next item or key. */
  itemText(field: string, index: number): string {
    const starts = this.raw.itemLines.get(field) ?? [];
    const start = starts[index];
    if (start === undefined) return '';
    // File line n is matterLines[n - 2]; the item ends at the next item, or at a line at the margin.
    const lines = this.raw.matterLines.slice(start - 2, (starts[index + 1] ?? Infinity) - 2);
    const margin = lines.findIndex((text, i) => i > 0 && /^\S/.test(text));
    return (margin === -1 ? lines : lines.slice(0, margin)).join('\n');
  }
}

/** For an unknown type: the one meant, with the list when it is a synonym (`talk` is an `event`). */
function suggestedType(text: string): string {
  const suggestion = suggestType(text);
  return suggestion ? `did you mean \`${suggestion}\`?` : `use one of ${ENTRY_TYPES.join(', ')}`;
}

/** The first lone surrogate in a value, its keys included, however deep. */
function loneSurrogateIn(value: unknown): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.exec(value)?.[0];
  // Lists and mappings alike (a list's keys are its indexes); numbers, booleans and null have no entries.
  return Object.entries(value ?? {}).map(([key, inner]) => loneSurrogateIn(key) ?? loneSurrogateIn(inner)).find((found) => found !== undefined);
}

const SURROGATE_HINT = 'write the character itself, or its whole code point as "\\U0001F600"';

/** A `"\ud800"` escape gives half a character, which no export can carry (pandoc refuses the JSON). */
function checkLoneSurrogates(checker: FieldChecker, data: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(data)) {
    const inName = LONE_SURROGATE.exec(field)?.[0];
    if (inName !== undefined) {
      checker.error(field, `the field name holds \`${escapeOf(inName)}\`, half of a character (a lone surrogate)`, SURROGATE_HINT);
    }
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      const surrogate = loneSurrogateIn(item);
      if (surrogate === undefined) return;
      checker.error(field, `holds \`${escapeOf(surrogate)}\`, half of a character (a lone surrogate)`, SURROGATE_HINT, Array.isArray(value) ? index : undefined);
    });
  }
}

function dateText(checker: FieldChecker, field: string, value: unknown, item?: number): string | null {
  // An unquoted year is a number in YAML; the contract allows dates quoted or not. Any other whole
  // number is then not a date, as its text says.
  const text = Number.isInteger(value) ? String(value) : value;
  if (typeof text === 'string' && !isValidDate(text)) {
    checker.error(field, `\`${text}\` is not a valid date`, DATE_FORMS_HINT, item);
    return null;
  }
  if (typeof text !== 'string' && text !== undefined && text !== null) {
    checker.error(field, `\`${String(text)}\` is not a valid date`, DATE_FORMS_HINT, item);
    return null;
  }
  return checker.text(field, text, { required: true, item });
}

function checkUnknownKeys(checker: FieldChecker, field: string, value: Record<string, unknown>, known: readonly string[], item: number): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      checker.report('warning', field, `unknown key \`${key}\``, didYouMean(key, known) ?? `known keys: ${known.join(', ')}`, item);
    }
  }
}

function readPeople(checker: FieldChecker, value: unknown): Person[] {
  const people: Person[] = [];
  checker.list('people', value).forEach((item, index) => {
    if (typeof item === 'string') {
      if (item.trim() === '') checker.error('people', 'name is empty', undefined, index);
      else people.push({ name: ownCopy(item), role: null });
      return;
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      checker.error('people', 'must be a name or `{name, role}`', 'write `- { name: Jane Doe, role: interviewer }` or `- { org: Radio France, role: host }`', index);
      return;
    }
    const person = item as Record<string, unknown>;
    checkUnknownKeys(checker, 'people', person, ['name', 'org', 'role'], index);
    if (person.org !== undefined && person.name !== undefined) {
      checker.error('people', 'has both `name` and `org`', 'keep `name:` for a person or `org:` for an organisation', index);
      return;
    }
    // `org:` instead of `name:` says the credit is an organisation; it is checked as a name is.
    const org = person.org !== undefined;
    const name = checker.text('people', org ? person.org : person.name, { required: true, item: index, label: 'people', key: org ? 'org' : 'name' });
    const role = checker.text('people', person.role, { item: index, key: 'role' });
    if (role !== null && !isRole(role)) {
      checker.report('warning', 'people', `unknown role \`${role}\``, didYouMean(role, ROLES) ?? `known roles: ${ROLES.join(', ')}`, index);
    }
    if (name !== null) people.push(org ? { name, role, org: true } : { name, role });
  });
  return people;
}

function readQuotes(checker: FieldChecker, value: unknown): Quote[] {
  const quotes: Quote[] = [];
  checker.list('quotes', value).forEach((item, index) => {
    const line = checker.lineOf('quotes', index);
    if (typeof item === 'string') {
      if (item.trim() === '') checker.error('quotes', 'quote is empty', undefined, index);
      else quotes.push({ text: ownCopy(item), speaker: null, at: null, line });
      return;
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      checker.error('quotes', 'must be a text or `{text, speaker, at}`', undefined, index);
      return;
    }
    const quote = item as Record<string, unknown>;
    checkUnknownKeys(checker, 'quotes', quote, ['text', 'speaker', 'at'], index);
    const text = checker.text('quotes', quote.text, { required: true, item: index, key: 'text' });
    const speaker = checker.text('quotes', quote.speaker, { item: index, key: 'speaker' });
    const at = checker.text('quotes', quote.at, { item: index, key: 'at' });
    // `at: 12:30` unquoted is text to js-yaml but 750 to YAML 1.1 tools, as `issue: 12:30` is.
    // Every line of an item but its first is indented, so `at:` always follows a blank, `{` or `,`.
    const unquotedAt = at === null ? undefined : /[\s{,]at:[ \t]*([^\s"',}#]+)[ \t]*(?:[,}#]|$)/m.exec(checker.itemText('quotes', index))?.[1];
    if (unquotedAt?.match(YAML11_AMBIGUOUS)) checker.warnAmbiguous('quotes', 'at', unquotedAt, index);
    if (text !== null) quotes.push({ text, speaker, at, line });
  });
  return quotes;
}

/** The texts of a list field; `checkItem` sees each text at its own index, so a non-text item moves no other's line. */
function readStrings(checker: FieldChecker, field: string, value: unknown, checkItem?: (text: string, index: number) => void): string[] {
  const strings: string[] = [];
  checker.list(field, value).forEach((item, index) => {
    const text = checker.text(field, item, { required: true, item: index });
    if (text === null) return;
    checkItem?.(text, index);
    strings.push(text);
  });
  return strings;
}

function readRelated(checker: FieldChecker, value: unknown): string[] {
  // A bad id is an error, so the ids are only ever given back when all are good.
  return readStrings(checker, 'related', value, (id, index) => {
    if (!ID_PATTERN.test(id)) checker.error('related', `\`${id}\` is not an entry id`, 'an id is a file name without `.md`: lowercase letters, digits and single hyphens', index);
  });
}

function readUpdates(checker: FieldChecker, value: unknown): Update[] {
  const updates: Update[] = [];
  checker.list('updates', value).forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      checker.error('updates', 'must be `{date, note}`', 'write `- { date: 2021-03, note: "…" }`', index);
      return;
    }
    const update = item as Record<string, unknown>;
    checkUnknownKeys(checker, 'updates', update, ['date', 'note'], index);
    const date = dateText(checker, 'updates', update.date, index);
    const note = checker.text('updates', update.note, { required: true, item: index, key: 'note' });
    if (date !== null && note !== null) updates.push({ date, note });
  });
  return updates;
}

function readUrl(checker: FieldChecker, value: unknown): string | null {
  const url = checker.text('url', value);
  if (url === null) return null;
  if (!isWebUrl(url)) {
    checker.error('url', `\`${url}\` is not an absolute http or https URL`, 'write it as https://…');
    return null;
  }
  return url;
}

/** Checks one parsed file against the contract. The entry is returned only when there is no error. */
export function validateEntry(raw: RawEntry, id: string, path: string): ValidationResult {
  const checker = new FieldChecker(raw, path);
  const data = raw.data;

  for (const field of Object.keys(data)) {
    if (!(FIELDS as readonly string[]).includes(field)) {
      checker.report('warning', field, 'unknown field', didYouMean(field, FIELDS) ?? `known fields: ${FIELDS.join(', ')}`);
    }
  }

  // Only an escape (`"\ud800"`) gives a lone surrogate: text decoded from UTF-8 holds none.
  if (raw.matterLines.some((line) => line.includes('\\'))) checkLoneSurrogates(checker, data);
  const title = checker.text('title', data.title, { required: true });
  const outlet = checker.text('outlet', data.outlet, { required: true });
  const typeText = checker.text('type', data.type, { required: true });
  let type: EntryType | null = null;
  if (typeText !== null) {
    if (isEntryType(typeText)) type = typeText;
    else checker.error('type', `unknown type \`${typeText}\``, suggestedType(typeText));
  }
  const date = dateText(checker, 'date', data.date);
  const program = checker.text('program', data.program);
  const issue = checker.text('issue', data.issue);
  const place = checker.text('place', data.place);
  let language = checker.text('language', data.language);
  if (language !== null && !LANGUAGE_CODES.has(language)) {
    const suggestion = suggestLanguageCode(language);
    checker.error('language', `\`${language}\` is not an ISO 639-1 code`, suggestion ? `did you mean \`${suggestion}\`?` : 'use a two-letter code such as fr or en');
    language = null;
  }
  const url = readUrl(checker, data.url);
  let key = checker.text('key', data.key);
  if (key !== null && !KEY_PATTERN.test(key)) {
    checker.error('key', `\`${key}\` is not a citation key`, 'use only letters, digits, `_`, `:` and `-`');
    key = null;
  }
  const people = readPeople(checker, data.people);
  const tags = readStrings(checker, 'tags', data.tags);
  const quotes = readQuotes(checker, data.quotes);
  const related = readRelated(checker, data.related);
  const updates = readUpdates(checker, data.updates);
  for (const field of ['title', 'outlet', 'program', 'issue', 'place'] as const) checker.warnIfAmbiguous(field);

  // A required field is null only after an error: past this check, all four are set.
  if (checker.problems.some((p) => p.severity === 'error')) return { problems: checker.problems };
  const lines: Partial<Record<FieldName, number>> = {};
  for (const field of FIELDS) {
    const line = raw.keyLines.get(field);
    if (line !== undefined) lines[field] = line;
  }
  return {
    problems: checker.problems,
    entry: {
      id, path, title: title!, type: type!, date: date!, outlet: outlet!, program, issue, place, language, url,
      people, tags, related, updates, key,
      bodyLine: raw.bodyLine, lines,
    },
    quotes,
    body: raw.body,
  };
}


