import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { applyFilter } from '../core/filter.js';
import { closest } from '../core/problem.js';
import { computeStats, STATS_KEYS, type Stats, type StatsKey } from '../core/stats.js';
import { EXIT_OK, UsageError } from '../errors.js';
import type { Entry } from '../core/schema.js';
import { computeCrossStats, limitCrossStats } from '../core/cross-stats.js';
import { formatCrossStatsJson, formatCrossStatsText, formatCrossStatsTsv } from '../format/cross-stats.js';
import { formatStatsJson, formatStatsText, formatStatsTsv } from '../format/stats.js';
import type { SetExitCode } from '../program.js';
import { addFilterOptions, assertKnownIds, filterSpecFrom, type FilterOptions } from './filters.js';
import { addCommonOptions, loadCorpusFor, paintFor, parseCount, writeData, type CommonOptions } from './shared.js';

export const STATS_FORMATS = ['text', 'json', 'tsv'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

export interface StatsOptions extends CommonOptions, FilterOptions {
  /** One key, or two for a table (`--by year --by type`). */
  by: StatsKey | StatsKey[];
  format: StatsFormat;
  limit?: string;
}

/** `choices()` keeps the values for help and completion; this parser adds "did you mean". */
function parseKey(value: string): StatsKey {
  const key = STATS_KEYS.find((k) => k === value);
  if (key) return key;
  const match = closest(value, STATS_KEYS);
  throw new InvalidArgumentError(`${match ? `Did you mean ${match}? ` : ''}Allowed choices are ${STATS_KEYS.join(', ')}.`);
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Why the bars add up to fewer entries than matched, said on stderr so that data stays clean. */
function excludedNote(stats: Stats): string | undefined {
  if (stats.excluded === 0) return undefined;
  if (stats.by === 'month') {
    return `clic: ${plural(stats.excluded, 'entry', 'entries')} dated by year only left out of the timeline (see --by year)\n`;
  }
  if (stats.by === 'tag') return `clic: ${plural(stats.excluded, 'entry has', 'entries have')} no tags and ${stats.excluded === 1 ? 'is' : 'are'} not counted\n`;
  return undefined;
}

/** The keys of `--by`: one, or two different ones. */
function keysOf(by: StatsKey | StatsKey[]): StatsKey[] {
  const keys = Array.isArray(by) ? by : [by];
  if (keys.length > 2) throw new UsageError('--by takes one key, or two for a table', 'e.g. --by year --by type');
  if (keys.length === 2 && keys[0] === keys[1]) throw new UsageError(`--by ${keys[0]} is given twice`, 'give two different keys, e.g. --by year --by type');
  return keys;
}

const isTimeline = (key: StatsKey): boolean => key === 'year' || key === 'month';

/** `--by year --by type`: one table, rows by the first key and columns by the second. */
function writeCrossStats(entries: readonly Entry[], [rowsBy, columnsBy]: StatsKey[], limit: number | undefined, options: StatsOptions, ctx: Context): void {
  const stats = limitCrossStats(computeCrossStats(entries, rowsBy!, columnsBy!), limit);
  if (stats.entries === 0) ctx.io.err('clic: no entry matches the filters\n');
  if (options.format === 'json') writeData(ctx, formatCrossStatsJson(stats));
  else if (options.format === 'tsv') writeData(ctx, formatCrossStatsTsv(stats));
  else ctx.io.out(formatCrossStatsText(stats, ctx.io.columns));
}

export async function runStats(options: StatsOptions, ctx: Context): Promise<number> {
  const spec = filterSpecFrom(options);
  const keys = keysOf(options.by);
  const limit = parseCount('--limit', options.limit);
  if (limit !== undefined && keys.every(isTimeline)) {
    throw new UsageError(`--limit keeps the first rows of a ranked view, and --by ${keys.join(' --by ')} is a timeline`, 'use it with --by type, outlet or tag, or narrow the timeline with --since and --until');
  }
  const corpus = await loadCorpusFor(options, ctx);
  assertKnownIds(spec, corpus.entries);
  const entries = applyFilter(corpus.entries, spec);
  if (keys.length === 2) {
    writeCrossStats(entries, keys, limit, options, ctx);
    return EXIT_OK;
  }
  const counted = computeStats(entries, keys[0]!);
  const stats = limit === undefined ? counted : { ...counted, rows: counted.rows.slice(0, limit) };
  const hidden = counted.rows.length - stats.rows.length;
  if (hidden > 0) ctx.io.err(`clic: ${plural(hidden, `more ${counted.by}`, `more ${counted.by}s`)} not shown (--limit ${limit})\n`);
  if (stats.entries === 0) ctx.io.err('clic: no entry matches the filters\n');
  const note = excludedNote(stats);
  if (note) ctx.io.err(note);
  switch (options.format) {
    case 'json':
      writeData(ctx, formatStatsJson(stats));
      break;
    case 'tsv':
      writeData(ctx, formatStatsTsv(stats));
      break;
    case 'text':
      ctx.io.out(formatStatsText(stats, paintFor(options, ctx), ctx.io.columns));
      break;
  }
  return EXIT_OK;
}

export function registerStats(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  addFilterOptions(command);
  addCommonOptions(
    command
      .addOption(
        new Option('--by <key>', 'what to count by; twice for a table (--by year --by type)')
          .choices(STATS_KEYS)
          .argParser((value: string, previous: StatsKey | StatsKey[]) => [...(Array.isArray(previous) ? previous : []), parseKey(value)])
          .default('year'),
      )
      .option('--limit <n>', 'the first n rows of a ranked view (type, outlet, tag)')
      .addOption(new Option('--format <format>', 'output format').choices(STATS_FORMATS).default('text')),
  );
  return command
    .addHelpText('after', `
Years and months are timelines: the empty ones between the first and the last are shown too.
Entries dated by year only (2019) have no month: --by month leaves them out and says so on
stderr. --by tag counts an entry once under each of its tags. Two --by make a table: rows by
the first key, columns by the second, with totals; --limit keeps the first of a ranked key. Bars are coloured by type on a
terminal; JSON and TSV give the same numbers as the bars.

Examples:
  clic stats --by month
  clic stats --by type --year 2020
  clic stats --by outlet --type podcast,video
  clic stats --by outlet --format tsv | awk -F'\\t' '$2 > 1'
  clic stats --by month --format json | jq '.counts | max_by(.count)'
  clic stats --by outlet --limit 5
  clic stats --by year --by type`)
    .action(async (options: StatsOptions) => setExitCode(await runStats(options, ctx)));
}
