// Search hits for a person (each hit as a small block, matched words highlighted) and for
// scripts (tsv, csv, json, ndjson, ids), best first.
import type { Hit } from '../core/search.js';
import { cellsOf, fitCells, paintCells, wrapCells } from './cells.js';
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

const INDENT = '  ';

function formatHitText(hit: Hit, paint: Paint, columns: number, location: string, marks: QuoteMarks): string {
  const width = Math.max(20, columns);
  const date = hit.date;
  const outlet = truncate(safeLine(hit.outlet), Math.max(8, Math.floor(width * 0.3)));
  const room = Math.max(4, width - displayWidth(date) - displayWidth(outlet) - 5);
  const title = fitCells(cellsOf(hit.title, hit.field === 'title' ? hit.matches : []), room);
  const header = `${date}  ${paint.bold(outlet)} · ${paintCells(title, paint)}`;
  const lines = [header];
  if (hit.field !== 'title') {
    const quote = hit.field === 'quotes';
    const open = quote ? marks.open : '';
    const close = quote ? marks.close : '';
    const wrapped = wrapCells(cellsOf(hit.text, hit.matches), width - INDENT.length - open.length - close.length);
    wrapped.forEach((line, index) => {
      const prefix = index === 0 ? INDENT + open : INDENT + ' '.repeat(open.length);
      const suffix = index === wrapped.length - 1 ? close : '';
      lines.push(`${prefix}${paintCells(line, paint)}${suffix}`);
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
