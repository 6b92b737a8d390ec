// What every command shares: the common options, finding the corpus, loading it, colour,
// and reading ids from standard input.
import type { Command } from 'commander';
import { isAbsolute, join, relative } from 'node:path';
import type { Context } from '../context.js';
import { commonOptions } from './common-options.js';
import { idFromPath, type Corpus } from '../core/corpus.js';
import { closest } from '../core/problem.js';
import { UsageError } from '../errors.js';
import type { CorpusStore } from '../fs/store.js';
import { locateCorpus } from '../fs/corpus-location.js';
import type { Paint } from '../format/paint.js';
import { safeLine, safeText } from '../format/terminal.js';
import { makePaint, wantsColor } from '../paint.js';

export interface CommonOptions {
  corpus?: string;
  color?: string;
  cache: boolean;
}

export function addCommonOptions(command: Command): Command {
  for (const option of commonOptions()) command.addOption(option);
  return command;
}

/** The corpus folder, by the rule of src/core/corpus-location.ts. */
export function corpusDir(options: CommonOptions, ctx: Context): string {
  return locateCorpus(options.corpus, ctx).dir;
}

/**
 * The store of the corpus the options name: through the cache of parsed files, unless --no-cache;
 * keeping quotes and bodies only for a command that says it prints or searches them.
 */
export function storeFor(options: CommonOptions, ctx: Context, { quotes = false, bodies = false, words = false } = {}): Promise<CorpusStore> {
  return ctx.openStore(corpusDir(options, ctx), { cache: options.cache !== false, quotes, bodies, words });
}

/** An empty or wrong folder is said so, rather than giving empty results that look like an answer. */
export function warnIfNoEntryFiles(corpus: Corpus, dir: string, ctx: Context): void {
  if (corpus.entries.length + corpus.skipped > 0) return;
  ctx.io.err(`clic: no entry files found in ${safeLine(dir)} (entries are .md files; \`clic info\` says which corpus is in use and why)\n`);
}

/** Loads the corpus and says on stderr how many files gave no entry. */
/** A corpus loaded, and the store it came from: quotes and bodies are asked of it (`corpus.store.quoted(ids)`, `full(ids)`). */
export type LoadedCorpus = Corpus & { store: CorpusStore };

/**
 * Loads the corpus and says on stderr how many files gave no entry, and which symbolic links
 * were not followed because they lead out of the corpus. `emptyIsExpected`: for a command that
 * fills a corpus (`import`), an empty folder is where it starts, not a wrong folder.
 */
export async function loadCorpusFor(options: CommonOptions, ctx: Context, { emptyIsExpected = false, quotes = false, bodies = false, words = false } = {}): Promise<LoadedCorpus> {
  const store = await storeFor(options, ctx, { quotes, bodies, words });
  const corpus = store.entries();
  if (!emptyIsExpected) warnIfNoEntryFiles(corpus, corpusDir(options, ctx), ctx);
  if (corpus.skipped > 0) {
    const files = corpus.skipped === 1 ? '1 file' : `${corpus.skipped} files`;
    ctx.io.err(`clic: ${files} skipped because of errors (run \`clic validate\` to see them)\n`);
  }
  const outside = corpus.problems.filter((problem) => problem.field === 'link').map((problem) => safeLine(problem.path));
  if (outside.length > 0) ctx.io.err(`clic: warning: not followed, as they lead outside the corpus: ${outside.join(', ')}\n`);
  return { ...corpus, store };
}

export function paintFor(options: CommonOptions, ctx: Context, isTTY = ctx.io.stdoutIsTTY): Paint {
  return makePaint(wantsColor(options.color, ctx.env, isTTY));
}

/** Ids from standard input, one per line or separated by spaces; `#` starts a comment. */
export async function readIdsFromStdin(ctx: Context): Promise<string[]> {
  if (ctx.io.stdinIsTTY) throw new UsageError('`-` reads ids from standard input, but it is a terminal', 'pipe ids in: clic list --format ids | clic … -');
  const text = await ctx.io.readStdin();
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .flatMap((line) => line.split(/[\s,]+/))
    .filter((id) => id !== '');
}

/** Parses a whole number option, as a usage error when it is not one. */
export function parseCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, not \`${value}\``);
  return Number(value);
}

/**
 * Writes data (TSV, CSV, JSON, an export, a file as it is) to stdout. Into a pipe or a file it is
 * exact; on a terminal its control characters are shown as visible escapes, as corpus text is data.
 */
export function writeData(ctx: Context, text: string): void {
  ctx.io.out(ctx.io.stdoutIsTTY ? safeText(text) : text);
}

/** writeData for output made in pieces, each written once the reader has caught up. */
export async function writeDataPieces(ctx: Context, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) await ctx.io.write(ctx.io.stdoutIsTTY ? safeText(piece) : piece);
}

/** That no entry has `id`, with the closest known id (or one that contains it). */
export function unknownIdMessage(id: string, knownIds: readonly string[]): string {
  const suggestion = closest(id, knownIds) ?? knownIds.find((known) => known.includes(id));
  return `no entry has the id \`${safeLine(id)}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
}

/** Says on stderr that no entry has `id` (see unknownIdMessage). */
export function reportUnknownId(ctx: Context, id: string, knownIds: readonly string[]): void {
  ctx.io.err(`clic: ${unknownIdMessage(id, knownIds)}\n`);
}

/** A file of the corpus as a person can open it from here: relative when under the current folder, else absolute. */
export function pathFromHere(dir: string, path: string, cwd: string): string {
  const file = join(dir, path);
  const fromHere = relative(cwd, file);
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? file : fromHere;
}

/** The id an argument names: an id, or a file name or path as `ls` shows it (`2021-05-wired-uk.md`). */
export const idOfArgument = (arg: string): string => (arg.endsWith('.md') ? idFromPath(arg.replace(/\\/g, '/')) : arg);
