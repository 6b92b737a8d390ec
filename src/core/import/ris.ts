// RIS, as Zotero, EndNote and `clic export --format ris` write it: `TY  - ` opens a record,
// `ER  - ` closes it, one tag per line (a line without a tag continues the one before).
import { cleanBlock } from './clean.js';
import { emptyDraft, type Draft, type ParsedInput, type TextField } from './draft.js';
import { RIS_SECONDARY_ROLE, RIS_TAGS, RIS_TYPES, type Target } from './mapping.js';
import { creatorFromText, creatorToPerson, organisationNote } from './people.js';
import { newNameUse, readNote, setField, type NameUse } from './record.js';

const TAG_LINE = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;

interface Tagged {
  tag: string;
  value: string;
  line: number;
}

/** A record's tags, its `TY` first. */
type RecordTags = [Tagged, ...Tagged[]];

function readRecord(tags: Readonly<RecordTags>, line: number, names: NameUse): Draft {
  const draft = emptyDraft(line);
  const ty = tags[0].value.trim();
  const kind = RIS_TYPES[ty];
  if (kind?.type) draft.type = { value: kind.type, from: `TY ${ty}` };
  else draft.defaultType = kind?.default;
  const secondary: Omit<Tagged, 'line'>[] = [];
  const hasPublisher = tags.some((t) => t.tag === 'PB' && t.value.trim() !== '');
  // The tags after TY, which is read above (ER closes the record and is never among them).
  for (const { tag, value } of tags.slice(1)) {
    if (value.trim() === '') continue;
    const fixedRole = kind?.creators?.[tag];
    if (fixedRole !== undefined) {
      addCreator(draft, tag, value, fixedRole === 'by-type' ? 'author' : fixedRole);
      continue;
    }
    if (tag === 'AU' || tag === 'A1') {
      addCreator(draft, tag, value, 'author');
      continue;
    }
    if (tag === 'A2' || tag === 'A3' || tag === 'A4' || tag === 'ED') {
      secondary.push({ tag, value });
      continue;
    }
    const target: Target | undefined = RIS_TAGS[tag];
    if (target === undefined) {
      draft.body.push(`${tag}: ${cleanBlock(value)}`);
      draft.notes.push(`tag ${tag} has no field; kept in the body`);
    } else if (target === 'date') {
      if (tag === 'DA' || draft.date === undefined || draft.date.from !== 'DA') draft.date = { value, from: tag };
    } else if (target === 'tags') draft.tags.push(value.trim());
    else if (target === 'body') {
      if (tag !== 'N1' || !readNote(draft, tag, value)) draft.body.push(cleanBlock(value));
    } else if (target === 'skip') names.skipped.add(tag);
    else {
      // For broadcasts, films and books with a publisher, T2 is the program (Zotero's programTitle).
      const field: TextField = tag === 'T2' && kind?.broadcast && hasPublisher ? 'program' : (target as TextField);
      // The first value of a field wins; the others are kept in the body.
      if (draft.fields[field] === undefined) setField(draft, field, value, tag);
      else draft.body.push(`${tag}: ${cleanBlock(value)}`);
    }
  }
  const secondaryRole = kind?.type ? RIS_SECONDARY_ROLE[kind.type] ?? 'guest' : 'guest';
  for (const { tag, value } of secondary) addCreator(draft, tag, value, secondaryRole);
  return draft;
}

function addCreator(draft: Draft, tag: string, text: string, role: string): void {
  // RIS writes a person `Family, Given`; Zotero and clic write a name kept whole (an organisation) without a comma.
  const decided = creatorToPerson(text.includes(',') ? creatorFromText(text) : { literal: text }, role === 'author' ? null : role);
  if (!decided) return;
  if (decided.organisation) draft.notes.push(organisationNote(tag, decided.person.name));
  if (role === 'author') draft.authors.push(decided.person);
  else draft.people.push(decided.person);
}

export function parseRis(text: string, names: NameUse = newNameUse()): ParsedInput & { names: NameUse } {
  const result: ParsedInput & { names: NameUse } = { drafts: [], broken: [], notes: [], names };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let current: { line: number; tags: RecordTags } | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const match = TAG_LINE.exec(raw);
    if (!match) {
      if (current && raw.trim() !== '') current.tags[current.tags.length - 1]!.value += ` ${raw.trim()}`;
      else if (raw.trim() !== '') result.broken.push({ line, message: 'text outside a record (before `TY  - `)' });
      return;
    }
    const [, tag, value = ''] = match;
    if (tag === 'TY') {
      if (current) {
        result.notes.push({ line: current.line, message: 'record without `ER  - `; read up to the next `TY`' });
        result.drafts.push(readRecord(current.tags, current.line, names));
      }
      current = { line, tags: [{ tag, value, line }] };
    } else if (tag === 'ER') {
      if (current) result.drafts.push(readRecord(current.tags, current.line, names));
      else result.broken.push({ line, message: '`ER  - ` without a record' });
      current = undefined;
    } else if (current) current.tags.push({ tag: tag!, value, line });
    else result.broken.push({ line, message: `tag ${tag} outside a record (before \`TY  - \`)` });
  });
  if (current) {
    result.notes.push({ line: current.line, message: 'last record has no `ER  - `; read to the end' });
    result.drafts.push(readRecord(current.tags, current.line, names));
  }
  return result;
}

