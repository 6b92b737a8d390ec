// BibTeX and BibLaTeX, as al-folio, jekyll-scholar, Zotero and clic write them. Parsed by
// @retorquere/bibtex-parser (Better BibTeX's own parser): it knows string macros, month macros,
// LaTeX commands and accents, name lists with braces and particles, and it reports a broken
// entry without losing the others.
import { parse, type Creator as BibCreator } from '@retorquere/bibtex-parser';
import { type Draft, type ParsedInput } from './draft.js';
import { BIBTEX_ROLES, BIBTEX_TYPES, creditsFromNote, type Target } from './mapping.js';
import { creatorToPerson, organisationNote } from './people.js';
import { draftFromRecord, newNameUse, type NameUse } from './record.js';

const ENTRY_START = /^[ \t]*@[ \t]*(\w+)[ \t]*[{(][ \t]*([^,\s]*)/gm;
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

function addCreators(draft: Draft, field: string, creators: readonly BibCreator[]): void {
  const role = BIBTEX_ROLES[field];
  for (const creator of creators) {
    const decided = creatorToPerson(
      creator.name !== undefined ? { literal: creator.name } : { family: creator.lastName, given: creator.firstName, particle: creator.prefix, suffix: creator.suffix },
      role === 'by-type' || role === undefined ? null : role,
    );
    if (!decided) continue;
    if (decided.organisation) draft.notes.push(organisationNote(field, decided.person.name));
    if (role === 'by-type') draft.authors.push(decided.person.name);
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
    const values = Object.entries(fields).filter(([key]) => !DATE_FIELDS.has(key) && !(key in BIBTEX_ROLES));
    // BibLaTeX `@misc` as clic writes it: the outlet in `organization`, the program in `howpublished`.
    const programIn = fields.organization !== undefined && fields.howpublished !== undefined ? 'howpublished' : undefined;
    const local = new Map(overrides);
    if (programIn) local.set('howpublished', 'program');
    const note = typeof fields.note === 'string' ? creditsFromNote(fields.note) : undefined;
    const draft = draftFromRecord(values.filter(([key]) => !(note && key === 'note')).map(([key, value]) => ({ key, value })), line, local, names);
    if (note) draft.people.push(...note);
    for (const [field, creators] of Object.entries(fields)) if (field in BIBTEX_ROLES && Array.isArray(creators)) addCreators(draft, field, creators as BibCreator[]);
    const kind = BIBTEX_TYPES[entry.type.toLowerCase()];
    if (kind?.type) draft.type = { value: kind.type, from: `@${entry.type}` };
    else if (!draft.statedType) draft.defaultType = kind?.default;
    if (typeof fields.date === 'string') draft.date = { value: fields.date, from: 'date' };
    else if (fields.year !== undefined) {
      draft.date = { value: { year: String(fields.year), month: fields.month === undefined ? undefined : String(fields.month), day: fields.day === undefined ? undefined : String(fields.day) }, from: 'year' };
    }
    const previous = seenKeys.get(entry.key);
    if (previous !== undefined) draft.notes.push(`key \`${entry.key}\` is also the key of the entry at line ${previous}`);
    else seenKeys.set(entry.key, line);
    result.drafts.push(draft);
  });
  for (const error of library.errors) {
    if (reported.has(error)) continue;
    const at = /at line (\d+)/.exec(error.error)?.[1];
    result.broken.push({ line: at === undefined ? 1 : Number(at), message: withoutPlace(error.error) });
  }
  return result;
}

