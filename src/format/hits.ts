// Search hits for a person (each hit as a small block, matched words highlighted) and for
// scripts (tsv, csv, json, ndjson, ids), best first.
import type { Hit } from '../core/search.js';
import { formatCsvRows } from './csv.js';
import { jsonPieces, ndjsonPieces } from './json.js';
import type { Paint } from './paint.js';
import { quoteMarksFor, quoteSource, type QuoteMarks } from './quotes.js';
import { displayWidth, safeLine, truncate } from './terminal.js';
import { formatIds, formatTsv } from './tsv.js';

export const HIT_COLUMNS = ['id', 'date', 'type', 'outlet', 'title', 'field', 'score', 'path', 'line', 'text'] as const;

export interface HitJson {
  id: string;
  title: string;
  date: string;
  type: string;
  outlet: string;
  field: string;
  text: string;
  score: number;
  path: string;
  line: number;
  speaker: string | null;
  at: string | null;
}

export function hitToJson(hit: Hit): HitJson {
  const { id, title, date, type, outlet, field, text, score, path, line, speaker, at } = hit;
  return { id, title, date, type, outlet, field, text, score, path, line, speaker, at };
}

/** JSON of the hits in pieces, so that many hits are never one string (see jsonPieces). */
export const hitsJsonPieces = (hits: readonly Hit[]): Iterable<string> => jsonPieces(hits, hitToJson);
export const hitsNdjsonPieces = (hits: readonly Hit[]): Iterable<string> => ndjsonPieces(hits, hitToJson);


function hitRow(hit: Hit): string[] {
  return HIT_COLUMNS.map((column) => String(hit[column]));
}

export function formatHitsTsv(hits: readonly Hit[]): string {
  return formatTsv(HIT_COLUMNS, hits.map(hitRow));
}

export function formatHitsCsv(hits: readonly Hit[]): string {
  return formatCsvRows(HIT_COLUMNS, hits.map(hitRow));
}

/** Each entry once, at its best hit: what `clic show -` and `clic export -` want. */
export function formatHitIds(hits: readonly Hit[]): string {
  return formatIds([...new Set(hits.map((hit) => hit.id))]);
}

/** One character of corpus text as the terminal shows it: escaped, and whitespace as a space. */
interface Cell {
  start: number;
  shown: string;
  width: number;
  space: boolean;
}

function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const char of text) {
    const space = /\s/.test(char);
    const shown = space ? ' ' : safeLine(char);
    cells.push({ start, shown, width: displayWidth(shown), space });
    start += char.length;
  }
  return cells;
}

/** Splits cells into words, then packs the words into lines of at most `width` columns. */
function wrap(cells: readonly Cell[], width: number): Cell[][][] {
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
  const lines: Cell[][][] = [];
  let line: Cell[][] = [];
  let used = 0;
  for (let rest of words) {
    // A word wider than a line is cut across lines.
    while (rest.length > 0) {
      const wordWidth = rest.reduce((sum, cell) => sum + cell.width, 0);
      const gap = line.length > 0 ? 1 : 0;
      if (used + gap + wordWidth <= width) {
        line.push(rest);
        used += gap + wordWidth;
        rest = [];
      } else if (line.length > 0) {
        lines.push(line);
        line = [];
        used = 0;
      } else {
        let fits = 0;
        let taken = 0;
        while (fits < rest.length && taken + rest[fits]!.width <= width) taken += rest[fits++]!.width;
        fits = Math.max(1, fits);
        lines.push([rest.slice(0, fits)]);
        rest = rest.slice(fits);
      }
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Cells as text, the ones inside `matches` highlighted. */
function paintCells(cells: readonly Cell[], matches: readonly [number, number][], paint: Paint): string {
  const inMatch = (cell: Cell): boolean => matches.some(([start, end]) => cell.start >= start && cell.start < end);
  let result = '';
  let run = '';
  let highlighted = false;
  for (const cell of cells) {
    const next = inMatch(cell);
    if (next !== highlighted && run !== '') {
      result += highlighted ? paint.highlight(run) : run;
      run = '';
    }
    highlighted = next;
    run += cell.shown;
  }
  return result + (highlighted ? paint.highlight(run) : run);
}

function paintLine(words: readonly Cell[][], matches: readonly [number, number][], paint: Paint): string {
  return words.map((word) => paintCells(word, matches, paint)).join(' ');
}

/** Cells of at most `width` columns, ending with `…` when cut. */
function truncateCells(cells: readonly Cell[], width: number): { cells: Cell[]; cut: boolean } {
  const total = cells.reduce((sum, cell) => sum + cell.width, 0);
  if (total <= width) return { cells: [...cells], cut: false };
  const kept: Cell[] = [];
  let used = 0;
  for (const cell of cells) {
    if (used + cell.width > width - 1) break;
    kept.push(cell);
    used += cell.width;
  }
  return { cells: kept, cut: true };
}

const INDENT = '  ';

function formatHitText(hit: Hit, paint: Paint, columns: number, location: string, marks: QuoteMarks): string {
  const width = Math.max(20, columns);
  const date = hit.date;
  const outlet = truncate(safeLine(hit.outlet), Math.max(8, Math.floor(width * 0.3)));
  const room = Math.max(4, width - displayWidth(date) - displayWidth(outlet) - 5);
  const title = truncateCells(cellsOf(hit.title), room);
  const titleMatches = hit.field === 'title' ? hit.matches : [];
  const header = `${date}  ${paint.bold(outlet)} · ${paintCells(title.cells, titleMatches, paint)}${title.cut ? '…' : ''}`;
  const lines = [header];
  if (hit.field !== 'title') {
    const quote = hit.field === 'quotes';
    const open = quote ? marks.open : '';
    const close = quote ? marks.close : '';
    const wrapped = wrap(cellsOf(hit.text), width - INDENT.length - open.length - close.length);
    wrapped.forEach((words, index) => {
      const prefix = index === 0 ? INDENT + open : INDENT + ' '.repeat(open.length);
      const suffix = index === wrapped.length - 1 ? close : '';
      lines.push(`${prefix}${paintLine(words, hit.matches, paint)}${suffix}`);
    });
    const source = quoteSource(hit.speaker && safeLine(hit.speaker), hit.at && safeLine(hit.at));
    if (source !== '') lines.push(`${INDENT}${' '.repeat(open.length)}${paint.dim(truncate(source, width - INDENT.length - open.length))}`);
  }
  lines.push(`${INDENT}${paint.dim(safeLine(location))}`);
  return lines.join('\n');
}

/**
 * Hits for a person: date, outlet and title, then the passage with its matched words
 * highlighted, then where it stands (`location(hit)`, e.g. `corpus/x.md:12`).
 */
export function formatHitsText(
  hits: readonly Hit[], paint: Paint, columns: number, location: (hit: Hit) => string, languageOf: (hit: Hit) => string | null = () => null,
): string {
  return hits.map((hit) => `${formatHitText(hit, paint, columns, location(hit), quoteMarksFor(languageOf(hit)))}\n`).join('\n');
}
