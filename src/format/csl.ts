// CSL-JSON (pandoc, Zotero, citeproc), valid against the CSL 1.0.2 input schema: types from its
// list, `issued` as date-parts (partial dates stay partial), people under the name variable of
// their role, names split into family and given where they can be.
import { dateParts } from '../core/dates.js';
import { splitName } from '../core/names.js';
import { isRole, type Entry, type EntryType, type Role } from '../core/schema.js';
import { citationKey, LeftOut, type ExportWriter } from './bibliography.js';
import { toJson } from './json.js';

type CslField = 'container-title' | 'collection-title' | 'section' | 'publisher';

/** Entry types, and where the outlet, the program and the place go for each. */
export const CSL_TYPES: Readonly<Record<EntryType, { type: string; outlet: CslField; program: CslField; place: 'event-place' | 'publisher-place' }>> = {
  interview: { type: 'interview', outlet: 'container-title', program: 'section', place: 'event-place' },
  podcast: { type: 'broadcast', outlet: 'publisher', program: 'container-title', place: 'event-place' },
  video: { type: 'motion_picture', outlet: 'publisher', program: 'container-title', place: 'event-place' },
  'op-ed': { type: 'article-newspaper', outlet: 'container-title', program: 'section', place: 'event-place' },
  press: { type: 'article-newspaper', outlet: 'container-title', program: 'section', place: 'event-place' },
  award: { type: 'document', outlet: 'publisher', program: 'container-title', place: 'event-place' },
  event: { type: 'event', outlet: 'publisher', program: 'container-title', place: 'event-place' },
  book: { type: 'book', outlet: 'publisher', program: 'collection-title', place: 'publisher-place' },
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

function cslName(text: string): CslName {
  const name = splitName(text);
  if (name.kind === 'literal') return { literal: name.literal };
  return {
    family: name.family,
    ...(name.given && { given: name.given }),
    ...(name.particle && { 'non-dropping-particle': name.particle }),
    ...(name.suffix && { suffix: name.suffix }),
  };
}

export const formatCslJson: ExportWriter = (entries, keys) => {
  const leftOut = new LeftOut();
  const items = entries.map((entry: Entry) => {
    const mapping = CSL_TYPES[entry.type];
    const item: Record<string, unknown> = { id: citationKey(keys, entry), type: mapping.type, title: entry.title };
    for (const person of entry.people) {
      const variable = person.role === null ? 'author' : isRole(person.role) ? CSL_ROLES[person.role] : 'contributor';
      item[variable] = [...((item[variable] as CslName[] | undefined) ?? []), cslName(person.name)];
    }
    item.issued = { 'date-parts': [dateParts(entry.date)] };
    item[mapping.outlet] = entry.outlet;
    if (entry.program !== null) item[mapping.program] = entry.program;
    if (entry.issue !== null) item.issue = entry.issue;
    if (entry.place !== null) item[mapping.place] = entry.place;
    if (entry.language !== null) item.language = entry.language;
    if (entry.url !== null) item.URL = entry.url;
    if (entry.tags.length > 0) item.keyword = entry.tags.join(', ');
    for (const field of ['quotes', 'related', 'updates'] as const) leftOut.drop(entry, field);
    return item;
  });
  return { text: toJson(items), leftOut: leftOut.list() };
};
