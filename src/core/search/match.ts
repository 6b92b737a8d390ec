// A query word against the vocabulary's words: how many letters it takes to turn one into the
// start of the other. fuse.js finds the near words; an error is a letter inserted, deleted,
// replaced or two neighbours swapped; a match starting inside a word costs one error more.
import Fuse from 'fuse.js';
import { SHORT_WORD, type ParsedQuery, type QueryWord } from './query.js';

// Marks the edges of a word, so that a match away from the start costs an error in fuse.js.
const EDGE = ' ';

/** The query, matched against a vocabulary: what ranking and locating a passage need. */
export interface MatchedQuery extends ParsedQuery {
  /** Per query word, the errors against each vocabulary word (-1: no match). */
  readonly errorsOf: readonly Int16Array[];
  /** Per query word, 1 for the vocabulary words it matches from their first letter, not inside. */
  readonly startsOf: readonly Uint8Array[];
  /** Per query word, the vocabulary id of the word itself (-1: absent). */
  readonly exactIds: readonly number[];
}

/**
 * Errors to turn `pattern` into the closest part of `text`: letters inserted, deleted, replaced,
 * or two neighbours swapped (optimal string alignment). fuse.js counts a swap as two errors,
 * but it is the most common slip of the fingers, so its matches are recounted with this. With
 * `anchored`, the part must start where the text does: the errors to make `pattern` a prefix.
 */
export function alignmentErrors(pattern: string, text: string, anchored = false): number {
  const width = text.length + 1;
  // Three rows of the table: two rows back (for swaps), the previous row, the current one.
  // Row 0 is all zeros when the match may start anywhere; anchored, skipping letters costs.
  let before = Array.from({ length: width }, (_, j) => (anchored ? j : 0));
  let previous = before.slice();
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    for (let j = 1; j < width; j++) {
      const replace = previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, replace);
      if (i > 1 && j > 1 && pattern[i - 1] === text[j - 2] && pattern[i - 2] === text[j - 1]) cost = Math.min(cost, before[j - 2]! + 1);
      current[j] = cost;
    }
    [before, previous, current] = [previous, current, before];
  }
  // The match may end anywhere in the text. A loop, not Math.min(...row): a word of a million
  // letters would overflow the call stack.
  let fewest = pattern.length;
  for (const cost of previous) if (cost < fewest) fewest = cost;
  return fewest;
}

/** A query word against every word of a vocabulary. */
interface WordMatches {
  readonly errors: Int16Array;
  readonly starts: Uint8Array;
  /** The vocabulary id of the word itself (-1: absent). */
  readonly exactId: number;
}

/** A vocabulary as fuse.js searches it, and the query words already matched against it. */
interface Matcher {
  readonly texts: string[];
  readonly index: ReturnType<typeof Fuse.createIndex<string>>;
  readonly matched: Map<string, WordMatches>;
}

/**
 * Query words matched per vocabulary, the latest first out: a query typed letter by letter asks
 * for the same words again and again (`travail du c`, `travail du cl`), and a word's matches
 * depend only on it and the vocabulary.
 */
const matchers = new WeakMap<readonly string[], Matcher>();
const KEPT_WORDS = 64;

function matcherOf(vocabulary: readonly string[]): Matcher {
  let matcher = matchers.get(vocabulary);
  if (!matcher) {
    const texts = vocabulary.map((word) => `${EDGE}${word}${EDGE}`);
    matcher = { texts, index: Fuse.createIndex<string>([], texts), matched: new Map() };
    matchers.set(vocabulary, matcher);
  }
  return matcher;
}

export function matchQuery(query: ParsedQuery, vocabulary: readonly string[]): MatchedQuery {
  const matcher = matcherOf(vocabulary);
  const matched = query.words.map((word) => {
    const key = `${word.maxErrors}:${word.text}`;
    let matches = matcher.matched.get(key);
    if (matches) {
      matcher.matched.delete(key);
    } else {
      matches = matchWord(word, vocabulary, matcher);
      if (matcher.matched.size >= KEPT_WORDS) matcher.matched.delete(matcher.matched.keys().next().value!);
    }
    matcher.matched.set(key, matches);
    return matches;
  });
  return { ...query, errorsOf: matched.map((m) => m.errors), startsOf: matched.map((m) => m.starts), exactIds: matched.map((m) => m.exactId) };
}

function matchWord(word: QueryWord, vocabulary: readonly string[], { texts, index }: Matcher): WordMatches {
  const errors = new Int16Array(texts.length).fill(-1);
  const starts = new Uint8Array(texts.length);
  const exactId = vocabulary.indexOf(word.text);
  if (word.letters <= SHORT_WORD && word.maxErrors === 0) {
    // Only the word itself can match: what fuse.js would find, without reading every word.
    if (exactId >= 0) {
      errors[exactId] = 0;
      starts[exactId] = 1;
    }
    return { errors, starts, exactId };
  }
  const pattern = word.letters <= SHORT_WORD ? `${EDGE}${word.text}${EDGE}` : `${EDGE}${word.text}`;
  // Twice the errors allowed, since every swap, which fuse.js counts as two, counts as one.
  const searched = 2 * word.maxErrors;
  const fuse = new Fuse(texts, {
    isCaseSensitive: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    includeScore: true,
    shouldSort: false,
    // fuse.js keeps a match when errors / pattern length ≤ threshold.
    threshold: (searched + 0.5) / pattern.length,
  }, index);
  for (const result of fuse.search(pattern)) {
    let found = Math.round((result.score ?? 0) * pattern.length);
    if (found >= 2) found = alignmentErrors(pattern, texts[result.refIndex]!);
    if (found > word.maxErrors) continue;
    errors[result.refIndex] = found;
    // A prefix holds at most as many letters as the word and its errors.
    const start = vocabulary[result.refIndex]!.slice(0, word.letters + found);
    if (found === 0 || alignmentErrors(word.text, start, true) <= found) starts[result.refIndex] = 1;
  }
  return { errors, starts, exactId };
}
