import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { EXIT_OK } from '../errors.js';
import { cacheDirFor, corpusCacheFor } from '../fs/cache/folder.js';
import { configFileFor, locateCorpus } from '../fs/corpus-location.js';
import { toJson } from '../format/json.js';
import { safeLine } from '../format/terminal.js';
import type { SetExitCode } from '../program.js';
import { addCommonOptions, loadCorpusFor, type CommonOptions } from './shared.js';

export interface InfoOptions extends CommonOptions {
  format: 'text' | 'json';
}

export async function runInfo(options: InfoOptions, ctx: Context): Promise<number> {
  const choice = locateCorpus(options.corpus, ctx);
  const exists = existsSync(choice.dir);
  const corpus = exists ? await loadCorpusFor(options, ctx) : undefined;
  const cacheRoot = options.cache === false ? undefined : cacheDirFor(ctx.env, ctx.cwd);
  const info = {
    corpus: choice.dir,
    source: choice.source,
    reason: choice.reason,
    readOnly: choice.source === 'bundled',
    entries: corpus?.entries.length ?? null,
    skipped: corpus?.skipped ?? null,
    cache: cacheRoot === undefined ? null : corpusCacheFor(cacheRoot, choice.dir),
    config: configFileFor(ctx.env) ?? null,
    version: ctx.version,
  };
  if (options.format === 'json') {
    ctx.io.out(toJson(info));
    return EXIT_OK;
  }
  const counted = corpus === undefined ? 'folder not found' : `${corpus.entries.length === 1 ? '1 entry' : `${corpus.entries.length} entries`}${corpus.skipped > 0 ? `, ${corpus.skipped} skipped (see clic validate)` : ''}`;
  const rows: [string, string][] = [
    ['corpus', `${info.corpus}${info.readOnly ? ' (read-only)' : ''}`],
    ['why', info.reason],
    ['entries', counted],
    ['cache', info.cache ?? (options.cache === false ? 'none (--no-cache)' : 'none (no $CLIC_CACHE_DIR, $XDG_CACHE_HOME or $HOME)')],
    ['config', info.config === null ? 'none (no $XDG_CONFIG_HOME or $HOME)' : `${info.config}${existsSync(info.config) ? '' : ' (not written yet)'}`],
    ['version', info.version],
  ];
  ctx.io.out(rows.map(([label, value]) => `${label.padEnd(8)} ${safeLine(value)}\n`).join(''));
  return EXIT_OK;
}

export function registerInfo(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(command.addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')))
    .addHelpText('after', `
Says which corpus commands use and why, how many entries it holds, where its cache is and
where clic init records the default corpus.

Examples:
  clic info
  clic info --format json | jq -r .corpus`)
    .action(async (options: InfoOptions) => setExitCode(await runInfo(options, ctx)));
}
