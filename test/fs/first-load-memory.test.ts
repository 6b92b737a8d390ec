// The first load of a corpus reads every file and writes the cache: it used to hold every file's
// quotes and body until all files were read, which made it the peak of memory. Each shard is now
// written as soon as its last file is loaded, and what it held let go. Measured on the built bin's
// peak RSS, against a load without the cache (which keeps no quote) of the same files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryText, ROOT } from '../support/cli.js';

const FILES = 1280;
/** A long quote each: the quotes of all files are 64 MB as text (two bytes a character). */
const QUOTE_CHARACTERS = 25_000;
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The peak RSS in MB of `clic list` over `corpus`, as the process itself saw it at exit. */
function peakRss(corpus: string, args: string[], env: Record<string, string>): number {
  const report = join(mkdtempSync(join(tmpdir(), 'clic-rss-')), 'rss');
  made.push(report.slice(0, -4));
  const run = spawnSync(process.execPath, [
    '--import', `data:text/javascript,import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));`,
    join(ROOT, 'bin', 'clic.js'), 'list', '--format', 'ids', '--corpus', corpus, ...args,
  ], { env: { ...process.env, ...env, CLIC_WORKERS: '0' }, encoding: 'utf8' });
  expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(FILES);
  return Number(readFileSync(report, 'utf8')) / 1024;
}

describe('the first load', () => {
  it(`of ${FILES} files with long quotes holds a few shards' quotes at a time, not all`, () => {
    const corpus = mkdtempSync(join(tmpdir(), 'clic-first-load-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'clic-first-load-cache-'));
    made.push(corpus, cacheDir);
    const quote = 'Le travail du clic’'.repeat(QUOTE_CHARACTERS / 19);
    for (let i = 0; i < FILES; i++) writeFileSync(join(corpus, `entry-${i}.md`), entryText({ title: `"Entrée ${i}"`, quotes: `\n  - "${quote} ${i}"` }));
    const withoutCache = peakRss(corpus, ['--no-cache'], {});
    const first = peakRss(corpus, [], { CLIC_CACHE_DIR: cacheDir });
    // Every quote at once is 64 MB, and held them all 35 MB above the load without the cache; a
    // shard's is 1 MB, and the first load now peaks below that load.
    expect(first - withoutCache).toBeLessThan((FILES * QUOTE_CHARACTERS * 2) / 1e6 / 4);
  }, 60_000);
});
