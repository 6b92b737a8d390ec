// Every table that says where an imported value goes, in one place: column and field names
// (CSV, YAML, Markdown front matter, BibTeX), format types (BibTeX, CSL, RIS, Zotero) and
// creator roles. The export writers in src/format mirror them; a change there belongs here too.
import { fold } from '../fold.js';
import { isProgramLabel, roleOfLabel, typeOfMediumLabel } from '../labels.js';
import { ROLES, isRole, type EntryType, type Role } from '../schema.js';
import type { TextField } from './draft.js';

export type Target = TextField | 'type' | 'date' | 'tags' | 'body' | 'skip' | `people:${Role}` | 'people';

/** `Story Name`, `story_name`, `storyName` → `storyname`: names compared without case, spaces or punctuation. */
export const normaliseName = (name: string): string => fold(name).replace(/[^a-z0-9]/g, '');

/**
 * Names real files use, by target. Within a target, earlier names win: with both `channel` and
 * `platform`, the channel is the outlet and the platform goes into the body (and still counts
 * as a cue for the type).
 */
const SYNONYMS: readonly [Target, string][] = [
  ['title', 'title headline storyname name heading'],
  // `school`: BibTeX's university of a thesis (BibLaTeX reads it as `institution`, Zotero as the publisher).
  ['outlet', 'outlet venue publication journal journaltitle newspaper magazine station network channel show source publisher booktitle howpublished organization organisation institution school media medium platform'],
  ['program', 'program programme series programtitle section column journalsubtitle'],
  ['issue', 'issue number no'],
  ['place', 'place location address city eventplace publisherplace'],
  ['language', 'language lang langid locale'],
  ['url', 'url link href videourl permalink website web uri titleurl externalurl'],
  ['type', 'type kind category format itemtype genre entrytype mediatype abbr'],
  ['date', 'date published publishedat publicationdate pubdate airdate broadcastdate datepublished issued year when'],
  ['tags', 'tags keywords keyword topics subjects'],
  ['body', 'description summary abstract note notes comment comments excerpt blurb content annote'],
  ['people:host', 'host hosts presenter'],
  ['people:guest', 'guest guests'],
  ['people:interviewer', 'interviewer interviewers'],
  ['people:journalist', 'journalist reporter byline writer'],
  ['people:author', 'author authors'],
  ['people:director', 'director directors'],
  ['people', 'people person persons speakers speaker participants'],
  // Site-engine and BibTeX bookkeeping: no place in an entry, listed in the report once per file.
  ['skip', 'layout draft weight slug aliases lastmod id key bibtexshow selected preview'],
];

const BY_NAME = new Map<string, { target: Target; rank: number }>();
// No name is listed under two targets today, so no input can tell the guard away; it keeps the first listing if one ever is.
// Stryker disable next-line ConditionalExpression,LogicalOperator: no name of SYNONYMS is listed twice
for (const [target, names] of SYNONYMS) names.split(' ').forEach((name, rank) => BY_NAME.has(name) || BY_NAME.set(name, { target, rank }));

/** Where a column or field goes, and its rank among the names of that target (0 is first). */
export function targetOf(name: string, overrides: ReadonlyMap<string, Target>): { target: Target; rank: number } | undefined {
  const key = normaliseName(name);
  const forced = overrides.get(key);
  if (forced !== undefined) return { target: forced, rank: -1 };
  return BY_NAME.get(key);
}

/** What `--map COLUMN=FIELD` may name. */
export const MAP_TARGETS: readonly string[] = ['title', 'outlet', 'program', 'issue', 'place', 'language', 'url', 'type', 'date', 'tags', 'body', 'skip', 'people', ...ROLES];

export function mapTarget(field: string): Target | undefined {
  if (!MAP_TARGETS.includes(field)) return undefined;
  return isRole(field) ? `people:${field}` : (field as Target);
}

/**
 * The role of a format's main creators (BibTeX author, CSL author, RIS AU), by entry type: the
 * people an appearance is by. The exporters collapse these roles into `author`; Zotero writes
 * a podcast's podcaster, an interview's interviewee, a presentation's presenter there.
 */
export const AUTHOR_ROLE: Readonly<Record<EntryType, Role>> = {
  interview: 'interviewee', podcast: 'host', video: 'speaker', 'op-ed': 'author', press: 'journalist', award: 'author', event: 'speaker', book: 'author',
};

/** BibTeX entry types: a type, or the default for inference (al-folio writes `@article` for everything). */
export const BIBTEX_TYPES: Readonly<Record<string, { type?: EntryType; default?: EntryType }>> = {
  article: { default: 'press' }, misc: { default: 'press' }, online: { default: 'press' }, inproceedings: { default: 'event' },
  book: { type: 'book' }, inbook: { default: 'press' }, incollection: { default: 'press' }, audio: { type: 'podcast' },
  video: { type: 'video' }, movie: { type: 'video' }, unpublished: { default: 'event' },
};

/** CSL types (as clic and Zotero write them) and where the outlet and program are for each. */
export const CSL_TYPES: Readonly<Record<string, { type?: EntryType; default?: EntryType; broadcast: boolean }>> = {
  interview: { type: 'interview', broadcast: false },
  broadcast: { default: 'podcast', broadcast: true },
  song: { type: 'podcast', broadcast: true },
  motion_picture: { type: 'video', broadcast: true },
  'article-newspaper': { default: 'press', broadcast: false },
  'article-magazine': { default: 'press', broadcast: false },
  'article-journal': { default: 'press', broadcast: false },
  'post-weblog': { default: 'press', broadcast: false },
  post: { default: 'press', broadcast: false },
  webpage: { default: 'press', broadcast: false },
  document: { default: 'award', broadcast: true },
  event: { type: 'event', broadcast: true },
  speech: { default: 'event', broadcast: true },
  book: { type: 'book', broadcast: true },
};

/** CSL name variables → roles; `author` takes AUTHOR_ROLE of the entry type. */
export const CSL_ROLES: Readonly<Record<string, Role | 'by-type'>> = {
  author: 'by-type', interviewer: 'interviewer', guest: 'guest', host: 'host', director: 'director', 'script-writer': 'writer',
  chair: 'moderator', organizer: 'organizer', contributor: 'discussant', 'executive-producer': 'organizer', producer: 'organizer',
  performer: 'guest', narrator: 'host', 'reviewed-author': 'guest', editor: 'organizer', 'container-author': 'host',
};

/** BibTeX/BibLaTeX name fields → roles; `author` takes AUTHOR_ROLE of the entry type. */
export const BIBTEX_ROLES: Readonly<Record<string, Role | 'by-type'>> = {
  author: 'by-type', director: 'director', scriptwriter: 'writer', editor: 'organizer', collaborator: 'guest', commentator: 'discussant',
};

/**
 * RIS `TY` codes, as clic and Zotero write them. For broadcasts, films and books the publisher
 * (`PB`) is the outlet and `T2` the program (Zotero's programTitle); for articles `T2` is the
 * outlet. `creators` are the creator tags whose role the code fixes (as Zotero's RIS.js maps
 * them): on `VIDEO` `AU` is the director and `C1` the cast, on `SLIDE` `A2` the presenters, the
 * people a video or a talk is by.
 */
export const RIS_TYPES: Readonly<Record<string, { type?: EntryType; default?: EntryType; broadcast?: boolean; creators?: Readonly<Record<string, Role | 'by-type'>> }>> = {
  NEWS: { default: 'press' }, MGZN: { default: 'press' }, JOUR: { default: 'press' }, BLOG: { default: 'press' }, ELEC: { default: 'press' },
  CHAP: { default: 'press' }, GEN: { default: 'press' }, SOUND: { type: 'podcast', broadcast: true },
  VIDEO: { type: 'video', broadcast: true, creators: { AU: 'director', A1: 'director', C1: 'by-type' } },
  MPCT: { type: 'video', broadcast: true }, PCOMM: { type: 'interview' }, SLIDE: { type: 'event', creators: { A2: 'by-type' } }, CONF: { default: 'event' },
  BOOK: { type: 'book', broadcast: true },
};

/** RIS tags → where they go; creators are handled apart (AU, A1–A4, ED, and C1 where `TY` names it), and `TY`, `ER` delimit the record. */
export const RIS_TAGS: Readonly<Record<string, Target>> = {
  TI: 'title', T1: 'title', CT: 'title', T2: 'outlet', JO: 'outlet', JF: 'outlet', JA: 'outlet', BT: 'outlet', PB: 'outlet',
  T3: 'program', SE: 'program', IS: 'issue', CY: 'place', LA: 'language', UR: 'url', L2: 'url', KW: 'tags', N1: 'body', AB: 'body', N2: 'body',
  PY: 'date', Y1: 'date', DA: 'date', ID: 'skip', M3: 'body', ST: 'skip', Y2: 'skip', DB: 'skip', DP: 'skip',
};

/** Secondary creators: RIS `A2` is the interviewer of an interview (Zotero), else a guest. */
export const RIS_SECONDARY_ROLE: Readonly<Partial<Record<EntryType, Role>>> = { interview: 'interviewer' };

/** What a note as clic writes it says: people by role, the program, or what the item is. */
export type ClicNote = { credits: { name: string; role: Role }[] } | { program: string } | { medium: EntryType };

/** `Label: text`, or `Label : text` as French writes it. */
const LABELLED = /^([^:;]+?) ?: (.+)$/s;

/**
 * A note as the exports write it, read back with the words they write (src/core/labels.ts), in
 * either language: "Interviewer: A; Guests: B, C" or "Invités : A, B" (credits), "Émission : …"
 * (the program), "Entretien" (the medium label alone). Undefined when the text is anything else.
 */
export function readClicNote(note: string): ClicNote | undefined {
  const text = note.trim().normalize('NFC');
  const medium = typeOfMediumLabel(text);
  if (medium !== undefined) return { medium };
  const parts = text.split(/ ?; /).map((part) => LABELLED.exec(part.trim()));
  if (parts.some((part) => part === null)) return undefined;
  const [first] = parts as RegExpExecArray[];
  if (parts.length === 1 && isProgramLabel(first![1]!)) return { program: first![2]!.trim() };
  const credits: { name: string; role: Role }[] = [];
  for (const part of parts as RegExpExecArray[]) {
    const role = roleOfLabel(part[1]!);
    if (role === undefined) return undefined;
    for (const name of part[2]!.split(', ')) if (name.trim() !== '') credits.push({ name: name.trim(), role });
  }
  // Never empty: a part's text ends with a character that is not a space, so its last name is not blank.
  return { credits };
}
