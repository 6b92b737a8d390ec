import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { applyFilter } from '../core/filter.js';
import { DEFAULT_THRESHOLD } from '../core/search/query.js';
import type { FullEntry } from '../core/schema.js';
import type { Hit, SearchScope } from '../core/search.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
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
  /** Undefined: quotes, widened to every field when a title or body matches better (searchEntries). */
  in?: SearchScope;
  limit?: string;
  threshold?: string;
  format?: SearchFormat;
  interactive?: boolean;
}

export function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threshold = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new UsageError(`--threshold must be a number from 0 to 1, not \`${value}\``, `0 forgives no typo, 1 forgives anything; the default is ${DEFAULT_THRESHOLD}`);
  }
  return threshold;
}

const locationOf = (hit: Hit, dir: string, cwd: string): string => `${pathFromHere(dir, hit.path, cwd)}:${hit.line}`;

export async function runSearch(words: string[], options: SearchOptions, ctx: Context): Promise<number> {
  const query = words.join(' ');
  // The picker: asked for, or a bare `clic search` typed at a terminal.
  if (options.interactive || (words.length === 0 && ctx.io.stdinIsTTY && ctx.terminal !== undefined)) {
    return (await import('./search-interactive.js')).runInteractiveSearch(query, options, ctx);
  }
  const spec = filterSpecFrom(options);
  const threshold = parseThreshold(options.threshold);
  const limit = parseCount('--limit', options.limit) ?? (ctx.io.stdoutIsTTY ? TERMINAL_LIMIT : undefined);
  // Loaded here only: fuse.js and csv-stringify cost start-up time that other commands should not pay.
  const { parseQuery, searchAskingBodies } = await import('../core/search.js');
  if (parseQuery(query).length === 0) {
    const what = query.trim() === '' ? 'search needs a query' : `the query \`${query}\` has no letter or digit to look for`;
    throw new UsageError(what, 'e.g. clic search "travail du clic", or clic search -i on a terminal');
  }
  // The cache's words of the quotes: a search of a warm cache visits none of them again.
  const corpus = await loadCorpusFor(options, ctx, { bodies: true, words: true });
  assertKnownIds(spec, corpus.entries);
  const ids = applyFilter(corpus.entries, spec).map((e) => e.id);
  const chosen = corpus.store.quoted(ids);
  // Full entries (with bodies) only when the search reaches a body; a hit's text and its entry's
  // fields are of one version of the file either way, the one the store read.
  const fullOf = (): FullEntry[] => corpus.store.full(ids);
  const result = searchAskingBodies(chosen, fullOf, query, { scope: options.in, threshold, limit }, () => corpus.store.quoteIndex(ids));
  const { hits, total } = result;
  if (total === 0) {
    // Like grep: silent for scripts, which read the exit status; a word for a person.
    // Without --in, every field was searched once no quote matched.
    const where = options.in === undefined || options.in === 'all' ? 'any field; try' : `${options.in}; try --in all or`;
    if (ctx.io.stderrIsTTY) ctx.io.err(`clic: nothing matches \`${safeLine(query)}\` in ${where} a higher --threshold\n`);
    return EXIT_NOT_FOUND;
  }
  // Quotes are shown in the quotation marks of their entry's language.
  const languages = new Map(corpus.entries.map((entry) => [entry.id, entry.language]));
  await writeHits(hits, options.format ?? (ctx.io.stdoutIsTTY ? 'table' : 'tsv'), options, ctx, (hit) => languages.get(hit.id) ?? null);
  if (hits.length < total && options.limit === undefined && ctx.io.stderrIsTTY) {
    ctx.io.err(`clic: ${hits.length} of ${total} hits shown; --limit ${total} shows them all\n`);
  }
  return EXIT_OK;
}

/** Writes hits to stdout in `chosen` format. */
export async function writeHits(hits: readonly Hit[], chosen: SearchFormat, options: SearchOptions, ctx: Context, languageOf: (hit: Hit) => string | null = () => null): Promise<void> {
  const format = await import('../format/hits.js');
  if (chosen === 'table') {
    const dir = corpusDir(options, ctx);
    ctx.io.out(format.formatHitsText(hits, paintFor(options, ctx), ctx.io.columns, (hit) => locationOf(hit, dir, ctx.cwd), languageOf));
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
}

export function registerSearch(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  command
    .argument('[query...]', 'the words to look for, in any order (quoting them is optional)')
    .option('-i, --interactive', 'pick hits in a live search on the terminal; Enter prints the chosen ones')
    .addOption(new Option('--in <field>', 'where to search (default: quotes, and every field when a title or body matches better)').choices(SEARCH_SCOPES))
    .option('--limit <n>', 'at most n hits (default: 10 on a terminal, all in a pipe)')
    .option('--threshold <t>', `strictness, from 0 (no typo forgiven) to 1 (anything goes); default ${DEFAULT_THRESHOLD}`)
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, tsv in a pipe)').choices(SEARCH_FORMATS));
  addFilterOptions(command);
  addCommonOptions(command);
  return command
    .addHelpText('after', `
Accents, case, ligatures (oe for œ) and typographic apostrophes, quotes and dashes are ignored;
each word may have a typo or be the start of a longer word, and words may come in any order.
Passages holding every word come first, then those holding at least half of them. Quotes are
searched, and every field when a title or body paragraph matches better. Exit status 1 when nothing
matches, like grep. JSON hits carry id, title, date, type, outlet, field, text, score (0 is
perfect), path (relative to the corpus) and line.

Examples:
  clic search "travail du clic"
  clic search intelligence artificielle assistee par l homme
  clic search "main d'oeuvre" --in all
  clic search "travail du clic" --type video --since 2020
  clic search robots --format json | jq -r '.[] | "\\(.path):\\(.line)"'
  clic search "micro travail" --format ids | clic show -
  clic search precaire --threshold 0.4 --limit 3
  clic search -i "doigt d oeuvre" > quote.txt
  clic search -i --format ids | clic show -

Interactive (-i, or no query on a terminal): the hits are ranked again at every key, drawn on
the terminal, with a preview of the selected one; Enter prints the chosen hits on stdout (by
default each quote with its attribution: « … » — Speaker, *Outlet*, date; or --format).
  typing, Backspace, Ctrl-U, Ctrl-W, Left/Right: edit
  Up/Down, Ctrl-P/Ctrl-N, PageUp/PageDown: move
  Tab: mark several (Enter prints them all)
  Enter: print the chosen hits and leave
  Ctrl-O: open the hit's file in $VISUAL/$EDITOR
  Ctrl-Y: copy the quote with its attribution (OSC 52)
  Ctrl-Z: suspend (the shell's fg brings it back)
  Esc, Ctrl-C: leave, printing nothing (exit status 130)
Before a query is typed, it lists every passage searched (the quotes, or --in), newest first.`)
    .action(async (words: string[], options: SearchOptions) => setExitCode(await runSearch(words, options, ctx)));
}
