// Runs clic in-process with a fake context, and makes throw-away corpora.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from '../../src/context.js';
import type { FullEntry } from '../../src/core/schema.js';
import { fileStores } from '../../src/fs/store.js';
import { memoryIo } from '../../src/io.js';
import { run } from '../../src/run.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLED_CORPUS = join(ROOT, 'corpus');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  tty?: boolean;
  stdinIsTTY?: boolean;
  columns?: number;
  answers?: string[];
  cwd?: string;
}

export function testContext(options: CliOptions = {}) {
  const io = memoryIo({
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    columns: options.columns ?? 80,
    stdin: options.stdin,
    answers: options.answers,
  });
  // A cache folder per test run keeps tests from sharing state through ~/.cache.
  const env = { CLIC_CACHE_DIR: join(tmpdir(), `clic-test-cache-${process.pid}`), ...options.env };
  const cwd = options.cwd ?? ROOT;
  const version = '0.0.0-test';
  const ctx: Context = { io, env, cwd, bundledCorpusDir: BUNDLED_CORPUS, version, openStore: async (dir, options) => fileStores(env, cwd, version)(dir, options) };
  return { ctx, io };
}

/** Every entry of the corpus folder `dir` with its body, read without a cache. */
export function fullEntries(dir: string): FullEntry[] {
  const store = fileStores({}, ROOT, 'test')(dir, { cache: false });
  return store.full(store.entries().entries.map((entry) => entry.id));
}

/** `clic ARGV…` in-process: exit code, stdout and stderr as strings. */
export async function clic(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  const { ctx, io } = testContext(options);
  const code = await run(argv, ctx);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** A fresh corpus folder holding these files (paths relative to it). */
export function makeCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'clic-corpus-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** A valid entry file, with fields overridden or added as raw YAML lines. */
export function entryText(fields: Record<string, string> = {}, body = 'Notes.'): string {
  const base: Record<string, string> = {
    title: '"A title"',
    type: 'interview',
    date: '2020-10-15',
    outlet: 'Some Outlet',
    ...fields,
  };
  const lines = Object.entries(base).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}
