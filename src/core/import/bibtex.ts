// BibTeX and BibLaTeX, as al-folio, jekyll-scholar, Zotero and clic write them. Parsed by
// @retorquere/bibtex-parser (Better BibTeX's own parser): it knows string macros, month macros,
// LaTeX commands and accents, name lists with braces and particles, and it reports a broken
// entry without losing the others.
import { parse, type Creator as BibCreator } from '@retorquere/bibtex-parser';
import { type Draft, type ParsedInput } from './draft.js';
import { typeOfMediumLabel } from '../labels.js';
import { cleanBlock } from './clean.js';
import { BIBTEX_ROLES, BIBTEX_TYPES, readClicNote, type Target } from './mapping.js';
import type { Role } from '../schema.js';
import { creatorToPerson, organisationNote } from './people.js';
import { draftFromRecord, newNameUse, readNote, setField, type NameUse } from './record.js';

// The key ends at a comma, a blank, or the brace or parenthesis that closes an entry with no field (`@article{bad}`).
const ENTRY_START = /^[ \t]*@[ \t]*(\w+)[ \t]*[{(][ \t]*([^,\s})]*)/gm;
const NOT_ENTRIES = new Set(['string', 'comment', 'preamble']);
const DATE_FIELDS = new Set(['year', 'month', 'day', 'date']);

const withoutPlace = (message: string): string => message.replace(/ at line \d+, column \d+/, '');

/**
 * The line of each entry, found in the text as written: the first line not yet taken that opens
 * an entry with that key (keys may repeat, and the parser may drop what it cannot read at all).
 */
function entryLineFinder(text: string): (key: string) => number {
  const starts: { key: string; line: number }[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(ENTRY_START)) {
    if (NOT_ENTRIES.has(match[1]!.toLowerCase())) continue;
    for (let i = counted; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    counted = match.index;
    starts.push({ key: match[2]!, line });
  }
  return (key) => {
    const index = starts.findIndex((start) => start.key === key);
    if (index === -1) return 1;
    return starts.splice(index, 1)[0]!.line;
  };
}

/** Where clic's BibTeX and BibLaTeX put an outlet; an `@misc` with none of them and one braced author has the outlet as author. */
const OUTLET_FIELDS = ['journal', 'journaltitle', 'organization', 'publisher', 'institution', 'school', 'booktitle'];

/**
 * The line of an error the parser places nowhere: where the text it quotes starts, else the
 * entry using the @string it could not resolve (the parser quotes nothing then), else line 1.
 */
function placeOf(error: { error: string; input?: string }, entries: readonly { input?: string }[], text: string): number {
  const lineAt = (index: number): number => (index < 0 ? 1 : text.slice(0, index).split('\n').length);
  if (error.input) return lineAt(text.indexOf(error.input));
  const name = /^Unresolved @string reference "([^"]+)"/.exec(error.error)?.[1];
  if (name === undefined) return 1;
  const reference = new RegExp(`[=#]\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[,#}]`, 'i');
  const user = entries.find((entry) => entry.input !== undefined && reference.test(entry.input));
  return user?.input === undefined ? 1 : lineAt(text.indexOf(user.input));
}

/** The parser's name for a field given again: the field's name, `+duplicate-`, a count. */
const REPEATED = /^(.+)\+duplicate-\d+$/;

/**
 * clic's BibTeX gives an `@misc` with nobody credited as author its outlet as author, in double
 * braces (`author = {{BBC Radio 4}}`), for plainnat's labels: that name is the outlet, not a person.
 */
function outletAsAuthor(type: string, fields: Record<string, unknown>): string | undefined {
  if (type.toLowerCase() !== 'misc' || OUTLET_FIELDS.some((field) => fields[field] !== undefined)) return undefined;
  const authors = fields.author;
  if (!Array.isArray(authors) || authors.length !== 1) return undefined;
  return (authors[0] as BibCreator).name;
}

/** `Vidéo, Petits déjeuners Durkheim` → the medium label clic writes first, if there is one, and the rest. */
function splitMedium(text: string): { medium?: string; rest: string } {
  const [head = '', ...tail] = text.split(', ');
  return typeOfMediumLabel(head) === undefined ? { rest: text } : { medium: head.trim(), rest: tail.join(', ').trim() };
}

/**
 * BibLaTeX `titleaddon` as clic writes it: the medium label, then the program ("Audio, L’été
 * comme jamais"); on clic's `@misc` (with an `organization`) the program alone. Undefined for
 * another file's `titleaddon`, which is kept in the body as any unknown field.
 */
function clicTitleaddon(text: string, clicMisc: boolean): { medium?: string; rest: string } | undefined {
  const split = splitMedium(text);
  return split.medium !== undefined || clicMisc ? split : undefined;
}

/** The role of a BibTeX name field; hasOwn: `constructor` would name the prototype's function. */
const roleOfField = (field: string): Role | 'by-type' | undefined => (Object.hasOwn(BIBTEX_ROLES, field) ? BIBTEX_ROLES[field] : undefined);

function addCreators(draft: Draft, field: string, role: Role | 'by-type', creators: readonly BibCreator[]): void {
  for (const creator of creators) {
    // An organisation named as author and as outlet is the outlet (clic's `author = {{Outlet}}`).
    if (creator.name !== undefined && creator.name === draft.fields.outlet?.value) continue;
    const decided = creatorToPerson(
      creator.name !== undefined ? { literal: creator.name } : { family: creator.lastName, given: creator.firstName, particle: creator.prefix, suffix: creator.suffix },
      role === 'by-type' ? null : role,
    );
    if (!decided) continue;
    if (decided.organisation) draft.notes.push(organisationNote(field, decided.person.name));
    if (role === 'by-type') draft.authors.push(decided.person);
    else draft.people.push(decided.person);
  }
}

export function parseBibtex(text: string, overrides: ReadonlyMap<string, Target>, names: NameUse = newNameUse()): ParsedInput & { names: NameUse } {
  const result: ParsedInput & { names: NameUse } = { drafts: [], broken: [], notes: [], names };
  // HTML in titles and notes (al-folio) would be read as TeX, where `<` prints as `¡`.
  const tex = text.replace(/</g, '\\textless{}').replace(/>/g, '\\textgreater{}');
  let library: ReturnType<typeof parse>;
  try {
    library = parse(tex, { english: false, sentenceCase: false, caseProtection: false, unsupported: 'ignore', raw: false });
  } catch (error) {
    result.broken.push({ line: 1, message: `BibTeX not read: ${(error as Error).message}` });
    return result;
  }
  const lineOf = entryLineFinder(text);
  const seenKeys = new Map<string, number>();
  const reported = new Set<(typeof library.errors)[number]>();
  library.entries.forEach((entry) => {
    const line = lineOf(entry.key);
    const fields = entry.fields as Record<string, unknown>;
    if (Object.keys(fields).length === 0) {
      const error = library.errors.find((e) => !reported.has(e) && (e.input ?? '').includes(entry.key));
      if (error) reported.add(error);
      result.broken.push({ line, message: `entry \`${entry.key}\` not read${error ? `: ${withoutPlace(error.error)}` : ''}` });
      return;
    }
    const authorOutlet = outletAsAuthor(entry.type, fields);
    const addon = typeof fields.titleaddon === 'string' ? clicTitleaddon(fields.titleaddon, fields.organization !== undefined) : undefined;
    const note = typeof fields.note === 'string' && readClicNote(fields.note) !== undefined ? fields.note : undefined;
    // Read apart below: what clic's exports write there is not a field of its own.
    const apart = new Set([...(addon ? ['titleaddon'] : []), ...(note === undefined ? [] : ['note']), ...(authorOutlet === undefined ? [] : ['author'])]);
    // clic's `@misc`: the outlet in `organization` (BibLaTeX) or as author (BibTeX), then what
    // `howpublished` holds after the medium label is the program.
    const programIn = (fields.organization !== undefined || authorOutlet !== undefined) && fields.howpublished !== undefined ? 'howpublished' : undefined;
    // clic's BibTeX `@misc` writes its medium first in `howpublished` ("Vidéo, MSH Paris-Saclay").
    const published = typeof fields.howpublished === 'string' ? splitMedium(fields.howpublished) : undefined;
    const local = new Map(overrides);
    if (programIn) local.set('howpublished', 'program');
    // A field given twice comes back from the parser as `title+duplicate-1`: the first is kept, as
    // BibTeX does ("I'm ignoring … extra field"), and the others are said, under their own name.
    const repeated = Object.keys(fields).flatMap((key) => REPEATED.exec(key)?.[1] ?? []);
    const values = Object.entries(fields)
      .filter(([key]) => !DATE_FIELDS.has(key) && roleOfField(key) === undefined && !apart.has(key) && !REPEATED.test(key))
      .map(([key, value]) => ({ key, value: key === 'howpublished' && published ? published.rest : value }));
    const draft = draftFromRecord(values, line, local, names);
    if (authorOutlet !== undefined) setField(draft, 'outlet', authorOutlet, 'author');
    const medium = published?.medium ?? addon?.medium;
    if (medium !== undefined) draft.statedType ??= { value: medium, from: published?.medium === undefined ? 'titleaddon' : 'howpublished' };
    if (addon?.rest) {
      if (draft.fields.program === undefined) setField(draft, 'program', addon.rest, 'titleaddon');
      else draft.body.push(`titleaddon: ${cleanBlock(addon.rest)}`);
    }
    if (note !== undefined && !readNote(draft, 'note', note)) draft.body.push(cleanBlock(note));
    for (const [field, creators] of Object.entries(fields)) {
      const role = roleOfField(field);
      if (role !== undefined && Array.isArray(creators) && !apart.has(field)) addCreators(draft, field, role, creators as BibCreator[]);
    }
    const kind = BIBTEX_TYPES[entry.type.toLowerCase()];
    if (kind?.type) draft.type = { value: kind.type, from: `@${entry.type}` };
    // Also beside a stated type: when that names no type (al-folio's `abbr = {NeurIPS}`), the entry type's default still holds, as for CSL and RIS.
    else draft.defaultType = kind?.default;
    // A date from another field the record reads as one (pubdate, issued…) gives way to date or
    // year, and stays in the body under its own name rather than vanishing.
    const stated = draft.date;
    if (typeof fields.date === 'string') draft.date = { value: fields.date, from: 'date' };
    else if (fields.year !== undefined) {
      draft.date = { value: { year: String(fields.year), month: fields.month === undefined ? undefined : String(fields.month), day: fields.day === undefined ? undefined : String(fields.day) }, from: 'year' };
    }
    if (stated !== undefined && draft.date !== stated && typeof stated.value === 'string') draft.body.push(`${stated.from}: ${cleanBlock(stated.value)}`);
    for (const field of new Set(repeated)) draft.notes.push(`field \`${field}\` given more than once: the first kept`);
    const previous = seenKeys.get(entry.key);
    if (previous !== undefined) draft.notes.push(`key \`${entry.key}\` is also the key of the entry at line ${previous}`);
    else seenKeys.set(entry.key, line);
    result.drafts.push(draft);
  });
  for (const error of library.errors) {
    if (reported.has(error)) continue;
    const at = /at line (\d+)/.exec(error.error)?.[1];
    result.broken.push({ line: at === undefined ? placeOf(error, library.entries, text) : Number(at), message: withoutPlace(error.error) });
  }
  return result;
}

