import { Command } from 'commander';
import type { Context } from './context.js';
import { commonOptions } from './commands/common-options.js';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { didYouMean } from './core/problem.js';
import { UsageError } from './errors.js';
import { reflowHelp } from './format/help.js';
import { safeLine, safeText } from './format/terminal.js';

export type SetExitCode = (code: number) => void;


/**
 * The command line with the options every command takes moved after the command when they
 * come before it: `clic --corpus DIR list` runs as `clic list --corpus DIR`. Anything else
 * before the command is left where it is, for commander to report.
 */
export function commandFirst(argv: readonly string[]): string[] {
  // Each common option's flag, and whether it takes a value.
  const takesValueOf = new Map(commonOptions().map((option) => [option.long!, option.required]));
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const takesValue = takesValueOf.get(name);
    if (takesValue === undefined || (!takesValue && equals !== -1)) break;
    const width = takesValue && equals === -1 ? 2 : 1;
    if (i + width > argv.length) break;
    leading.push(...argv.slice(i, i + width));
    i += width;
  }
  const command = argv[i];
  if (leading.length === 0 || command === undefined || command.startsWith('-')) return [...argv];
  return [command, ...leading, ...argv.slice(i + 1)];
}

/** The command a command line runs (`clic help list` asks about `list`), if any. */
function invokedName(argv: readonly string[]): string | undefined {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

const names = (entry: CommandEntry): string[] => [entry.name, ...(entry.aliases ?? [])];

/** `clic help nope` says that there is no such command, where commander would print the main help. */
function refuseUnknownHelpTopic(argv: readonly string[]): void {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  if (words[0] !== 'help' || words[1] === undefined) return;
  const known = COMMANDS.filter((entry) => !entry.hidden).flatMap(names);
  if (known.includes(words[1]) || words[1] === 'help') return;
  const hint = didYouMean(words[1], known);
  throw new UsageError(`unknown command \`${safeLine(words[1])}\``, `${hint ? `${hint} ` : ''}run clic --help for the list of commands`);
}

/**
 * A fresh commander program for one run: output goes to the context, errors are thrown. Every
 * command is named, so that help and "did you mean" know them all, but only the one that runs is
 * loaded with its options and action.
 */
export async function buildProgram(ctx: Context, setExitCode: SetExitCode, argv: readonly string[]): Promise<Command> {
  const program = new Command('clic')
    .description('A corpus of media appearances, kept as Markdown files: list, search, export, validate.')
    .version(ctx.version, '-V, --version')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      // Commander writes only help, the version and its errors here: help notes fit the terminal.
      writeOut: (text) => ctx.io.out(reflowHelp(text, ctx.io.columns)),
      writeErr: (text) => ctx.io.err(safeText(reflowHelp(text, ctx.io.columns))),
      // Its errors in clic's style (`clic: unknown option`, not `error: unknown option`), unwrapped;
      // they echo the command line, so control characters in it are shown escaped.
      outputError: (text) => ctx.io.err(safeText(text.replace(/^error: /, 'clic: '))),
      getOutHelpWidth: () => ctx.io.columns,
      getErrHelpWidth: () => ctx.io.columns,
    })
    // Option descriptions wrap even when their column is narrow (commander's default is 40).
    .configureHelp({ minWidthToWrap: 20 })
    .exitOverride()
    // Shown in `clic --help`, since they may come first; run() moves them after the command.
    .enablePositionalOptions();
  for (const option of commonOptions()) program.addOption(option);
  refuseUnknownHelpTopic(argv);
  const invoked = invokedName(argv);
  const loadAll = COMMANDS.some((entry) => entry.needsAllCommands && invoked !== undefined && names(entry).includes(invoked));
  for (const entry of COMMANDS) {
    const command = program.command(entry.name, { hidden: entry.hidden }).aliases(entry.aliases ?? []).description(entry.description);
    command.showSuggestionAfterError(true).exitOverride().configureOutput(program.configureOutput());
    if (loadAll || (invoked !== undefined && names(entry).includes(invoked))) (await entry.load())(command, ctx, setExitCode);
  }
  program.addHelpText('after', `
Examples:
  clic list --type=video
  clic list --since 2020-02 --until 2020-03 --outlet "france inter"
  clic search "proletariat numerique"
  clic export --format bibtex -o media.bib
  clic list --type press --format ids | clic export --format csv -
  clic list --format json | jq '.[].title'
  clic search "travail du clic" --format tsv | fzf

Corpus: --corpus DIR, else $CLIC_CORPUS, else the nearest folder at or above this one holding a
.clic file, else the default recorded by clic init, else the corpus bundled with clic (read-only).
clic info says which one is in use and why.`);
  return program;
}
