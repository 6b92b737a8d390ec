import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT_NOT_FOUND, EXIT_OK } from '../errors.js';
import { toJson } from '../format/json.js';
import { formatProblemsText, problemsToJson, summarize } from '../format/problems.js';
import type { SetExitCode } from '../program.js';
import { readCorpus } from '../fs/read-corpus.js';
import { compareProblems } from '../core/problem.js';
import { hygieneProblems } from '../core/hygiene.js';
import { addCommonOptions, corpusDir, paintFor, pathFromHere, readOptionsFor, warnIfNoEntryFiles, type CommonOptions } from './shared.js';

export interface ValidateOptions extends CommonOptions {
  strict?: boolean;
  format: 'text' | 'json';
}

export function runValidate(options: ValidateOptions, ctx: Context): number {
  const dir = corpusDir(options, ctx);
  const corpus = readCorpus(dir, readOptionsFor(options, ctx));
  warnIfNoEntryFiles(corpus, dir, ctx);
  const found = [...corpus.problems, ...hygieneProblems(corpus.entries)].sort(compareProblems);
  const problems = options.strict ? found.map((p) => (p.severity === 'warning' ? { ...p, severity: 'error' as const } : p)) : found;
  const summary = summarize(problems, corpus.entries.length + corpus.skipped, corpus.entries.length);
  // JSON is data, its paths relative to the corpus; text is read by a person, who opens the paths from here.
  const shown = problems.map((p) => ({ ...p, path: pathFromHere(dir, p.path, ctx.cwd) }));
  ctx.io.out(options.format === 'json' ? toJson(problemsToJson(problems, summary)) : formatProblemsText(shown, summary, paintFor(options, ctx)));
  return summary.errors > 0 ? EXIT_NOT_FOUND : EXIT_OK;
}

export function registerValidate(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(
    command
      .option('--strict', 'treat warnings (unknown fields, unknown roles) as errors')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  )
    .addHelpText('after', `
Every problem is printed as path:line: field: message, the path as you can open it from the
current folder (JSON keeps paths relative to the corpus). Across files, it also warns about one
person written two ways (a middle initial, accents, case, spacing) and about probable duplicate
entries (the same URL, or the same outlet and date with near-identical titles). Exit status: 0
when clean, 1 when any error (or any warning with --strict), 2 for a usage error or an
unreadable folder.

Examples:
  clic validate
  clic validate --strict --corpus ~/notes/appearances
  clic validate --format json | jq '.problems[] | select(.severity == "error")'`)
    .action((options: ValidateOptions) => setExitCode(runValidate(options, ctx)));
}
