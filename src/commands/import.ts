import type { Command } from 'commander';
import { Option } from 'commander';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { idFromPath } from '../core/corpus.js';
import { IMPORT_SOURCES, type ImportSource } from '../core/import/draft.js';
import { languageCode } from '../core/import/clean.js';
import { MAP_TARGETS, mapTarget, normaliseName, type Target } from '../core/import/mapping.js';
import { planImport, type ImportInput, type ImportPlan, type PlannedItem } from '../core/import/plan.js';
import { ENTRY_TYPES, isEntryType, type EntryType } from '../core/schema.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
import { readImportInput, writeNewEntry } from '../fs/import-files.js';
import { assertCorpusFolder } from '../fs/read-corpus.js';
import { listCorpusFiles } from '../fs/walk.js';
import { assertWritableCorpus } from '../fs/corpus-location.js';
import { safeLine } from '../format/terminal.js';
import type { SetExitCode } from '../program.js';
import { addCommonOptions, corpusDir, loadCorpusFor, type CommonOptions } from './shared.js';

export interface ImportOptions extends CommonOptions {
  from?: ImportSource;
  dryRun?: boolean;
  map?: string[];
  type?: string;
  lang?: string;
  format: 'text' | 'json';
}

function parseMaps(maps: readonly string[]): Map<string, Target> {
  const overrides = new Map<string, Target>();
  for (const map of maps) {
    const match = /^(.+)=([^=]+)$/.exec(map);
    const target = match ? mapTarget(match[2]!.trim().toLowerCase()) : undefined;
    if (!match || target === undefined) {
      throw new UsageError(`--map ${safeLine(map)}: expected COLUMN=FIELD`, `FIELD is one of ${MAP_TARGETS.join(', ')}`);
    }
    overrides.set(normaliseName(match[1]!), target);
  }
  return overrides;
}

const OUTCOME_WORDS: Record<PlannedItem['outcome'], [string, string]> = {
  write: ['written', 'to write'],
  duplicate: ['duplicate', 'duplicate'],
  'no-date': ['without a date', 'without a date'],
  invalid: ['not valid', 'not valid'],
  broken: ['unreadable', 'unreadable'],
};

function summary(plan: ImportPlan, dryRun: boolean): string {
  const counts = plan.items.reduce((map, item) => map.set(item.outcome, (map.get(item.outcome) ?? 0) + 1), new Map<string, number>());
  const parts = (Object.keys(OUTCOME_WORDS) as PlannedItem['outcome'][])
    .filter((outcome) => outcome === 'write' || counts.has(outcome))
    .map((outcome) => {
      const count = counts.get(outcome) ?? 0;
      return `${count} ${OUTCOME_WORDS[outcome][dryRun ? 1 : 0]}${outcome === 'duplicate' && count !== 1 ? 's' : ''}`;
    });
  const total = plan.items.length;
  return `${total} ${total === 1 ? 'item' : 'items'}: ${parts.join(', ')}`;
}

function reportLines(plan: ImportPlan, dir: string, dryRun: boolean): string[] {
  const lines = plan.notes.map((note) => `${note.source}:${note.line}: ${note.message}`);
  for (const item of plan.items) {
    const at = `${item.source}:${item.line}`;
    for (const note of item.notes) lines.push(`${at}: ${note}`);
    if (item.outcome === 'write') lines.push(`${at}: ${dryRun ? 'would write' : 'written as'} ${join(dir, `${item.id!}.md`)}`);
    else lines.push(`${at}: not imported: ${item.reason!}`);
  }
  return lines.map(safeLine);
}

export async function runImport(files: string[], options: ImportOptions, ctx: Context): Promise<number> {
  if (files.length === 0) throw new UsageError('no file to import', 'clic import FILE... (or - for standard input)');
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('`-` (standard input) can be given once');
  if (files.includes('-') && ctx.io.stdinIsTTY) throw new UsageError('`-` reads the file from standard input, but it is a terminal', 'pipe it in: clic export --format csl-json | clic import --from csl-json - --corpus DIR');
  if (options.type !== undefined && !isEntryType(options.type)) throw new UsageError(`--type: unknown type \`${safeLine(options.type)}\``, `use one of ${ENTRY_TYPES.join(', ')}`);
  const language = options.lang === undefined ? undefined : languageCode(options.lang);
  if (options.lang !== undefined && language === undefined) throw new UsageError(`--lang: \`${safeLine(options.lang)}\` is no language clic knows`, 'use a two-letter code such as fr or en');
  const overrides = parseMaps(options.map ?? []);
  const dir = corpusDir(options, ctx);
  assertWritableCorpus(dir, ctx);
  assertCorpusFolder(dir);
  const stdin = files.includes('-') ? await ctx.io.readStdin() : '';
  const read = files.map((file) => readImportInput(file, ctx.cwd, () => stdin));
  const inputs = read.filter((input): input is ImportInput => 'text' in input);
  const corpus = await loadCorpusFor(options, ctx, { emptyIsExpected: true });
  const taken = new Set(listCorpusFiles(dir).files.map(idFromPath));
  const plan = planImport(inputs, corpus.entries, taken, { from: options.from, overrides, type: options.type as EntryType | undefined, language });
  for (const input of read) if ('problem' in input) plan.items.push({ source: input.name, line: input.line, outcome: 'broken', reason: input.problem, notes: [] });
  const written: string[] = [];
  for (const item of plan.items) {
    if (item.outcome !== 'write') continue;
    if (!options.dryRun && !writeNewEntry(dir, item.id!, item.text!)) {
      item.outcome = 'invalid';
      item.reason = `${item.id!}.md appeared in the corpus meanwhile; nothing was overwritten`;
      continue;
    }
    written.push(join(dir, `${item.id!}.md`));
  }
  if (options.format === 'json') {
    ctx.io.out(`${JSON.stringify({
      dryRun: options.dryRun === true,
      summary: summary(plan, options.dryRun === true),
      notes: plan.notes,
      items: plan.items.map(({ text: _text, fields, ...item }) => ({ ...item, ...(item.id !== undefined && { path: join(dir, `${item.id}.md`) }), ...(fields && { entry: fields }) })),
    }, null, 2)}\n`);
  } else {
    for (const path of written) ctx.io.out(`${safeLine(path)}\n`);
    for (const line of reportLines(plan, dir, options.dryRun === true)) ctx.io.err(`${line}\n`);
    ctx.io.err(`${summary(plan, options.dryRun === true)}${options.dryRun ? ' (dry run: nothing was written)' : ''}\n`);
  }
  return plan.items.every((item) => item.outcome === 'write' || item.outcome === 'duplicate') ? EXIT_OK : EXIT_NOT_FOUND;
}

export function registerImport(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(
    command
      .argument('[files...]', 'files to import; - reads standard input')
      .addOption(new Option('--from <format>', 'the input format (default: from the extension, else the content)').choices([...IMPORT_SOURCES]))
      .option('--dry-run', 'write nothing; print the same report and the paths it would write')
      .option('--map <column=field>', `where a column or field goes: ${MAP_TARGETS.join(', ')} (repeatable)`, (value: string, all: string[] | undefined) => [...(all ?? []), value])
      .option('--type <type>', `the type of items whose input states none: ${ENTRY_TYPES.join(', ')}`)
      .option('--lang <code>', 'the language of items whose input gives none (a code or a name)')
      .addOption(new Option('--format <format>', 'the report: text on stderr, or json on stdout').choices(['text', 'json']).default('text')),
  )
    .addHelpText('after', `
Each item becomes one file, DATE-SLUG.md, written and validated as \`clic new\` writes them;
nothing is overwritten, and an item already in the corpus (same URL, or same outlet, date and
title) is skipped, so importing a file twice writes nothing the second time. The report says,
line by line, what was decided: inferred types, cleaned titles, dates, duplicates.
Exit 0 when every item was written or was a duplicate, 1 when some could not be imported.

Examples:
  clic import press.csv --corpus ~/appearances --dry-run
  clic import _data/press.yml papers.bib --corpus ~/appearances
  clic export --format csl-json | clic import --from csl-json - --corpus ~/new-corpus
  clic import media.csv --map "Show Name=program" --map Host=host --lang en`)
    .action(async (files: string[], options: ImportOptions) => setExitCode(await runImport(files, options, ctx)));
}
