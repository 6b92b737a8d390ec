import { Argument, type Command, type Option } from 'commander';
import type { Context } from '../context.js';
import { fold } from '../core/fold.js';
import { ENTRY_TYPES, type Entry } from '../core/schema.js';
import { EXIT_OK } from '../errors.js';
import {
  CORPUS_VALUES, SHELLS, completionScript,
  type CommandSpec, type CompletionSpec, type CorpusValues, type FlagSpec, type Shell, type ValueSource,
} from '../format/completion.js';
import { safeLine } from '../format/terminal.js';
import type { SetExitCode } from '../program.js';
import { addCommonOptions, loadCorpusFor, type CommonOptions } from './shared.js';

const fromCorpus = (values: CorpusValues): ValueSource => ({ kind: 'corpus', values });
const TEXT: ValueSource = { kind: 'text' };

/** Values of flags that commander knows only as free text. */
const FLAG_VALUES: Record<string, ValueSource> = {
  '--type': { kind: 'words', words: ENTRY_TYPES },
  '--id': fromCorpus('ids'),
  '--outlet': fromCorpus('outlets'),
  '--person': fromCorpus('people'),
  '--tag': fromCorpus('tags'),
  '--lang': fromCorpus('languages'),
  '--corpus': { kind: 'dirs' },
  '--output': { kind: 'files' },
};

function flagSpec(option: Option, command?: Command): FlagSpec {
  const takesValue = option.required || option.optional;
  // The id of a new entry is one that does not exist yet: nothing to offer.
  const isNewId = command?.name() === 'new' && option.long === '--id';
  const value = !takesValue ? undefined
    : option.argChoices ? { kind: 'words' as const, words: option.argChoices }
    : isNewId ? TEXT
    : FLAG_VALUES[option.long ?? ''] ?? TEXT;
  return {
    names: [option.short, option.long].filter((name): name is string => name !== undefined),
    description: option.description,
    value,
    // Filters collect their values into a list that starts empty.
    repeatable: Array.isArray(option.defaultValue),
  };
}

/** The commands, flags and values of the program as it is built, hidden commands left out. */
export function completionSpec(program: Command): CompletionSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program);
  const names = commands.map((command) => command.name());
  const argsOf = (command: Command): CommandSpec['args'] => {
    const argument = command.registeredArguments[0];
    if (!argument) return undefined;
    const name = argument.name();
    if (argument.argChoices) return { name, value: { kind: 'words', words: argument.argChoices } };
    if (/^ids?$/.test(name)) return { name: 'id', value: fromCorpus('ids') };
    // `help [command]`
    if (name === 'command') return { name, value: { kind: 'words', words: names } };
    if (name === 'dir') return { name, value: { kind: 'dirs' } };
    return { name, value: TEXT };
  };
  return {
    program: program.name(),
    flags: help.visibleOptions(program).map((option) => flagSpec(option)),
    commands: commands.map((command): CommandSpec => ({
      name: command.name(),
      aliases: command.aliases(),
      description: command.description(),
      flags: help.visibleOptions(command).map((option) => flagSpec(option, command)),
      args: argsOf(command),
    })),
  };
}

export function registerCompletion(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(
    command
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS)),
  )
    .addHelpText('after', `
The script completes commands, flags, the values of --type, --format, --by, --sort and
--color, and reads ids, outlets, people, tags and languages from the corpus when you press TAB (the
--corpus on the line, else $CLIC_CORPUS, else the bundled corpus).

Install:
  bash  echo 'source <(clic completion bash)' >> ~/.bashrc
  zsh   clic completion zsh > ~/.zfunc/_clic, with fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc
  fish  clic completion fish > ~/.config/fish/completions/clic.fish

Examples:
  clic completion bash > ~/.local/share/bash-completion/completions/clic
  source <(clic completion zsh)`)
    .action((shell: Shell) => {
      ctx.io.out(completionScript(shell, completionSpec(command.parent!)));
      setExitCode(EXIT_OK);
    });
}

const distinct = (values: readonly string[]): string[] => {
  const byFolded = new Map<string, string>();
  for (const value of values) {
    const folded = fold(value);
    if (!byFolded.has(folded)) byFolded.set(folded, value);
  }
  return [...byFolded.keys()].sort().map((folded) => byFolded.get(folded)!);
};

function corpusValues(entries: readonly Entry[], what: CorpusValues): string[] {
  switch (what) {
    case 'ids':
      return entries.map((e) => e.id);
    case 'outlets':
      return distinct(entries.map((e) => e.outlet));
    case 'people':
      return distinct(entries.flatMap((e) => e.people.map((p) => p.name)));
    case 'tags':
      return distinct(entries.flatMap((e) => e.tags));
    case 'languages':
      return distinct(entries.flatMap((e) => (e.language === null ? [] : [e.language])));
  }
}

/** `clic __complete ids|outlets|people|tags`: what completion scripts call at TAB time. */
export function registerComplete(command: Command, ctx: Context, setExitCode: SetExitCode): Command {
  return addCommonOptions(
    command
      .addArgument(new Argument('<what>').choices(CORPUS_VALUES)),
  ).action(async (what: CorpusValues, options: CommonOptions) => {
    const corpus = await loadCorpusFor(options, ctx);
    // One value a line: a newline or an escape sequence in a value must not reach the shell raw.
    ctx.io.out(corpusValues(corpus.entries, what).map((value) => `${safeLine(value)}\n`).join(''));
    setExitCode(EXIT_OK);
  });
}
