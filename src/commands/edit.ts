import type { Command } from 'commander';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { idFromPath } from '../core/corpus.js';
import { shellWords } from '../core/shell-words.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
import { assertWritableCorpus } from '../fs/corpus-location.js';
import { runEditor } from '../fs/editor.js';
import { assertCorpusFolder } from '../fs/read-corpus.js';
import { listCorpusFiles } from '../fs/walk.js';
import { formatProblemsText, summarize } from '../format/problems.js';
import { safeLine } from '../format/terminal.js';
import type { SetExitCode } from '../program.js';
import { addCommonOptions, corpusDir, idOfArgument, paintFor, pathFromHere, reportUnknownId, type CommonOptions } from './shared.js';

/** $VISUAL, else $EDITOR, as a program and its arguments. */
function editorCommand(ctx: Context): string[] {
  const variable = ctx.env.VISUAL ? 'VISUAL' : ctx.env.EDITOR ? 'EDITOR' : undefined;
  if (variable === undefined) throw new UsageError('no editor: neither $VISUAL nor $EDITOR is set', 'e.g. export EDITOR=nano, or EDITOR="code --wait"');
  const words = shellWords(ctx.env[variable]!);
  if (words === undefined || words.length === 0) throw new UsageError(`$${variable} is not a command: \`${safeLine(ctx.env[variable]!)}\``, 'close its quotes, e.g. EDITOR="code --wait"');
  return words;
}

/** Validates the corpus again and prints the problems of one file as `validate` does; whether it has errors. */
async function reportProblemsOf(path: string, dir: string, options: CommonOptions, ctx: Context): Promise<boolean> {
  const corpus = (await ctx.openStore(dir, { cache: options.cache !== false, bodies: false })).entries();
  const problems = corpus.problems
    .filter((problem) => problem.path === path)
    .map((problem) => ({ ...problem, path: pathFromHere(dir, problem.path, ctx.cwd) }));
  const loaded = corpus.entries.some((entry) => entry.path === path) ? 1 : 0;
  const summary = summarize(problems, 1, loaded);
  ctx.io.err(formatProblemsText(problems, summary, paintFor(options, ctx, ctx.io.stderrIsTTY)));
  return summary.errors > 0;
}

export async function runEdit(arg: string, options: CommonOptions, ctx: Context): Promise<number> {
  const dir = corpusDir(options, ctx);
  assertWritableCorpus(dir, ctx);
  assertCorpusFolder(dir);
  const id = idOfArgument(arg);
  // Files, not entries: a file that does not validate is the one most in need of an editor.
  const files = listCorpusFiles(dir).files;
  const path = files.find((file) => idFromPath(file) === id);
  if (path === undefined) {
    reportUnknownId(ctx, id, files.map(idFromPath));
    return EXIT_NOT_FOUND;
  }
  const editor = editorCommand(ctx);
  for (;;) {
    const status = runEditor(editor, join(dir, path));
    if (status !== 0) ctx.io.err(`clic: the editor exited with status ${status}\n`);
    const hasErrors = await reportProblemsOf(path, dir, options, ctx);
    if (!hasErrors) return EXIT_OK;
    if (!ctx.io.stdinIsTTY) return EXIT_NOT_FOUND;
    const answer = (await ctx.io.ask('Reopen it in the editor to fix them? [Y/n] ').catch(() => 'n')).trim().toLowerCase();
    if (answer !== '' && !answer.startsWith('y')) return EXIT_NOT_FOUND;
  }
}

export function registerEdit(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(command.argument('<id>', 'an entry id, or its file name as ls shows it'))
    .addHelpText('after', `
Opens the entry's file in $VISUAL, else $EDITOR (a command with arguments, e.g. "code --wait"),
and checks it when the editor exits, printing its problems as \`clic validate\` does. On a
terminal, a file left with errors can be reopened at once. Exit status: 0 when the file is
valid, 1 when it has errors or no entry has the id. The bundled corpus is read-only.

Examples:
  clic edit 2021-05-wired-uk
  EDITOR="code --wait" clic edit 2021-05-wired-uk.md`)
    .action(async (arg: string, options: CommonOptions) => setExitCode(await runEdit(arg, options, ctx)));
}
