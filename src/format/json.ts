// JSON for scripts: the exact data of each entry, normalised, with no body.
import type { Quote, QuotedEntry } from '../core/schema.js';

/** An entry as scripts see it: every front-matter field, quotes without their line, no body. */
export type EntryJson = Omit<QuotedEntry, 'quotes' | 'bodyLine' | 'lines'> & { quotes: Omit<Quote, 'line'>[] };

export function entryToJson(entry: QuotedEntry): EntryJson {
  return {
    id: entry.id,
    path: entry.path,
    title: entry.title,
    type: entry.type,
    date: entry.date,
    outlet: entry.outlet,
    program: entry.program,
    issue: entry.issue,
    place: entry.place,
    language: entry.language,
    url: entry.url,
    people: entry.people.map(({ name, role, org }) => (org ? { name, role, org } : { name, role })),
    tags: [...entry.tags],
    quotes: entry.quotes.map(({ text, speaker, at }) => ({ text, speaker, at })),
    related: [...entry.related],
    updates: entry.updates.map(({ date, note }) => ({ date, note })),
    key: entry.key,
  };
}

// JSON.stringify leaves DEL, C1 controls and bidi controls raw: escaping them keeps the same
// data while a terminal that shows the JSON cannot be driven by it.
const TERMINAL_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const TERMINAL_UNSAFE_ANY = new RegExp(TERMINAL_UNSAFE.source);
// Tested first: a 100,000-entry list is a few hundred MB of JSON, not worth copying for nothing.
const escapeUnsafe = (json: string): string =>
  TERMINAL_UNSAFE_ANY.test(json) ? json.replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;

export function toJson(value: unknown): string {
  return `${escapeUnsafe(JSON.stringify(value, null, 2))}\n`;
}

export function toNdjson(values: readonly unknown[]): string {
  return values.map((value) => `${escapeUnsafe(JSON.stringify(value))}\n`).join('');
}

/** Entries made into pieces of text this many at a time, so that no copy of the whole exists. */
const PIECE = 200;

/**
 * JSON.stringify(values.map(toValue), null, 2) and a newline, in pieces: the same text, without
 * building it whole (at 100,000 entries the whole was hundreds of MB, and a copy to write it).
 */
export function* jsonPieces<T>(values: readonly T[], toValue: (value: T) => unknown): Generator<string> {
  if (values.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < values.length; start += PIECE) {
    const items = values.slice(start, start + PIECE).map((value) => `  ${JSON.stringify(toValue(value), null, 2).replace(/\n/g, '\n  ')}`);
    yield `${start === 0 ? '[\n' : ',\n'}${escapeUnsafe(items.join(',\n'))}${start + PIECE >= values.length ? '\n]\n' : ''}`;
  }
}

/** One JSON value a line, in pieces like jsonPieces. */
export function* ndjsonPieces<T>(values: readonly T[], toValue: (value: T) => unknown): Generator<string> {
  for (let start = 0; start < values.length; start += PIECE) yield toNdjson(values.slice(start, start + PIECE).map(toValue));
}

