// The only file that touches process: it builds the real context, runs, and sets the exit code.
import { openSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { ReadStream, WriteStream } from 'node:tty';
import { fileURLToPath } from 'node:url';
import type { Context } from './context.js';
import type { ProcessEvent, Tty } from './io.js';
import { fileStores } from './fs/store.js';
import { run } from './run.js';
import { VERSION } from './version.js';

function onStreamError(error: NodeJS.ErrnoException): void {
  // The reader went away (`clic list | head -1`): stop quietly, as a good pipeline citizen.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
}
process.stdout.on('error', onStreamError);
process.stderr.on('error', onStreamError);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function ask(question: string): Promise<string> {
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
    write: (text) => new Promise((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve))),
    err: (text) => void process.stderr.write(text),
    readStdin,
    ask,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    columns: process.stdout.columns || Number(process.env.COLUMNS) || 80,
  },
  env: process.env,
  cwd: process.cwd(),
  bundledCorpusDir: fileURLToPath(new URL('../corpus', import.meta.url)),
  version: VERSION,
  terminal: { openTty, on: onProcessEvent },
  openStore: fileStores(process.env, process.cwd(), VERSION),
};

// exitCode, never exit(): piped output must drain before the process ends.
process.exitCode = await run(process.argv.slice(2), ctx);
