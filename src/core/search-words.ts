// The words of a text as search reads them: split, folded (fold.ts), split again. Pure, and
// without fuse.js, so that the cache can keep every quote's words without loading it.
import { fold } from './fold.js';

// Words are runs of letters, marks and digits; an apostrophe or a hyphen between two of them
// also makes a compound (`micro-tâches`, `aujourd’hui`) that a query may type in one piece.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const FOLDED_WORD = /[\p{L}\p{N}]+/gu;
const JOINERS = new Set(["'", '’', 'ʼ', '-', '\u2010', '\u2011']);
/** Called with each word: folded, where it stands in the text, and its position among the words. */
export type WordVisitor = (folded: string, start: number, end: number, ordinal: number) => void;

/** A word folded: the parts search matches, and all of them joined, for compounds. */
export interface FoldedWord {
  parts: string[];
  whole: string;
}

export type WordFolder = (word: string) => FoldedWord;

/**
 * Visits every word of `text`, folded, and returns how many words it has. A word that folding
 * splits again (`½` → `1⁄2`) yields each part; with `compounds`, words joined by an apostrophe or
 * a hyphen also yield their concatenation, placed at the first of them.
 */
export function visitWords(text: string, foldWord: WordFolder, visit: WordVisitor, compounds = true): number {
  let ordinal = 0;
  let previousEnd = -1;
  let chain = '';
  let chainStart = 0;
  let chainEnd = 0;
  let chainOrdinal = 0;
  let chainRuns = 0;
  let i = 0;
  while (i < text.length) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = i < text.length ? wordCharLength(text, i) : 0;
    }
    const folded = foldWord(text.slice(start, i));
    for (const part of folded.parts) visit(part, start, i, ordinal);
    if (compounds) {
      if (chainRuns > 0 && start === previousEnd + 1 && JOINERS.has(text[previousEnd]!)) {
        chain += folded.whole;
        chainEnd = i;
        chainRuns++;
      } else {
        if (chainRuns > 1) visit(chain, chainStart, chainEnd, chainOrdinal);
        chain = folded.whole;
        chainStart = start;
        chainEnd = i;
        chainOrdinal = ordinal;
        chainRuns = 1;
      }
    }
    previousEnd = i;
    ordinal++;
  }
  if (chainRuns > 1) visit(chain, chainStart, chainEnd, chainOrdinal);
  return ordinal;
}

// Whether each UTF-16 unit is a letter, a mark or a digit, learnt once per unit: a Unicode
// regular expression run over every passage would cost most of a search.
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const wordUnits = new Uint8Array(0x10000);

/** UTF-16 units of the letter, mark or digit at `i` (2 for a surrogate pair), 0 for anything else. */
function wordCharLength(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) ? 1 : 0;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    return WORD_CHAR.test(char) ? char.length : 0;
  }
  let kind = wordUnits[unit]!;
  if (kind === UNKNOWN) {
    kind = WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : OTHER;
    wordUnits[unit] = kind;
  }
  return kind === WORD ? 1 : 0;
}

/** Folds words once each per search, however often they occur. */
export function wordFolder(): WordFolder {
  const cache = new Map<string, FoldedWord>();
  return (word) => {
    let folded = cache.get(word);
    if (folded === undefined) {
      const parts = fold(word).match(FOLDED_WORD) ?? [];
      folded = { parts, whole: parts.join('') };
      cache.set(word, folded);
    }
    return folded;
  };
}


/**
 * The words of an entry's quotes, kept (by the cache) so that a search need not fold them
 * again. `codes` holds numbers, text after text: a header (its word count, how many words it
 * visits, a compound counting again as a whole, and the characters of the rest), then each
 * visited word's index in `vocabulary`, then each one's ordinal, start and length in the text.
 * The ids come first so that a search can tell whether a text holds a word it wants without
 * reading the rest. A string rather than an array: read from the cache as one copy, with no
 * numbers to parse and no array for the garbage collector to move.
 */
export interface KeptWords {
  vocabulary: readonly string[];
  codes: string;
  /** How many texts (quotes) the codes hold. */
  count: number;
}

// A number is written in 6-bit digits, most significant first: U+0080 to U+00BF for each digit
// but the last, U+00C0 to U+00FF for the last. Latin-1 characters that JSON leaves as they are.
const MORE = 0x80;
const LAST = 0xc0;

function writeCode(n: number, out: number[]): void {
  let shift = 1;
  while (n >= shift * 64) shift *= 64;
  for (; shift > 1; shift /= 64) out.push(MORE + (Math.floor(n / shift) & 63));
  out.push(LAST + (n & 63));
}

/** Reads the numbers of `codes` one after another, from `at`. */
export class CodeReader {
  constructor(readonly codes: string, public at = 0) {}

  next(): number {
    let n = 0;
    let unit = this.codes.charCodeAt(this.at++);
    while (unit < LAST) {
      n = n * 64 + (unit - MORE);
      unit = this.codes.charCodeAt(this.at++);
    }
    return n * 64 + (unit - LAST);
  }
}

/** The header of the text whose codes the reader is on; it is left on the text's first id. */
export function readHeader(reader: CodeReader): { length: number; visits: number; size: number } {
  return { length: reader.next(), visits: reader.next(), size: reader.next() };
}

/**
 * The codes of `texts` (see KeptWords), adding new words to `vocabulary`, shared by all the
 * texts of a cache shard, and their positions to `ids`.
 */
export function encodeWords(texts: readonly string[], vocabulary: string[], ids: Map<string, number>, foldWord: WordFolder): string {
  const units: number[] = [];
  for (const text of texts) {
    const wordIds: number[] = [];
    const places: number[] = [];
    const length = visitWords(text, foldWord, (folded, start, end, ordinal) => {
      let id = ids.get(folded);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(folded, id);
        vocabulary.push(folded);
      }
      wordIds.push(id);
      places.push(ordinal, start, end - start);
    });
    const rest: number[] = [];
    for (const n of wordIds) writeCode(n, rest);
    for (const n of places) writeCode(n, rest);
    writeCode(length, units);
    writeCode(wordIds.length, units);
    writeCode(rest.length, units);
    for (const unit of rest) units.push(unit);
  }
  let codes = '';
  for (let start = 0; start < units.length; start += 8192) codes += String.fromCharCode.apply(null, units.slice(start, start + 8192));
  return codes;
}

/** Where each of `count` texts starts in `codes`; undefined unless `codes` holds exactly that many. */
export function codeStarts(codes: string, count: number): number[] | undefined {
  const starts: number[] = [];
  const reader = new CodeReader(codes);
  while (reader.at < codes.length && starts.length < count) {
    starts.push(reader.at);
    const { size } = readHeader(reader);
    reader.at += size;
  }
  return starts.length === count && reader.at === codes.length ? starts : undefined;
}

/** Visits the words of the text whose codes start at `start`, as visitWords does, by their ids in the kept vocabulary. */
export function visitKeptWords(codes: string, start: number, visit: (id: number, start: number, end: number, ordinal: number) => void): void {
  const reader = new CodeReader(codes, start);
  const { visits } = readHeader(reader);
  const ids = Array.from({ length: visits }, () => reader.next());
  for (const id of ids) {
    const ordinal = reader.next();
    const wordStart = reader.next();
    visit(id, wordStart, wordStart + reader.next(), ordinal);
  }
}
