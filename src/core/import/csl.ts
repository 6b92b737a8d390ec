// CSL-JSON, as Zotero, pandoc and `clic export --format csl-json` write it: an array of items
// (or one item), names as family/given or literal, dates as date-parts, raw or literal text.
import { typeOfMediumLabel } from '../labels.js';
import type { Role } from '../schema.js';
import { cleanBlock } from './clean.js';
import { dateFromParts } from './dates.js';
import { emptyDraft, type Draft, type ParsedInput } from './draft.js';
import { CSL_ROLES, CSL_TYPES } from './mapping.js';
import { creatorToPerson, organisationNote } from './people.js';
import { newNameUse, readNote, setField, type NameUse } from './record.js';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;

/** Whitespace between JSON tokens (RFC 8259). */
const JSON_BLANKS = ' \t\n\r';

/**
 * The line where each top-level item of the array opens, found by tracking depth in the text:
 * after the array's `[` and after each comma at depth 1, the next character that is not a blank
 * opens an item, whatever it is (an object, or a number, a string, null that is no CSL item).
 */
function itemLines(json: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let itemNext = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    // In `[]` the `]` is taken for an item too: an empty array has no item to give that line to.
    if (itemNext && !JSON_BLANKS.includes(c)) {
      lines.push(line);
      itemNext = false;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth === 1) itemNext = true;
    } else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 1) itemNext = true;
  }
  return lines;
}

function cslDate(value: unknown): { text?: string; parts?: number[] } | undefined {
  if (value === null || typeof value !== 'object') return text(value) === undefined ? undefined : { text: text(value) };
  const date = value as Record<string, unknown>;
  const parts = Array.isArray(date['date-parts']) && Array.isArray(date['date-parts'][0]) ? (date['date-parts'][0] as unknown[]) : undefined;
  if (parts && parts.length > 0) return { parts: parts.map((part) => Number(part)) };
  const raw = text(date.raw) ?? text(date.literal);
  return raw === undefined ? undefined : { text: raw };
}

/**
 * Variables always read above. Those that compete for one field (container-title, publisher,
 * collection-title, section for outlet and program; issue or number; event-place or
 * publisher-place; genre for the type) are read when they are the one taken, and the others go
 * into the body with the rest, or are left out (ids, access dates): nothing is dropped unsaid.
 */
const READ = new Set(['type', 'title', 'language', 'URL', 'keyword', 'abstract', 'note', 'issued', ...Object.keys(CSL_ROLES)]);
const LEFT_OUT = new Set(['id', 'citation-key', 'accessed', 'source', 'archive', 'archive_location', 'call-number']);

function keepTheRest(item: Record<string, unknown>, draft: Draft, names: NameUse, alsoRead: ReadonlySet<string | undefined>): void {
  for (const [variable, value] of Object.entries(item)) {
    if (READ.has(variable) || alsoRead.has(variable)) continue;
    if (LEFT_OUT.has(variable)) {
      names.skipped.add(variable);
      continue;
    }
    // A boolean is kept as written (`"flag": true` is data like any other); an empty text or null holds nothing.
    const shown = text(value) ?? (typeof value === 'boolean' ? String(value) : value !== null && typeof value === 'object' ? JSON.stringify(value) : undefined);
    if (shown === undefined) continue;
    names.inBody.add(variable);
    draft.body.push(`${variable}: ${cleanBlock(shown).replace(/\s*\n\s*/g, ' ')}`);
  }
}

function readItem(item: Record<string, unknown>, line: number, names: NameUse): Draft {
  const draft = emptyDraft(line);
  // hasOwn: `constructor`, `toString` would name the prototype's functions, no CSL type.
  const kind = Object.hasOwn(CSL_TYPES, String(item.type)) ? CSL_TYPES[String(item.type)] : undefined;
  if (kind?.type) draft.type = { value: kind.type, from: `type ${String(item.type)}` };
  else draft.defaultType = kind?.default;
  if (!kind && text(item.type)) draft.statedType = { value: String(item.type), from: 'type' };
  const genre = text(item.genre);
  const genreRead = genre !== undefined && !kind?.type;
  if (genreRead) draft.statedType = { value: genre, from: 'genre' };
  // clic says what a broadcast is in `medium` ("Vidéo", "Audio"); other text there (Zotero's "MP3") goes into the body.
  const medium = text(item.medium);
  const mediumIsLabel = medium !== undefined && typeOfMediumLabel(medium) !== undefined;
  if (mediumIsLabel && !kind?.type) draft.statedType = { value: medium, from: 'medium' };
  // Broadcasts and other works: the publisher is the outlet and the container the program.
  const [outletFields, programFields] = kind?.broadcast
    ? [['publisher', 'container-title'], ['container-title', 'collection-title']]
    : [['container-title', 'publisher'], ['section', 'collection-title']];
  const outletField = outletFields.find((field) => text(item[field]) !== undefined);
  const programField = programFields.find((field) => field !== outletField && text(item[field]) !== undefined);
  const title = text(item.title);
  if (title) setField(draft, 'title', title, 'title');
  if (outletField) setField(draft, 'outlet', text(item[outletField])!, outletField);
  if (programField) setField(draft, 'program', text(item[programField])!, programField);
  const taken = new Set([outletField, programField, genreRead ? 'genre' : undefined, mediumIsLabel ? 'medium' : undefined]);
  for (const [field, target] of [['issue', 'issue'], ['number', 'issue'], ['event-place', 'place'], ['publisher-place', 'place'], ['language', 'language'], ['URL', 'url']] as const) {
    if (text(item[field]) !== undefined && draft.fields[target] === undefined) {
      setField(draft, target, text(item[field])!, field);
      taken.add(field);
    }
  }
  const keywords = text(item.keyword);
  // Empty ones (`a,,b`) are dropped with every source's in plan.ts.
  if (keywords) draft.tags.push(...keywords.split(/\s*[,;]\s*/));
  for (const field of ['abstract', 'note'] as const) {
    const value = text(item[field]);
    if (value === undefined) continue;
    if (field !== 'note' || !readNote(draft, field, value)) draft.body.push(cleanBlock(value));
  }
  const date = cslDate(item.issued);
  if (date?.parts) {
    const [year, month, day] = date.parts;
    const valid = dateFromParts(year!, month, day);
    draft.date = { value: valid ?? JSON.stringify(date.parts), from: 'issued' };
  } else if (date?.text) draft.date = { value: date.text, from: 'issued' };
  for (const [variable, role] of Object.entries(CSL_ROLES)) {
    const names = item[variable];
    if (!Array.isArray(names)) continue;
    for (const name of names as Record<string, unknown>[]) {
      if (name === null || typeof name !== 'object') continue;
      const decided = creatorToPerson(
        { family: text(name.family), given: text(name.given), particle: text(name['non-dropping-particle']) ?? text(name['dropping-particle']), suffix: text(name.suffix), literal: text(name.literal) },
        role === 'by-type' ? null : (role as Role),
      );
      if (!decided) continue;
      if (decided.organisation) draft.notes.push(organisationNote(variable, decided.person.name));
      if (role === 'by-type') draft.authors.push(decided.person);
      else draft.people.push(decided.person);
    }
  }
  keepTheRest(item, draft, names, taken);
  return draft;
}

export function parseCslJson(json: string, names: NameUse = newNameUse()): ParsedInput & { names: NameUse } {
  const result: ParsedInput & { names: NameUse } = { drafts: [], broken: [], notes: [], names };
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    result.broken.push({ line: 1, message: `not JSON: ${(error as Error).message}` });
    return result;
  }
  const items = Array.isArray(data) ? data : [data];
  const lines = Array.isArray(data) ? itemLines(json) : [];
  items.forEach((item, index) => {
    // A lone item (no array) is the whole text, from line 1.
    const line = lines[index] ?? 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) result.broken.push({ line, message: 'not a CSL item (an object)' });
    else result.drafts.push(readItem(item as Record<string, unknown>, line, names));
  });
  return result;
}

