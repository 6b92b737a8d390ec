// Writing a file all at once: a reader (or a crash) never sees half of it, and an existing file
// is replaced only when asked. Used by `export -o` and `new`. Only a regular file is ever
// replaced: a pipe or a terminal (`-o >(wc -c)`, `-o /dev/tty`) is written to, as a shell's `>` would.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { errnoText, OutputError, UsageError } from '../errors.js';

/** Errors that are about the name given (its folder, its rights): the person can choose another. */
const PATH_ERRORS = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENAMETOOLONG', 'ELOOP']);

function cannotWrite(shown: string, error: unknown): Error {
  const message = `cannot write ${shown}: ${errnoText(error)}`;
  return PATH_ERRORS.has((error as NodeJS.ErrnoException).code ?? '') ? new UsageError(message) : new OutputError(message);
}

const isCode = (error: unknown, code: string): boolean => (error as NodeJS.ErrnoException).code === code;

function statOrUndefined(stat: (path: string) => Stats, path: string): Stats | undefined {
  try {
    return stat(path);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

/** Writes into what is already open for writing elsewhere (a pipe, a terminal, /dev/null): no file is made. */
function writeInto(path: string, text: string, shown: string): void {
  let fd: number | undefined;
  try {
    // No O_CREAT: if the pipe vanished meanwhile, nothing is created in its place.
    fd = openSync(path, constants.O_WRONLY);
    const bytes = Buffer.from(text);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
  } catch (error) {
    throw cannotWrite(shown, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `text` to a hidden temporary file beside `path`, then moves it into place: by rename
 * when `overwrite`, else by a hard link, which fails rather than replace a file that exists or
 * appeared meanwhile (two racing processes: one wins, the other is told). Returns false when
 * `path` exists and `overwrite` is off; `shown` is the path as the user wrote it, for messages.
 * A symbolic link to a file stays a link: the file it leads to is replaced.
 */
export function writeFileAtomically(path: string, text: string, overwrite: boolean, shown: string = path): boolean {
  let target = path;
  try {
    const link = statOrUndefined(lstatSync, path);
    const found = link && statOrUndefined(statSync, path);
    if (link && !found) {
      if (!overwrite) return false;
      throw new UsageError(`${shown} is a symbolic link to nothing`, 'remove it, or choose another name');
    }
    if (found?.isFIFO() || found?.isCharacterDevice() || found?.isSocket()) {
      writeInto(path, text, shown);
      return true;
    }
    if (found?.isDirectory()) {
      if (!overwrite) return false;
      throw new UsageError(`${shown} is a folder`, 'give a file name');
    }
    if (found && !found.isFile()) throw new UsageError(`${shown} is not a file, a pipe or a terminal: nothing was written`);
    if (found && !overwrite) return false;
    if (found) target = realpathSync(path);
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutputError) throw error;
    throw cannotWrite(shown, error);
  }
  // A leading `.` keeps the temporary file out of a corpus if the process dies here; a short,
  // fixed-length name keeps a name near the 255-byte limit writable.
  const temporary = join(dirname(target), `.clic-${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(shown, error);
  }
  try {
    if (overwrite) {
      renameSync(temporary, target);
      return true;
    }
    try {
      linkSync(temporary, target);
    } catch (error) {
      if (isCode(error, 'EEXIST')) return false;
      // File systems without hard links (FAT, some network mounts): an exclusive create still
      // never overwrites, though a reader could see it half-written.
      writeFileSync(target, text, { flag: 'wx' });
    }
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw cannotWrite(shown, error);
  } finally {
    rmSync(temporary, { force: true });
  }
}
