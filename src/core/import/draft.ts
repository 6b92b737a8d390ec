// What every source parser gives the shared steps: drafts of entries, each with the line it
// starts on and where each value came from, so that every decision can be reported by line.
import type { EntryType, Person } from '../schema.js';

export const IMPORT_SOURCES = ['csv', 'yaml', 'bibtex', 'csl-json', 'ris', 'markdown'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const TEXT_FIELDS = ['title', 'outlet', 'program', 'issue', 'place', 'language', 'url'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A value and the name it had in the input (`journal`, `Outlet`, `TI`), for the report. */
export interface Sourced<T = string> {
  value: T;
  from: string;
}

/** A date as the input gives it: text to be read, or numeric parts (CSL date-parts, BibTeX year+month). */
export type RawDate = Sourced<string> | Sourced<{ year: string; month?: string; day?: string }>;

export interface Draft {
  /** 1-based line of the item in its input. */
  line: number;
  fields: Partial<Record<TextField, Sourced>>;
  /** A type the input states (a column, a BibTeX/CSL/RIS type), to be read; `type` when already decided. */
  statedType?: Sourced;
  type?: Sourced<EntryType>;
  /** The entry type decided from the input's type when no cue in the text says otherwise. */
  defaultType?: EntryType;
  date?: RawDate;
  people: Person[];
  /** The main creators (BibTeX/CSL author, RIS AU): their role follows the entry type (AUTHOR_ROLE). */
  authors: Pick<Person, 'name' | 'org'>[];
  tags: string[];
  /** Paragraphs of the body, labelled lines for values that have no field. */
  body: string[];
  /** Decisions the parser made (cleaning, organisations, unmapped fields), for the report. */
  notes: string[];
}

/** A line of the report: where in the input, and what was decided or went wrong. */
export interface ImportNote {
  line: number;
  message: string;
}

export interface ParsedInput {
  drafts: Draft[];
  /** Items that could not be read at all (broken YAML, a CSV row with the wrong cell count). */
  broken: ImportNote[];
  /** Decisions about the whole input (day order, columns put in the body). */
  notes: ImportNote[];
}

export const emptyDraft = (line: number): Draft => ({ line, fields: {}, people: [], authors: [], tags: [], body: [], notes: [] });
