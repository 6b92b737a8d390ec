import { statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { applyFilter } from '../core/filter.js';
import { assignCitationKeys } from '../core/keys.js';
import type { Entry, QuotedEntry } from '../core/schema.js';
import { sortEntries } from '../core/sort.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
import type { ExportResult } from '../format/bibliography.js';
import { safeLine } from '../format/terminal.js';
import { writeFileAtomically } from '../fs/write-file.js';
import type { SetExitCode } from '../program.js';
import { addFilterOptions, assertKnownIds, filterSpecFrom, type FilterOptions } from './filters.js';
import { addCommonOptions, loadCorpusFor, readIdsFromStdin, reportUnknownId, writeData, type CommonOptions } from './shared.js';

export const EXPORT_FORMATS = ['bibtex', 'biblatex', 'csl-json', 'ris', 'csv', 'text'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How many of the characters BibTeX cannot write the warning shows. */
const SHOWN_SYMBOLS = 5;

/** What a writer gives back; BibTeX and BibLaTeX add the characters that pdflatex cannot typeset as they are. */
type Written = ExportResult & { symbols?: string[] };

export interface ExportOptions extends CommonOptions, FilterOptions {
  format?: ExportFormat;
  output?: string;
  force?: boolean;
  bom?: boolean;
  raw?: boolean;
  style?: string;
  locale?: string;
}

async function write(format: ExportFormat, entries: QuotedEntry[], keys: ReadonlyMap<string, string>, options: ExportOptions, ctx: Context): Promise<Written> {
  // Each writer is loaded only when asked for: `clic list` does not pay for them.
  switch (format) {
    case 'bibtex':
      return (await import('../format/bibtex.js')).formatBibtex(entries, keys);
    case 'biblatex':
      return (await import('../format/bibtex.js')).formatBiblatex(entries, keys);
    case 'csl-json':
      return (await import('../format/csl.js')).formatCslJson(entries, keys);
    case 'ris':
      return (await import('../format/ris.js')).formatRis(entries, keys);
    case 'csv': {
      const { formatEntriesCsv } = await import('../format/csv.js');
      return { text: formatEntriesCsv(entries, { bom: options.bom, raw: options.raw, keys }), leftOut: [] };
    }
    case 'text':
      return (await import('./cite.js')).formatReferenceList(entries, keys, options, ctx);
  }
}

/** With `-`, exactly the ids read from standard input (none means none); unknown ones are reported. */
async function selectIds(dash: string | undefined, entries: readonly Entry[], ctx: Context): Promise<{ ids?: Set<string>; missing: number }> {
  if (dash === undefined) return { missing: 0 };
  const wanted = await readIdsFromStdin(ctx);
  const knownIds = entries.map((e) => e.id);
  const known = new Set(knownIds);
  let missing = 0;
  for (const id of new Set(wanted)) {
    if (known.has(id)) continue;
    missing++;
    reportUnknownId(ctx, id, knownIds);
  }
  return { ids: new Set(wanted), missing };
}

/** Says on stderr, once each, what the file could not hold as the corpus has it. */
function reportLosses(format: ExportFormat, result: Written, sharedKeys: string[], ctx: Context): void {
  for (const key of sharedKeys) {
    ctx.io.err(`clic: several entries set \`key: ${safeLine(key)}\`; they are exported as ${safeLine(key)}a, ${safeLine(key)}b…\n`);
  }
  if (result.leftOut.length > 0) ctx.io.err(`clic: ${format} cannot carry ${result.leftOut.join(', ')}; left out\n`);
  if (result.symbols && result.symbols.length > 0) {
    const shown = result.symbols.slice(0, SHOWN_SYMBOLS).map((c) => safeLine(c)).join(' ');
    const more = result.symbols.length > SHOWN_SYMBOLS ? ' …' : '';
    ctx.io.err(format === 'bibtex'
      ? `clic: bibtex has no ASCII form for ${result.symbols.length} characters (${shown}${more}); ` +
        'written as \\symbol{N}, which XeLaTeX and LuaLaTeX print; --format biblatex keeps UTF-8\n'
      : `clic: pdflatex cannot typeset ${result.symbols.length} characters (${shown}${more}) with utf8 inputenc and T1 fonts; ` +
        'kept as UTF-8, which XeLaTeX and LuaLaTeX print\n');
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function runExport(dash: string | undefined, options: ExportOptions, ctx: Context): Promise<number> {
  const format = options.format;
  if (options.output === '') throw new UsageError('-o needs a file name', 'e.g. -o media.bib, or -o - for standard output');
  if (format === undefined) throw new UsageError('export needs --format', `choose one of: ${EXPORT_FORMATS.join(', ')}`);
  if ((options.bom || options.raw) && format !== 'csv') throw new UsageError('--bom and --raw apply to --format csv only');
  if ((options.style || options.locale) && format !== 'text') throw new UsageError('--style and --locale apply to --format text only');
  if (dash !== undefined && dash !== '-') {
    throw new UsageError(`unexpected argument \`${safeLine(dash)}\``, 'select entries with filters (--id ID) or pipe ids in with `-`');
  }
  const spec = filterSpecFrom(options);
  // With their quotes: CSV carries them, and the other formats say that they cannot.
  const corpus = await loadCorpusFor(options, ctx, { quotes: true });
  const { ids, missing } = await selectIds(dash, corpus.entries, ctx);
  assertKnownIds(spec, corpus.entries);
  const matching = applyFilter(corpus.entries, spec).filter((e) => ids === undefined || ids.has(e.id));
  const entries = corpus.store.quoted(sortEntries(matching).map((entry) => entry.id));
  // Keys come from the whole corpus, so that a filter never changes them.
  const keys = assignCitationKeys(corpus.entries);
  const result = await write(format, entries, keys.byId, options, ctx);
  const exportedKeys = new Set(entries.map((e) => e.key?.toLowerCase()));
  reportLosses(format, result, keys.sharedKeys.filter((key) => exportedKeys.has(key.toLowerCase())), ctx);
  // `-o -` is standard output, as in most tools; so is `-o /dev/stdout`, even when it is a file.
  if (options.output === undefined || options.output === '-' || options.output === '/dev/stdout') {
    writeData(ctx, result.text);
  } else {
    const target = resolve(ctx.cwd, options.output);
    if (isFolder(target)) throw new UsageError(`${safeLine(options.output)} is a folder`, 'give -o a file name');
    if (!writeFileAtomically(target, result.text, options.force === true, options.output)) {
      throw new UsageError(`${safeLine(options.output)} already exists`, 'add --force to overwrite it, or choose another file with -o');
    }
    ctx.io.err(`clic: wrote ${entries.length === 1 ? '1 entry' : `${entries.length} entries`} to ${safeLine(options.output)}\n`);
  }
  return missing > 0 ? EXIT_NOT_FOUND : EXIT_OK;
}

export function registerExport(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  command.argument('[-]', 'read entry ids from standard input');
  addFilterOptions(command);
  addCommonOptions(
    command
      .addOption(new Option('--format <format>', 'bibliography format (required)').choices(EXPORT_FORMATS))
      .option('-o, --output <file>', 'write to this file (all at once) instead of standard output')
      .option('--force', 'let -o replace an existing file')
      .option('--bom', 'csv: start with a byte order mark, for Excel')
      .option('--raw', 'csv: keep cells that start with = + - @ as they are (no formula guard)')
      .option('--style <style>', 'text: apa, chicago, another installed CSL style, or FILE.csl (default: apa)')
      .option('--locale <locale>', 'text: CSL locale, e.g. fr-FR or en-US (default: the entries\' main language)'),
  );
  return command
    .addHelpText('after', `
Citation keys are the first person's family name, the year and the first significant title
word (casilli2020ouvriers), or the entry's \`key\`. They are the same whatever the filters.
Fields a format cannot carry are named once on standard error.

Examples:
  clic export --format bibtex -o media.bib
  clic export --format biblatex --year 2020 -o media-2020.bib --force
  clic export --format csl-json --person casilli > media.json && pandoc --citeproc --bibliography media.json cv.md -o cv.pdf
  clic list --type video --format ids | clic export --format ris -
  clic export --format csv --bom -o appearances.csv
  clic export --format text --style apa --year 2020`)
    .action(async (dash: string | undefined, options: ExportOptions) => setExitCode(await runExport(dash, options, ctx)));
}
