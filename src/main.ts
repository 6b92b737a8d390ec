// The only file that touches process: it builds the real context, runs, and sets the exit code.
import { fstatSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Context } from './context.js';
import { errnoText, EXIT_OUTPUT, OutputError, UsageError } from './errors.js';
import { terminalColumns } from './format/terminal.js';
import type { ProcessEvent, Tty } from './io.js';
import { reportError, run } from './run.js';
import { VERSION } from './version.js';

/** The exit code of the first failed write to stdout or stderr; later writes are dropped. */
let outputFailure: number | undefined;

function onStreamError(error: NodeJS.ErrnoException, stream: 'stdout' | 'stderr'): void {
  // The reader went away (`clic list | head -1`): stop quietly, as a good pipeline citizen.
  if (error.code === 'EPIPE') process.exit(0);
  if (outputFailure !== undefined) return;
  // With stderr broken nothing can be said: the exit code still tells.
  outputFailure = stream === 'stderr' ? EXIT_OUTPUT : reportError(new OutputError(`cannot write to standard output: ${errnoText(error)}`), ctx);
  process.exitCode = outputFailure;
}
process.stdout.on('error', (error) => onStreamError(error, 'stdout'));
process.stderr.on('error', (error) => onStreamError(error, 'stderr'));

async function readStdin(): Promise<string> {
  // Node reads a folder as empty: `clic show - < folder` would silently show nothing.
  if (fstatSync(0).isDirectory()) throw new UsageError('standard input is a folder', 'pipe ids in: clic list --format ids | clic … -');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function ask(question: string): Promise<string> {
  // Loaded here only: readline costs start-up time, and only `clic new` asks.
  const { createInterface } = await import('node:readline/promises');
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await prompt.question(question);
  } finally {
    prompt.close();
  }
}

/** /dev/tty, read and written through descriptors of its own (stdin and stdout may be pipes). */
function openTty(): Tty | undefined {
  let inputFd: number;
  try {
    inputFd = openSync('/dev/tty', 'r');
  } catch {
    return undefined;
  }
  const outputFd = openSync('/dev/tty', 'w');
  // Loaded here only: node:tty costs start-up time, and only the picker draws on a terminal.
  const { ReadStream, WriteStream } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  const input = new ReadStream(inputFd);
  const output = new WriteStream(outputFd);
  return {
    input,
    output,
    inputFd,
    outputFd,
    size: () => {
      // Node refreshes the size it reports on SIGWINCH for process.stdout only; this is how it does.
      (output as unknown as { _refreshSize?: () => void })._refreshSize?.();
      const [columns, rows] = output.getWindowSize();
      return { columns, rows };
    },
    close: () => {
      input.destroy();
      output.destroy();
    },
  };
}

function onProcessEvent(event: ProcessEvent, handler: () => void): () => void {
  process.on(event, handler);
  return () => void process.off(event, handler);
}

const ctx: Context = {
  io: {
    out: (text) => void process.stdout.write(text),
    // A pipe to a slower reader takes writes without blocking: waiting for it to drain keeps
    // output written in pieces from queuing whole in memory.
    write: (text) =>
      new Promise((resolve) => {
        if (outputFailure !== undefined || process.stdout.write(text)) return resolve();
        // A failed stream never drains: whichever comes first, the other listener goes too (left
        // behind, one per wait, they made Node warn of a leak on a slow reader).
        const done = (): void => {
          process.stdout.off('drain', done);
          process.stdout.off('close', done);
          resolve();
        };
        process.stdout.once('drain', done);
        process.stdout.once('close', done);
      }),
    err: (text) => void process.stderr.write(text),
    readStdin,
    ask,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    columns: terminalColumns(process.stdout.columns || Number(process.env.COLUMNS)),
  },
  env: process.env,
  cwd: process.cwd(),
  bundledCorpusDir: fileURLToPath(new URL('../corpus', import.meta.url)),
  version: VERSION,
  terminal: { openTty, on: onProcessEvent, suspend: () => void process.kill(process.pid, 'SIGTSTP') },
  openStore: async (dir, options) => (await import('./fs/store.js')).fileStores(process.env, process.cwd(), VERSION)(dir, options),
};

// exitCode, never exit(): piped output must drain before the process ends.
const exitCode = await run(process.argv.slice(2), ctx);
process.exitCode = outputFailure ?? exitCode;
