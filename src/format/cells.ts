// Corpus text as the picker draws it: one cell per grapheme (what a terminal gives one place),
// escaped like every other corpus text (terminal.ts), its width as a terminal counts it
// (string-width knows CJK, emoji sequences and combining marks), and whether a match covers it.
import stringWidth from 'string-width';
import type { Paint } from './paint.js';
import { safeLine } from './terminal.js';

export interface Cell {
  /** Offset of the grapheme in the original text. */
  start: number;
  shown: string;
  width: number;
  space: boolean;
  matched: boolean;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One column for a printable letter below the combining marks (most of any Latin text), else as string-width says. */
const widthOfGrapheme = (shown: string): number => (shown.length === 1 && shown >= ' ' && shown < '\u0300' ? 1 : stringWidth(shown));

/** The cells of `text`; whitespace becomes a space, controls their visible escape. */
export function cellsOf(text: string, matches: readonly (readonly [number, number])[] = []): Cell[] {
  const cells: Cell[] = [];
  let m = 0;
  for (const { segment, index } of graphemes.segment(text)) {
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
  const end = first < 0 ? -1 : cells.findIndex((cell, index) => index > first && !cell.matched);
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
      if (word.length > 0) words.push(word);
      word = [];
    } else {
      word.push(cell);
    }
  }
  if (word.length > 0) words.push(word);
  for (let rest of words) {
    while (rest.length > 0) {
      const wordWidth = widthOf(rest);
      const gap = line.length > 0 ? 1 : 0;
      if (used + gap + wordWidth <= room) {
        if (gap) line.push({ start: -1, shown: ' ', width: 1, space: true, matched: false });
        line.push(...rest);
        used += gap + wordWidth;
        rest = [];
      } else if (line.length > 0) {
        lines.push(line);
        line = [];
        used = 0;
      } else {
        let fits = 0;
        let taken = 0;
        while (fits < rest.length && taken + rest[fits]!.width <= room) taken += rest[fits++]!.width;
        fits = Math.max(1, fits);
        lines.push(rest.slice(0, fits));
        rest = rest.slice(fits);
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
