// CSL-JSON (pandoc, Zotero, citeproc), valid against the CSL 1.0.2 input schema: types from its
// list, `issued` as date-parts (partial dates stay partial), people under the name variable of
// their role, names split into family and given where they can be, organisations `literal`.
// The type and `genre` together tell the eight clic types apart (the README's CSL table), so
// that an export reads back into the same entries.
import { dateParts } from '../core/dates.js';
import { personName } from '../core/names.js';
import { isRole, type Entry, type EntryType, type Role } from '../core/schema.js';
import { citationKey, issueNumber, LeftOut, mediumLabel, type ExportWriter } from './bibliography.js';
import { toJson } from './json.js';

type CslField = 'container-title' | 'collection-title' | 'section' | 'publisher';

export interface CslMapping {
  type: string;
  /** Where the entry's medium label ("Vidéo", "Prix") goes: the variable APA, Chicago and ISO 690 print for the type. */
  medium: 'genre' | 'medium' | null;
  outlet: CslField;
  program: CslField;
  place: 'event-place' | 'publisher-place';
}

/**
 * Entry types, and where the medium, the outlet, the program and the place go for each, as
 * pandoc's citeproc prints them with APA 7, Chicago author-date and ISO 690 (test/tools):
 * - an interview is an `article-magazine` with a `genre` (APA "[Entretien]. Relations, 808"):
 *   the CSL `interview` type loses its outlet in ISO 690;
 * - a broadcast or a video names its medium in `medium` ("[Audio]", "[Vidéo]"), which all three
 *   print, where ISO 690 prints no `genre`; its program is the `container-title` ("In L'été
 *   comme jamais"), the only one APA prints (not `collection-title`);
 * - an op-ed is an `article-newspaper` with a `genre`, a press article one without;
 * - an award is a `document` with a `genre`.
 */
export const CSL_TYPES: Readonly<Record<EntryType, CslMapping>> = {
  interview: { type: 'article-magazine', medium: 'genre', outlet: 'container-title', program: 'section', place: 'publisher-place' },
  podcast: { type: 'broadcast', medium: 'medium', outlet: 'publisher', program: 'container-title', place: 'publisher-place' },
  video: { type: 'motion_picture', medium: 'medium', outlet: 'publisher', program: 'container-title', place: 'publisher-place' },
  'op-ed': { type: 'article-newspaper', medium: 'genre', outlet: 'container-title', program: 'section', place: 'publisher-place' },
  press: { type: 'article-newspaper', medium: null, outlet: 'container-title', program: 'section', place: 'publisher-place' },
  award: { type: 'document', medium: 'genre', outlet: 'publisher', program: 'container-title', place: 'publisher-place' },
  event: { type: 'event', medium: 'genre', outlet: 'publisher', program: 'container-title', place: 'event-place' },
  book: { type: 'book', medium: null, outlet: 'publisher', program: 'collection-title', place: 'publisher-place' },
};

/** Roles → CSL name variables. A person without a role is an author; an unknown role, a contributor. */
export const CSL_ROLES: Readonly<Record<Role, string>> = {
  author: 'author',
  interviewee: 'author',
  interviewer: 'interviewer',
  guest: 'guest',
  host: 'host',
  director: 'director',
  writer: 'script-writer',
  discussant: 'contributor',
  moderator: 'chair',
  speaker: 'author',
  organizer: 'organizer',
  journalist: 'author',
};

type CslName = { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string } | { literal: string };

function cslName(person: Entry['people'][number]): CslName {
  const name = personName(person);
  if (name.kind === 'literal') return { literal: name.literal };
  return {
    family: name.family,
    ...(name.given && { given: name.given }),
    ...(name.particle && { 'non-dropping-particle': name.particle }),
    ...(name.suffix && { suffix: name.suffix }),
  };
}

/** A lone surrogate has no UTF-8 form and makes pandoc reject the whole file: U+FFFD, as a UTF-8 writer would. */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\p{Cs}/gu, '\uFFFD');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormed(v)]));
  return value;
}

export const formatCslJson: ExportWriter = (entries, keys) => {
  const leftOut = new LeftOut();
  const items = entries.map((entry) => {
    const mapping = CSL_TYPES[entry.type];
    const item: Record<string, unknown> = { id: citationKey(keys, entry), type: mapping.type, title: entry.title };
    const medium = mediumLabel(entry);
    if (mapping.medium !== null && medium !== null) item[mapping.medium] = medium;
    for (const person of entry.people) {
      const variable = person.role === null ? 'author' : isRole(person.role) ? CSL_ROLES[person.role] : 'contributor';
      item[variable] = [...((item[variable] as CslName[] | undefined) ?? []), cslName(person)];
    }
    item.issued = { 'date-parts': [dateParts(entry.date)] };
    item[mapping.outlet] = entry.outlet;
    if (entry.program !== null) item[mapping.program] = entry.program;
    if (entry.issue !== null) item.issue = issueNumber(entry.issue);
    if (entry.place !== null) item[mapping.place] = entry.place;
    if (entry.language !== null) item.language = entry.language;
    if (entry.url !== null) item.URL = entry.url;
    if (entry.tags.length > 0) item.keyword = entry.tags.join(', ');
    for (const field of ['quotes', 'related', 'updates'] as const) leftOut.drop(entry, field);
    return item;
  });
  return { text: toJson(items.map(wellFormed)), leftOut: leftOut.list() };
};
