// A large corpus with 1% broken files: every good entry loads and every broken file is
// reported, by the walk and the CLI alike. 20,000 files keep the test to a few seconds; the full
// check is `CLIC_SCALE_FILES=100000 npx vitest run test/hostile/scale.test.ts` (~400 MB of /tmp).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/fs/read-corpus.js';
import { ROOT, clic, entryText } from '../support/cli.js';

const FILES = Number(process.env.CLIC_SCALE_FILES) || 20_000;
const FOLDERS = 20;
const isBroken = (i: number): boolean => i % 100 === 37;
// One kind of breakage per broken file, in turn, each with the line and field it is reported at.
const BREAKAGES: [make: (i: number) => string | Uint8Array, line: number, field: string][] = [
  [(i) => entryText({ title: `"Never closed ${i}` }), 2, 'yaml'],
  [(i) => entryText({ title: `"Entry ${i}"`, date: '2020-02-30' }), 4, 'date'],
  [() => '', 1, 'front-matter'],
  [(i) => Uint8Array.from(Buffer.from(entryText({ outlet: `Télérama ${i}` }), 'latin1')), 5, 'file'],
  [(i) => `---js\n{ title: "${i}" }\n---\n`, 1, 'front-matter'],
];

const pathOf = (i: number): string => `f${String(i % FOLDERS).padStart(2, '0')}/entry-${i}.md`;
const broken = Array.from({ length: FILES }, (_, i) => i).filter(isBroken);
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clic-scale-'));
  for (let f = 0; f < FOLDERS; f++) mkdirSync(join(dir, `f${String(f).padStart(2, '0')}`));
  for (let i = 0; i < FILES; i++) {
    const text = isBroken(i)
      ? BREAKAGES[broken.indexOf(i) % BREAKAGES.length]![0](i)
      : entryText({ title: `"Entry ${i}"`, date: `20${10 + (i % 15)}-${String((i % 12) + 1).padStart(2, '0')}`, tags: '[scale, test]' }, `Body of entry ${i}.`);
    writeFileSync(join(dir, pathOf(i)), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`a corpus of ${FILES} files, 1% broken`, () => {
  it('loads every good entry and reports each broken file at its line', () => {
    const corpus = readCorpus(dir);
    expect(corpus.entries).toHaveLength(FILES - broken.length);
    expect(corpus.skipped).toBe(broken.length);
    expect(corpus.problems).toHaveLength(broken.length);
    const expected = broken.map((i, n) => ({ path: pathOf(i), line: BREAKAGES[n % BREAKAGES.length]![1], field: BREAKAGES[n % BREAKAGES.length]![2] }));
    const reported = corpus.problems.map(({ path, line, field }) => ({ path, line, field }));
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
    expect(reported.sort(byPath)).toEqual(expected.sort(byPath));
  });

  it('lists every good entry and says how many files were skipped', async () => {
    const list = await clic(['list', '--corpus', dir, '--format', 'ids', '--no-cache']);
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(FILES - broken.length);
    expect(list.stderr).toBe(`clic: ${broken.length} files skipped because of errors (run \`clic validate\` to see them)\n`);
  });

  it('gives the same through the built binary, where worker threads load part of the files', () => {
    const env = { ...process.env, NO_COLOR: '1', CLIC_CACHE_DIR: join(dir, '.cache') };
    const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'clic.js'), ...args, '--corpus', dir], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    const list = run(['list', '--format', 'ids']);
    expect(list.status).toBe(0);
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(FILES - broken.length);
    expect(list.stderr).toBe(`clic: ${broken.length} files skipped because of errors (run \`clic validate\` to see them)\n`);
    const validate = run(['validate', '--format', 'json']);
    expect(validate.status).toBe(1);
    expect(JSON.parse(validate.stdout).problems).toHaveLength(broken.length);
  });

  it('validate names every broken file', async () => {
    const validate = await clic(['validate', '--corpus', dir, '--no-cache'], { cwd: dir });
    expect(validate.code).toBe(1);
    const named = new Set(validate.stdout.split('\n').map((line) => line.split(':')[0]));
    for (const i of broken) expect(named.has(pathOf(i))).toBe(true);
  });
});
