// The files of `clic import`: inputs read whole (a path, or standard input for `-`), and new
// entries written the way `clic new` writes them, never over an existing file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeUtf8 } from '../core/parse.js';
import { UsageError } from '../errors.js';
import { writeFileAtomically } from './write-file.js';

export type ReadInput = { name: string; text: string } | { name: string; problem: string; line: number };

/** Reads one input as UTF-8; a missing or unreadable file is a usage error, bad bytes a problem of that input. */
export function readImportInput(name: string, cwd: string, stdin: () => Uint8Array | string): ReadInput {
  let bytes: Uint8Array | string;
  try {
    bytes = name === '-' ? stdin() : readFileSync(resolve(cwd, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${name}: ${why}`);
  }
  if (typeof bytes === 'string') return { name, text: bytes };
  const decoded = decodeUtf8(bytes, name);
  return decoded.ok ? { name, text: decoded.text } : { name, problem: decoded.problem.message, line: decoded.problem.line };
}

/** Writes `ID.md` at the top of the corpus; false when a file of that name appeared meanwhile. */
export function writeNewEntry(dir: string, id: string, text: string): boolean {
  return writeFileAtomically(join(dir, `${id}.md`), text, false);
}
