// Writing a file all at once: a reader (or a crash) never sees half of it, and an existing file
// is replaced only when asked. Used by `export -o` and `new`.
import { randomBytes } from 'node:crypto';
import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (error as Error).message;
}

const isCode = (error: unknown, code: string): boolean => (error as NodeJS.ErrnoException).code === code;

/**
 * Writes `text` to a hidden temporary file beside `path`, then moves it into place: by rename
 * when `overwrite`, else by a hard link, which fails rather than replace a file that exists or
 * appeared meanwhile (two racing processes: one wins, the other is told). Returns false when
 * `path` exists and `overwrite` is off; `shown` is the path as the user wrote it, for messages.
 */
export function writeFileAtomically(path: string, text: string, overwrite: boolean, shown: string = path): boolean {
  // A leading `.` keeps the temporary file out of a corpus if the process dies here.
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${reason(error)}`);
  }
  try {
    if (overwrite) {
      renameSync(temporary, path);
      return true;
    }
    try {
      linkSync(temporary, path);
    } catch (error) {
      if (isCode(error, 'EEXIST')) return false;
      // File systems without hard links (FAT, some network mounts): an exclusive create still
      // never overwrites, though a reader could see it half-written.
      writeFileSync(path, text, { flag: 'wx' });
    }
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw new UsageError(`cannot write ${shown}: ${reason(error)}`);
  } finally {
    rmSync(temporary, { force: true });
  }
}
