// Issue 14, items 1, 5 and 8: nothing is read from outside the corpus through a symbolic link;
// a file swapped for a FIFO or a device after the listing is refused, never waited on; names
// that are not UTF-8 are read as bytes, and the entries inside them kept.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCorpus } from '../../src/fs/read-corpus.js';
import { clic, entryText, makeCorpus } from '../support/cli.js';

// A file swapped between the listing and the read: opening (or reading, as clic once did) any
// `swapped.md` first replaces it by a FIFO with no writer, or by a link to a device.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const swap = (path: unknown): void => {
    if (typeof path !== 'string' || !/swapped-(fifo|device)\.md$/.test(path) || !fs.lstatSync(path).isFile()) return;
    fs.rmSync(path);
    if (path.endsWith('fifo.md')) execFileSync('mkfifo', [path]);
    else fs.symlinkSync('/dev/zero', path);
  };
  const openSync = ((path: unknown, ...rest: unknown[]) => (swap(path), (fs.openSync as (...args: unknown[]) => unknown)(path, ...rest))) as typeof fs.openSync;
  const readFileSync = ((path: unknown, ...rest: unknown[]) => (swap(path), (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest))) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, openSync, readFileSync }, openSync, readFileSync };
});

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A corpus with two good entries, beside a folder outside it that holds a third. */
function corpusBesideOutside(): { dir: string; outside: string } {
  const parent = mkdtempSync(join(tmpdir(), 'clic-outside-'));
  made.push(parent);
  const dir = join(parent, 'corpus');
  const outside = join(parent, 'outside');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(dir, 'good-one.md'), entryText());
  writeFileSync(join(dir, 'sub', 'good-two.md'), entryText({ type: 'video' }));
  writeFileSync(join(outside, 'secret.md'), entryText({ title: '"Secret"' }));
  return { dir, outside };
}

const ids = (stdout: string): string[] => stdout.split('\n').filter(Boolean).sort();

describe('symbolic links that lead out of the corpus', () => {
  it('are not followed, and one warning names them all', async () => {
    const { dir } = corpusBesideOutside();
    symlinkSync('../outside/secret.md', join(dir, 'linked.md'));
    symlinkSync('..', join(dir, 'parent'));
    symlinkSync('/', join(dir, 'everything'));
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    for (const cache of [['--no-cache'], []]) {
      const list = await clic(['list', '--corpus', dir, '--format', 'ids', ...cache]);
      expect(ids(list.stdout)).toEqual(['good-one', 'good-two']);
      expect(list.code).toBe(0);
      const warnings = list.stderr.split('\n').filter(Boolean);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/lead outside the corpus/);
      for (const name of ['linked.md', 'parent', 'everything', 'zero.md']) expect(warnings[0]).toContain(name);
    }
    const exported = await clic(['export', '--format', 'csv', '--corpus', dir]);
    expect(exported.stdout).not.toContain('Secret');
    // From inside the corpus, the paths validate prints are the corpus's own.
    const validate = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(validate.stdout).toMatch(/^linked\.md:1: link: warning: not followed/m);
  });

  it('keep working when they stay inside, and loops end', async () => {
    const { dir } = corpusBesideOutside();
    symlinkSync('sub/good-two.md', join(dir, 'good-three.md'));
    symlinkSync('sub', join(dir, 'same-sub'));
    symlinkSync('..', join(dir, 'sub', 'up-to-root'));
    const list = await clic(['list', '--corpus', dir, '--format', 'ids']);
    expect(ids(list.stdout)).toEqual(['good-one', 'good-three', 'good-two']);
    expect(list.stderr).toBe('');
  });

  it('a corpus folder that is itself a link is read where it leads', async () => {
    const { dir } = corpusBesideOutside();
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    expect(readCorpus(link).entries.map((e) => e.id)).toEqual(['good-one', 'good-two']);
  });
});

describe('a file swapped for something that is not a file after the listing', () => {
  const corpusWithSwapped = (kind: string): string => {
    const dir = makeCorpus({ 'good-one.md': entryText(), [`swapped-${kind}.md`]: entryText() });
    made.push(dir);
    return dir;
  };
  it.each(['fifo', 'device'])('a %s is refused with its name, not waited on', async (kind) => {
    const corpus = readCorpus(corpusWithSwapped(kind));
    expect(corpus.entries.map((e) => e.id)).toEqual(['good-one']);
    expect(corpus.problems).toEqual([expect.objectContaining({ path: `swapped-${kind}.md`, field: 'file', severity: 'error', message: expect.stringMatching(/^cannot read: not a regular file/) })]);
    for (const cache of [['--no-cache'], []]) {
      const list = await clic(['list', '--corpus', corpusWithSwapped(kind), '--format', 'ids', ...cache]);
      expect(ids(list.stdout)).toEqual(['good-one']);
      expect(list.stderr).toMatch(/1 file skipped/);
    }
  }, 20_000);
});

describe('names that are not UTF-8', () => {
  it('a folder whose name is not UTF-8 is read as bytes, its entries kept and its name shown escaped', async () => {
    const dir = makeCorpus({ 'good-one.md': entryText() });
    made.push(dir);
    const folder = Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('dir')]);
    mkdirSync(folder);
    for (const name of ['inside-one.md', 'inside-two.md']) writeFileSync(Buffer.concat([folder, Buffer.from(`/${name}`)]), entryText({ title: `"${name}"` }));
    for (const cache of [['--no-cache'], []]) {
      const list = await clic(['list', '--corpus', dir, '--format', 'tsv', ...cache]);
      expect(list.stderr).toBe('');
      expect(list.stdout).toContain('inside-one.md');
      const listed = await clic(['list', '--corpus', dir, '--format', 'json', ...cache]);
      expect(JSON.parse(listed.stdout).map((e: { path: string }) => e.path).sort()).toEqual(['bad\\xffdir/inside-one.md', 'bad\\xffdir/inside-two.md', 'good-one.md']);
      const shown = await clic(['show', 'inside-two', '--format', 'md', '--corpus', dir, ...cache]);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toContain('title: "inside-two.md"');
    }
  });

  it('a file whose name is not UTF-8 is reported with its name escaped', async () => {
    const dir = makeCorpus({ 'good-one.md': entryText() });
    made.push(dir);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), entryText());
    // From inside the corpus, the paths validate prints are the corpus's own.
    const validate = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(validate.stdout).toMatch(/^caf\\xe9\.md:1: id: file name `caf\\xe9\.md` is not a valid id/m);
    expect((await clic(['list', '--corpus', dir, '--format', 'ids'])).stdout).toBe('good-one\n');
  });
});
