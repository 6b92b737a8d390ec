import type { Command } from 'commander';
import { join, relative, resolve } from 'node:path';
import type { Context } from '../context.js';
import { CORPUS_MARKER } from '../core/corpus-location.js';
import { EXIT_OK } from '../errors.js';
import { assertWritableCorpus, configFileFor, initCorpusFolder, recordDefaultCorpus } from '../fs/corpus-location.js';
import { safeLine } from '../format/terminal.js';
import type { SetExitCode } from '../program.js';

export interface InitOptions {
  default: boolean;
}

export function runInit(dir: string | undefined, options: InitOptions, ctx: Context): number {
  const target = resolve(ctx.cwd, dir ?? '.');
  assertWritableCorpus(target, ctx);
  const result = initCorpusFolder(target, join(ctx.bundledCorpusDir, 'README.md'));
  const shown = safeLine(relative(ctx.cwd, target) || '.');
  const said = (outcome: string) => (outcome === 'kept' ? 'kept as it was' : 'written');
  const lines = [
    `Corpus folder: ${safeLine(target)}`,
    `  README.md  the format reference, ${said(result.readme)}`,
    `  ${CORPUS_MARKER}      marks the folder: clic uses it when run in it or below, ${said(result.marker)}`,
  ];
  const configFile = configFileFor(ctx.env);
  if (options.default && configFile !== undefined) {
    recordDefaultCorpus(configFile, target);
    lines.push(`Default corpus recorded in ${safeLine(configFile)}: clic uses it from any folder.`);
  } else if (options.default) {
    lines.push('No default recorded: neither $XDG_CONFIG_HOME nor $HOME is set.');
  }
  lines.push(`Next: clic new --corpus ${shown} --type … --date … --outlet … --title …, then clic validate.`);
  ctx.io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export function registerInit(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return command
    .argument('[dir]', 'the folder to make a corpus of (default: the current folder)')
    .option('--no-default', 'do not record it as the default corpus')
    .addHelpText('after', `
Creates the folder if needed, copies the format reference into it as README.md and writes a
${CORPUS_MARKER} marker file; nothing that is there already is overwritten. It also records the folder
as the default corpus in $XDG_CONFIG_HOME/clic/config (else ~/.config/clic/config).

Which corpus a command uses: --corpus DIR, else $CLIC_CORPUS, else the nearest folder at or
above the current one that holds a ${CORPUS_MARKER} file, else the default clic init recorded, else the
corpus bundled with clic (read-only). \`clic info\` says which one and why.

Examples:
  clic init ~/appearances
  clic init --no-default ./talks`)
    .action((dir: string | undefined, options: InitOptions) => setExitCode(runInit(dir, options, ctx)));
}
