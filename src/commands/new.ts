import type { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { idFromPath, suggestId } from '../core/corpus.js';
import { entryProblems, entryTemplate, freeId, newEntryId, type NewEntryFields, type RequiredField } from '../core/new-entry.js';
import type { Problem } from '../core/problem.js';
import { ENTRY_TYPES, ID_PATTERN } from '../core/schema.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { assertWritableCorpus } from '../fs/corpus-location.js';
import { writeFileAtomically } from '../fs/write-file.js';
import { assertCorpusFolder } from '../fs/read-corpus.js';
import { isSkipped, listCorpusFiles } from '../fs/walk.js';
import { safeLine } from '../format/terminal.js';
import type { SetExitCode } from '../program.js';
import { addCommonOptions, corpusDir, type CommonOptions } from './shared.js';

export interface NewOptions extends CommonOptions, Partial<NewEntryFields> {
  id?: string;
}

/** In the order of the usage line, which is the order a person is asked in. */
const ASKED: readonly RequiredField[] = ['type', 'date', 'outlet', 'title'];
const QUESTIONS: Record<RequiredField, string> = {
  type: `Type (${ENTRY_TYPES.join(', ')}): `,
  date: 'Date (YYYY-MM-DD, YYYY-MM or YYYY): ',
  outlet: 'Outlet (who published or hosted it): ',
  title: 'Title: ',
};
const ATTEMPTS = 3;
/** Valid values for the fields not being checked, so that an answer can be checked on its own. */
const VALID_FIELDS: NewEntryFields = { type: 'interview', date: '2020', outlet: 'Outlet', title: 'Title' };

/** The message and hint of a problem, as `validate` words them, after the flag it came from. */
const problemText = (label: string, problem: Problem): string =>
  `${label}: ${safeLine(problem.message)}${problem.hint ? ` (${safeLine(problem.hint)})` : ''}`;

const errorsOf = (text: string, id: string): Problem[] => entryProblems(text, id, `${id}.md`).filter((p) => p.severity === 'error');

/** Asks a person for one field until it is valid, a few times at most. */
async function ask(field: RequiredField, ctx: Context): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let answer: string;
    try {
      answer = (await ctx.io.ask(QUESTIONS[field])).trim();
    } catch {
      // Ctrl+D or Ctrl+C at the prompt: the person has stopped.
      throw new UsageError(`no ${field} given: nothing was written`);
    }
    if (answer === '') {
      ctx.io.err(`${field} is required\n`);
      continue;
    }
    const errors = errorsOf(entryTemplate({ ...VALID_FIELDS, [field]: answer }), 'entry').filter((p) => p.field === field);
    if (errors.length === 0) return answer;
    for (const problem of errors) ctx.io.err(`${problemText(field, problem)}\n`);
  }
  throw new UsageError(`no valid ${field} given: nothing was written`);
}

/** The four required fields: from the flags, else asked on a terminal, else a usage error. */
async function requiredFields(options: NewOptions, ctx: Context): Promise<NewEntryFields> {
  const missing = ASKED.filter((field) => options[field] === undefined);
  if (missing.length > 0 && !ctx.io.stdinIsTTY) {
    throw new UsageError(
      `missing ${missing.map((field) => `--${field}`).join(', ')}`,
      'clic new --type T --date D --outlet O --title T (on a terminal, clic asks for what is missing)',
    );
  }
  const fields: Partial<NewEntryFields> = { ...options };
  for (const field of missing) fields[field] = await ask(field, ctx);
  return fields as NewEntryFields;
}

export async function runNew(options: NewOptions, ctx: Context): Promise<number> {
  const dir = corpusDir(options, ctx);
  assertWritableCorpus(dir, ctx);
  assertCorpusFolder(dir);
  if (options.id !== undefined && !ID_PATTERN.test(options.id)) {
    throw new UsageError(`--id: \`${options.id}\` is not a valid id`, `use ${suggestId(options.id)}: lowercase ASCII letters, digits and single hyphens`);
  }
  if (options.id !== undefined && isSkipped(`${options.id}.md`)) {
    throw new UsageError(`--id: \`${options.id}\` names a file that the corpus skips`, 'choose another id');
  }
  const fields = await requiredFields(options, ctx);
  const text = entryTemplate(fields);
  const id = options.id ?? newEntryId(fields);
  const errors = errorsOf(text, id).sort((a, b) => ASKED.indexOf(a.field as RequiredField) - ASKED.indexOf(b.field as RequiredField));
  if (errors.length > 0) {
    for (const problem of errors) ctx.io.err(`clic: ${problemText(`--${problem.field}`, problem)}\n`);
    throw new UsageError('nothing was written');
  }
  const files = listCorpusFiles(dir).files;
  const taken = new Map(files.map((path) => [idFromPath(path), path]));
  // A folder or a dangling link can hold a name too: the suggested id must be free of them all.
  const namesHere = readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -'.md'.length));
  const alreadyThere = (existing: string) =>
    new UsageError(`an entry with the id \`${id}\` already exists: ${safeLine(existing)}`, `nothing was written; give another id, e.g. --id ${freeId(id, new Set([...taken.keys(), ...namesHere]))}`);
  const name = `${id}.md`;
  // A pipe holding the name would be written into, not refused: anything there counts as taken.
  const existing = taken.get(id) ?? (namesHere.includes(id) ? name : undefined);
  if (existing !== undefined) throw alreadyThere(existing);
  if (!writeFileAtomically(join(dir, name), text, false)) throw alreadyThere(name);
  ctx.io.out(`${join(dir, name)}\n`);
  return EXIT_OK;
}

export function registerNew(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(
    command
      .option('--type <type>', `entry type: ${ENTRY_TYPES.join(', ')}`)
      .option('--date <date>', 'first publication, broadcast or event date: YYYY-MM-DD, YYYY-MM or YYYY')
      .option('--outlet <outlet>', 'who published or hosted it')
      .option('--title <title>', 'title or headline as published')
      .option('--id <id>', 'the id and file name (default: DATE-SLUG, the slug made from the outlet)'),
  )
    .addHelpText('after', `
The file is written at the top of the corpus folder as DATE-SLUG.md (or ID.md), with the given
fields and commented examples of the optional ones. Nothing is ever overwritten: an id that
exists anywhere in the corpus is refused, and so is a value that \`clic validate\` would reject.
On a terminal, missing fields are asked for; in a script they are a usage error.

Examples:
  clic new --type podcast --date 2021-06-03 --outlet "France Culture" --title "La Méthode scientifique"
  $EDITOR "$(clic new --type press --date 2021-03 --outlet Libération --title "Les forçats du clic")"
  clic new --corpus ~/appearances --type award --date 2021 --outlet "Bangkok International Documentary Awards" --title "Best Documentary" --id 2021-bangkok-award`)
    .action(async (options: NewOptions) => setExitCode(await runNew(options, ctx)));
}
