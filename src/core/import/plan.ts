// An import from start to end, without I/O: inputs in, for each item what would be written
// (its id and text, validated like a corpus file) or why not, and every decision on the way.
import { entryProblems, entryText, freeId, newEntryId, type EntryFields } from '../new-entry.js';
import type { Entry, EntryType, Person } from '../schema.js';
import { parseBibtex } from './bibtex.js';
import { parseCslJson } from './csl.js';
import { parseCsv } from './csv.js';
import { dateFromParts, dateNotes, decideDayOrder, monthNumber, readDate, type DayOrder } from './dates.js';
import { detectFormat } from './detect.js';
import type { Draft, ImportSource, ParsedInput } from './draft.js';
import { DuplicateIndex } from './duplicates.js';
import { AUTHOR_ROLE, type Target } from './mapping.js';
import { parseMarkdownPage } from './markdown.js';
import { newNameUse, type NameUse } from './record.js';
import { parseRis } from './ris.js';
import { decideType } from './types.js';
import { parseYamlList } from './yaml.js';

export interface ImportOptions {
  from?: ImportSource;
  /** `--map COLUMN=FIELD`, by normalised column name. */
  overrides: ReadonlyMap<string, Target>;
  /** `--type`: the type of items whose input states none. */
  type?: EntryType;
  /** `--lang`: the language of items whose input gives none. */
  language?: string;
}

export interface ImportInput {
  /** As the user named it (`press.bib`, `-` for standard input), for the report. */
  name: string;
  text: string;
}

export type Outcome = 'write' | 'duplicate' | 'no-date' | 'invalid' | 'broken';

export interface PlannedItem {
  source: string;
  line: number;
  outcome: Outcome;
  /** Decisions about this item (type inferred, cleaning…), in order. */
  notes: string[];
  /** Why it is not written, for every outcome but `write`. */
  reason?: string;
  id?: string;
  text?: string;
  fields?: EntryFields;
}

export interface ReportLine {
  source: string;
  line: number;
  message: string;
}

export interface ImportPlan {
  items: PlannedItem[];
  /** Decisions about whole inputs: its format, the day order of its dates, columns put in the body. */
  notes: ReportLine[];
}

function parseInput(format: ImportSource, text: string, overrides: ReadonlyMap<string, Target>): ParsedInput & { names: NameUse } {
  const names = newNameUse();
  switch (format) {
    case 'csv':
      return parseCsv(text, overrides, names);
    case 'yaml':
      return parseYamlList(text, overrides, names);
    case 'markdown':
      return parseMarkdownPage(text, overrides, names);
    case 'bibtex':
      return parseBibtex(text, overrides, names);
    case 'csl-json':
      return parseCslJson(text, names);
    case 'ris':
      return parseRis(text, names);
  }
}

function resolveDate(draft: Draft, order: DayOrder): string | undefined {
  const date = draft.date;
  if (date === undefined) return undefined;
  if (typeof date.value === 'string') return readDate(date.value, order);
  const { year, month, day } = date.value;
  const monthValue = month === undefined ? undefined : monthNumber(month);
  const dayValue = day !== undefined && /^\d{1,2}$/.test(day.trim()) ? Number(day) : undefined;
  // Without a month (none, or one that names none) dateFromParts keeps the year alone, day or not.
  return dateFromParts(Number(year), monthValue, dayValue);
}

const rawDateText = (draft: Draft): string =>
  draft.date === undefined ? '' : typeof draft.date.value === 'string' ? draft.date.value : [draft.date.value.year, draft.date.value.month, draft.date.value.day].filter(Boolean).join(' ');

function uniquePeople(people: readonly Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = `${p.name}\u0000${p.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The fields of a draft, or why it cannot be an entry. */
function finish(draft: Draft, order: DayOrder, options: ImportOptions): { fields: EntryFields; notes: string[] } | { outcome: Outcome; reason: string; notes: string[] } {
  const notes = [...draft.notes];
  const decision = decideType(draft, options.type);
  if (decision.inferred) notes.unshift(`type ${decision.type}, ${decision.reason}`);
  const date = resolveDate(draft, order);
  if (date === undefined) {
    const raw = rawDateText(draft);
    return { outcome: 'no-date', reason: raw.trim() === '' ? 'no date' : `no usable date in ${draft.date!.from} "${raw.trim()}"`, notes };
  }
  const title = draft.fields.title?.value;
  let outlet = draft.fields.outlet?.value;
  const url = draft.fields.url?.value;
  if (outlet === undefined && url !== undefined) {
    outlet = new URL(url).hostname.replace(/^www\./, '');
    notes.push(`outlet ${outlet}, from the URL (no outlet given)`);
  }
  if (title === undefined) return { outcome: 'invalid', reason: 'no title', notes };
  if (outlet === undefined) return { outcome: 'invalid', reason: 'no outlet (and no URL to take one from)', notes };
  const people = uniquePeople([...draft.authors.map((author) => ({ ...author, role: AUTHOR_ROLE[decision.type] })), ...draft.people]);
  const language = draft.fields.language?.value ?? options.language;
  const tags = [...new Set(draft.tags.filter((tag) => tag.trim() !== ''))];
  const fields: EntryFields = {
    title, type: decision.type, date, outlet,
    ...(draft.fields.program && { program: draft.fields.program.value }),
    ...(draft.fields.issue && { issue: draft.fields.issue.value }),
    ...(draft.fields.place && { place: draft.fields.place.value }),
    ...(language !== undefined && { language }),
    ...(url !== undefined && { url }),
    ...(people.length > 0 && { people }),
    ...(tags.length > 0 && { tags }),
    ...(draft.body.length > 0 && { body: draft.body.join('\n\n') }),
  };
  return { fields, notes };
}

function describeNames(source: string, names: NameUse): ReportLine[] {
  const lines: ReportLine[] = [];
  if (names.inBody.size > 0) lines.push({ source, line: 1, message: `${[...names.inBody].join(', ')}: no field takes them; kept in the body as labelled lines (--map NAME=FIELD to place them)` });
  if (names.skipped.size > 0) lines.push({ source, line: 1, message: `${[...names.skipped].join(', ')}: left out (site or citation bookkeeping)` });
  return lines;
}

/**
 * Plans an import: every item of every input, with what would be written or why not. `corpus`
 * is the entries already there (for duplicates), `takenIds` every id of the corpus folder.
 */
export function planImport(inputs: readonly ImportInput[], corpus: readonly Entry[], takenIds: ReadonlySet<string>, options: ImportOptions): ImportPlan {
  const plan: ImportPlan = { items: [], notes: [] };
  const seen = new DuplicateIndex();
  for (const entry of corpus) seen.add(entry, entry.path);
  const taken = new Set(takenIds);
  for (const input of inputs) {
    const source = input.name;
    const format = options.from ?? detectFormat(input.name, input.text);
    const parsed = parseInput(format, input.text, options.overrides);
    plan.notes.push({ source, line: 1, message: `read as ${format}${options.from ? ' (--from)' : ''}: ${parsed.drafts.length === 1 ? '1 item' : `${parsed.drafts.length} items`}` }, ...parsed.notes.map((n) => ({ source, ...n })));
    const texts = parsed.drafts.flatMap((d) => (typeof d.date?.value === 'string' ? [d.date.value] : []));
    const order = decideDayOrder(texts);
    if (order.reason) plan.notes.push({ source, line: 1, message: `dates ${order.reason}${order.ambiguous ? ' (check them)' : ''}` });
    plan.notes.push(...dateNotes(texts).map((message) => ({ source, line: 1, message })));
    plan.notes.push(...describeNames(source, parsed.names));
    for (const broken of parsed.broken) plan.items.push({ source, line: broken.line, outcome: 'broken', reason: broken.message, notes: [] });
    for (const draft of parsed.drafts) {
      const done = finish(draft, order.order, options);
      const item: PlannedItem = { source, line: draft.line, outcome: 'write', notes: done.notes };
      plan.items.push(item);
      if (!('fields' in done)) {
        item.outcome = done.outcome;
        item.reason = done.reason;
        continue;
      }
      const duplicate = seen.find(done.fields);
      if (duplicate) {
        item.outcome = 'duplicate';
        item.reason = `duplicate of ${duplicate.label} (${duplicate.why})`;
        continue;
      }
      const id = freeId(newEntryId(done.fields), taken);
      const text = entryText(done.fields);
      const errors = entryProblems(text, id, `${id}.md`).filter((p) => p.severity === 'error');
      if (errors.length > 0) {
        item.outcome = 'invalid';
        item.reason = errors.map((p) => `${p.field}: ${p.message}`).join('; ');
        continue;
      }
      taken.add(id);
      seen.add(done.fields, `${source}:${draft.line}`);
      Object.assign(item, { id, text, fields: done.fields });
    }
  }
  return plan;
}
