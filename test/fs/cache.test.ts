// The cache of parsed files: the same results with it as without, whatever happens to it or
// to the corpus. Most cases call readCorpus with a clock set a minute ahead, so that files just
// written are old enough to be cached; the CLI cases check the wiring (--no-cache, the env).
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirFor, corpusCacheFor, readCache } from '../../src/fs/cache.js';
import { readCorpus, type ReadOptions } from '../../src/fs/read-corpus.js';
import { BUNDLED_CORPUS, clic, entryText, makeCorpus, plain, ROOT } from '../support/cli.js';
import { clicUnprivileged, UNPRIVILEGED_MISSING } from '../support/unprivileged.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const track = (dir: string): string => (made.push(dir), dir);

const newCacheDir = (): string => track(mkdtempSync(join(tmpdir(), 'clic-cache-test-')));
const aMinuteAhead = (): number => Date.now() + 60_000;
const cached = (cacheDir: string, version = '1.2.3'): ReadOptions => ({ cacheDir, version, now: aMinuteAhead });
/** The paths that the cache holds for `dir`, as this build reads it. */
const cachedPaths = (cacheDir: string, dir: string, version = '1.2.3'): string[] =>
  readCache(corpusCacheFor(cacheDir, dir), { corpus: dir, version }, () => undefined).flat().map((cachedFile) => cachedFile[3].path).sort();
/** Applies `change` to each shard file of the cache of `dir`. */
const eachShard = (cacheDir: string, dir: string, change: (file: string) => void): void => {
  const folder = corpusCacheFor(cacheDir, dir);
  for (const name of readdirSync(folder)) change(join(folder, name));
};

/** Breaks the JSON of one section of a cache file, keeping its length. */
function breakSection(file: string, section: 'files' | 'words' | 'quotes' | 'body'): void {
  const text = readFileSync(file, 'latin1');
  const headerStart = text.indexOf('\n') + 1;
  const headerEnd = text.indexOf('\n', headerStart) + 1;
  const { sections } = JSON.parse(text.slice(headerStart, headerEnd));
  const order = ['files', 'words', 'quotes', 'body'];
  const start = headerEnd + order.slice(0, order.indexOf(section)).reduce((sum, name) => sum + sections[name], 0);
  writeFileSync(file, `${text.slice(0, start)}{${text.slice(start + 1)}`, 'latin1');
}

const MIXED_FILES = 9;
/** Good entries in folders, a BOM, CRLF, warnings, errors, a duplicate id, a bad file name. */
function mixedCorpus(): string {
  return track(makeCorpus({
    'a-first.md': entryText({ title: '"L’économie du clic"', tags: '[travail, plateformes]' }, 'Un corps.\n\nSur deux paragraphes.'),
    'sub/b-second.md': `\uFEFF${entryText({ type: 'video', quotes: '\n  - "Une citation."\n  - { text: "Une autre", speaker: "Quelqu’un", at: "12:34" }' })}`,
    'sub/deeper/c-third.md': entryText({ date: '2020-05', people: '\n  - { name: Antonio A. Casilli, role: interviewee }' }).replace(/\n/g, '\r\n'),
    'd-warned.md': entryText({ title: '"Warned title"', colour: 'blue', related: '[no-such-entry]' }),
    'e-broken.md': entryText({ date: '2020-02-30' }),
    'f-unclosed.md': '---\ntitle: "never closed"\n',
    'dup/a-first.md': entryText(),
    'Bad Name.md': entryText(),
    'g-latin1.md': Uint8Array.from(Buffer.from(entryText({ outlet: 'Télérama' }), 'latin1')),
  }));
}

describe('the cache of parsed files', () => {
  it.each([
    ['the bundled corpus', () => BUNDLED_CORPUS],
    ['a corpus with every kind of problem', mixedCorpus],
  ])('gives the same corpus as no cache, when filling it and when read from it: %s', (_, corpusOf) => {
    const dir = corpusOf();
    const cacheDir = newCacheDir();
    const fresh = readCorpus(dir);
    expect(plain(readCorpus(dir, cached(cacheDir)))).toEqual(plain(fresh));
    expect(cachedPaths(cacheDir, dir).length).toBeGreaterThan(0);
    expect(plain(readCorpus(dir, cached(cacheDir)))).toEqual(plain(fresh));
  });

  it('is read: an entry changed in the cache alone shows, and --no-cache ignores it', async () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    // The CLI stamps the cache with the test context's version.
    readCorpus(dir, cached(cacheDir, '0.0.0-test'));
    // Same length: the header's section sizes still hold.
    eachShard(cacheDir, dir, (file) => writeFileSync(file, readFileSync(file, 'latin1').replace('"title":"Warned title"', '"title":"Warned TITLE"'), 'latin1'));
    const env = { CLIC_CACHE_DIR: cacheDir };
    const withCache = await clic(['list', '--corpus', dir, '--format', 'json'], { env });
    const withoutCache = await clic(['list', '--corpus', dir, '--format', 'json', '--no-cache'], { env });
    expect(withCache.stdout).toContain('"Warned TITLE"');
    expect(withoutCache.stdout).not.toContain('"Warned TITLE"');
    expect(withoutCache.stdout).toBe((await clic(['list', '--corpus', dir, '--format', 'json'], { env: { CLIC_CACHE_DIR: newCacheDir() } })).stdout);
  });

  const text = (title: string): string => entryText({ title: `"${title}"` });
  const SECOND = 1_600_000_000;
  it.each<[string, (dir: string) => void]>([
    ['its content changes size', (dir) => writeFileSync(join(dir, 'a-first.md'), text('A longer new title'))],
    ['its content changes, same size and modification time', (dir) => {
      const path = join(dir, 'a-first.md');
      const before = statSync(path);
      writeFileSync(path, readFileSync(path, 'utf8').replace('L’économie du clic', 'L’économie du CLIC'));
      utimesSync(path, before.atime, SECOND);
      expect(statSync(path).size).toBe(before.size);
      expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    }],
    ['it is deleted', (dir) => unlinkSync(join(dir, 'sub/b-second.md'))],
    ['one is added', (dir) => writeFileSync(join(dir, 'sub/h-new.md'), text('New'))],
    ['it is renamed', (dir) => renameSync(join(dir, 'd-warned.md'), join(dir, 'sub/d-moved.md'))],
    ['a broken file is fixed', (dir) => writeFileSync(join(dir, 'e-broken.md'), text('Fixed'))],
    ['a good file breaks', (dir) => writeFileSync(join(dir, 'a-first.md'), '---\ntitle: [unclosed\n---\n')],
  ])('reads a file again when %s', (_, change) => {
    const dir = mixedCorpus();
    // A whole second, which every file system keeps exactly, so that it can be set again.
    utimesSync(join(dir, 'a-first.md'), SECOND, SECOND);
    const cacheDir = newCacheDir();
    readCorpus(dir, cached(cacheDir));
    change(dir);
    expect(plain(readCorpus(dir, cached(cacheDir)))).toEqual(plain(readCorpus(dir)));
    // And the cache now holds the new state.
    expect(plain(readCorpus(dir, cached(cacheDir)))).toEqual(plain(readCorpus(dir)));
  });

  it('leaves out of the cache files changed in the last two seconds, and takes them once older', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    const changed = Math.max(...['a-first.md', 'sub/b-second.md', 'g-latin1.md'].map((path) => statSync(join(dir, path)).ctimeMs));
    const fresh = readCorpus(dir);
    expect(plain(readCorpus(dir, { cacheDir, version: '1.2.3', now: () => changed + 1000 }))).toEqual(plain(fresh));
    expect(cachedPaths(cacheDir, dir)).toEqual([]);
    expect(plain(readCorpus(dir, { cacheDir, version: '1.2.3', now: () => changed + 60_000 }))).toEqual(plain(fresh));
    expect(cachedPaths(cacheDir, dir)).toHaveLength(MIXED_FILES);
  });

  const damages: [string, (file: string) => void][] = [
    ['replaced by garbage', (file) => writeFileSync(file, 'not a cache at all\n{]')],
    ['empty', (file) => writeFileSync(file, '')],
    ['truncated', (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ['one byte short', (file) => truncateSync(file, statSync(file).size - 1)],
    ['one byte longer', (file) => writeFileSync(file, '\n', { flag: 'a' })],
    ['written for another corpus', (file) => writeFileSync(file, readFileSync(file, 'latin1').replace(/"corpus":"[^"]*"/, '"corpus":"/elsewhere"'), 'latin1')],
    ['written by another build', (file) => writeFileSync(file, readFileSync(file, 'latin1').replace(/"build":"[^"]*"/, '"build":"0123456789abcdef"'), 'latin1')],
    ['broken in its file records', (file) => breakSection(file, 'files')],
    ['broken in its quotes', (file) => breakSection(file, 'quotes')],
    ['broken in its bodies', (file) => breakSection(file, 'body')],
    ['broken in its words', (file) => breakSection(file, 'words')],
    ['holding an entry whose fields are not JSON', (file) => writeFileSync(file, readFileSync(file, 'latin1').replace(/\t\{"title":/g, '\t["title":'), 'latin1')],
    ['holding an entry without a title', (file) => writeFileSync(file, readFileSync(file, 'latin1').replace(/\t\{"title":/g, '\t{"titlx":'), 'latin1')],
    ['holding a record for a file that is not there', (file) => writeFileSync(file, readFileSync(file, 'latin1').replace('\na-first.md\t', '\na-firsz.md\t'), 'latin1')],
  ];
  it.each(damages)('is rebuilt silently when %s', (_, damage) => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    const fresh = readCorpus(dir);
    readCorpus(dir, cached(cacheDir));
    const shardsText = (): string => readdirSync(corpusCacheFor(cacheDir, dir)).sort().map((name) => readFileSync(join(corpusCacheFor(cacheDir, dir), name), 'latin1')).join('');
    const before = shardsText();
    eachShard(cacheDir, dir, damage);
    // The damage must touch the cache, or this test proves nothing.
    expect(shardsText()).not.toBe(before);
    const loaded = readCorpus(dir, cached(cacheDir));
    expect(plain(loaded)).toEqual(plain(fresh));
    // Quotes and bodies are read last, on first use.
    expect(loaded.entries.map((e) => [e.quotes, e.body])).toEqual(fresh.entries.map((e) => [e.quotes, e.body]));
    expect(cachedPaths(cacheDir, dir)).toHaveLength(MIXED_FILES);
    expect(plain(readCorpus(dir, cached(cacheDir)))).toEqual(plain(fresh));
  });

  it('gives the right quotes and bodies when the cache is replaced before they are first read', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    readCorpus(dir, cached(cacheDir));
    const loaded = readCorpus(dir, cached(cacheDir));
    // Another run caches other quotes and another body for b-second, which is then put back.
    const path = join(dir, 'sub/b-second.md');
    const original = readFileSync(path);
    writeFileSync(path, original.toString('utf8').replace('Une citation.', 'Une autre citation.').replace('Notes.', 'Other notes.'));
    readCorpus(dir, cached(cacheDir));
    writeFileSync(path, original);
    expect(plain(loaded)).toEqual(plain(readCorpus(dir)));
  });

  it('is rebuilt for another version of clic', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    readCorpus(dir, cached(cacheDir, '1.0.0'));
    expect(plain(readCorpus(dir, cached(cacheDir, '2.0.0')))).toEqual(plain(readCorpus(dir)));
    expect(cachedPaths(cacheDir, dir, '1.0.0')).toEqual([]);
    expect(cachedPaths(cacheDir, dir, '2.0.0')).toHaveLength(MIXED_FILES);
  });

  it.each<[string, () => string]>([
    ['under a file, so it cannot be made', () => join(track(makeCorpus({ 'plain-file': 'x' })), 'plain-file', 'cache')],
  ])('only costs speed when the cache folder is %s', async (_, cacheDirOf) => {
    const dir = mixedCorpus();
    const cacheDir = cacheDirOf();
    expect(plain(readCorpus(dir, cached(cacheDir)))).toEqual(plain(readCorpus(dir)));
    const listed = await clic(['list', '--corpus', dir, '--format', 'json'], { env: { CLIC_CACHE_DIR: cacheDir } });
    const uncached = await clic(['list', '--corpus', dir, '--format', 'json', '--no-cache']);
    expect(listed).toEqual(uncached);
  });

  // Root writes into a read-only folder anyway: the case runs as a user that the mode applies to.
  it.skipIf(UNPRIVILEGED_MISSING !== '')(`only costs speed when the cache folder is read-only${UNPRIVILEGED_MISSING}`, () => {
    const dir = mixedCorpus();
    chmodSync(dir, 0o755);
    const cacheDir = newCacheDir();
    chmodSync(cacheDir, 0o555);
    const listed = clicUnprivileged(['list', '--corpus', dir, '--format', 'json'], { CLIC_CACHE_DIR: cacheDir });
    const uncached = clicUnprivileged(['list', '--corpus', dir, '--format', 'json', '--no-cache'], {});
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout).length).toBeGreaterThan(0);
    expect([listed.stdout, listed.stderr]).toEqual([uncached.stdout, uncached.stderr]);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('gives every command the same output with it as with --no-cache', async () => {
    const dir = mixedCorpus();
    const env = { CLIC_CACHE_DIR: newCacheDir() };
    readCorpus(dir, cached(env.CLIC_CACHE_DIR, '0.0.0-test'));
    for (const args of [
      ['list', '--format', 'json'],
      ['list', '--format', 'tsv', '--type', 'video'],
      ['show', 'a-first', 'b-second', '--format', 'json'],
      ['show', 'c-third'],
      ['validate', '--format', 'json'],
      ['validate', '--strict'],
    ]) {
      const common = [...args, '--corpus', dir];
      expect(await clic(common, { env }), args.join(' ')).toEqual(await clic([...common, '--no-cache'], { env }));
    }
  });

  it('is neither read nor written with --no-cache', async () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    await clic(['list', '--corpus', dir, '--no-cache'], { env: { CLIC_CACHE_DIR: cacheDir } });
    await clic(['validate', '--corpus', dir, '--no-cache'], { env: { CLIC_CACHE_DIR: cacheDir } });
    expect(readdirSync(cacheDir)).toEqual([]);
    await clic(['list', '--corpus', dir], { env: { CLIC_CACHE_DIR: cacheDir } });
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('keeps paths that the line format could not hold as they are: tabs, quotes, characters above Latin-1', () => {
    const dir = track(makeCorpus({
      'l’été en “guillemets”/a-first.md': entryText({ title: '"Un été"' }),
      'tab\there/b-second.md': entryText(),
      '"quoted"/c-third.md': entryText(),
      'ça va/d-fourth.md': entryText(),
      'ünï/Bad Name ½.md': entryText(),
    }));
    const cacheDir = newCacheDir();
    const fresh = readCorpus(dir);
    readCorpus(dir, cached(cacheDir));
    expect(cachedPaths(cacheDir, dir)).toEqual(['"quoted"/c-third.md', 'l’été en “guillemets”/a-first.md', 'tab\there/b-second.md', 'ça va/d-fourth.md', 'ünï/Bad Name ½.md']);
    const again = readCorpus(dir, cached(cacheDir));
    expect(plain(again)).toEqual(plain(fresh));
    expect(again.entries.map((entry) => entry.id)).toEqual(['a-first', 'b-second', 'c-third', 'd-fourth']);
  });

  it('writes again only the shard of the file that changed', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    readCorpus(dir, cached(cacheDir));
    const folder = corpusCacheFor(cacheDir, dir);
    const inodes = (): Map<string, number> => new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).ino]));
    const before = inodes();
    expect(before.size).toBeGreaterThan(2);
    writeFileSync(join(dir, 'a-first.md'), text('Edited'));
    readCorpus(dir, cached(cacheDir));
    const after = inodes();
    const rewritten = [...after].filter(([name, ino]) => before.get(name) !== ino);
    expect(rewritten).toHaveLength(1);
    expect(plain(readCorpus(dir, cached(cacheDir)))).toEqual(plain(readCorpus(dir)));
  });

  it('keeps one cache per corpus folder', () => {
    const cacheDir = newCacheDir();
    const one = mixedCorpus();
    const other = mixedCorpus();
    readCorpus(one, cached(cacheDir));
    readCorpus(other, cached(cacheDir));
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect(corpusCacheFor(cacheDir, one)).not.toBe(corpusCacheFor(cacheDir, other));
    expect(plain(readCorpus(one, cached(cacheDir)))).toEqual(plain(readCorpus(one)));
  });

  it('lets the entries it gives be changed like any other', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    readCorpus(dir, cached(cacheDir));
    const fresh = readCorpus(dir).entries;
    const [first, second] = readCorpus(dir, cached(cacheDir)).entries;
    expect(plain(first)).toEqual(plain(fresh[0]));
    expect(plain(second)).toEqual(plain(fresh[1]));
    second!.body = 'replaced';
    second!.title = 'Retitled';
    second!.quotes.push({ text: 'Added', speaker: null, at: null, line: 1 });
    second!.date = '1999';
    expect([second!.body, second!.title, second!.quotes.at(-1)?.text, second!.date]).toEqual(['replaced', 'Retitled', 'Added', '1999']);
    expect(plain(second)).toMatchObject({ body: 'replaced', title: 'Retitled', date: '1999' });
  });
});

describe('where the cache lives', () => {
  it.each<[Record<string, string>, string | undefined]>([
    [{ CLIC_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' }, '/c'],
    [{ CLIC_CACHE_DIR: 'relative', HOME: '/h' }, '/work/relative'],
    [{ XDG_CACHE_HOME: '/x', HOME: '/h' }, '/x/clic'],
    [{ XDG_CACHE_HOME: 'relative/ignored', HOME: '/h' }, '/h/.cache/clic'],
    [{ CLIC_CACHE_DIR: '', XDG_CACHE_HOME: '', HOME: '/h' }, '/h/.cache/clic'],
    [{}, undefined],
  ])('%j gives %s', (env, expected) => {
    expect(cacheDirFor(env, '/work')).toBe(expected);
  });

  it('without any folder to use, loads without a cache', async () => {
    const dir = mixedCorpus();
    const result = await clic(['list', '--corpus', dir, '--format', 'json'], { env: { CLIC_CACHE_DIR: undefined, XDG_CACHE_HOME: undefined, HOME: undefined, USERPROFILE: undefined } });
    expect(result).toEqual(await clic(['list', '--corpus', dir, '--format', 'json', '--no-cache']));
  });

  it('gives each corpus folder its own folder', () => {
    expect(corpusCacheFor('/cache', '/a/my corpus')).toMatch(/^\/cache\/my-corpus-[0-9a-z]+$/);
    expect(corpusCacheFor('/cache', '/a/corpus')).not.toBe(corpusCacheFor('/cache', '/b/corpus'));
    expect(corpusCacheFor('/cache', '/')).toMatch(/^\/cache\/root-[0-9a-z]+$/);
  });
});

describe('a cache folder that cannot be made', () => {
  // Node 20's recursive mkdirSync loops forever under /proc; a real process with a time limit
  // shows the run still ends, without a cache.
  it.runIf(existsSync('/proc/self'))('under /proc costs only speed', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'clic.js'), 'list', '--format', 'ids'], {
      encoding: 'utf8', timeout: 20_000, env: { ...process.env, CLIC_CACHE_DIR: '/proc/clic-no-such-folder' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(25);
    expect(result.stderr).toBe('');
  });
});
