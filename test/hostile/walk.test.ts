// Hostile folders: what the walk meets before any file is parsed. Tested through readCorpus and
// the CLI, since the walk and the reads are src/fs's job.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCorpus } from '../../src/fs/read-corpus.js';
import { clic, entryText, makeCorpus } from '../support/cli.js';
import { clicUnprivileged, UNPRIVILEGED_MISSING } from '../support/unprivileged.js';

// A file that vanishes between the listing and the read: opening any `vanishing.md` first
// deletes it, exactly as if another process had removed it at that moment.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
    if (typeof path === 'string' && path.endsWith('vanishing.md')) fs.rmSync(path, { force: true });
    return (fs.openSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, default: { ...fs, openSync }, openSync };
});

const corpora: string[] = [];
afterAll(() => corpora.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A corpus with two good entries beside whatever the case adds. */
function corpusWith(files: Record<string, string> = {}): string {
  const dir = makeCorpus({ 'good-one.md': entryText(), 'sub/good-two.md': entryText({ type: 'video' }), ...files });
  corpora.push(dir);
  return dir;
}

async function expectLoadedAndReported(dir: string, ids: string[], problem?: { path: string; message: RegExp }): Promise<void> {
  const corpus = readCorpus(dir);
  expect(corpus.entries.map((e) => e.id).sort()).toEqual([...ids].sort());
  const validate = await clic(['validate', '--corpus', dir], { cwd: dir });
  const list = await clic(['list', '--corpus', dir, '--format', 'ids']);
  expect(list.stdout.split('\n').filter(Boolean).sort()).toEqual([...ids].sort());
  if (problem) {
    expect(corpus.problems).toContainEqual(expect.objectContaining({ path: problem.path, line: 1, field: 'file', severity: 'error', message: expect.stringMatching(problem.message) }));
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(new RegExp(`^${problem.path}:1: file: `, 'm'));
    expect(list.stderr).toMatch(/1 file skipped/);
  } else {
    expect(corpus.problems).toEqual([]);
    expect(validate.code).toBe(0);
    expect(list.stderr).toBe('');
  }
  expect(validate.stdout + validate.stderr + list.stderr).not.toMatch(/^\s+at |internal error/m);
}

describe('hostile folders', () => {
  it('walks a folder named x.md as a folder, not as an entry', async () => {
    const dir = corpusWith({ 'looks-like-a-file.md/inner.md': entryText() });
    await expectLoadedAndReported(dir, ['good-one', 'good-two', 'inner']);
  });

  it('visits a folder once when symbolic links loop back to it', async () => {
    const dir = corpusWith();
    symlinkSync(dir, join(dir, 'sub', 'back-to-root'));
    symlinkSync('.', join(dir, 'here'));
    await expectLoadedAndReported(dir, ['good-one', 'good-two']);
  });

  it('reports a symbolic link that points at itself', async () => {
    const dir = corpusWith();
    symlinkSync('self-loop.md', join(dir, 'self-loop.md'));
    await expectLoadedAndReported(dir, ['good-one', 'good-two'], { path: 'self-loop.md', message: /symbolic link loop/ });
  });

  it('reports a symbolic link to nothing', async () => {
    const dir = corpusWith();
    symlinkSync('nowhere.md', join(dir, 'dangling.md'));
    await expectLoadedAndReported(dir, ['good-one', 'good-two'], { path: 'dangling.md', message: /broken symbolic link, its target does not exist/ });
  });

  it('reports a file that vanishes between the listing and the read', async () => {
    const dir = corpusWith({ 'vanishing.md': entryText() });
    const corpus = readCorpus(dir);
    expect(corpus.entries.map((e) => e.id).sort()).toEqual(['good-one', 'good-two']);
    expect(corpus.problems).toEqual([expect.objectContaining({ path: 'vanishing.md', line: 1, field: 'file', severity: 'error', message: expect.stringMatching(/vanished/) })]);
    expect(corpus.skipped).toBe(1);
  });

  it('reports a file that vanishes, through the CLI', async () => {
    const dir = corpusWith({ 'sub/vanishing.md': entryText() });
    const list = await clic(['list', '--corpus', dir, '--format', 'ids']);
    expect(list.stdout.split('\n').filter(Boolean).sort()).toEqual(['good-one', 'good-two']);
    expect(list.stderr).toMatch(/1 file skipped/);
  });

  // Root reads any file whatever its mode: the case runs as a user that the mode applies to.
  it.skipIf(UNPRIVILEGED_MISSING !== '')(`reports an unreadable file (chmod 000)${UNPRIVILEGED_MISSING}`, () => {
    const dir = corpusWith({ 'locked.md': entryText() });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked.md'), 0o000);
    try {
      const listed = clicUnprivileged(['list', '--corpus', dir, '--no-cache', '--format', 'ids'], {});
      expect(listed.stdout.split('\n').filter(Boolean).sort()).toEqual(['good-one', 'good-two']);
      const validated = clicUnprivileged(['validate', '--corpus', dir, '--no-cache'], {});
      expect(validated.stdout + validated.stderr).toMatch(/locked\.md.*permission denied/i);
    } finally {
      chmodSync(join(dir, 'locked.md'), 0o644);
    }
  });

  it('never reads a named pipe called x.md (the read would never end)', async () => {
    const dir = corpusWith();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    await expectLoadedAndReported(dir, ['good-one', 'good-two']);
    unlinkSync(join(dir, 'pipe.md'));
  });

  it('skips README.md and names starting with . or _, whatever they hold', async () => {
    const dir = corpusWith({ 'README.md': 'not an entry', '.hidden.md': '\0', '_drafts/broken.md': '---js\n---\n', 'sub/readme.md': '' });
    mkdirSync(join(dir, '.git'));
    await expectLoadedAndReported(dir, ['good-one', 'good-two']);
  });
});
