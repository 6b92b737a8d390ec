import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
import { entryToJson, toJson } from '../format/json.js';
import { formatEntriesText } from '../format/show.js';
import type { SetExitCode } from '../program.js';
import { addCommonOptions, corpusDir, idOfArgument, loadCorpusFor, paintFor, readIdsFromStdin, reportUnknownId, writeData, type CommonOptions } from './shared.js';

export interface ShowOptions extends CommonOptions {
  format: 'text' | 'json' | 'md';
}

export async function runShow(ids: string[], options: ShowOptions, ctx: Context): Promise<number> {
  if (ids.length === 0) throw new UsageError('show needs at least one id', 'clic show ID…, or `-` to read ids from standard input');
  const wanted = (ids.includes('-') ? [...ids.filter((id) => id !== '-'), ...(await readIdsFromStdin(ctx))] : ids).map(idOfArgument);
  const corpus = await loadCorpusFor(options, ctx, { bodies: true });
  const knownIds = corpus.entries.map((e) => e.id);
  const known = new Set(knownIds);
  let missing = 0;
  for (const id of wanted) {
    if (known.has(id)) continue;
    missing++;
    reportUnknownId(ctx, id, knownIds);
  }
  // Each with its body, of the version of the file its other fields come from.
  const found = corpus.store.full(wanted);
  if (found.length > 0) {
    if (options.format === 'json') {
      ctx.io.out(toJson(found.length === 1 && wanted.length === 1 ? { ...entryToJson(found[0]!), body: found[0]!.body } : found.map((e) => ({ ...entryToJson(e), body: e.body }))));
    } else if (options.format === 'md') {
      writeData(ctx, found.map((e) => corpus.store.source(e.path)).join('\n'));
    } else {
      ctx.io.out(formatEntriesText(found, paintFor(options, ctx), ctx.io.columns));
    }
  }
  return missing > 0 ? EXIT_NOT_FOUND : EXIT_OK;
}

export function registerShow(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(
    command
      .argument('[ids...]', 'entry ids or their file names; `-` reads ids from standard input')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text')),
  )
    .addHelpText('after', `
Examples:
  clic show 2020-10-15-national-geographic
  clic show 2020-10-15-national-geographic --format json | jq '.quotes[].text'
  clic list --type award --format ids | clic show -`)
    .action(async (ids: string[], options: ShowOptions) => setExitCode(await runShow(ids, options, ctx)));
}
