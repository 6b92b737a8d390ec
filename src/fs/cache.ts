// The cache of loaded files, so that a run after the first only checks each file's size and
// times instead of parsing it again. One folder per corpus, holding the files in SHARDS shard
// files by a hash of their path: after an edit, only the edited file's shard is written again.
//
// A shard file is a magic line, a header line (JSON), then four sections, each holding one
// record per file in path order. `files` has a line per file, in tab-separated fields: what
// every run needs (path, size, times, problems, and the entry's date and related ids, for
// sorting and checking ids), then the rest of the entry as JSON, parsed only when a field of it
// is first read (cached-entry.ts). `words` holds the words of each file's quotes as search
// reads them (search-words.ts), folded once when the file is cached rather than at every
// search. `quotes` and `body` have a line per file, read from disk only when a command first
// asks for a quote or a body, and parsed entry by entry. Everything is Latin-1 text
// (characters above U+00FF written as \u escapes), one byte a character in memory too; JSON
// never holds a raw newline or tab, so lines and fields frame records safely.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { idFromPath, type FileResult } from '../core/corpus.js';
import type { Problem } from '../core/problem.js';
import type { Entry } from '../core/schema.js';
import { encodeWords, wordFolder, type KeptWords, type WordFolder } from '../core/search-words.js';
import { bodyJsonOf, CachedEntry, latin1Escaped, quotesJsonOf, restJsonOf, type EntryStore } from './cached-entry.js';

/**
 * Creates a folder and its missing parents one at a time. Node 20's `mkdirSync(…, {recursive})`
 * never returns for a path under /proc whose parent cannot be made (it retries ENOENT forever):
 * here any failure throws, and the caller goes on without a cache.
 */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || dirname(folder) === folder) throw error;
    makeFolder(dirname(folder));
    mkdirSync(folder);
  }
}

/** Replaced by build.mjs with a hash of the sources: another build never trusts this one's cache. */
declare const __CLIC_BUILD__: string | undefined;
const BUILD = typeof __CLIC_BUILD__ === 'string' ? __CLIC_BUILD__ : `source-${Date.now()}-${Math.random()}`;
const MAGIC = 'clic cache\n';
const FORMAT = 3;
export const SHARDS = 64;
/**
 * A file changed this recently may change again within the same timestamp tick (FAT keeps
 * times to 2 s) without its size or times showing it: it is left out of the cache until older.
 */
const RACY_MS = 2000;
/**
 * Records per piece of text when writing: small pieces die young and cheaply. Pieces of 1,000
 * made the first load of 100,000 files peak 100 to 160 MB higher (large strings wait for a full
 * collection).
 */
const WRITE_PIECE = 50;
const SECTIONS = ['files', 'words', 'quotes', 'body'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * A file as cached: the size and times it had when read, and what it loaded to. No tool can set
 * the change time (ctime): one that restores a modification time (cp -p, rsync -t, tar) still
 * changes it, so an edit always shows.
 */
export type CachedFile = [size: number, mtimeMs: number, ctimeMs: number, result: FileResult];

/** What a cache must carry to be trusted: this corpus, this version and build of clic. */
export interface CacheIdentity {
  corpus: string;
  version: string;
}

interface Header {
  format: number;
  version: string;
  build: string;
  corpus: string;
  /** Different in every shard file written, so that a later section is read from its own file. */
  token: string;
  files: number;
  /** Byte length of each section, in file order. */
  sections: Record<Section, number>;
}

/** Whether a file still has the size and times it was cached with. */
export const isUnchanged = ([size, mtimeMs, ctimeMs]: CachedFile, stats: { size: number; mtimeMs: number; ctimeMs: number }): boolean =>
  size === stats.size && mtimeMs === stats.mtimeMs && ctimeMs === stats.ctimeMs;

/** `$CLIC_CACHE_DIR`, else `$XDG_CACHE_HOME/clic`, else `~/.cache/clic`; undefined when none is known. */
export function cacheDirFor(env: Readonly<Record<string, string | undefined>>, cwd: string): string | undefined {
  if (env.CLIC_CACHE_DIR) return resolve(cwd, env.CLIC_CACHE_DIR);
  // The XDG spec says to ignore a relative path.
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'clic');
  const home = env.HOME || env.USERPROFILE;
  return home ? join(home, '.cache', 'clic') : undefined;
}

/** cyrb53: a fast, well-spread 53-bit hash. */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The cache folder of the corpus folder `root` (an absolute path): a readable name, made unique by a hash. */
export function corpusCacheFor(cacheDir: string, root: string): string {
  const name = basename(root).replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40) || 'root';
  return join(cacheDir, `${name}-${hash(root).toString(36)}`);
}

export const shardOf = (path: string): number => hash(path) % SHARDS;

const shardFile = (folder: string, shard: number): string => join(folder, `${shard.toString(16).padStart(2, '0')}.cache`);


/**
 * `items` as one line each, made by `toLine`, in pure Latin-1 bytes so that they are read back
 * with a copy rather than a UTF-8 decode; made in pieces, so that no copy of the whole exists.
 */
function latin1Lines<T>(items: readonly T[], toLine: (item: T) => string): Buffer[] {
  const pieces: Buffer[] = [];
  for (let start = 0; start < items.length; start += WRITE_PIECE) {
    let text = '';
    for (const item of items.slice(start, start + WRITE_PIECE)) text += `${toLine(item)}\n`;
    pieces.push(Buffer.from(latin1Escaped(text), 'latin1'));
  }
  return pieces;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  for (let read = 0; read < length; ) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) throw new Error('cache file is shorter than its header says');
    read += n;
  }
  return buffer;
}

/**
 * The lines of a section, read from its bytes. Each line is made into a string of its own when
 * asked for: a slice of one string holding the whole section would keep all of it in memory,
 * and V8 compares such slices ten times slower than strings of their own (measured sorting
 * 100,000 ids from the cache: 34 ms against 4 ms).
 */
class Lines {
  private constructor(readonly bytes: Buffer, private readonly starts: number[]) {}

  /** The lines of `bytes`, which must hold `count` lines each ended by a newline, or undefined. */
  static of(bytes: Buffer, count: number): Lines | undefined {
    const starts = [0];
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) starts.push(at + 1);
    return starts.length === count + 1 && starts[count] === bytes.length ? new Lines(bytes, starts) : undefined;
  }

  get count(): number {
    return this.starts.length - 1;
  }

  /** Line `index`, without its newline. */
  at(index: number): string {
    return this.bytes.toString('latin1', this.starts[index]!, this.starts[index + 1]! - 1);
  }

  /** Where line `index` starts in the bytes. */
  startOf(index: number): number {
    return this.starts[index]!;
  }

  /** Where line `index` ends in the bytes, before its newline. */
  endOf(index: number): number {
    return this.starts[index + 1]! - 1;
  }
}

const NEWLINE = 0x0a;
const TAB = 0x09;
const QUOTE = 0x22;
const SLASH = 0x2f;

const isNumber = (value: unknown): value is number => typeof value === 'number';

/**
 * A file's line in the `files` section holds tab-separated fields: path, size, mtimeMs,
 * ctimeMs, problems, and for a file that gave an entry its date, its related ids and the rest
 * of it. Problems and related ids are JSON, or nothing when there are none; the path is written
 * as it is unless it could break the framing or the Latin-1 escaping, and is then JSON (a
 * string in double quotes, which a path written as it is never starts with). Scanning these
 * fields costs half of JSON.parse on each line.
 */
const RAW_PATH = /^(?!")[\u0020-\u00ff]*$/;
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

const pathField = (path: string): string => (RAW_PATH.test(path) ? path : JSON.stringify(path));
const listField = (list: readonly unknown[]): string => (list.length === 0 ? '' : JSON.stringify(list));

function parseList<T>(text: string, isItem: (value: unknown) => value is T): T[] | undefined {
  if (text === '') return [];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) && value.every(isItem) ? value : undefined;
}

const isProblem = (value: unknown): value is Problem => typeof value === 'object' && value !== null && typeof (value as Problem).message === 'string';
const isText = (value: unknown): value is string => typeof value === 'string';

/** A file's line read: its entry's rest stays in the bytes, from `restStart` to the line's end. */
interface FileRecord {
  path: string;
  id: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  problems: Problem[];
  entry?: { date: string; related: string[]; restStart: number };
}

/**
 * Reads line `index` of the `files` section, or gives undefined when it is not a file's line.
 * Fields are taken from the bytes between tabs, each string made on its own (see Lines); the
 * rest of the entry, most of the line, is not made into a string until it is parsed.
 */
function readFileRecord(lines: Lines, index: number): FileRecord | undefined {
  const { bytes } = lines;
  const start = lines.startOf(index);
  const end = lines.endOf(index);
  const tabs: number[] = [];
  for (let at = bytes.indexOf(TAB, start); at !== -1 && at < end && tabs.length < 7; at = bytes.indexOf(TAB, at + 1)) tabs.push(at);
  if (tabs.length !== 4 && tabs.length !== 7) return undefined;
  const [pathEnd, , , problemsStart, dateStart, relatedStart, restStart] = tabs as [number, number, number, number, number?, number?, number?];
  const quoted = bytes[start] === QUOTE;
  const path: unknown = quoted ? JSON.parse(latin1(bytes, start, pathEnd)) : latin1(bytes, start, pathEnd);
  const [size, mtimeMs, ctimeMs] = latin1(bytes, pathEnd + 1, problemsStart).split('\t').map(Number) as [number, number, number];
  const problemsEnd = dateStart ?? end;
  const problems = problemsEnd === problemsStart + 1 ? (NO_PROBLEMS as Problem[]) : parseList(latin1(bytes, problemsStart + 1, problemsEnd), isProblem);
  if (typeof path !== 'string' || !problems || [size, mtimeMs, ctimeMs].some(Number.isNaN)) return undefined;
  const id = quoted ? idFromPath(path) : idOfRawPath(bytes, start, pathEnd);
  if (dateStart === undefined) return { path, id, size, mtimeMs, ctimeMs, problems };
  const date = latin1(bytes, dateStart + 1, relatedStart!);
  const related = relatedStart! + 1 === restStart! ? [] : parseList(latin1(bytes, relatedStart! + 1, restStart!), isText);
  return related && date !== '' ? { path, id, size, mtimeMs, ctimeMs, problems, entry: { date, related, restStart: restStart! + 1 } } : undefined;
}

const latin1 = (bytes: Buffer, start: number, end: number): string => bytes.toString('latin1', start, end);

/**
 * The id of a path written as it is, from `start` to `end` in the bytes, as idFromPath gives it
 * but as a string of its own: a slice of the path would compare slower (see Lines).
 */
function idOfRawPath(bytes: Buffer, start: number, end: number): string {
  const slash = bytes.lastIndexOf(SLASH, end);
  const nameStart = slash >= start ? slash + 1 : start;
  const suffix = end - nameStart >= 3 && latin1(bytes, end - 3, end) === '.md' ? 3 : 0;
  return latin1(bytes, nameStart, end - suffix);
}

/**
 * Reads a section of a shard file whose header is whole and carries `identity`, or gives
 * undefined: missing, unreadable, truncated, corrupt, or written for another corpus or build.
 */
function readSection<T>(file: string, identity: CacheIdentity, section: Section, use: (bytes: Buffer, header: Header) => T | undefined): T | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const head = readAt(fd, 0, Math.min(size, 64 * 1024)).toString('latin1');
    const headerEnd = head.indexOf('\n', MAGIC.length);
    if (!head.startsWith(MAGIC) || headerEnd === -1) return undefined;
    const header = JSON.parse(head.slice(MAGIC.length, headerEnd)) as Header;
    if (header.format !== FORMAT || header.build !== BUILD || header.version !== identity.version || header.corpus !== identity.corpus) return undefined;
    let start = headerEnd + 1;
    for (const name of SECTIONS.slice(0, SECTIONS.indexOf(section))) start += header.sections[name];
    const end = SECTIONS.slice(SECTIONS.indexOf(section)).reduce((at, name) => at + header.sections[name], start);
    if (end !== size) return undefined;
    return use(readAt(fd, start, header.sections[section]), header);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The `words` section read: for each file, the words of its quotes. The section holds, per
 * file, the words it adds to the shard's vocabulary, its codes and its number of quotes, or null.
 */
function toShardWords(bytes: Buffer, files: number): (KeptWords | undefined)[] | undefined {
  const values: unknown = JSON.parse(bytes.toString('latin1'));
  if (!Array.isArray(values) || values.length !== files) return undefined;
  const vocabulary: string[] = [];
  const words: (KeptWords | undefined)[] = [];
  for (const value of values) {
    if (value === null) {
      words.push(undefined);
    } else if (Array.isArray(value) && value.length === 3 && Array.isArray(value[0]) && typeof value[1] === 'string' && isNumber(value[2])) {
      for (const word of value[0]) vocabulary.push(String(word));
      words.push({ vocabulary, codes: value[1], count: value[2] });
    } else {
      return undefined;
    }
  }
  return words;
}

/**
 * One shard file's later sections, read on first use, from this very file (told apart from any
 * later one by its token) and once each.
 */
class ShardSections implements EntryStore {
  #words: (KeptWords | undefined)[] | undefined | null = null;
  #quotes: Lines | undefined | null = null;
  #body: Lines | undefined | null = null;
  /** Where each entry's rest starts in its line of the `files` section. */
  readonly restStarts: Int32Array;

  constructor(
    private readonly file: string,
    private readonly identity: CacheIdentity,
    private readonly header: Header,
    private readonly files: Lines,
    readonly reload: (path: string) => Entry | undefined,
  ) {
    this.restStarts = new Int32Array(files.count);
  }

  restText(index: number): string {
    return this.files.bytes.toString('latin1', this.restStarts[index], this.files.endOf(index));
  }

  #read<T>(section: Section, use: (bytes: Buffer) => T | undefined): T | undefined {
    return readSection(this.file, this.identity, section, (bytes, { token }) => (token === this.header.token ? use(bytes) : undefined));
  }

  wordsAt(index: number): KeptWords | undefined {
    if (this.#words === null) this.#words = this.#read('words', (bytes) => toShardWords(bytes, this.header.files));
    return this.#words?.[index];
  }

  quotesLine(index: number): string | undefined {
    if (this.#quotes === null) this.#quotes = this.#read('quotes', (bytes) => Lines.of(bytes, this.header.files));
    return this.#quotes?.at(index);
  }

  bodyLine(index: number): string | undefined {
    if (this.#body === null) this.#body = this.#read('body', (bytes) => Lines.of(bytes, this.header.files));
    return this.#body?.at(index);
  }
}

/**
 * The cached files of a corpus, one list per shard, each in path order; a shard with no usable
 * file is empty. An entry's fields are parsed when first read; `reload` loads an entry again
 * from its file, should a part of its record be unreadable then.
 */
export function readCache(folder: string, identity: CacheIdentity, reload: (path: string) => Entry | undefined): CachedFile[][] {
  return Array.from({ length: SHARDS }, (_, shard) => {
    const file = shardFile(folder, shard);
    return readSection(file, identity, 'files', (bytes, header) => {
      const lines = Lines.of(bytes, header.files);
      if (!lines) return undefined;
      const sections = new ShardSections(file, identity, header, lines, reload);
      const cached: CachedFile[] = [];
      for (let index = 0; index < lines.count; index++) {
        const record = readFileRecord(lines, index);
        if (!record) return undefined;
        const { path, id, size, mtimeMs, ctimeMs, problems, entry } = record;
        if (entry) sections.restStarts[index] = entry.restStart;
        cached.push([size, mtimeMs, ctimeMs, { path, id, entry: entry && new CachedEntry(id, path, entry.date, entry.related, sections, index), problems }]);
      }
      return cached;
    }) ?? [];
  });
}

/** The words of `entry`'s quotes kept in the cache, if it was read from the cache and they are there. */
export function cachedWordsOf(entry: Entry): KeptWords | undefined {
  return entry instanceof CachedEntry ? entry.keptWords() : undefined;
}

/** Folds each word once for all the shards written, however often it occurs. */
let foldWord: WordFolder | undefined;

/** The `words` section of `files` (see toShardWords), in Latin-1 pieces like the others. */
function wordsSection(files: CachedFile[]): Buffer[] {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const pieces = latin1Lines(files, ([, , , { entry }], ) => {
    if (!entry) return 'null,';
    const known = vocabulary.length;
    // Parsed for this alone: kept, the quotes of a whole first load would stay in memory.
    const texts = (entry instanceof CachedEntry ? entry.quotesOnce() : entry.quotes).map((quote) => quote.text);
    const codes = encodeWords(texts, vocabulary, ids, (foldWord ??= wordFolder()));
    return `${JSON.stringify([vocabulary.slice(known), codes, texts.length])},`;
  });
  // One JSON array: the lines above, their last comma dropped.
  const last = pieces.at(-1);
  if (last) pieces[pieces.length - 1] = last.subarray(0, last.length - 2);
  return [Buffer.from('['), ...pieces, Buffer.from(']')];
}

/** A file's line in the `files` section (see parseFileLine). */
function fileLine([size, mtimeMs, ctimeMs, { path, entry, problems }]: CachedFile): string {
  const file = `${pathField(path)}\t${size}\t${mtimeMs}\t${ctimeMs}\t${listField(problems)}`;
  return entry ? `${file}\t${entry.date}\t${listField(entry.related)}\t${restJsonOf(entry)}` : file;
}

/**
 * Writes one shard atomically: a temporary file renamed over the old one, so that a reader, or
 * a second clic writing at the same moment, never sees half a shard. Any failure (read-only or
 * missing folder, full disk) only leaves the cache as it was.
 */
export function writeShard(folder: string, shard: number, identity: CacheIdentity, files: CachedFile[], now: number): void {
  const kept = files.filter(([, mtimeMs, ctimeMs]) => now - mtimeMs > RACY_MS && now - ctimeMs > RACY_MS);
  const file = shardFile(folder, shard);
  const temporary = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | undefined;
  let created = false;
  try {
    const entryOf = (cachedFile: CachedFile): Entry | undefined => cachedFile[3].entry;
    const sections = [
      latin1Lines(kept, fileLine),
      wordsSection(kept),
      latin1Lines(kept, (cachedFile) => {
        const entry = entryOf(cachedFile);
        return entry ? quotesJsonOf(entry) : '';
      }),
      latin1Lines(kept, (cachedFile) => {
        const entry = entryOf(cachedFile);
        return entry ? bodyJsonOf(entry) : '';
      }),
    ];
    const [files, words, quotes, body] = sections.map((pieces) => pieces.reduce((sum, piece) => sum + piece.length, 0)) as [number, number, number, number];
    const header: Header = {
      format: FORMAT, version: identity.version, build: BUILD, corpus: identity.corpus,
      token: `${now.toString(36)}-${Math.random().toString(36).slice(2)}`, files: kept.length, sections: { files, words, quotes, body },
    };
    makeFolder(folder);
    fd = openSync(temporary, 'w');
    created = true;
    for (const piece of [Buffer.from(`${MAGIC}${latin1Escaped(JSON.stringify(header))}\n`, 'latin1'), ...sections.flat()]) {
      for (let written = 0; written < piece.length; ) written += writeSync(fd, piece, written);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch {
    if (fd !== undefined) closeSync(fd);
    if (created) rmSync(temporary, { force: true });
  }
}
