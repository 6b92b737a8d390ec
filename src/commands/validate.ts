import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
import { toJson } from '../format/json.js';
import { formatProblemsText, problemsToJson, summarize } from '../format/problems.js';
import type { SetExitCode } from '../program.js';
import { compareProblems } from '../core/problem.js';
import { hygieneProblems } from '../core/hygiene.js';
import { addCommonOptions, corpusDir, paintFor, pathFromHere, storeFor, warnIfNoEntryFiles, type CommonOptions } from './shared.js';

export interface ValidateOptions extends CommonOptions {
  strict?: boolean;
  links?: boolean;
  timeout?: string;
  format: 'text' | 'json';
}

export async function runValidate(options: ValidateOptions, ctx: Context): Promise<number> {
  if (options.timeout !== undefined) throw new UsageError('--timeout applies to --links only');
  const dir = corpusDir(options, ctx);
  const corpus = (await storeFor(options, ctx)).entries();
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
      .option('--links', 'check every url instead: 404 and 410 are errors, 5xx and timeouts warnings, redirects reported')
      .option('--timeout <s>', 'with --links: seconds to wait for each answer (default: 10)')
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
  clic validate --format json | jq '.problems[] | select(.severity == "error")'
  clic validate --links --timeout 5`)
    .action(async (options: ValidateOptions) =>
      setExitCode(options.links ? await (await import('./validate-links.js')).runLinkCheck(options, ctx) : await runValidate(options, ctx)));
}
