// RIS (Zotero, EndNote, Mendeley): one `TY  -` … `ER  -` record per entry, CRLF line ends,
// UTF-8. Every value is one line, so no text can start a tag of its own.
import { personName, type PersonName } from '../core/names.js';
import type { Entry, EntryType, Person } from '../core/schema.js';
import { citationKey, creditNote, issueNumber, LeftOut, mediumLabel, oneLine, programNote, roleOf, type ExportWriter } from './bibliography.js';

type Tag = 'AU' | 'A2' | 'A3' | 'C1' | 'C4' | 'T2' | 'T3' | 'PB' | 'SE' | 'N1';

export interface RisMapping {
  /** The `TY` code, and the Zotero item type its RIS import makes of it. */
  type: string;
  zotero: string;
  outlet: Tag;
  /** N1: no tag of that item type holds a program; it is a labelled note ("Émission : …"). */
  program: Tag;
  /** The tag of each role, in the creator types Zotero accepts for the item type; other roles are credited in a note. */
  creators: Readonly<Partial<Record<string, Tag>>>;
  /** Whether the medium label goes in a note, where `TY` does not say what the item is ("Tribune", "Prix"). */
  mediumNote: boolean;
}

const BY_WORDS = { author: 'AU', interviewee: 'AU', journalist: 'AU', speaker: 'AU', writer: 'AU', director: 'AU' } as const;
/** Everyone heard or seen in a recording or at a talk. */
const ON_STAGE = ['author', 'interviewee', 'journalist', 'speaker', 'guest', 'host', 'interviewer', 'moderator', 'discussant'] as const;
const all = <T extends Tag>(roles: readonly string[], tag: T): Record<string, T> => Object.fromEntries(roles.map((role) => [role, tag]));

/**
 * What Zotero's RIS import (translator RIS.js, zotero/translators) does with each tag, by the
 * item type it makes of `TY`: NEWS → newspaperArticle (T2 publication, SE section, AU author),
 * MGZN → magazineArticle (T2, IS issue), SOUND → audioRecording (PB label, T3 series title,
 * A2 performer, C4 words by), VIDEO → videoRecording (PB studio, AU director, C1 cast member; no
 * tag for a series title: T3 would become a note), SLIDE → presentation (T2 meeting name, A2
 * presenter: AU is "author", which a presentation does not accept), BOOK → book (PB publisher,
 * T2 series), GEN → journalArticle (T2 publication, T3 series): RIS has no code for an award.
 */
export const RIS_TYPES: Readonly<Record<EntryType, RisMapping>> = {
  interview: { type: 'MGZN', zotero: 'magazineArticle', outlet: 'T2', program: 'N1', creators: BY_WORDS, mediumNote: true },
  podcast: { type: 'SOUND', zotero: 'audioRecording', outlet: 'PB', program: 'T3', creators: { ...all(ON_STAGE, 'A2'), writer: 'C4' }, mediumNote: false },
  video: { type: 'VIDEO', zotero: 'videoRecording', outlet: 'PB', program: 'N1', creators: { ...all(ON_STAGE, 'C1'), director: 'AU' }, mediumNote: false },
  'op-ed': { type: 'NEWS', zotero: 'newspaperArticle', outlet: 'T2', program: 'SE', creators: BY_WORDS, mediumNote: true },
  press: { type: 'NEWS', zotero: 'newspaperArticle', outlet: 'T2', program: 'SE', creators: BY_WORDS, mediumNote: false },
  award: { type: 'GEN', zotero: 'journalArticle', outlet: 'T2', program: 'T3', creators: BY_WORDS, mediumNote: true },
  event: { type: 'SLIDE', zotero: 'presentation', outlet: 'T2', program: 'N1', creators: all(ON_STAGE, 'A2'), mediumNote: false },
  book: { type: 'BOOK', zotero: 'book', outlet: 'PB', program: 'T2', creators: BY_WORDS, mediumNote: false },
};

/** The order of the creator tags in a record. */
const CREATOR_TAGS: readonly Tag[] = ['AU', 'A2', 'A3', 'C1', 'C4'];

const EOL = '\r\n';

/** `2020-05-14` → `2020/05/14/`; partial dates keep their empty parts: `2020/05//`, `2020///`. */
export function risDate(date: string): string {
  const [year, month = '', day = ''] = date.split('-');
  return `${year}/${month}/${day}/`;
}

/**
 * `Family, Given, Suffix`, as the RIS spec writes people; Zotero reads the text before the first
 * comma as the last name and the rest as the first name ("Martin Luther, Jr."), as it stores
 * suffixes. A name kept whole (an organisation) has no comma, so Zotero keeps it one field.
 */
function risName(name: PersonName): string {
  if (name.kind === 'literal') return name.literal;
  const family = name.particle ? `${name.particle} ${name.family}` : name.family;
  return [family, name.given, name.suffix].filter((part) => part !== '').join(', ');
}

export const formatRis: ExportWriter = (entries, keys) => {
  const leftOut = new LeftOut();
  const records = entries.map((entry) => {
    const mapping = RIS_TYPES[entry.type];
    const lines: string[] = [];
    const tag = (name: string, value: string): void => {
      const line = oneLine(value);
      if (line !== '') lines.push(`${name}  - ${line}`);
    };
    tag('TY', mapping.type);
    tag('ID', citationKey(keys, entry));
    tag('TI', entry.title);
    const byTag = new Map<Tag, Person[]>();
    const credited: Person[] = [];
    for (const person of entry.people) {
      const creatorTag = mapping.creators[roleOf(person)];
      if (creatorTag === undefined) credited.push(person);
      else byTag.set(creatorTag, [...(byTag.get(creatorTag) ?? []), person]);
    }
    for (const creatorTag of CREATOR_TAGS) for (const person of byTag.get(creatorTag) ?? []) tag(creatorTag, risName(personName(person)));
    tag('PY', entry.date.slice(0, 4));
    tag('DA', risDate(entry.date));
    tag(mapping.outlet, entry.outlet);
    if (entry.program !== null && mapping.program !== 'N1') tag(mapping.program, entry.program);
    if (entry.issue !== null) tag('IS', issueNumber(entry.issue));
    if (entry.place !== null) tag('CY', entry.place);
    if (entry.language !== null) tag('LA', entry.language);
    if (entry.url !== null) tag('UR', entry.url);
    for (const keyword of entry.tags) tag('KW', keyword);
    const medium = mediumLabel(entry);
    if (mapping.mediumNote && medium !== null) tag('N1', medium);
    if (entry.program !== null && mapping.program === 'N1') tag('N1', programNote(entry, entry.program));
    // No one credited gives an empty note, which `tag` leaves out.
    tag('N1', creditNote(entry, credited));
    for (const field of ['quotes', 'related', 'updates'] as const) leftOut.drop(entry, field);
    lines.push('ER  - ');
    return lines.map((line) => `${line}${EOL}`).join('');
  });
  return { text: records.join(EOL), leftOut: leftOut.list() };
};
