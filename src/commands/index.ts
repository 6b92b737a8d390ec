import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { SetExitCode } from '../program.js';
import { registerExport } from './export.js';
import { registerList } from './list.js';
import { registerShow } from './show.js';
import { registerValidate } from './validate.js';
import { registerComplete, registerCompletion } from './completion.js';
import { registerNew } from './new.js';
import { registerSearch } from './search.js';
import { registerStats } from './stats.js';

export type RegisterCommand = (program: Command, ctx: Context, setExitCode: SetExitCode) => Command;

/** Every command, in the order `clic --help` lists them. */
export const COMMANDS: RegisterCommand[] = [registerList, registerShow, registerSearch, registerExport, registerValidate, registerStats, registerNew, registerCompletion, registerComplete];
