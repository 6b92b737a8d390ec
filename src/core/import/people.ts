// Creators (BibTeX, CSL, RIS, Zotero) → people. ONE function decides whether a creator is a
// person or an organisation (an `org` item of the corpus format).
import type { Person } from '../schema.js';
import { cleanLine } from './clean.js';

export interface Creator {
  family?: string;
  given?: string;
  particle?: string;
  suffix?: string;
  /** A name kept whole: CSL `literal`, BibTeX `{{France Télévisions}}`, Zotero `fieldMode: 1`. */
  literal?: string;
}

export interface CreatorDecision {
  person: Person;
  /** True when the creator is an organisation (a whole name, or a single word). */
  organisation: boolean;
}

/**
 * A creator with a role. An organisation is written as an `{ org, role }` item, never split into
 * given and family names; the caller reports it so that the user can review the decision.
 */
export function creatorToPerson(creator: Creator, role: string | null): CreatorDecision | undefined {
  const parts = [creator.given, creator.particle, creator.family, creator.suffix].map((part) => cleanLine(part ?? '').text).filter((part) => part !== '');
  const literal = cleanLine(creator.literal ?? '').text;
  const name = literal !== '' ? literal : parts.join(' ');
  if (name === '') return undefined;
  const organisation = literal !== '' || (creator.given === undefined && !/\s/.test(name));
  return { person: organisation ? { name, role, org: true } : { name, role }, organisation };
}

/** The report line for an organisation, the same from every format. */
export const organisationNote = (from: string, name: string): string =>
  `${from} "${name}" is an organisation; written as \`org\``;

/** `Family, Given` or `Given Family`, as RIS and spreadsheets write names. */
export function creatorFromText(text: string): Creator {
  const [family, given, suffix] = text.split(',').map((part) => part.trim());
  if (given === undefined) return /\s/.test(text.trim()) ? { given: text.trim().replace(/\s+\S+$/, ''), family: text.trim().replace(/^.*\s/, '') } : { literal: text.trim() };
  return { family, given, suffix };
}
