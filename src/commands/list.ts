import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { applyFilter } from '../core/filter.js';
import { SORT_KEYS, sortEntries, type SortKey } from '../core/sort.js';
import type { Entry, QuotedEntry } from '../core/schema.js';
import { EXIT_OK } from '../errors.js';
import { formatEntriesCsv } from '../format/csv.js';
import { entryToJson, jsonPieces, ndjsonPieces } from '../format/json.js';
import { formatEntriesTsv, formatIds } from '../format/tsv.js';
import type { SetExitCode } from '../program.js';
import { addFilterOptions, assertKnownIds, filterSpecFrom, type FilterOptions } from './filters.js';
import { addCommonOptions, loadCorpusFor, paintFor, parseCount, writeData, writeDataPieces, type CommonOptions } from './shared.js';

export const LIST_FORMATS = ['table', 'tsv', 'json', 'ndjson', 'csv', 'ids'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export interface ListOptions extends CommonOptions, FilterOptions {
  sort: SortKey;
  reverse?: boolean;
  limit?: string;
  format?: ListFormat;
}

/** The formats that print quotes: their entries are asked of the store with them. */
const QUOTED_FORMATS: ReadonlySet<ListFormat> = new Set(['json', 'ndjson', 'csv']);

/** The list as text, or as pieces of text for the formats that can be large. */
async function formatList(entries: Entry[], quoted: () => QuotedEntry[], format: ListFormat, options: ListOptions, ctx: Context): Promise<string | Iterable<string>> {
  switch (format) {
    case 'table': {
      // Loaded here only: cli-table3 costs start-up time that scripts should not pay.
      const { formatTable } = await import('../format/table.js');
      return formatTable(entries, paintFor(options, ctx), ctx.io.columns);
    }
    case 'json':
      return jsonPieces(quoted(), entryToJson);
    case 'ndjson':
      return ndjsonPieces(quoted(), entryToJson);
    case 'csv':
      return formatEntriesCsv(quoted());
    case 'ids':
      return formatIds(entries.map((e) => e.id));
    case 'tsv':
      return formatEntriesTsv(entries);
  }
}

export async function runList(options: ListOptions, ctx: Context): Promise<number> {
  const spec = filterSpecFrom(options);
  const limit = parseCount('--limit', options.limit);
  const format = options.format ?? (ctx.io.stdoutIsTTY ? 'table' : 'tsv');
  const corpus = await loadCorpusFor(options, ctx, { quotes: QUOTED_FORMATS.has(format) });
  assertKnownIds(spec, corpus.entries);
  const entries = sortEntries(applyFilter(corpus.entries, spec), options.sort, options.reverse).slice(0, limit);
  const text = await formatList(entries, () => corpus.store.quoted(entries.map((entry) => entry.id)), format, options, ctx);
  // The table is made safe cell by cell, and carries colour codes of its own.
  if (typeof text !== 'string') await writeDataPieces(ctx, text);
  else if (format === 'table') ctx.io.out(text);
  else writeData(ctx, text);
  return EXIT_OK;
}

export function registerList(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  addFilterOptions(command);
  addCommonOptions(
    command
      .addOption(new Option('--sort <field>', 'sort by').choices(SORT_KEYS).default('date'))
      .option('--reverse', 'reverse the order (oldest first for dates)')
      .option('--limit <n>', 'at most n entries')
      .addOption(new Option('--format <format>', 'output format (default: table on a terminal, tsv in a pipe)').choices(LIST_FORMATS)),
  );
  return command
    .addHelpText('after', `
Filters of the same kind mean any of them (--type video,podcast); different filters must all hold.
Text filters ignore case and accents and match part of the text. Dates are YYYY, YYYY-MM or
YYYY-MM-DD and match by overlap: --since 2020-05-15 keeps an entry dated 2020-05.

Examples:
  clic list --type=video
  clic list --since 2020-02 --until 2020-03 --outlet "france inter"
  clic list --person carpio --format json
  clic list --year 2020 --sort title --limit 5
  clic list --format json | jq '.[] | select(.people[].role == "interviewer") | .id'
  clic list --type press --format ids | clic export --format csv -`)
    .action(async (options: ListOptions) => setExitCode(await runList(options, ctx)));
}
