// The cache's encoding of the words of each quote (folded by search/words.ts): kept until the
// cache stops storing words; search itself reads plain entries and its own index.
import { visitWords, type WordFolder } from './search/words.js';

export { wordFolder, type WordFolder } from './search/words.js';

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
