// Flat records (a CSV row, a YAML item, a page's front matter, a BibTeX entry's fields) → a
// draft, by the names of their keys. Nothing is dropped silently: a value with no field goes
// into the body as a labelled line, and the names it had are reported once per file.
import type { Role } from '../schema.js';
import { cleanBlock, cleanLine, languageCode } from './clean.js';
import { emptyDraft, type Draft, type TextField } from './draft.js';
import { readClicNote, targetOf, type Target } from './mapping.js';
import { creatorFromText, creatorToPerson, organisationNote } from './people.js';

export interface RecordValue {
  key: string;
  value: unknown;
}

/** What the mapping did with the names of a file, for one report line each. */
export interface NameUse {
  /** Names put in the body as labelled lines because no field takes them. */
  inBody: Set<string>;
  /** Names left out on purpose (site-engine bookkeeping such as `layout`). */
  skipped: Set<string>;
}

export const newNameUse = (): NameUse => ({ inBody: new Set(), skipped: new Set() });

/** A value as text: numbers as written, lists joined; undefined when empty. */
function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  // YAML's .inf and .nan as written (JSON would say null); booleans read the same either way.
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(asText).filter((item): item is string => item !== undefined);
    return items.length === 0 ? undefined : items.join(', ');
  }
  return JSON.stringify(value);
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(asList);
  if (value !== null && typeof value === 'object') {
    const name = asText((value as Record<string, unknown>).name);
    return name === undefined ? [] : [name];
  }
  const text = asText(value);
  return text === undefined ? [] : text.split(/\s*[,;]\s*|\s+and\s+/).map((item) => item.trim()).filter((item) => item !== '');
}

const label = (key: string, value: string): string => `${cleanLine(key).text}: ${value.replace(/\s*\n\s*/g, ' ')}`;

/** An absolute http(s) URL, with `https://` added to a bare `www.` address; undefined otherwise. */
export function readUrl(text: string): string | undefined {
  const trimmed = text.trim();
  const candidate = /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Puts a text value in a field of the draft, cleaned, and says what cleaning did. */
export function setField(draft: Draft, field: TextField, raw: string, from: string): void {
  if (field === 'language') {
    const code = languageCode(raw);
    if (code === undefined) {
      draft.body.push(label(from, raw));
      draft.notes.push(`${from} "${cleanLine(raw).text}" is no language clic knows; kept in the body`);
    } else {
      if (code !== raw.trim()) draft.notes.push(`language "${cleanLine(raw).text}" written as ${code}`);
      draft.fields.language = { value: code, from };
    }
    return;
  }
  if (field === 'url') {
    const url = readUrl(raw);
    if (url === undefined) {
      draft.body.push(label(from, cleanLine(raw).text));
      draft.notes.push(`${from} "${cleanLine(raw).text}" is not an http(s) URL; kept in the body`);
    } else draft.fields.url = { value: url, from };
    return;
  }
  const cleaned = cleanLine(raw);
  if (cleaned.text === '') return;
  if (cleaned.changes.length > 0) draft.notes.push(`${from}: ${cleaned.changes.join(', ')}`);
  draft.fields[field] = { value: cleaned.text, from };
  if (cleaned.href !== undefined && field === 'title') {
    const url = readUrl(cleaned.href);
    if (url !== undefined && draft.fields.url === undefined) {
      draft.fields.url = { value: url, from: `${from} link` };
      draft.notes.push(`url taken from the link in ${from}`);
    }
  }
}

/** Adds people with a role, each through the one function that tells people from organisations. */
export function addPeople(draft: Draft, from: string, names: readonly string[], role: Role | null): void {
  for (const name of names) {
    const decided = creatorToPerson(creatorFromText(name), role);
    if (!decided) continue;
    if (decided.organisation) draft.notes.push(organisationNote(from, decided.person.name));
    draft.people.push(decided.person);
  }
}

/**
 * A note clic's exports wrote (credits, the program, the medium label), put where it belongs;
 * false when the note is anything else, for the caller to keep in the body.
 */
export function readNote(draft: Draft, from: string, text: string): boolean {
  const note = readClicNote(text);
  if (note === undefined) return false;
  if ('medium' in note) draft.statedType ??= { value: text.trim(), from };
  else if ('program' in note) {
    if (draft.fields.program !== undefined) return false;
    setField(draft, 'program', note.program, from);
  } else for (const { name, role } of note.credits) addPeople(draft, from, [name], role);
  return true;
}

/** Builds a draft from the values of one record, in their order. */
export function draftFromRecord(values: readonly RecordValue[], line: number, overrides: ReadonlyMap<string, Target>, names: NameUse): Draft {
  const draft = emptyDraft(line);
  const labelled: string[] = [];
  // The best-ranked name of each target wins; the others go into the body.
  const chosen = new Map<Target, { rank: number; index: number }>();
  values.forEach((item, index) => {
    const found = targetOf(item.key, overrides);
    if (!found || asText(item.value) === undefined) return;
    const best = chosen.get(found.target);
    if (!best || found.rank < best.rank) chosen.set(found.target, { rank: found.rank, index });
  });
  values.forEach((item, index) => {
    const text = asText(item.value);
    if (text === undefined) return;
    const found = targetOf(item.key, overrides);
    const target = found?.target;
    const listTarget = target === 'tags' || target === 'body' || target === 'skip' || target?.startsWith('people');
    if (target === undefined || (!listTarget && chosen.get(target)?.index !== index)) {
      names.inBody.add(item.key.trim());
      labelled.push(label(item.key, cleanBlock(text)));
      return;
    }
    if (target === 'skip') names.skipped.add(item.key.trim());
    else if (target === 'type') draft.statedType = { value: cleanLine(text).text, from: item.key.trim() };
    else if (target === 'date') draft.date = { value: text, from: item.key.trim() };
    else if (target === 'tags') draft.tags.push(...asList(item.value).map((tag) => cleanLine(tag).text).filter((tag) => tag !== ''));
    else if (target === 'body') {
      const block = cleanBlock(text);
      if (block !== '') draft.body.push(block);
    } else if (target === 'people') addPeople(draft, item.key.trim(), asList(item.value), null);
    else if (target.startsWith('people:')) addPeople(draft, item.key.trim(), asList(item.value), target.slice('people:'.length) as Role);
    else setField(draft, target as TextField, text, item.key.trim());
  });
  // After the description and notes: the body reads as prose first.
  draft.body.push(...labelled);
  guessByline(draft);
  return draft;
}

const BYLINE = /\bBy ((?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){1,3})/u;

/** "By Gregory Perreault" in a description, when nobody is named: offered as the journalist, reported as a guess. */
function guessByline(draft: Draft): void {
  if (draft.people.length > 0) return;
  for (const paragraph of draft.body) {
    const match = BYLINE.exec(paragraph);
    if (match) {
      draft.people.push({ name: match[1]!, role: 'journalist' });
      draft.notes.push(`journalist "${match[1]!}" guessed from "${match[0]}" in the notes`);
      return;
    }
  }
}
