import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { applyFilter } from '../core/filter.js';
import { closest } from '../core/problem.js';
import { computeStats, STATS_KEYS, type Stats, type StatsKey } from '../core/stats.js';
import { EXIT_OK } from '../errors.js';
import { formatStatsJson, formatStatsText, formatStatsTsv } from '../format/stats.js';
import type { SetExitCode } from '../program.js';
import { addFilterOptions, assertKnownIds, filterSpecFrom, type FilterOptions } from './filters.js';
import { addCommonOptions, loadCorpusFor, paintFor, writeData, type CommonOptions } from './shared.js';

export const STATS_FORMATS = ['text', 'json', 'tsv'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

export interface StatsOptions extends CommonOptions, FilterOptions {
  by: StatsKey;
  format: StatsFormat;
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

export function runStats(options: StatsOptions, ctx: Context): number {
  const spec = filterSpecFrom(options);
  const corpus = loadCorpusFor(options, ctx);
  assertKnownIds(spec, corpus.entries);
  const stats = computeStats(applyFilter(corpus.entries, spec), options.by);
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
      .addOption(new Option('--by <key>', 'what to count by').choices(STATS_KEYS).argParser(parseKey).default('year'))
      .addOption(new Option('--format <format>', 'output format').choices(STATS_FORMATS).default('text')),
  );
  return command
    .addHelpText('after', `
Years and months are timelines: the empty ones between the first and the last are shown too.
Entries dated by year only (2019) have no month: --by month leaves them out and says so on
stderr. --by tag counts an entry once under each of its tags. Bars are coloured by type on a
terminal; JSON and TSV give the same numbers as the bars.

Examples:
  clic stats --by month
  clic stats --by type --year 2020
  clic stats --by outlet --type podcast,video
  clic stats --by outlet --format tsv | awk -F'\\t' '$2 > 1'
  clic stats --by month --format json | jq '.counts | max_by(.count)'`)
    .action((options: StatsOptions) => setExitCode(runStats(options, ctx)));
}
