import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { applyFilter } from '../core/filter.js';
import type { Hit, SearchScope } from '../core/search.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
import { cachedWordsOf } from '../fs/cache.js';
import { safeLine } from '../format/terminal.js';
import type { SetExitCode } from '../program.js';
import { addFilterOptions, assertKnownIds, filterSpecFrom, type FilterOptions } from './filters.js';
import { addCommonOptions, corpusDir, loadCorpusFor, paintFor, parseCount, pathFromHere, writeData, writeDataPieces, type CommonOptions } from './shared.js';

export const SEARCH_SCOPES = ['quotes', 'title', 'body', 'all'] as const satisfies readonly SearchScope[];
export const SEARCH_FORMATS = ['table', 'tsv', 'json', 'ndjson', 'csv', 'ids'] as const;
export type SearchFormat = (typeof SEARCH_FORMATS)[number];

/** Hits shown on a terminal when --limit is not given; a pipe gets them all. */
const TERMINAL_LIMIT = 10;

export interface SearchOptions extends CommonOptions, FilterOptions {
  in: SearchScope;
  limit?: string;
  threshold?: string;
  format?: SearchFormat;
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threshold = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new UsageError(`--threshold must be a number from 0 to 1, not \`${value}\``, '0 forgives no typo, 1 forgives anything; the default is 0.4');
  }
  return threshold;
}

const locationOf = (hit: Hit, dir: string, cwd: string): string => `${pathFromHere(dir, hit.path, cwd)}:${hit.line}`;

export async function runSearch(words: string[], options: SearchOptions, ctx: Context): Promise<number> {
  const query = words.join(' ');
  const spec = filterSpecFrom(options);
  const threshold = parseThreshold(options.threshold);
  const limit = parseCount('--limit', options.limit) ?? (ctx.io.stdoutIsTTY ? TERMINAL_LIMIT : undefined);
  // Loaded here only: fuse.js and csv-stringify cost start-up time that other commands should not pay.
  const [{ parseQuery, searchEntries }, format] = await Promise.all([import('../core/search.js'), import('../format/hits.js')]);
  if (parseQuery(query).length === 0) {
    const what = query.trim() === '' ? 'search needs a query' : `the query \`${query}\` has no letter or digit to look for`;
    throw new UsageError(what, 'e.g. clic search "travail du clic"');
  }
  const corpus = loadCorpusFor(options, ctx);
  assertKnownIds(spec, corpus.entries);
  const { hits, total } = searchEntries(applyFilter(corpus.entries, spec), query, { scope: options.in, threshold, limit, keptWordsOf: cachedWordsOf });
  if (total === 0) {
    // Like grep: silent for scripts, which read the exit status; a word for a person.
    if (ctx.io.stderrIsTTY) ctx.io.err(`clic: nothing matches \`${safeLine(query)}\` in ${options.in === 'all' ? 'any field' : options.in}; try --in all or a higher --threshold\n`);
    return EXIT_NOT_FOUND;
  }
  const chosen = options.format ?? (ctx.io.stdoutIsTTY ? 'table' : 'tsv');
  if (chosen === 'table') {
    const dir = corpusDir(options, ctx);
    const languageOf = new Map(corpus.entries.map((entry) => [entry.id, entry.language]));
    ctx.io.out(format.formatHitsText(hits, paintFor(options, ctx), ctx.io.columns, (hit) => locationOf(hit, dir, ctx.cwd), (hit) => languageOf.get(hit.id) ?? null));
  } else {
    const writers = {
      json: format.hitsJsonPieces,
      ndjson: format.hitsNdjsonPieces,
      csv: format.formatHitsCsv,
      ids: format.formatHitIds,
      tsv: format.formatHitsTsv,
    } as const;
    const text: string | Iterable<string> = writers[chosen](hits);
    if (typeof text === 'string') writeData(ctx, text);
    else await writeDataPieces(ctx, text);
  }
  if (hits.length < total && options.limit === undefined && ctx.io.stderrIsTTY) {
    ctx.io.err(`clic: ${hits.length} of ${total} hits shown; --limit ${total} shows them all\n`);
  }
  return EXIT_OK;
}

export function registerSearch(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  command
    .argument('<query...>', 'the words to look for, in any order (quoting them is optional)')
    .addOption(new Option('--in <field>', 'where to search').choices(SEARCH_SCOPES).default('quotes'))
    .option('--limit <n>', 'at most n hits (default: 10 on a terminal, all in a pipe)')
    .option('--threshold <t>', 'strictness, from 0 (no typo forgiven) to 1 (anything goes); default 0.4')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, tsv in a pipe)').choices(SEARCH_FORMATS));
  addFilterOptions(command);
  addCommonOptions(command);
  return command
    .addHelpText('after', `
Accents, case, ligatures (oe for œ) and typographic apostrophes, quotes and dashes are ignored;
each word may have a typo or be the start of a longer word, and words may come in any order.
Quotes that hold every word come first, then the closest matches. Exit status 1 when nothing
matches, like grep. JSON hits carry id, title, date, type, outlet, field, text, score (0 is
perfect), path (relative to the corpus) and line.

Examples:
  clic search "travail du clic"
  clic search intelligence artificielle assistee par l homme
  clic search "main d'oeuvre" --in all
  clic search "travail du clic" --type video --since 2020
  clic search robots --format json | jq -r '.[] | "\\(.path):\\(.line)"'
  clic search "micro travail" --format ids | clic show -
  clic search precaire --threshold 0.2 --limit 3`)
    .action(async (words: string[], options: SearchOptions) => setExitCode(await runSearch(words, options, ctx)));
}
