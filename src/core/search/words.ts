// The words of a text as search reads them: split, folded (fold.ts), split again. The index,
// ranking and locating all visit a text's words through visitWords, so they see the same words in
// the same order.
import { fold } from '../fold.js';

// Words are runs of letters, marks and digits; an apostrophe or a hyphen between two of them
// also makes a compound (`micro-tâches`, `aujourd’hui`) that a query may type in one piece.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const FOLDED_WORD = /[\p{L}\p{N}]+/gu;
const WHOLE_FOLDED_WORD = /^[\p{L}\p{N}]+$/u;
/**
 * Whether `word` is one visitWords could visit: a run of FOLDED_WORD's letters and digits (a
 * compound is its parts joined) that folding leaves as it is.
 */
export const isFoldedWord = (word: unknown): word is string => typeof word === 'string' && WHOLE_FOLDED_WORD.test(word) && fold(word) === word;
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
