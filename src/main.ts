// The only file that touches process: it builds the real context, runs, and sets the exit code.
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import type { Context } from './context.js';
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
  openStore: fileStores(process.env, process.cwd(), VERSION),
};

// exitCode, never exit(): piped output must drain before the process ends.
process.exitCode = await run(process.argv.slice(2), ctx);
