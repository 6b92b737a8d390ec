// The words exports write to say what an item is, who took part and what its program is, in
// the entry's language (French for `language: fr`, English otherwise). The writers in
// src/format print them; `clic import` reads them back, so both take them from here.
import type { EntryType, Role } from './schema.js';

/** The languages that labels are written in: French for a French entry, English for any other. */
export type LabelLanguage = 'en' | 'fr';

/** Role labels, singular and plural. French uses the generic masculine, as credits do. */
export const ROLE_LABELS: Readonly<Record<LabelLanguage, Readonly<Record<Role, readonly [string, string]>>>> = {
  en: {
    author: ['Author', 'Authors'], interviewee: ['Interviewee', 'Interviewees'], interviewer: ['Interviewer', 'Interviewers'],
    guest: ['Guest', 'Guests'], host: ['Host', 'Hosts'], director: ['Director', 'Directors'], writer: ['Writer', 'Writers'],
    discussant: ['Discussant', 'Discussants'], moderator: ['Moderator', 'Moderators'], speaker: ['Speaker', 'Speakers'],
    organizer: ['Organizer', 'Organizers'], journalist: ['Journalist', 'Journalists'],
  },
  fr: {
    author: ['Auteur', 'Auteurs'], interviewee: ['Interviewé', 'Interviewés'], interviewer: ['Intervieweur', 'Intervieweurs'],
    guest: ['Invité', 'Invités'], host: ['Animateur', 'Animateurs'], director: ['Réalisateur', 'Réalisateurs'],
    writer: ['Scénariste', 'Scénaristes'], discussant: ['Discutant', 'Discutants'], moderator: ['Modérateur', 'Modérateurs'],
    speaker: ['Intervenant', 'Intervenants'], organizer: ['Organisateur', 'Organisateurs'], journalist: ['Journaliste', 'Journalistes'],
  },
};

/** What a program is called, by type: a newspaper's section, a broadcast's show, an event's series. */
export const PROGRAM_LABELS: Readonly<Record<LabelLanguage, Readonly<Record<EntryType, string>>>> = {
  en: { interview: 'Section', 'op-ed': 'Section', press: 'Section', podcast: 'Program', video: 'Program', award: 'Series', event: 'Series', book: 'Series' },
  fr: { interview: 'Rubrique', 'op-ed': 'Rubrique', press: 'Rubrique', podcast: 'Émission', video: 'Émission', award: 'Cycle', event: 'Cycle', book: 'Collection' },
};

/**
 * What an item is, in the entry's language, for the formats whose styles print it ("Video",
 * "Vidéo", "Award", "Prix"). A press article is what a reader expects by default: no word.
 */
export const MEDIUM_LABELS: Readonly<Record<LabelLanguage, Readonly<Record<EntryType, string | null>>>> = {
  en: { interview: 'Interview', podcast: 'Audio', video: 'Video', 'op-ed': 'Op-ed', press: null, award: 'Award', event: 'Event', book: null },
  fr: { interview: 'Entretien', podcast: 'Audio', video: 'Vidéo', 'op-ed': 'Tribune', press: null, award: 'Prix', event: 'Événement', book: null },
};


const LANGUAGES: readonly LabelLanguage[] = ['en', 'fr'];

// Compared composed (BibTeX's `\\'{e}` decodes to e + U+0301), without case.
const key = (label: string): string => label.trim().normalize('NFC').toLowerCase();
const byLabel = <T>(entries: [string, T][]): ReadonlyMap<string, T> => new Map(entries.map(([label, value]) => [key(label), value]));

const MEDIUM_TYPES = byLabel(LANGUAGES.flatMap((language) =>
  Object.entries(MEDIUM_LABELS[language]).flatMap(([type, label]) => (label === null ? [] : [[label, type as EntryType] as [string, EntryType]]))));
const LABELLED_ROLES = byLabel(LANGUAGES.flatMap((language) =>
  Object.entries(ROLE_LABELS[language]).flatMap(([role, labels]) => labels.map((label) => [label, role as Role] as [string, Role]))));
const PROGRAM_WORDS = new Set(LANGUAGES.flatMap((language) => Object.values(PROGRAM_LABELS[language]).map(key)));

/** The type a medium label names, in either language ("Entretien" → interview), if it is one. */
export const typeOfMediumLabel = (text: string): EntryType | undefined => MEDIUM_TYPES.get(key(text));

/** The role a credit label names, singular or plural, in either language ("Invités" → guest). */
export const roleOfLabel = (label: string): Role | undefined => LABELLED_ROLES.get(key(label));

/** Whether a note label is the label of a program ("Émission", "Section", "Cycle"…). */
export const isProgramLabel = (label: string): boolean => PROGRAM_WORDS.has(key(label));
