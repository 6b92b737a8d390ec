// Readers through one cache while an editor saves files by atomic rename: every entry printed
// has all its fields from one version of its file, every JSON output parses, none is cut short.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const BIN = join(ROOT, 'bin', 'clic.js');
const FILES = 60;
const READERS = 4;
const ROUNDS = 4;

/** Version `version` of entry `i`: its title, quote and body each carry the version number. */
const entryFile = (i: number, version: number): string =>
  `---\ntitle: "v${version} title of e-${i}"\ntype: interview\ndate: 2020-10-15\noutlet: Outlet\nquotes:\n  - "v${version} quote of e-${i}"\n---\n\nv${version} body of e-${i}\n`;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * The editor, in a process of its own: saves one file every 20 ms by writing a temporary file
 * and renaming it over the old one, each save a new version, until it is killed.
 */
function startEditor(dir: string): ChildProcess {
  const script = `
    const { renameSync, writeFileSync } = require('node:fs');
    const entryFile = ${entryFile.toString()};
    let version = 1;
    setInterval(() => {
      const i = version % ${FILES};
      version++;
      const temporary = ${JSON.stringify(dir)} + '/.e-' + i + '.tmp';
      writeFileSync(temporary, entryFile(i, version));
      renameSync(temporary, ${JSON.stringify(dir)} + '/e-' + i + '.md');
    }, 20);`;
  return spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
}

function clicRun(args: string[], cacheDir: string, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, CLIC_CACHE_DIR: cacheDir, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  child.stdin.end(input ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** The version numbers an entry's fields carry: one number when the entry is of one version. */
function versionsOf(entry: { id: string; title: string; quotes: { text: string }[]; body?: string }): Set<string | undefined> {
  const texts = [entry.title, ...entry.quotes.map((quote) => quote.text), ...(entry.body === undefined ? [] : [entry.body])];
  expect(texts.every((text) => text.includes(`of ${entry.id}`)), entry.id).toBe(true);
  return new Set(texts.map((text) => /v(\d+) /.exec(text)?.[1]));
}

describe('an editor saving files while readers share one cache', () => {
  it('gives every entry whole from one version, and JSON that parses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clic-concurrent-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'clic-concurrent-cache-'));
    made.push(dir, cacheDir);
    // Version 1 of every file, old enough to be cached at once.
    for (let i = 0; i < FILES; i++) {
      const path = join(dir, `e-${i}.md`);
      writeFileSync(`${path}.tmp`, entryFile(i, 1));
      renameSync(`${path}.tmp`, path);
      utimesSync(path, 1_600_000_000, 1_600_000_000);
    }
    const ids = Array.from({ length: FILES }, (_, i) => `e-${i}`).join('\n');
    const editor = startEditor(dir);
    let entriesChecked = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const runs = await Promise.all(Array.from({ length: READERS }, (_, reader) =>
          reader % 2 === 0
            ? clicRun(['show', '-', '--format', 'json', '--corpus', dir], cacheDir, ids)
            : clicRun(['list', '--format', 'json', '--corpus', dir], cacheDir)));
        for (const run of runs) {
          expect(run.stderr).toBe('');
          expect(run.code).toBe(0);
          const entries = JSON.parse(run.stdout) as Parameters<typeof versionsOf>[0][];
          expect(entries).toHaveLength(FILES);
          for (const entry of entries) expect(versionsOf(entry).size, `${entry.id}: ${JSON.stringify(entry)}`).toBe(1);
          entriesChecked += entries.length;
        }
      }
    } finally {
      editor.kill();
    }
    expect(entriesChecked).toBe(ROUNDS * READERS * FILES);
  }, 240_000);
});
