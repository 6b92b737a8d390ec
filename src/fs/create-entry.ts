// Creates a new entry file without ever replacing one. The text is written to a hidden temporary
// file first and then linked under its name: link() fails when the name exists, and the entry
// appears whole or not at all, even when two `clic new` race for the same name.
import { randomBytes } from 'node:crypto';
import { linkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

function cannotWrite(path: string, error: unknown): UsageError {
  const reason = code(error) === 'EACCES' || code(error) === 'EPERM' || code(error) === 'EROFS' ? 'permission denied' : (error as Error).message;
  return new UsageError(`cannot write ${path}: ${reason}`, 'check that the corpus folder is writable, or give another with --corpus DIR');
}

/** Writes `dir/name`; false when a file of that name already exists, which is left untouched. */
export function createEntryFile(dir: string, name: string, text: string): boolean {
  const target = join(dir, name);
  // A leading `.` keeps the temporary file out of the corpus if the process dies here.
  const temp = join(dir, `.clic-new-${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
  } catch (error) {
    throw cannotWrite(target, error);
  }
  try {
    linkSync(temp, target);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    // Some file systems (FAT, some network mounts) have no hard links: exclusive create still never overwrites.
    try {
      writeFileSync(target, text, { flag: 'wx' });
      return true;
    } catch (fallbackError) {
      if (code(fallbackError) === 'EEXIST') return false;
      throw cannotWrite(target, fallbackError);
    }
  } finally {
    rmSync(temp, { force: true });
  }
}
