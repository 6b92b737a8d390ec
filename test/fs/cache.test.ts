// The cache of parsed files: the same results with it as without, whatever happens to it or
// to the corpus. Most cases call readCorpus with a clock set a minute ahead, so that files just
// written are old enough to be cached; the CLI cases check the wiring (--no-cache, the env).
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexOfRuns } from '../../src/core/search/index.js';
import { cacheDirFor, corpusCacheFor, shardOf, SHARDS } from '../../src/fs/cache/folder.js';
import { ShardReader } from '../../src/fs/cache/shards.js';
import { readSnapshot, type ReadOptions } from '../../src/fs/read-corpus.js';
import { BUNDLED_CORPUS, clic, entryText, makeCorpus, ROOT } from '../support/cli.js';
import { clicUnprivileged, UNPRIVILEGED_MISSING } from '../support/unprivileged.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const track = (dir: string): string => (made.push(dir), dir);

const newCacheDir = (): string => track(mkdtempSync(join(tmpdir(), 'clic-cache-test-')));
const aMinuteAhead = (): number => Date.now() + 60_000;
const cached = (cacheDir: string, version = '1.2.3'): ReadOptions => ({ cacheDir, version, now: aMinuteAhead });
/** A corpus as read, with the body of every entry: what a reader can get of it. */
const readCorpus = (dir: string, options: ReadOptions = {}) => {
  const { corpus, body } = readSnapshot(dir, options);
  if (body === null) throw new Error('read without bodies');
  return { ...corpus, bodies: corpus.entries.map((entry) => body(entry.path)) };
};
/** The paths that the cache holds for `dir`, as this build reads it. */
const cachedPaths = (cacheDir: string, dir: string, version = '1.2.3'): string[] =>
  Array.from({ length: SHARDS }, (_, shard) => new ShardReader(corpusCacheFor(cacheDir, dir), { corpus: dir, version }).read(shard, { quotes: true, bodies: true })?.files ?? [])
    .flat().map((file) => file.path).sort();
/** Applies `change` to each shard file of the cache of `dir`. */
const eachShard = (cacheDir: string, dir: string, change: (file: string) => void): void => {
  const folder = corpusCacheFor(cacheDir, dir);
  for (const name of readdirSync(folder)) change(join(folder, name));
};
const shardPath = (cacheDir: string, dir: string, path: string): string =>
  join(corpusCacheFor(cacheDir, dir), `${shardOf(path).toString(16).padStart(2, '0')}.cache`);

/** A shard's records section as written: one array per column (path, size, …, each field), a value per file. */
type Columns = Record<string, unknown[]>;

/** The words section of a shard: a line of JSON, then the numbers as 32-bit integers. */
interface WordsSection {
  head: { vocabulary: unknown; passages: unknown; visits: unknown; littleEndian: unknown };
  numbers: Uint32Array;
}

/**
 * Rewrites a shard file through `change` on its records' columns, each file's quotes, its bodies,
 * the bodies' lengths in bytes (made again from the bodies unless `change` sets them) and the
 * quotes' words, with checksums made again: a crafted cache, which only the check of every record
 * can catch.
 */
function craftShard(file: string, change: (records: Columns, bodies: string[], quotes: unknown[], lengths: { set?: unknown }, words: WordsSection) => void): void {
  const bytes = readFileSync(file);
  const headerStart = bytes.indexOf(0x0a) + 1;
  const headerEnd = bytes.indexOf(0x0a, headerStart);
  const header = JSON.parse(bytes.toString('utf8', headerStart, headerEnd));
  const rest = bytes.subarray(headerEnd + 1);
  const records = JSON.parse(rest.subarray(0, header.files.length).toString('latin1'));
  const quotes = JSON.parse(rest.subarray(header.files.length, header.files.length + header.quotes.length).toString('latin1'));
  const wordsStart = header.files.length + header.quotes.length;
  const wordBytes = rest.subarray(wordsStart, wordsStart + header.words.length);
  const wordsLineEnd = wordBytes.indexOf(0x0a);
  const numberBytes = Uint8Array.from(wordBytes.subarray(wordsLineEnd + 1));
  const words: WordsSection = { head: JSON.parse(wordBytes.toString('latin1', 0, wordsLineEnd)), numbers: new Uint32Array(numberBytes.buffer) };
  // The bodies section: a line of each body's length in bytes, then the bodies one after another.
  const bodySection = rest.subarray(wordsStart + header.words.length);
  const lineEnd = bodySection.indexOf(0x0a);
  const bodies: string[] = [];
  let at = lineEnd + 1;
  for (const length of JSON.parse(bodySection.toString('latin1', 0, lineEnd)) as number[]) {
    bodies.push(bodySection.toString('utf8', at, at + length));
    at += length;
  }
  const lengths: { set?: unknown } = {};
  change(records, bodies, quotes, lengths, words);
  // As clic writes it: ASCII, characters above U+007F as \u escapes.
  const ascii = (value: unknown): Buffer => Buffer.from(JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const files = ascii(records);
  const quoteBytes = ascii(quotes);
  const bodyBytes = Buffer.concat([Buffer.from(`${JSON.stringify(lengths.set ?? bodies.map((body) => Buffer.byteLength(body)))}\n`), ...bodies.map((body) => Buffer.from(body))]);
  header.files = { length: files.length, crc: crc32(files) };
  const wordsOut = Buffer.concat([ascii(words.head), Buffer.from('\n'), Buffer.from(words.numbers.buffer, words.numbers.byteOffset, words.numbers.byteLength)]);
  header.quotes = { length: quoteBytes.length, crc: crc32(quoteBytes) };
  header.words = { length: wordsOut.length, crc: crc32(wordsOut) };
  header.bodies = { length: bodyBytes.length, crc: crc32(bodyBytes) };
  writeFileSync(file, Buffer.concat([bytes.subarray(0, headerStart), Buffer.from(`${JSON.stringify(header)}\n`), files, quoteBytes, wordsOut, bodyBytes]));
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
    expect(readCorpus(dir, cached(cacheDir))).toEqual(fresh);
    expect(cachedPaths(cacheDir, dir).length).toBeGreaterThan(0);
    const fromCache = readCorpus(dir, cached(cacheDir));
    expect(fromCache).toEqual(fresh);
    // Keys in the same order too: what JSON output and the next cache write give.
    expect(JSON.stringify(fromCache)).toBe(JSON.stringify(fresh));
  });

  it('is read: an entry changed in the cache alone (checksums made again) shows, and --no-cache ignores it', async () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    // The CLI stamps the cache with the test context's version.
    readCorpus(dir, cached(cacheDir, '0.0.0-test'));
    craftShard(shardPath(cacheDir, dir, 'd-warned.md'), (records) => {
      records.title![records.path!.indexOf('d-warned.md')] = 'Warned TITLE';
    });
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
    expect(readCorpus(dir, cached(cacheDir))).toEqual(readCorpus(dir));
    // And the cache now holds the new state.
    expect(readCorpus(dir, cached(cacheDir))).toEqual(readCorpus(dir));
  });

  it('leaves out of the cache files changed in the last two seconds, and takes them once older', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    const changed = Math.max(...['a-first.md', 'sub/b-second.md', 'g-latin1.md'].map((path) => statSync(join(dir, path)).ctimeMs));
    const fresh = readCorpus(dir);
    expect(readCorpus(dir, { cacheDir, version: '1.2.3', now: () => changed + 1000 })).toEqual(fresh);
    expect(cachedPaths(cacheDir, dir)).toEqual([]);
    expect(readCorpus(dir, { cacheDir, version: '1.2.3', now: () => changed + 60_000 })).toEqual(fresh);
    expect(cachedPaths(cacheDir, dir)).toHaveLength(MIXED_FILES);
  });

  it('keeps the quotes\' words: a warm read asked for them gives each entry\'s, as its quotes give them', () => {
    const dir = BUNDLED_CORPUS;
    const cacheDir = newCacheDir();
    const { corpus, quotes } = readSnapshot(dir, cached(cacheDir));
    const quoted = corpus.entries.filter((entry) => (quotes!(entry.path) ?? []).length > 0);
    expect(quoted.length).toBeGreaterThan(5);
    // Filling the cache, and reading it without asking for the words: none given.
    const cold = readSnapshot(dir, { ...cached(cacheDir), words: true });
    expect(cold.quoteWords(quoted[0]!.path)).toBeDefined();
    expect(readSnapshot(dir, cached(cacheDir)).quoteWords(quoted[0]!.path)).toBeUndefined();
    expect(readSnapshot(dir, { words: true }).quoteWords(quoted[0]!.path)).toBeUndefined();
    const warm = readSnapshot(dir, { ...cached(cacheDir), words: true });
    for (const entry of quoted) {
      const run = warm.quoteWords(entry.path);
      expect(run, entry.path).toBeDefined();
      expect(indexOfRuns([run!]), entry.path).toEqual(buildSearchIndex(warm.quotes!(entry.path)!));
    }
  });

  /** Flips one byte of a file: the damage a disk or a stray write does. */
  const flipByte = (file: string, at: (size: number) => number): void => {
    const bytes = readFileSync(file);
    const index = at(bytes.length);
    bytes[index] = bytes[index]! ^ 0x01;
    writeFileSync(file, bytes);
  };
  const damages: [string, (file: string) => void][] = [
    ['replaced by garbage', (file) => writeFileSync(file, 'not a cache at all\n{]')],
    ['empty', (file) => writeFileSync(file, '')],
    ['truncated', (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ['one byte short', (file) => truncateSync(file, statSync(file).size - 1)],
    ['one byte longer', (file) => writeFileSync(file, '\n', { flag: 'a' })],
    ['written for another corpus', (file) => writeFileSync(file, readFileSync(file, 'utf8').replace(/"corpus":"[^"]*"/, '"corpus":"/elsewhere"'))],
    ['written by another build', (file) => writeFileSync(file, readFileSync(file, 'utf8').replace(/"build":"[^"]*"/, '"build":"0123456789abcdef"'))],
    ['changed by one byte in its records', (file) => flipByte(file, (size) => Math.floor(size / 3))],
    ['changed by one byte in its bodies', (file) => flipByte(file, (size) => size - 3)],
    ['changed by one byte in its quotes\' words', (file) => {
      const bytes = readFileSync(file);
      const headerStart = bytes.indexOf(0x0a) + 1;
      const header = JSON.parse(bytes.toString('utf8', headerStart, bytes.indexOf(0x0a, headerStart)));
      flipByte(file, (size) => size - header.bodies.length - Math.ceil(header.words.length / 2));
    }],
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
    // Read with the quotes' words too: a damaged words section is never served.
    const damaged = readSnapshot(dir, { ...cached(cacheDir), words: true });
    expect([damaged.corpus.entries, damaged.corpus.problems]).toEqual([fresh.entries, fresh.problems]);
    for (const { path } of fresh.entries) {
      const run = damaged.quoteWords(path);
      if (run) expect(indexOfRuns([run]), path).toEqual(buildSearchIndex(damaged.quotes!(path)!));
    }
    expect(cachedPaths(cacheDir, dir)).toHaveLength(MIXED_FILES);
    expect(readCorpus(dir, cached(cacheDir))).toEqual(fresh);
  });

  it('gives what the files give whichever byte of a shard is changed', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    const fresh = readCorpus(dir);
    readCorpus(dir, cached(cacheDir));
    // The shard of the entry with quotes, people and a BOM: the richest record.
    const file = shardPath(cacheDir, dir, 'sub/b-second.md');
    const original = readFileSync(file);
    for (let i = 0; i < original.length; i++) {
      const damaged = Buffer.from(original);
      damaged[i] = damaged[i]! ^ (i % 2 === 0 ? 0x01 : 0x80);
      writeFileSync(file, damaged);
      expect(readCorpus(dir, cached(cacheDir)), `byte ${i}`).toEqual(fresh);
    }
    expect(original.length).toBeGreaterThan(300);
  });

  it('is rebuilt for another version of clic', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    readCorpus(dir, cached(cacheDir, '1.0.0'));
    expect(readCorpus(dir, cached(cacheDir, '2.0.0'))).toEqual(readCorpus(dir));
    expect(cachedPaths(cacheDir, dir, '1.0.0')).toEqual([]);
    expect(cachedPaths(cacheDir, dir, '2.0.0')).toHaveLength(MIXED_FILES);
  });

  it.each<[string, () => string]>([
    ['under a file, so it cannot be made', () => join(track(makeCorpus({ 'plain-file': 'x' })), 'plain-file', 'cache')],
  ])('only costs speed when the cache folder is %s', async (_, cacheDirOf) => {
    const dir = mixedCorpus();
    const cacheDir = cacheDirOf();
    expect(readCorpus(dir, cached(cacheDir))).toEqual(readCorpus(dir));
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

  it('keeps paths with tabs, quotes and characters above Latin-1 as they are', () => {
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
    expect(again).toEqual(fresh);
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
    expect(readCorpus(dir, cached(cacheDir))).toEqual(readCorpus(dir));
  });

  it('a load without bodies that writes a shard again keeps its other files, their bodies read from the same version', () => {
    const partner = Array.from({ length: 10_000 }, (_, n) => `p-${n}.md`).find((name) => shardOf(name) === shardOf('a-first.md'))!;
    const dir = track(makeCorpus({
      'a-first.md': entryText({}, 'Premier corps.'),
      [partner]: entryText({ title: '"Partner"' }, 'Le corps du partenaire.'),
      'z-other.md': entryText(),
    }));
    const cacheDir = newCacheDir();
    readCorpus(dir, cached(cacheDir));
    writeFileSync(join(dir, 'a-first.md'), entryText({ title: '"Edited"' }, 'Corps changé.'));
    const { corpus, body } = readSnapshot(dir, { ...cached(cacheDir), bodies: false });
    expect(body).toBeNull();
    expect(corpus.entries.map((entry) => entry.title)).toContain('Edited');
    // The shard written again holds the partner too (a file left out would be read again next time).
    expect(cachedPaths(cacheDir, dir)).toEqual(['a-first.md', partner, 'z-other.md'].sort());
    const again = readCorpus(dir, cached(cacheDir));
    expect(again).toEqual(readCorpus(dir));
    expect(again.bodies.map((text) => text?.trim())).toContain('Le corps du partenaire.');
  });

  it('a load without bodies gives what the files give when a bodies section is damaged; the first load taking bodies rebuilds it', () => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    const fresh = readCorpus(dir);
    readCorpus(dir, cached(cacheDir));
    eachShard(cacheDir, dir, (file) => flipByte(file, (size) => size - 3));
    expect(readSnapshot(dir, { ...cached(cacheDir), bodies: false }).corpus).toEqual(readSnapshot(dir).corpus);
    expect(readCorpus(dir, cached(cacheDir))).toEqual(fresh);
    expect(cachedPaths(cacheDir, dir)).toHaveLength(MIXED_FILES);
  });

  it('keeps one cache per corpus folder', () => {
    const cacheDir = newCacheDir();
    const one = mixedCorpus();
    const other = mixedCorpus();
    readCorpus(one, cached(cacheDir));
    readCorpus(other, cached(cacheDir));
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect(corpusCacheFor(cacheDir, one)).not.toBe(corpusCacheFor(cacheDir, other));
    expect(readCorpus(one, cached(cacheDir))).toEqual(readCorpus(one));
  });

});

describe('a crafted cache, its checksums made again', () => {
  const ESCAPES = '\u001b]52;c;ZXZpbA==\u0007\u001b[2J';
  /** Sets `field` of b-second's cached entry. */
  const SECOND = 'sub/b-second.md';
  const setField = (field: string, value: unknown) => (records: Columns) => {
    records[field]![records.path!.indexOf(SECOND)] = value;
  };
  /** Sets b-second's quotes, in the quotes section. */
  const setQuotes = (value: unknown) => (records: Columns, _bodies: string[], quotes: unknown[]) => {
    quotes[records.path!.indexOf(SECOND)] = value;
  };
  /** Sets one number of the words section: at `at(passages, visits)`, to `value(words)`. */
  const setWordNumber = (at: (passages: number, visits: number) => number, value: (words: WordsSection & { head: { vocabulary: unknown[] } }) => number) =>
    (_records: Columns, _bodies: string[], _quotes: unknown[], _lengths: unknown, words: WordsSection) => {
      words.numbers[at(words.head.passages as number, words.head.visits as number)] = value(words as WordsSection & { head: { vocabulary: unknown[] } });
    };
  const crafts: [string, Parameters<typeof craftShard>[1]][] = [
    ['a date holding terminal escapes', setField('date', `2020${ESCAPES}`)],
    ['a title holding a number', setField('title', 1984)],
    ['an unknown type', setField('type', 'intervXew')],
    ['people: [null]', setField('people', [null])],
    ['tags: [1]', setField('tags', [1])],
    ['a quote without its line', setQuotes([{ text: 'Une citation.', speaker: null, at: null }])],
    ['quotes: [null]', setQuotes([null])],
    ['a quote whose text is a number', setQuotes([{ text: 3.14, speaker: null, at: null, line: 7 }])],
    ['quotes for one file too few', (_records, _bodies, quotes) => void quotes.pop()],
    ['a column of quotes beside the fields', (records) => {
      records.quotes = records.path!.map(() => []);
    }],
    ['a person with a key too many', setField('people', [JSON.parse('{"name":"A","role":null,"__proto__":"x"}')])],
    ['lines naming a field that does not exist', setField('lines', { title: 2, '__proto__': 3 })],
    ['a language that is not a code', setField('language', ESCAPES)],
    ['a url holding escapes', setField('url', `https://example.org/${ESCAPES}`)],
    ['an entry missing a required field', setField('type', null)],
    ['no column for a field', (records) => {
      delete records.type;
    }],
    ['a column one value short', (records) => {
      records.outlet!.pop();
    }],
    ['a file without an entry that has a title', (records) => {
      const at = records.path!.indexOf(SECOND);
      for (const [column, values] of Object.entries(records)) if (!['path', 'size', 'mtimeMs', 'ctimeMs', 'problems', 'title'].includes(column)) values[at] = null;
    }],
    ['an entry with no line for its body', setField('bodyLine', null)],
    ['a file given twice', (records) => {
      const at = records.path!.indexOf(SECOND);
      for (const values of Object.values(records)) values.push(values[at]);
    }],
    ['a problem that is not one', setField('problems', [{ path: SECOND, line: 1, field: 'x', message: null, severity: 'error' }])],
    ['a problem of another file', setField('problems', [{ path: 'a-first.md', line: 1, field: 'x', message: 'm', severity: 'error' }])],
    ['a record whose path is not a string', setField('path', null)],
    ['a size that is not a number', setField('size', '512')],
    ['body lengths one byte short of the bodies', (_records, bodies, _quotes, lengths) => {
      lengths.set = bodies.map((body, index) => Buffer.byteLength(body) - (index === 0 ? 1 : 0));
    }],
    ['body lengths for one file too many', (_records, bodies, _quotes, lengths) => {
      lengths.set = [...bodies.map((body) => Buffer.byteLength(body)), 0];
    }],
    ['a negative body length', (_records, bodies, _quotes, lengths) => {
      lengths.set = bodies.map((body, index) => (index === 0 ? -1 : Buffer.byteLength(body) + (index === 1 ? 1 : 0)));
    }],
    // The words section: passageStarts (a number per quote, and one), the words' ids, their ordinals, each quote's word count.
    ['a word id beyond the vocabulary', setWordNumber((passages) => passages + 1, (words) => words.head.vocabulary.length)],
    ['an ordinal beyond its quote\'s words', setWordNumber((passages, visits) => passages + 1 + visits, () => 1000)],
    ['quotes whose words run backwards', setWordNumber(() => 1, (words) => words.numbers[2]! + 1)],
    ['words for one quote too many', (_records, _bodies, _quotes, _lengths, words) => {
      words.head.passages = (words.head.passages as number) + 1;
    }],
    ['a vocabulary word that is not a string', (_records, _bodies, _quotes, _lengths, words) => {
      words.head.vocabulary = [1, ...(words.head.vocabulary as unknown[]).slice(1)];
    }],
    ['a vocabulary word holding escapes', (_records, _bodies, _quotes, _lengths, words) => {
      words.head.vocabulary = [ESCAPES, ...(words.head.vocabulary as unknown[]).slice(1)];
    }],
    ['numbers in the other byte order', (_records, _bodies, _quotes, _lengths, words) => {
      words.head.littleEndian = !words.head.littleEndian;
    }],
    ['a words section one number short', (_records, _bodies, _quotes, _lengths, words) => {
      words.numbers = words.numbers.slice(0, -1);
    }],
  ];
  it.each(crafts)('holding %s: every command gives what the files give', async (_, craft) => {
    const dir = mixedCorpus();
    const cacheDir = newCacheDir();
    readCorpus(dir, cached(cacheDir, '0.0.0-test'));
    const file = shardPath(cacheDir, dir, 'sub/b-second.md');
    const before = readFileSync(file);
    craftShard(file, craft);
    expect(readFileSync(file).equals(before)).toBe(false);
    const env = { CLIC_CACHE_DIR: cacheDir };
    for (const args of [
      ['list', '--format', 'json'],
      ['list'],
      ['show', 'b-second'],
      ['show', 'b-second', '--format', 'json'],
      ['search', 'citation'],
      ['export', '--format', 'ris'],
      ['validate'],
    ]) {
      const common = [...args, '--corpus', dir];
      // The craft is written back each time: a run that rebuilds the shard must not hide the next.
      craftShard(file, () => {});
      writeFileSync(file, before);
      craftShard(file, craft);
      const withCache = await clic(common, { env, tty: true });
      expect(withCache.code, args.join(' ')).not.toBe(70);
      expect(withCache.stdout + withCache.stderr).not.toContain('\u001b]52');
      expect(withCache, args.join(' ')).toEqual(await clic([...common, '--no-cache'], { env, tty: true }));
    }
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
