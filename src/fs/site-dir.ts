// Writing a generated site into its folder. A folder is clic's when it holds the marker file
// clic leaves there; any other folder that holds files is replaced only with --force.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { safeLine } from '../format/terminal.js';
import { writeFileAtomically } from './write-file.js';

/** The file that says a folder holds a site clic wrote (and may write again). */
export const SITE_MARKER = '.clic-site';

function folderState(dir: string, shown: string): 'absent' | 'empty' | 'clic' | 'other' {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError(`${safeLine(shown)} is not a folder`, 'give -o a folder for the site');
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw new UsageError(`cannot read ${safeLine(shown)}: ${(error as Error).message}`);
  }
  if (names.length === 0) return 'empty';
  return names.includes(SITE_MARKER) ? 'clic' : 'other';
}

/**
 * Writes each file (name → text) into `dir`, each atomically, and the marker. Throws a usage
 * error, writing nothing, when `dir` holds files clic did not write and `force` is off.
 */
export function writeSite(dir: string, files: Readonly<Record<string, string>>, force: boolean, shown: string, generator: string): void {
  const state = folderState(dir, shown);
  if (state === 'other' && !force) {
    throw new UsageError(`${safeLine(shown)} holds files that clic did not write`, 'add --force to write the site there anyway, or choose an empty folder with -o');
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${safeLine(shown)}: ${(error as Error).message}`);
  }
  for (const [name, text] of Object.entries(files)) writeFileAtomically(join(dir, name), text, true, join(shown, name));
  const marker = `${JSON.stringify({ generator, files: Object.keys(files) }, null, 2)}\n`;
  writeFileAtomically(join(dir, SITE_MARKER), marker, true, join(shown, SITE_MARKER));
}
