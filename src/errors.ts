// Typed errors: commands throw them, and only run.ts turns them into a message and an exit code.

export const EXIT_OK = 0;
/** `search` found nothing, `validate` found errors, `show` an unknown id. */
export const EXIT_NOT_FOUND = 1;
export const EXIT_USAGE = 2;
/** A bug in clic itself, never a user error. */
export const EXIT_INTERNAL = 70;

export class ClicError extends Error {
  constructor(message: string, readonly exitCode: number, readonly hint?: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Unknown flag or value, bad date, unreadable corpus folder: exit 2. */
export class UsageError extends ClicError {
  constructor(message: string, hint?: string) {
    super(message, EXIT_USAGE, hint);
  }
}

/** Something asked for is not there (an unknown id): exit 1. */
export class NotFoundError extends ClicError {
  constructor(message: string, hint?: string) {
    super(message, EXIT_NOT_FOUND, hint);
  }
}

/** Output could not be written (disk full, I/O error, closed descriptor): exit 74, as sysexits' EX_IOERR. */
export const EXIT_OUTPUT = 74;

export class OutputError extends ClicError {
  constructor(message: string) {
    super(message, EXIT_OUTPUT);
  }
}

/** Words people use for the errors writing meets; others are said as the system says them. */
const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error on the device',
  EBADF: 'the descriptor is closed',
  ENAMETOOLONG: 'the name is too long',
  EFBIG: 'the file is too large',
};

/** `no space left on the device (ENOSPC)`: an error from the system as one line, its code last. */
export function errnoText(error: unknown): string {
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === undefined) return String(message ?? error);
  // Node's own message is `CODE: words, syscall 'path'`: the words alone.
  const words = ERRNO_WORDS[code] ?? /^[A-Z0-9_]+: ([^,]+)/.exec(message ?? '')?.[1] ?? 'system error';
  return `${words} (${code})`;
}
