// The only corpus I/O: the walk with the skip rules, the reads, and the cache. What it gives is
// a snapshot: every entry, and later its body, from one read of its file or of its cache shard.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { assembleCorpus, idFromPath, type Corpus, type FileResult, type UnreadableFile } from '../core/corpus.js';
import { compareProblems, type Problem } from '../core/problem.js';
import type { Quote } from '../core/schema.js';
import { UsageError } from '../errors.js';
import { decodeBody, encodeBody, isUnchanged, type CachedFile, type FileStats } from './cache/codec.js';
import { corpusCacheFor, shardOf, SHARDS } from './cache/folder.js';
import { ShardReader, ShardWriter, type FileToCache, type Shard, type ShardParts } from './cache/shards.js';
import { describeError, isUnreadable, loadFiles, type FileOutcome, type Location } from './load-files.js';

/** Skipped by the contract: README.md at any depth, and names starting with `.` or `_`. */
export function isSkipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || (name.length === 9 && name.toLowerCase() === 'readme.md');
}

/** A `.markdown` file is said to be left out, rather than skipped without a word. */
const notAnEntryName = (path: string): Problem => ({
  path, line: 1, field: 'file', severity: 'warning',
  message: 'not read: entry files end in `.md`', hint: `rename it to ${path.slice(path.lastIndexOf('/') + 1).replace(/\.markdown$/i, '.md')}`,
});

export interface CorpusListing {
  /** Relative, `/`-separated, sorted. */
  files: string[];
  /** Where to open each file, in the same order. */
  locations: Location[];
  unreadable: UnreadableFile[];
  /** Symbolic links whose target is outside the corpus folder: skipped, with a warning each. */
  outside: Problem[];
}

/** A name as shown: itself when it is UTF-8, else its bytes that are not written as `\xNN`. */
function shownName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let shown = '';
  for (let i = 0; i < bytes.length; i++) {
    const rest = bytes.subarray(i);
    // The longest run from here that is UTF-8 is kept as text; a byte that starts none is escaped.
    let end = Math.min(rest.length, 4);
    while (end > 0 && !isUtf8(rest.subarray(0, end))) end--;
    if (end === 0) shown += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
    else {
      shown += rest.toString('utf8', 0, end);
      i += end - 1;
    }
  }
  return shown;
}

interface Named {
  dirent: Dirent;
  name: string;
  /** The name's bytes, when it is not UTF-8 and must be opened as bytes. */
  bytes?: Buffer;
}

/**
 * The names in a folder. Names that are not UTF-8 come back from a string readdir with U+FFFD
 * in them and could not be opened: only then is the folder read again as bytes.
 */
function namesIn(dir: Location): Named[] {
  const dirents = readdirSync(dir, { withFileTypes: true });
  if (!dirents.some((dirent) => dirent.name.includes('\uFFFD'))) return dirents.map((dirent) => ({ dirent, name: dirent.name }));
  const raw = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  return raw.map((dirent) => {
    const bytes = dirent.name as unknown as Buffer;
    const name = shownName(bytes);
    return { dirent: dirent as unknown as Dirent, name, bytes: isUtf8(bytes) ? undefined : bytes };
  });
}

const SEPARATOR = Buffer.from(sep);

function childOf(dir: Location, { name, bytes }: Named): Location {
  if (bytes === undefined && typeof dir === 'string') return dir.endsWith(sep) ? dir + name : dir + sep + name;
  const parent = typeof dir === 'string' ? Buffer.from(dir) : dir;
  return Buffer.concat([parent, SEPARATOR, bytes ?? Buffer.from(name)]);
}

/**
 * The real path of `location`, its bytes as Latin-1 text (one character a byte): realpathSync
 * with a Buffer decodes it as UTF-8 on the way, and a name that is not UTF-8 then "vanishes".
 */
const realPath = (location: Location): string => realpathSync.native(location, 'buffer').toString('latin1');

const fileProblem = (path: string, message: string): Problem => ({ path, line: 1, field: 'file', severity: 'error', message });

/**
 * Every entry file under `root`, folders visited once each. Nothing outside the corpus folder
 * is read: a symbolic link whose real path is outside it is skipped and reported.
 */
export function listCorpusFiles(root: string): CorpusListing {
  const found: { path: string; location: Location }[] = [];
  const unreadable: UnreadableFile[] = [];
  const outside: Problem[] = [];
  const visited = new Set<string>();
  const rootReal = realPath(root);
  const isInside = (real: string): boolean => real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
  const walk = (dir: Location, prefix: string): void => {
    let real: string;
    try {
      real = realPath(dir);
    } catch (error) {
      unreadable.push({ path: prefix || '.', problem: fileProblem(prefix || '.', describeError(error)) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let names: Named[];
    try {
      names = namesIn(dir);
    } catch (error) {
      const path = prefix || '.';
      unreadable.push({ path, problem: fileProblem(path, `cannot read folder: ${describeError(error)}`) });
      return;
    }
    for (const named of names) {
      const { dirent, name } = named;
      if (isSkipped(name)) continue;
      const path = prefix ? `${prefix}/${name}` : name;
      // Concatenation, not join(): at 100,000 files join() alone costs 70 ms.
      const location = childOf(dir, named);
      let isDirectory = dirent.isDirectory();
      let isFile = dirent.isFile();
      if (dirent.isSymbolicLink()) {
        try {
          const target = statSync(location);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
          if ((isDirectory || name.endsWith('.md')) && !isInside(realPath(location))) {
            outside.push({ path, line: 1, field: 'link', severity: 'warning', message: 'not followed: a symbolic link that leads outside the corpus folder' });
            continue;
          }
        } catch (error) {
          if (name.endsWith('.md')) {
            const broken = (error as NodeJS.ErrnoException).code === 'ENOENT';
            unreadable.push({ path, problem: fileProblem(path, broken ? 'cannot read: broken symbolic link, its target does not exist' : `cannot read: ${describeError(error)}`) });
          }
          continue;
        }
      }
      if (isDirectory) walk(location, path);
      else if (isFile && name.endsWith('.md')) found.push({ path, location });
      else if (isFile && /\.markdown$/i.test(name)) unreadable.push({ path, problem: notAnEntryName(path) });
    }
  };
  walk(root, '');
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: found.map((f) => f.path), locations: found.map((f) => f.location), unreadable, outside };
}

export function assertCorpusFolder(root: string): void {
  let stats;
  try {
    stats = statSync(root);
  } catch {
    throw new UsageError(`corpus folder not found: ${root}`, 'give an existing folder with --corpus DIR or CLIC_CORPUS');
  }
  if (!stats.isDirectory()) throw new UsageError(`corpus is not a folder: ${root}`, 'give a folder of Markdown files with --corpus DIR');
  try {
    readdirSync(root);
  } catch {
    throw new UsageError(`cannot read corpus folder: ${root}`, 'check its permissions');
  }
}

export interface ReadOptions {
  /** Where caches live (see cache/folder.ts); without it no cache is read or written. */
  cacheDir?: string;
  /** clic's version, stamped on the cache: another version rebuilds it. */
  version?: string;
  /** The time, for leaving files that have just changed out of the cache. */
  now?: () => number;
  /** Worker threads for loading files; by default one per idle core when there are many files. */
  workers?: number;
  /** Whether to keep each entry's body for the snapshot (true unless said). */
  bodies?: boolean;
  /** Whether to keep each entry's quotes (true unless said; always with bodies). */
  quotes?: boolean;
}

/** A corpus as read once: its entries and problems, and each entry's quotes and body from the same read. */
export interface CorpusSnapshot {
  corpus: Corpus;
  /**
   * The quotes of the entry at `path`, of the version its entry was read from; undefined if
   * unknown. Null when the snapshot was read without quotes.
   */
  quotes: ((path: string) => Quote[] | undefined) | null;
  /** The same for its body; null when the snapshot was read without bodies. */
  body: ((path: string) => string | undefined) | null;
  /** Where to open the file at `path` (its bytes when a name on the way is not UTF-8). */
  location(path: string): Location;
}

/** Where a file's body is: in memory as text or as its UTF-8 bytes, or in its shard's bytes, read with its entry. */
type BodySource = { text: string } | { bytes: Uint8Array } | { shard: Shard; index: number };

function bodyFrom(source: BodySource | undefined): string | undefined {
  if (source === undefined) return undefined;
  if ('text' in source) return source.text;
  return 'bytes' in source ? decodeBody(source.bytes) : source.shard.body(source.index);
}

/** Reads a whole corpus folder once, through its cache when `options.cacheDir` is given. */
export function readSnapshot(root: string, options: ReadOptions = {}): CorpusSnapshot {
  assertCorpusFolder(root);
  const listing = listCorpusFiles(root);
  const quotes = new Map<string, Quote[]>();
  const bodies = new Map<string, BodySource>();
  const results: FileResult[] = [];
  const unreadable = [...listing.unreadable];
  const parts: ShardParts = { bodies: options.bodies !== false, quotes: options.bodies !== false || options.quotes !== false };
  const keep: Keep = (result, quotesOf, body) => {
    results.push(result);
    if (!result.entry) return;
    if (parts.quotes && quotesOf !== undefined) quotes.set(result.path, quotesOf);
    if (parts.bodies && body !== undefined) bodies.set(result.path, body);
  };
  if (options.cacheDir === undefined) {
    for (const outcome of loadFiles(listing.locations, listing.files, parts.bodies ? 'text' : 'none', options.workers)) {
      if (isUnreadable(outcome)) unreadable.push(outcome);
      else keep(withoutBody(outcome), outcome.quotes, outcome.body === undefined ? undefined : { text: outcome.body });
    }
  } else {
    loadThroughCache(root, listing, options.cacheDir, { ...options, parts }, keep, (outcome) => unreadable.push(outcome));
  }
  const corpus = assembleCorpus(results, unreadable);
  if (listing.outside.length > 0) corpus.problems = [...corpus.problems, ...listing.outside].sort(compareProblems);
  const prefix = root.endsWith(sep) ? root : root + sep;
  const byteLocations = new Map(listing.files.flatMap((path, i) => (typeof listing.locations[i] === 'string' ? [] : [[path, listing.locations[i]!] as const])));
  return {
    corpus,
    quotes: parts.quotes ? (path) => quotes.get(path) : null,
    body: parts.bodies ? (path) => bodyFrom(bodies.get(path)) : null,
    location: (path) => byteLocations.get(path) ?? prefix + path,
  };
}

/** Reads and loads a whole corpus folder: its entries and problems, without bodies. */
export function readCorpus(root: string, options: ReadOptions = {}): Corpus {
  return readSnapshot(root, options).corpus;
}

/** What a load keeps of a file: its result, and the entry's quotes and body when it has them. */
type Keep = (result: FileResult, quotes: Quote[] | undefined, body: BodySource | undefined) => void;

const withoutBody = ({ path, id, entry, problems }: FileResult): FileResult => (entry ? { path, id, entry, problems } : { path, id, problems });

const cachedAs = (result: FileResult, stats: FileStats): CachedFile => {
  const { path, problems, entry } = result;
  return entry ? { path, ...stats, problems, entry } : { path, ...stats, problems };
};

/** `again`, a shard read again, when it is the same version as `shard` (the same records). */
const sameVersion = (shard: Shard, again: Shard | undefined): Shard | undefined =>
  again && again.records.length === shard.records.length && again.records.crc === shard.records.crc ? again : undefined;

/**
 * Takes from the cache every file whose size and times are those it was cached with, loads the
 * others, and writes again each shard of the cache whose files have changed.
 */
function loadThroughCache(
  root: string, { files, locations }: CorpusListing, cacheDir: string, options: ReadOptions & { parts: ShardParts },
  keep: Keep, unreadable: (outcome: UnreadableFile) => void,
): void {
  const folder = corpusCacheFor(cacheDir, root);
  const identity = { corpus: root, version: options.version ?? '' };
  const reader = new ShardReader(folder, identity);
  const shards = Array.from({ length: SHARDS }, (_, shard) => reader.read(shard, options.parts));
  const shardOfFile = files.map(shardOf);
  // The index in its shard of each file taken from the cache, by shard: what a shard rewritten
  // keeps. A shard is rewritten only when a file of it changed, came or went.
  const keptOf: number[][] = Array.from({ length: SHARDS }, () => []);
  const stale: number[] = [];
  // The files and each shard are in path order: one pass matches them.
  const next = new Array<number>(SHARDS).fill(0);
  for (let i = 0; i < files.length; i++) {
    const path = files[i]!;
    const shardIndex = shardOfFile[i]!;
    const shard = shards[shardIndex];
    const cachedFiles = shard?.files ?? [];
    while (next[shardIndex]! < cachedFiles.length && cachedFiles[next[shardIndex]!]!.path < path) next[shardIndex]!++;
    const index = next[shardIndex]!;
    const candidate = cachedFiles[index];
    // Stat before trusting: a file changed since it was cached is read again.
    const stats = candidate?.path === path ? statSync(locations[i]!, { throwIfNoEntry: false }) : undefined;
    if (shard && candidate && stats?.isFile() && isUnchanged(candidate, stats)) {
      const { problems, entry } = candidate;
      keep(entry ? { path, id: entry.id, entry, problems } : { path, id: idFromPath(path), problems }, shard.quotes?.[index], entry && { shard, index });
      keptOf[shardIndex]!.push(index);
    } else {
      stale.push(i);
    }
  }
  // Bodies as bytes: what the cache writes, and as little memory as a body can take until then.
  const loaded = loadFiles(stale.map((i) => locations[i]!), stale.map((i) => files[i]!), 'bytes', options.workers);
  const loadedOf: FileToCache[][] = Array.from({ length: SHARDS }, () => []);
  stale.forEach((fileIndex, k) => {
    const outcome: FileOutcome = loaded[k]!;
    if (isUnreadable(outcome)) {
      unreadable(outcome);
      return;
    }
    const result = withoutBody(outcome);
    keep(result, outcome.quotes, outcome.bodyBytes && { bytes: outcome.bodyBytes });
    loadedOf[shardOfFile[fileIndex]!]!.push({ file: cachedAs(result, outcome.stats), quotes: outcome.quotes ?? [], body: outcome.bodyBytes ?? encodeBody('') });
  });
  const now = (options.now ?? Date.now)();
  const writer = new ShardWriter(folder, identity);
  shards.forEach((shard, index) => {
    const kept = keptOf[index]!;
    if (loadedOf[index]!.length === 0 && (shard ? kept.length === shard.files.length : kept.length === 0)) return;
    // The kept files' quotes and bodies, from the same version of the shard as their records:
    // read now if the load took them not. A kept file whose body cannot be taken (its bytes
    // changed, or the shard was replaced since) is left out, to be read again.
    const whole = shard && !shard.isWhole ? sameVersion(shard, reader.read(index, { quotes: true, bodies: true })) : shard;
    const keptFiles = shard ? kept.flatMap((at): FileToCache[] => {
      const body = whole?.bodyBytes(at);
      const quotes = whole?.quotes?.[at];
      return body && quotes ? [{ file: shard.files[at]!, quotes, body }] : [];
    }) : [];
    const shardFiles = [...keptFiles, ...loadedOf[index]!];
    shardFiles.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
    writer.write(index, shardFiles, now);
  });
}
