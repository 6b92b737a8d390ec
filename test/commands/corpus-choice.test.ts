import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, clic, entryText, makeCorpus } from '../support/cli.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'clic-choice-'));
const NEW_ARGS = ['new', '--type', 'press', '--date', '2021-03', '--outlet', 'Libération', '--title', 'Les forçats du clic'];

describe('the bundled corpus is read-only', () => {
  it.each([
    ['new', NEW_ARGS],
    ['edit', ['edit', '2021-05-wired-uk']],
    ['init', ['init', BUNDLED_CORPUS]],
  ])('%s refuses to write into it, and says how to choose a corpus', async (_name, argv) => {
    const before = readdirSync(BUNDLED_CORPUS).sort();
    const result = await clic(argv, { env: { EDITOR: 'true' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^clic: the corpus bundled with clic is read-only/);
    for (const way of ['clic init DIR', '--corpus DIR', 'CLIC_CORPUS']) expect(result.stderr).toContain(way);
    expect(readdirSync(BUNDLED_CORPUS).sort()).toEqual(before);
  });

  it('new still writes into a corpus of ones own', async () => {
    const dir = makeCorpus({});
    const result = await clic([...NEW_ARGS, '--corpus', dir]);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, '2021-03-liberation.md'))).toBe(true);
  });
});

describe('clic init', () => {
  it('creates the folder with the format reference, a marker, and records it as the default', async () => {
    const home = scratch();
    const dir = join(scratch(), 'appearances');
    const result = await clic(['init', dir], { env: { HOME: home } });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(readFileSync(join(BUNDLED_CORPUS, 'README.md'), 'utf8'));
    expect(existsSync(join(dir, '.clic'))).toBe(true);
    expect(readFileSync(join(home, '.config', 'clic', 'config'), 'utf8')).toBe(`corpus = ${dir}\n`);
    // From anywhere, clic now uses it: `new` writes there, `list` reads there.
    const elsewhere = scratch();
    expect((await clic(NEW_ARGS, { env: { HOME: home }, cwd: elsewhere })).code).toBe(0);
    expect(existsSync(join(dir, '2021-03-liberation.md'))).toBe(true);
    const listed = await clic(['list', '--format', 'ids'], { env: { HOME: home }, cwd: elsewhere });
    expect(listed.stdout).toBe('2021-03-liberation\n');
  });

  it('never overwrites a README or marker that is there, and keeps other config lines', async () => {
    const config = scratch();
    mkdirSync(join(config, 'clic'));
    writeFileSync(join(config, 'clic', 'config'), '# mine\ncorpus = /old\n');
    const dir = makeCorpus({ 'README.md': 'my notes\n', '.clic': 'mine\n' });
    const result = await clic(['init', dir], { env: { XDG_CONFIG_HOME: config } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/README\.md.*kept as it was/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('my notes\n');
    expect(readFileSync(join(dir, '.clic'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(config, 'clic', 'config'), 'utf8')).toBe(`# mine\ncorpus = ${dir}\n`);
  });

  it('--no-default records nothing', async () => {
    const home = scratch();
    expect((await clic(['init', join(scratch(), 'c'), '--no-default'], { env: { HOME: home } })).code).toBe(0);
    expect(existsSync(join(home, '.config'))).toBe(false);
  });

  it('refuses a path that is a file', async () => {
    const dir = makeCorpus({ 'a.md': entryText() });
    const result = await clic(['init', join(dir, 'a.md'), '--no-default']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^clic: not a folder: /);
  });
});

describe('which corpus: clic info', () => {
  const withEntry = () => makeCorpus({ 'a.md': entryText(), '.clic': '' });
  const info = async (argv: string[], options: Parameters<typeof clic>[1]) => JSON.parse((await clic(['info', '--format', 'json', ...argv], options)).stdout);

  it('takes --corpus, then $CLIC_CORPUS, then a marker upward, then the recorded default, then the bundled corpus', async () => {
    const [option, env, marked, recorded] = [withEntry(), withEntry(), withEntry(), withEntry()];
    const below = join(marked, 'sub', 'deeper');
    mkdirSync(below, { recursive: true });
    const home = scratch();
    mkdirSync(join(home, '.config', 'clic'), { recursive: true });
    writeFileSync(join(home, '.config', 'clic', 'config'), `corpus = ${recorded}\n`);
    const plainFolder = scratch();
    const cases: [string[], Record<string, string>, string, string, string][] = [
      [['--corpus', option], { CLIC_CORPUS: env, HOME: home }, below, option, 'option'],
      [[], { CLIC_CORPUS: env, HOME: home }, below, env, 'env'],
      [[], { HOME: home }, below, marked, 'marker'],
      [[], { HOME: home }, plainFolder, recorded, 'config'],
      [[], {}, plainFolder, BUNDLED_CORPUS, 'bundled'],
    ];
    for (const [argv, env, cwd, corpus, source] of cases) {
      expect(await info(argv, { env, cwd })).toMatchObject({ corpus, source });
    }
  });

  it('says in text which corpus, why, and where the cache is', async () => {
    const dir = withEntry();
    const result = await clic(['info', '--corpus', dir], { env: { CLIC_CACHE_DIR: '/tmp/clic-info-cache' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`corpus   ${dir}\n`);
    expect(result.stdout).toContain('why      given with --corpus\n');
    expect(result.stdout).toContain('entries  1 entry\n');
    expect(result.stdout).toMatch(/^cache {4}\/tmp\/clic-info-cache\/clic-choice-|^cache {4}\/tmp\/clic-info-cache\/clic-corpus-/m);
    const bundled = await clic(['info'], { cwd: scratch() });
    expect(bundled.stdout).toContain(`corpus   ${BUNDLED_CORPUS} (read-only)\n`);
  });
});
