// What only real processes show: loading on a second core (the worker is bundled in dist/),
// and two clic processes writing the same cache at once.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD } from '../../src/fs/load-files.js';
import { clic, entryText, ROOT } from '../support/cli.js';

const BIN = join(ROOT, 'bin', 'clic.js');
const FILES = Math.round(PARALLEL_THRESHOLD * 1.2);
/** Files changed in the last two seconds are not cached: wait until the corpus is older. */
const RACY_MS = 2000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function clicProcess(args: string[], cacheDir: string): Promise<Run> {
  // A worker even on a busy machine, where clic would load on one thread by itself.
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, CLIC_CACHE_DIR: cacheDir, CLIC_WORKERS: '1', NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Checks the framing and checksums a reader relies on, in every shard file; gives how many files they hold. */
function cachedFiles(folder: string): number {
  let total = 0;
  for (const name of readdirSync(folder)) {
    expect(name).toMatch(/^[0-9a-f]{2}\.cache$/);
    const bytes = readFileSync(join(folder, name));
    const headerStart = bytes.indexOf(0x0a) + 1;
    const headerEnd = bytes.indexOf(0x0a, headerStart);
    expect(bytes.toString('utf8', 0, headerStart)).toBe('clic cache\n');
    const header = JSON.parse(bytes.toString('utf8', headerStart, headerEnd));
    // The sections one after another: records (by column), quotes, the quotes' words, bodies.
    const quotesStart = headerEnd + 1 + header.files.length;
    const wordsStart = quotesStart + header.quotes.length;
    const files = bytes.subarray(headerEnd + 1, quotesStart);
    const quotes = bytes.subarray(quotesStart, wordsStart);
    const words = bytes.subarray(wordsStart, wordsStart + header.words.length);
    const bodies = bytes.subarray(wordsStart + header.words.length);
    expect(bodies.length).toBe(header.bodies.length);
    expect([crc32(files), crc32(quotes), crc32(words), crc32(bodies)]).toEqual([header.files.crc, header.quotes.crc, header.words.crc, header.bodies.crc]);
    const records = JSON.parse(files.toString('utf8')).path as unknown[];
    // Each record's quotes, and each body's length in bytes, on the bodies' first line.
    expect(JSON.parse(quotes.toString('utf8'))).toHaveLength(records.length);
    const lineEnd = bodies.indexOf(0x0a);
    const lengths = JSON.parse(bodies.toString('latin1', 0, lineEnd)) as number[];
    expect(lengths).toHaveLength(records.length);
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBe(bodies.length - lineEnd - 1);
    total += records.length;
  }
  return total;
}

let corpus = '';
let cacheRoot = '';
beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'clic-processes-'));
  cacheRoot = mkdtempSync(join(tmpdir(), 'clic-processes-cache-'));
  const started = Date.now();
  for (let i = 0; i < FILES; i++) {
    const folder = join(corpus, `y${2000 + (i % 20)}`);
    if (i < 20) mkdirSync(folder);
    const text = i % 97 === 5
      ? entryText({ date: '2020-02-30' })
      : entryText({ title: `"Entrée ${i} : l’économie du clic"`, date: `20${10 + (i % 15)}-0${1 + (i % 9)}`, tags: '[travail, plateformes]', quotes: `\n  - "Citation ${i}, avec des accents : é, œ, ’."` }, `Corps de l’entrée ${i}.\n\nDeuxième paragraphe.`);
    writeFileSync(join(folder, `entry-${i}.md`), text);
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + RACY_MS + 200 - Date.now())));
});
afterAll(() => [corpus, cacheRoot].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe(`${FILES} files, enough to load on two cores`, () => {
  it.each([
    [['list', '--format', 'json']],
    [['validate', '--format', 'json']],
    [['show', 'entry-1', `entry-${FILES - 1}`, `entry-${FILES >> 1}`, '--format', 'json']],
  ])('%j gives the same output from the bundled process as in-process', async (args) => {
    const cacheDir = mkdtempSync(join(cacheRoot, 'same-'));
    const expected = await clic([...args, '--corpus', corpus, '--no-cache']);
    const cold = await clicProcess([...args, '--corpus', corpus, '--no-cache'], cacheDir);
    expect({ code: cold.code, stdout: cold.stdout, stderr: cold.stderr }).toEqual(expected);
    const filling = await clicProcess([...args, '--corpus', corpus], cacheDir);
    const warm = await clicProcess([...args, '--corpus', corpus], cacheDir);
    expect(filling.stdout).toBe(expected.stdout);
    expect(warm.stdout).toBe(expected.stdout);
  });

  // Eight cold loads of 6,000 files: on a loaded 2-core machine, well over the default 30 s.
  it('lets two processes write one cache at the same time without corrupting it', async () => {
    const cacheDir = join(cacheRoot, 'race');
    const args = ['list', '--format', 'ids', '--corpus', corpus];
    const { code, stdout: expected, stderr } = await clic([...args, '--no-cache']);
    for (let round = 0; round < 4; round++) {
      // Both processes find no cache, so both write it.
      rmSync(cacheDir, { recursive: true, force: true });
      const runs = await Promise.all([clicProcess(args, cacheDir), clicProcess(args, cacheDir)]);
      for (const run of runs) expect(run).toEqual({ code: 0, stdout: expected, stderr: expect.any(String) });
      const [folder, ...others] = readdirSync(cacheDir);
      expect(others).toEqual([]);
      expect(cachedFiles(join(cacheDir, folder!))).toBe(FILES);
      expect(await clicProcess(args, cacheDir)).toEqual({ code, stdout: expected, stderr });
    }
  }, 180_000);
});
