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
