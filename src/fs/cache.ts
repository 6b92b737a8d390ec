// The cache of loaded files, so that a run after the first only checks each file's size and
// times instead of parsing it again. One folder per corpus, holding the files in SHARDS shard
// files by a hash of their path: after an edit, only the edited file's shard is written again.
//
// A shard file is a magic line, a header line (JSON), then three JSON sections: `files` holds,
// in path order, each file's stamp and FileResult without the quotes and body of its entry;
// `quotes` and `body` hold those. With each file's quotes come their words as search reads them
// (search-words.ts), folded once when the file is cached rather than at every search. The
// sections are Latin-1 text (characters above U+00FF written as \u escapes) because decoding
// Latin-1 is a copy while decoding UTF-8 costs a third of the parse. Quotes and bodies are two
// thirds of the cache and most commands never read them: they stay on disk until an entry's
// `quotes` or `body` (or, for search, the words of its quotes) is first read.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { FileResult } from '../core/corpus.js';
import type { Entry } from '../core/schema.js';
import { encodeWords, wordFolder, type KeptWords, type WordFolder } from '../core/search-words.js';

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
const FORMAT = 2;
export const SHARDS = 64;
/**
 * A file changed this recently may change again within the same timestamp tick (FAT keeps
 * times to 2 s) without its size or times showing it: it is left out of the cache until older.
 */
const RACY_MS = 2000;
/**
 * Records per piece of JSON when writing: small pieces die young and cheaply. Pieces of 1,000
 * made the first load of 100,000 files peak 100 to 160 MB higher (large strings wait for a full
 * collection).
 */
const WRITE_PIECE = 50;
const DEFERRED = ['quotes', 'body'] as const;
type Deferred = (typeof DEFERRED)[number];
const SECTIONS = ['files', ...DEFERRED] as const;
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
  /** Different in every shard file written, so that a deferred section is read from its own file. */
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

const latin1Escaped = (json: string): string => json.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The JSON array of `items` mapped by `toJson`, as pure Latin-1 bytes so that it is read back
 * with a copy rather than a UTF-8 decode; made in pieces, so that no copy of the whole exists.
 */
function latin1JsonArray<T>(items: T[], toJson: (item: T) => unknown): Buffer[] {
  const pieces = [Buffer.from('[')];
  for (let start = 0; start < items.length; start += WRITE_PIECE) {
    const json = JSON.stringify(items.slice(start, start + WRITE_PIECE).map(toJson)).slice(1, -1);
    pieces.push(Buffer.from(`${start === 0 ? '' : ','}${latin1Escaped(json)}`, 'latin1'));
  }
  pieces.push(Buffer.from(']'));
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
 * The `quotes` section read: each file's quotes, and their words. For each file the section
 * holds its quotes, the words they add to the shard's vocabulary, and their codes (or null).
 */
interface ShardQuotes {
  quotes: unknown[];
  words: (KeptWords | undefined)[];
}

function toShardQuotes(values: unknown, files: number): ShardQuotes | undefined {
  if (!Array.isArray(values) || values.length !== files) return undefined;
  const vocabulary: string[] = [];
  const shard: ShardQuotes = { quotes: [], words: [] };
  for (const value of values) {
    if (value === null) {
      shard.quotes.push(null);
      shard.words.push(undefined);
    } else if (Array.isArray(value) && value.length === 3 && Array.isArray(value[1]) && typeof value[2] === 'string') {
      shard.quotes.push(value[0]);
      for (const word of value[1]) vocabulary.push(String(word));
      shard.words.push({ vocabulary, codes: value[2] });
    } else {
      return undefined;
    }
  }
  return shard;
}

/** Where each entry read from the cache has its kept words: its shard's quotes, read on first use, and its place there. */
const keptWordsPlaces = new WeakMap<Entry, { read: () => ShardQuotes | undefined; index: number }>();

/** The words of `entry`'s quotes kept in the cache, if it was read from the cache and they are there. */
export function cachedWordsOf(entry: Entry): KeptWords | undefined {
  const place = keptWordsPlaces.get(entry);
  return place?.read()?.words[place.index];
}

function isCachedFile(record: unknown): record is CachedFile {
  return (
    Array.isArray(record) && record.length === 4 && typeof record[0] === 'number' && typeof record[1] === 'number' &&
    typeof record[2] === 'number' && typeof record[3] === 'object' && record[3] !== null && typeof (record[3] as FileResult).path === 'string'
  );
}

/**
 * Reads a section of a shard file whose header is whole and carries `identity`, or gives
 * undefined: missing, unreadable, truncated, corrupt, or written for another corpus or build.
 */
function readSection<T>(file: string, identity: CacheIdentity, section: Section, use: (json: unknown, header: Header) => T | undefined): T | undefined {
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
    return use(JSON.parse(readAt(fd, start, header.sections[section]).toString('latin1')), header);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The cached files of a corpus, one list per shard, each in path order; a shard with no usable
 * file is empty. `reload` loads an entry again from its file, should its quotes or body be
 * unreadable when they are first read.
 */
export function readCache(folder: string, identity: CacheIdentity, reload: (path: string) => Entry | undefined): CachedFile[][] {
  return Array.from({ length: SHARDS }, (_, shard) => {
    const file = shardFile(folder, shard);
    const read = readSection(file, identity, 'files', (records, header) => {
      return Array.isArray(records) && records.length === header.files && records.every(isCachedFile) ? { header, cached: records } : undefined;
    });
    if (!read) return [];
    const entries = read.cached.map((cachedFile) => cachedFile[3].entry);
    // From this very shard file, told apart from any later one by its token.
    const readOwn = <T>(section: Deferred, use: (values: unknown) => T | undefined): T | undefined =>
      readSection(file, identity, section, (values, { token }) => (token === read.header.token ? use(values) : undefined));
    let quotes: ShardQuotes | undefined | null = null;
    const readQuotes = (): ShardQuotes | undefined => (quotes === null ? (quotes = readOwn('quotes', (values) => toShardQuotes(values, entries.length))) : quotes);
    defer(entries, 'quotes', () => readQuotes()?.quotes, reload);
    defer(entries, 'body', () => readOwn('body', (values) => values), reload);
    entries.forEach((entry, index) => entry && keptWordsPlaces.set(entry, { read: readQuotes, index }));
    return read.cached;
  });
}

/**
 * Gives each entry a `field` that, on first use, reads the field of every entry of the shard
 * and becomes a plain property: until then the section costs no memory.
 */
function defer(entries: (Entry | undefined)[], field: Deferred, readValues: () => unknown, reload: (path: string) => Entry | undefined): void {
  const materialize = (): void => {
    const values = readValues();
    const usable = Array.isArray(values) && values.length === entries.length;
    entries.forEach((entry, i) => {
      if (!entry) return;
      const value = usable ? (values as unknown[])[i] : reload(entry.path)?.[field];
      Object.defineProperty(entry, field, { value: value ?? (field === 'body' ? '' : []), writable: true, enumerable: true, configurable: true });
    });
  };
  const lazy: PropertyDescriptor = {
    get(this: Entry) {
      materialize();
      return this[field];
    },
    set(this: Record<Deferred, unknown>, value: unknown) {
      materialize();
      this[field] = value;
    },
    enumerable: true,
    configurable: true,
  };
  for (const entry of entries) if (entry) Object.defineProperty(entry, field, lazy);
}

/** Folds each word once for all the shards written, however often it occurs. */
let foldWord: WordFolder | undefined;

/** The `quotes` section of `files` (see ShardQuotes), in Latin-1 pieces like the others. */
function quotesSection(files: CachedFile[]): Buffer[] {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  return latin1JsonArray(files, ([, , , { entry }]) => {
    if (!entry) return null;
    const known = vocabulary.length;
    const codes = encodeWords(entry.quotes.map((quote) => quote.text), vocabulary, ids, (foldWord ??= wordFolder()));
    return [entry.quotes, vocabulary.slice(known), codes];
  });
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
    const withoutDeferred = ([size, mtimeMs, ctimeMs, result]: CachedFile): CachedFile => {
      if (!result.entry) return [size, mtimeMs, ctimeMs, result];
      const { quotes: _quotes, body: _body, ...entry } = result.entry;
      return [size, mtimeMs, ctimeMs, { ...result, entry: entry as Entry }];
    };
    const sections = [
      latin1JsonArray(kept, withoutDeferred),
      quotesSection(kept),
      latin1JsonArray(kept, (cachedFile) => cachedFile[3].entry?.body ?? null),
    ];
    const [files, quotes, body] = sections.map((pieces) => pieces.reduce((sum, piece) => sum + piece.length, 0)) as [number, number, number];
    const header: Header = {
      format: FORMAT, version: identity.version, build: BUILD, corpus: identity.corpus,
      token: `${now.toString(36)}-${Math.random().toString(36).slice(2)}`, files: kept.length, sections: { files, quotes, body },
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
