// The pieces of entries that search ranks: each quote, the title, each paragraph of the body.
import type { Entry, FullEntry } from '../schema.js';

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
export function passagesOf(entries: readonly Entry[], scope: 'quotes' | 'title'): Passage[];
export function passagesOf(entries: readonly FullEntry[], scope: SearchScope): Passage[];
export function passagesOf(entries: readonly (Entry | FullEntry)[], scope: SearchScope): Passage[] {
  const passages: Passage[] = [];
  const wants = (field: SearchField): boolean => scope === 'all' || scope === field;
  for (const entry of entries) {
    if (wants('title')) passages.push({ entry, field: 'title', text: entry.title, line: entry.lines.title ?? 1, speaker: null, at: null });
    if (wants('quotes')) {
      for (const quote of entry.quotes) passages.push({ entry, field: 'quotes', text: quote.text, line: quote.line, speaker: quote.speaker, at: quote.at });
    }
    if (wants('body')) paragraphsOf(entry as FullEntry, passages);
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
