import { CommanderError } from 'commander';
import type { Context } from './context.js';
import { ClicError, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './errors.js';
import { buildProgram, commandFirst } from './program.js';
import { safeLine } from './format/terminal.js';

/** Runs one command line in-process and returns its exit code; never throws. */
export async function run(argv: string[], ctx: Context): Promise<number> {
  let exitCode = EXIT_OK;
  const args = commandFirst(argv);
  try {
    const program = await buildProgram(ctx, (code) => {
      exitCode = code;
    }, args);
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already written its message (with "Did you mean …?") to stderr.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    return reportError(error, ctx);
  }
}

/** Says what went wrong on stderr, in one line unless it is a bug, and gives the exit code for it. */
export function reportError(error: unknown, ctx: Context): number {
  if (error instanceof ClicError) {
    const hint = error.hint ? `\n${safeLine(error.hint)}` : '';
    ctx.io.err(`clic: ${safeLine(error.message)}${hint}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.io.err(`clic: internal error: ${safeLine(message)}\nThis is a bug in clic; set CLIC_DEBUG=1 for details.\n`);
  if (ctx.env.CLIC_DEBUG && error instanceof Error && error.stack) ctx.io.err(`${error.stack}\n`);
  return EXIT_INTERNAL;
}
