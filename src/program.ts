import { Command } from 'commander';
import type { Context } from './context.js';
import { COMMANDS } from './commands/index.js';

export type SetExitCode = (code: number) => void;

/** A fresh commander program for one run: output goes to the context, errors are thrown. */
export function buildProgram(ctx: Context, setExitCode: SetExitCode): Command {
  const program = new Command('clic')
    .description('A corpus of media appearances, kept as Markdown files: list, search, export, validate.')
    .version(ctx.version, '-V, --version')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => ctx.io.out(text),
      writeErr: (text) => ctx.io.err(text),
      getOutHelpWidth: () => ctx.io.columns,
      getErrHelpWidth: () => ctx.io.columns,
    })
    .exitOverride();
  for (const register of COMMANDS) {
    const command = register(program, ctx, setExitCode);
    command.showSuggestionAfterError(true).exitOverride();
    command.configureOutput(program.configureOutput());
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

Corpus: --corpus DIR, else $CLIC_CORPUS, else the corpus bundled with clic.`);
  return program;
}
