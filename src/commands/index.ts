// The commands, as the program lists them. Each module is loaded only when its command runs:
// `clic --version`, `clic --help` and every command skip the code of the others.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { SetExitCode } from '../program.js';

/** Adds a command's arguments, options, help and action to the command that names it. */
export type RegisterCommand = (command: Command, ctx: Context, setExitCode: SetExitCode) => Command;

export interface CommandEntry {
  name: string;
  aliases?: string[];
  description: string;
  hidden?: boolean;
  /** Completion describes every command, so it needs them all loaded. */
  needsAllCommands?: boolean;
  load: () => Promise<RegisterCommand>;
}

/** Every command, in the order `clic --help` lists them. */
export const COMMANDS: CommandEntry[] = [
  { name: 'list', aliases: ['ls'], description: 'list the entries that match the filters, newest first', load: async () => (await import('./list.js')).registerList },
  { name: 'show', description: 'show whole entries: fields, people, quotes, updates and body', load: async () => (await import('./show.js')).registerShow },
  {
    name: 'search',
    description: 'find quotes remembered approximately (accents, typos, word order forgiven), best first, with file:line',
    load: async () => (await import('./search.js')).registerSearch,
  },
  {
    name: 'export',
    description: 'write a bibliography of the matching entries: BibTeX, BibLaTeX, CSL-JSON, RIS or CSV',
    load: async () => (await import('./export.js')).registerExport,
  },
  { name: 'validate', description: 'report every problem in every file of the corpus', load: async () => (await import('./validate.js')).registerValidate },
  {
    name: 'stats',
    description: 'count the entries that match the filters, by year, month, type, outlet or tag, as bars',
    load: async () => (await import('./stats.js')).registerStats,
  },
  {
    name: 'site',
    description: 'write the press page: a static site (or one Markdown file) of the matching entries',
    load: async () => (await import('./site.js')).registerSite,
  },
  {
    name: 'cite',
    description: 'a formatted reference for one entry (APA, Chicago or a CSL file), or one of its quotes with attribution',
    load: async () => (await import('./cite.js')).registerCite,
  },
  {
    name: 'import',
    description: 'turn a CSV, YAML, BibTeX, CSL-JSON, RIS or Markdown list of appearances into entry files',
    load: async () => (await import('./import.js')).registerImport,
  },
  { name: 'new', description: 'write a new entry file that validates, and print its path', load: async () => (await import('./new.js')).registerNew },
  { name: 'init', description: 'make a folder a corpus of your own, and the default one', load: async () => (await import('./init.js')).registerInit },
  { name: 'edit', description: 'open an entry in $VISUAL or $EDITOR, then validate it', load: async () => (await import('./edit.js')).registerEdit },
  { name: 'info', description: 'say which corpus is in use and why, and where its cache is', load: async () => (await import('./info.js')).registerInfo },
  {
    name: 'completion',
    description: 'print a completion script for bash, zsh or fish',
    needsAllCommands: true,
    load: async () => (await import('./completion.js')).registerCompletion,
  },
  {
    name: '__complete',
    description: 'list corpus values for shell completion, one per line',
    hidden: true,
    load: async () => (await import('./completion.js')).registerComplete,
  },
];
