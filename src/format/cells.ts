// Corpus text as the picker draws it: one cell per grapheme (what a terminal gives one place),
// escaped like every other corpus text (terminal.ts), its width as a terminal counts it
// (string-width knows CJK, emoji sequences and combining marks), and whether a match covers it.
import stringWidth from 'string-width';
import type { Paint } from './paint.js';
import { safeLine } from './terminal.js';

export interface Cell {
  /** Offset of the grapheme in the original text; -1 for a cell not from it (a cut's `…`, the space between wrapped words). */
  start: number;
  shown: string;
  width: number;
  space: boolean;
  matched: boolean;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One column for a printable letter below the combining marks (most of any Latin text), else as string-width says. */
const widthOfGrapheme = (shown: string): number => (shown.length === 1 && shown >= ' ' && shown < '\u0300' ? 1 : stringWidth(shown));

const CHUNK = 256;

/**
 * The graphemes of `text`, segmented a chunk at a time: V8's segmenter slows down with the
 * length of the string it walks (a 255 KB quote took 80 s), so each chunk of about 256 code
 * units ends at a sure grapheme boundary and is segmented alone.
 */
function* graphemesOf(text: string): Generator<{ segment: string; index: number }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    while (end < text.length && !isSureBoundary(text.charCodeAt(end - 1), text.charCodeAt(end))) end++;
    for (const { segment, index } of graphemes.segment(text.slice(start, end))) yield { segment, index: start + index };
    start = end;
  }
}

/**
 * Whether a grapheme boundary always stands between these two code units: before a character
 * that never extends the one before it (ASCII, kana but its two combining sound marks U+3099 and
 * U+309A, CJK ideographs, Hangul syllables — none is Extend, SpacingMark or ZWJ), unless CR LF,
 * a syllable after a leading jamo (they join, UAX #29 GB6), or the one before is a Prepend
 * character (those below U+1000; the rest are astral, so a surrogate before is taken for one).
 */
function isSureBoundary(before: number, after: number): boolean {
  const syllable = after >= 0xac00 && after <= 0xd7a3;
  const starter = (after >= 0x20 && after < 0x7f) || (after >= 0x3040 && after <= 0x3098) || (after >= 0x309b && after <= 0x30ff) || (after >= 0x4e00 && after <= 0x9fff) || syllable;
  if (!starter) return false;
  const leadingJamo = (before >= 0x1100 && before <= 0x115f) || (before >= 0xa960 && before <= 0xa97c);
  const prepend = (before >= 0x0600 && before <= 0x0605) || before === 0x06dd || before === 0x070f || before === 0x0890 || before === 0x0891 || before === 0x08e2 || before === 0x0d4e;
  return !(syllable && leadingJamo) && !prepend && !(before >= 0xd800 && before <= 0xdfff);
}

/** The cells of `text`; whitespace becomes a space, controls their visible escape. */
export function cellsOf(text: string, matches: readonly (readonly [number, number])[] = []): Cell[] {
  const cells: Cell[] = [];
  let m = 0;
  for (const { segment, index } of graphemesOf(text)) {
    while (m < matches.length && matches[m]![1] <= index) m++;
    const space = /^\s+$/.test(segment);
    const shown = space ? ' ' : safeLine(segment);
    const match = matches[m];
    cells.push({ start: index, shown, width: space ? 1 : widthOfGrapheme(shown), space, matched: match !== undefined && index >= match[0] && index < match[1] });
  }
  return cells;
}

export const widthOf = (cells: readonly Cell[]): number => cells.reduce((sum, cell) => sum + cell.width, 0);

/** Runs of spaces as one, none at the ends: a passage on one line. */
export function squeezeSpaces(cells: readonly Cell[]): Cell[] {
  const result: Cell[] = [];
  for (const cell of cells) {
    if (cell.space && (result.length === 0 || result.at(-1)!.space)) continue;
    result.push(cell);
  }
  while (result.at(-1)?.space) result.pop();
  return result;
}

/** At most `width` columns of cells, the last one `…` when some were cut. */
export function fitCells(cells: readonly Cell[], width: number): Cell[] {
  if (widthOf(cells) <= width) return [...cells];
  const kept: Cell[] = [];
  let used = 0;
  for (const cell of cells) {
    if (used + cell.width > width - 1) break;
    kept.push(cell);
    used += cell.width;
  }
  if (width >= 1) kept.push(ellipsis());
  return kept;
}

const ellipsis = (): Cell => ({ start: -1, shown: '…', width: 1, space: false, matched: false });

/**
 * One line of at most `width` columns that shows the first matched cell: when it lies beyond
 * the width, the line starts with `…` a few words before it, as fzf scrolls to the match.
 */
export function lineAroundMatch(cells: readonly Cell[], width: number): Cell[] {
  const first = cells.findIndex((cell) => cell.matched);
  const end = cells.findIndex((cell, index) => index > first && !cell.matched);
  const matchEnd = end < 0 ? cells.length : end;
  if (first < 0 || widthOf(cells.slice(0, matchEnd)) <= width - 1) return fitCells(cells, width);
  // Keep about a third of the line before the match, starting at a word.
  let start = first;
  let before = 0;
  while (start > 0 && before + cells[start - 1]!.width <= Math.floor(width / 3)) before += cells[--start]!.width;
  while (start < first && !cells[start - 1]?.space) start++;
  return fitCells([ellipsis(), ...cells.slice(start)], width);
}

/** Cells packed into lines of at most `width` columns, broken at spaces (a longer word is cut). */
export function wrapCells(cells: readonly Cell[], width: number): Cell[][] {
  const room = Math.max(1, width);
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let used = 0;
  const words: Cell[][] = [];
  let word: Cell[] = [];
  for (const cell of cells) {
    if (cell.space) {
      words.push(word);
      word = [];
    } else {
      word.push(cell);
    }
  }
  // A run of spaces leaves empty words: the loop below adds nothing for them, not even a gap.
  words.push(word);
  // Each word's width is summed once and a word wider than a line is cut as it is walked, so
  // wrapping stays linear in the text however long its words (issue 14: a 1 MB quote).
  for (const whole of words) {
    let from = 0;
    let wordWidth = widthOf(whole);
    while (from < whole.length) {
      const gap = line.length > 0 ? 1 : 0;
      if (used + gap + wordWidth <= room) {
        if (gap) line.push({ start: -1, shown: ' ', width: 1, space: true, matched: false });
        for (let i = from; i < whole.length; i++) line.push(whole[i]!);
        used += gap + wordWidth;
        from = whole.length;
      } else if (line.length > 0) {
        lines.push(line);
        line = [];
        used = 0;
      } else {
        let fits = from;
        let taken = 0;
        while (fits < whole.length && taken + whole[fits]!.width <= room) taken += whole[fits++]!.width;
        if (fits === from) taken = whole[fits++]!.width;
        lines.push(whole.slice(from, fits));
        from = fits;
        wordWidth -= taken;
      }
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Cells as text, the matched ones highlighted. */
export function paintCells(cells: readonly Cell[], paint: Paint): string {
  let result = '';
  let run = '';
  let highlighted = false;
  for (const cell of cells) {
    if (cell.matched !== highlighted && run !== '') {
      result += highlighted ? paint.highlight(run) : run;
      run = '';
    }
    highlighted = cell.matched;
    run += cell.shown;
  }
  return result + (highlighted ? paint.highlight(run) : run);
}

/** Plain text (a label, a date) as at most `width` columns, escaped. */
export function fitText(text: string, width: number): string {
  return fitCells(squeezeSpaces(cellsOf(text)), width).map((cell) => cell.shown).join('');
}
