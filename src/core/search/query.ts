// A query as search matches it: its words, folded as the passages' words are (words.ts), each
// with how many of its letters may be wrong.
import { visitWords, wordFolder } from './words.js';

/**
 * The share of a query word's letters that may be wrong: at 0.2, none in a word of up to four
 * letters, one up to nine, two from ten, about what Meilisearch and Typesense forgive. At 0.4,
 * `doigt` matched `d’intelligences` and `proletariat` `prolifération`.
 */
export const DEFAULT_THRESHOLD = 0.2;

/** Words of this many letters or fewer must match a whole word exactly: `l`, `de`, `la`. */
export const SHORT_WORD = 2;
// fuse.js matches patterns of up to 32 characters in one piece; two are the word edges.
const MAX_WORD = 30;

/** A query word, folded. */
export interface QueryWord {
  readonly text: string;
  readonly letters: number;
  /** Letters inserted, deleted, replaced or swapped that a match may have. */
  readonly maxErrors: number;
}

export interface ParsedQuery {
  /** Distinct, in the order typed. */
  readonly words: readonly QueryWord[];
  readonly threshold: number;
  /** Letters of all the words. */
  readonly letters: number;
}

export function parseQueryWords(query: string, threshold = DEFAULT_THRESHOLD): ParsedQuery {
  const words = new Map<string, QueryWord>();
  // A query's words are its own runs: compounds only help find passages.
  visitWords(query, wordFolder(), (folded) => {
    const text = folded.slice(0, MAX_WORD);
    if (!words.has(text)) words.set(text, { text, letters: text.length, maxErrors: Math.floor(threshold * text.length + 1e-9) });
  }, false);
  const list = [...words.values()];
  return { words: list, threshold, letters: list.reduce((sum, word) => sum + word.letters, 0) };
}

/** The words of a query, folded, as search matches them. Empty when it has no letter or digit. */
export function parseQuery(query: string): string[] {
  return parseQueryWords(query).words.map((word) => word.text);
}
