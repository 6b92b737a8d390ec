// Runs a person's editor on a file and waits for it: the terminal is handed over to it.
import { spawnSync } from 'node:child_process';
import { UsageError } from '../errors.js';

/** Runs `command` (a program and its arguments, no shell) with `file` as its last argument; its exit status. */
export function runEditor(command: readonly string[], file: string): number {
  const [program, ...args] = command;
  const result = spawnSync(program!, [...args, file], { stdio: 'inherit' });
  if (result.error) throw new UsageError(`cannot run the editor \`${program}\`: ${result.error.message}`, 'set $VISUAL or $EDITOR to an editor on your PATH');
  return result.status ?? 1;
}
