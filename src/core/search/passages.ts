// The pieces of entries that search ranks: each quote, the title, each paragraph of the body.
import type { Entry, FullEntry, QuotedEntry } from '../schema.js';
import { finish, type SearchProgress } from './steps.js';

/** What `--in` searches: one field, or all of them. */
export type SearchScope = 'quotes' | 'title' | 'body' | 'all';
export type SearchField = Exclude<SearchScope, 'all'>;

export interface Passage {
  readonly entry: Entry;
  readonly field: SearchField;
  readonly text: string;
  /** 1-based line of the passage in its file (its first line, for a body paragraph). */
  readonly line: number;
  readonly speaker: string | null;
  readonly at: string | null;
}

/**
 * The passages of `entries` that `scope` searches, in entry order: title, quotes, body. Only the
 * body needs full entries: quotes and titles are searched without reading a body.
 */
export function passagesOf(entries: readonly QuotedEntry[], scope: 'quotes' | 'title'): Passage[];
export function passagesOf(entries: readonly FullEntry[], scope: SearchScope): Passage[];
export function passagesOf(entries: readonly (QuotedEntry | FullEntry)[], scope: SearchScope): Passage[] {
  return finish(passageSteps(entries as readonly FullEntry[], scope));
}

/**
 * Entries read between two steps of passageSteps: cutting 100,000 bodies into paragraphs at once
 * took a third of a second, a key's wait in the picker.
 */
const ENTRIES_PER_STEP = 512;

/** passagesOf a step at a time, its progress counted in entries read. */
export function* passageSteps(entries: readonly FullEntry[], scope: SearchScope): Generator<SearchProgress, Passage[], void> {
  const passages: Passage[] = [];
  const wants = (field: SearchField): boolean => scope === 'all' || scope === field;
  for (let e = 0; e < entries.length; e++) {
    if (e > 0 && e % ENTRIES_PER_STEP === 0) yield { done: e, of: entries.length };
    const entry = entries[e]!;
    if (wants('title')) passages.push({ entry, field: 'title', text: entry.title, line: entry.lines.title ?? 1, speaker: null, at: null });
    if (wants('quotes')) {
      for (const quote of entry.quotes) passages.push({ entry, field: 'quotes', text: quote.text, line: quote.line, speaker: quote.speaker, at: quote.at });
    }
    if (wants('body')) paragraphsOf(entry, passages);
  }
  return passages;
}

// A line holding only what String.prototype.trim removes: \s is the same set of characters.
const BLANK = /^\s*$/;

/**
 * Body paragraphs (runs of non-blank lines), each with the file line it starts on: read line by
 * line where the body stands, each paragraph one slice of it.
 */
function paragraphsOf(entry: FullEntry, passages: Passage[]): void {
  const { body } = entry;
  let line = 0;
  let first = -1;
  let firstStart = 0;
  let lastEnd = 0;
  for (let start = 0; start <= body.length; line++) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    if (BLANK.test(body.slice(start, end))) {
      if (first >= 0) passages.push({ entry, field: 'body', text: body.slice(firstStart, lastEnd), line: entry.bodyLine + first, speaker: null, at: null });
      first = -1;
    } else {
      if (first < 0) {
        first = line;
        firstStart = start;
      }
      lastEnd = end;
    }
    start = end + 1;
  }
  if (first >= 0) passages.push({ entry, field: 'body', text: body.slice(firstStart, lastEnd), line: entry.bodyLine + first, speaker: null, at: null });
}
