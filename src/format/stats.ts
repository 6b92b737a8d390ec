// Stats as horizontal bars for a person, and as JSON and TSV with the same numbers for scripts.
// The longest bar fills the width left by the labels; eighth blocks draw the fractions. With
// colour, each bar is split into its entry types (in the order of ENTRY_TYPES).
import type { Stats, StatsRow } from '../core/stats.js';
import { ENTRY_TYPES, isEntryType, type EntryType } from '../core/schema.js';
import { toJson } from './json.js';
import type { Paint } from './paint.js';
import { displayWidth, padEnd, safeLine, truncate } from './terminal.js';
import { formatTsv } from './tsv.js';

const FULL_BLOCK = '█';
/** One to seven eighths of a cell, left-aligned. */
const PARTIAL_BLOCKS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/** A bar `eighths` eighths of a cell long, in whole blocks then one partial block. */
export function blocks(eighths: number): string {
  return FULL_BLOCK.repeat(Math.floor(eighths / 8)) + PARTIAL_BLOCKS[eighths % 8];
}

/** Bar length in eighths: the largest count fills `width` cells, and no count above zero vanishes. */
export function barEighths(count: number, largest: number, width: number): number {
  if (count <= 0 || largest <= 0) return 0;
  return Math.max(1, Math.round((count / largest) * width * 8));
}

/**
 * One bar, its segments coloured by type. Inner boundaries fall on whole cells because a
 * partial block cannot carry two colours; only the end of the bar is drawn in eighths.
 */
function drawBar(row: StatsRow, eighths: number, paint: Paint): string {
  const types = ENTRY_TYPES.filter((type) => (row.types[type] ?? 0) > 0);
  if (!paint.enabled || types.length === 0) return blocks(eighths);
  const wholeCells = Math.floor(eighths / 8);
  let bar = '';
  let drawnCells = 0;
  let counted = 0;
  types.forEach((type, index) => {
    counted += row.types[type]!;
    const isLast = index === types.length - 1;
    const end = isLast ? wholeCells : Math.min(wholeCells, Math.round((counted / row.count) * (eighths / 8)));
    const segment = FULL_BLOCK.repeat(Math.max(0, end - drawnCells)) + (isLast ? PARTIAL_BLOCKS[eighths % 8] : '');
    if (segment !== '') bar += paint.byType(type, segment);
    drawnCells = Math.max(drawnCells, end);
  });
  return bar;
}

function legend(types: readonly EntryType[], paint: Paint, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const type of types) {
    const itemWidth = 2 + type.length;
    if (width > 0 && width + 2 + itemWidth > columns) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += `${width > 0 ? '  ' : ''}${paint.byType(type, FULL_BLOCK)} ${type}`;
    width += (width > 0 ? 2 : 0) + itemWidth;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Label, bar, count: `2020-02  ██████████ 14`. Labels are cut to keep at least a third of the
 * line for bars; the last column is left free so that no terminal wraps the line.
 */
export function formatStatsText(stats: Stats, paint: Paint, columns: number): string {
  if (stats.rows.length === 0) return '';
  const labels = stats.rows.map((row) => safeLine(row.label));
  const largest = Math.max(...stats.rows.map((row) => row.count));
  const countWidth = String(largest).length;
  const usable = Math.max(20, columns - 1);
  const labelWidth = Math.min(Math.max(...labels.map(displayWidth)), Math.max(8, Math.floor(usable * 0.4)));
  const barWidth = Math.max(4, usable - labelWidth - 2 - 1 - countWidth);
  const lines = stats.rows.map((row, index) => {
    const label = padEnd(truncate(labels[index]!, labelWidth), labelWidth);
    const eighths = barEighths(row.count, largest, barWidth);
    const shownLabel = stats.by === 'type' && isEntryType(row.label) ? paint.byType(row.label, label) : label;
    if (row.gap) return `${label}  ${paint.dim(`${row.gap.periods} empty ${stats.by}s, ${row.gap.from} to ${row.gap.to}`)}`;
    const count = row.count === 0 ? paint.dim('0') : String(row.count);
    return `${shownLabel}  ${eighths > 0 ? `${drawBar(row, eighths, paint)} ` : ''}${count}`;
  });
  if (paint.enabled && stats.by !== 'type') {
    const present = ENTRY_TYPES.filter((type) => stats.rows.some((row) => (row.types[type] ?? 0) > 0));
    lines.push('', ...legend(present, paint, usable));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `{by, entries, excluded, counts: [{<by>: label, count}]}`: the key is named after `--by` for jq. A
 * gap row is `{<by>: "…", count: 0, gap: {from, to, periods}}`.
 */
export function formatStatsJson(stats: Stats): string {
  return toJson({
    by: stats.by,
    entries: stats.entries,
    excluded: stats.excluded,
    counts: stats.rows.map((row) => ({ [stats.by]: row.label, count: row.count, ...(row.gap && { gap: row.gap }) })),
  });
}

export function formatStatsTsv(stats: Stats): string {
  return formatTsv([stats.by, 'count'], stats.rows.map((row) => [row.label, String(row.count)]));
}
