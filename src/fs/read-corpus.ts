// The corpus as read: the walk (walk.ts), the reads and the cache. What it gives is a snapshot:
// every entry, and later its body, from one read of its file or of its cache shard.
import { readdirSync, statSync } from 'node:fs';
import { assembleCorpus, idFromPath, type Corpus, type FileResult, type UnreadableFile } from '../core/corpus.js';
import { compareProblems, type Problem } from '../core/problem.js';
import type { Quote } from '../core/schema.js';
import type { PassageRun } from '../core/search/index.js';
import { UsageError } from '../errors.js';
import { decodeBody, encodeBody, isUnchanged, type CachedFile, type FileStats } from './cache/codec.js';
import { corpusCacheFor, shardOf, SHARDS } from './cache/folder.js';
import { ShardReader, ShardWriter, type FileToCache, type Shard, type ShardParts } from './cache/shards.js';
import { isUnreadable, loadEach, loadFiles } from './load-files.js';
import { walkBeside } from './parallel-walk.js';
import { listCorpusFiles, STAT_VALUES, withSeparator, type CorpusListing, type Location } from './walk.js';

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
  /** Whether to keep the words of the quotes the cache holds, for a search (false unless said). */
  words?: boolean;
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
  /**
   * The words of the quotes of the entry at `path`, as its cache shard kept them (with the
   * quotes it gave); undefined when they were not read from the cache.
   */
  quoteWords(path: string): PassageRun | undefined;
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
  const quotes = new Map<string, Quote[]>();
  const bodies = new Map<string, BodySource>();
  const quoteWords = new Map<string, PassageRun>();
  const results: FileResult[] = [];
  const unreadable: UnreadableFile[] = [];
  const parts: ShardParts = { bodies: options.bodies !== false, quotes: options.bodies !== false || options.quotes !== false, words: options.words === true };
  const keep: Keep = (result, quotesOf, body, words) => {
    results.push(result);
    if (!result.entry) return;
    if (parts.quotes && quotesOf !== undefined) quotes.set(result.path, quotesOf);
    if (parts.bodies && body !== undefined) bodies.set(result.path, body);
    if (words !== undefined) quoteWords.set(result.path, words);
  };
  let listing: CorpusListing;
  if (options.cacheDir === undefined) {
    listing = listCorpusFiles(root);
    for (const outcome of loadFiles(listing.locations, listing.files, parts.bodies ? 'text' : 'none', options.workers)) {
      if (isUnreadable(outcome)) unreadable.push(outcome);
      else keep(withoutBody(outcome), outcome.quotes, outcome.body === undefined ? undefined : { text: outcome.body });
    }
  } else {
    listing = loadThroughCache(root, options.cacheDir, { ...options, parts }, keep, (outcome) => unreadable.push(outcome));
  }
  const corpus = assembleCorpus(results, [...listing.unreadable, ...unreadable]);
  if (listing.outside.length > 0) corpus.problems = [...corpus.problems, ...listing.outside].sort(compareProblems);
  const prefix = withSeparator(root);
  const byteLocations = new Map(listing.files.flatMap((path, i) => (typeof listing.locations[i] === 'string' ? [] : [[path, listing.locations[i]!] as const])));
  return {
    corpus,
    quotes: parts.quotes ? (path) => quotes.get(path) : null,
    body: parts.bodies ? (path) => bodyFrom(bodies.get(path)) : null,
    quoteWords: (path) => quoteWords.get(path),
    location: (path) => byteLocations.get(path) ?? prefix + path,
  };
}

/** Reads and loads a whole corpus folder: its entries and problems, without bodies. */
export function readCorpus(root: string, options: ReadOptions = {}): Corpus {
  return readSnapshot(root, options).corpus;
}

/** What a load keeps of a file: its result, and the entry's quotes, body and quotes' words when it has them. */
type Keep = (result: FileResult, quotes: Quote[] | undefined, body: BodySource | undefined, words?: PassageRun) => void;

const withoutBody = ({ path, id, entry, problems }: FileResult): FileResult => (entry ? { path, id, entry, problems } : { path, id, problems });

const cachedAs = (result: FileResult, stats: FileStats): CachedFile => {
  const { path, problems, entry } = result;
  return entry ? { path, ...stats, problems, entry } : { path, ...stats, problems };
};

/** `again`, a shard read again, when it is the same version as `shard` (the same records). */
const sameVersion = (shard: Shard, again: Shard | undefined): Shard | undefined =>
  again && again.records.length === shard.records.length && again.records.crc === shard.records.crc ? again : undefined;

/** The size and times of listed file `index`, when it is still a regular file. */
type StatOf = (index: number) => FileStats | undefined;

/** Stats taken file by file, as they are asked for: on a first load no file is stat'ed, only read. */
const statHere = ({ locations }: CorpusListing): StatOf => (index) => {
  const stats = statSync(locations[index]!, { throwIfNoEntry: false });
  return stats?.isFile() ? stats : undefined;
};

/** Stats taken beforehand by statFiles(). */
const statFrom = (stats: Float64Array): StatOf => (index) => {
  const size = stats[index * STAT_VALUES]!;
  return Number.isNaN(size) ? undefined : { size, mtimeMs: stats[index * STAT_VALUES + 1]!, ctimeMs: stats[index * STAT_VALUES + 2]! };
};

/**
 * Walks the corpus folder; takes from the cache every file whose size and times are those it was
 * cached with, loads the others, and writes again each shard of the cache whose files have
 * changed. Gives the listing walked. On a large corpus the walk and its stats run on a worker
 * while the shards are read (parallel-walk.ts).
 */
function loadThroughCache(
  root: string, cacheDir: string, options: ReadOptions & { parts: ShardParts },
  keep: Keep, unreadable: (outcome: UnreadableFile) => void,
): CorpusListing {
  const folder = corpusCacheFor(cacheDir, root);
  const identity = { corpus: root, version: options.version ?? '' };
  const reader = new ShardReader(folder, identity);
  // The first shard tells about how many files the cache holds: whether a walk beside pays.
  const first = reader.read(0, options.parts);
  const walked = walkBeside(root, (first?.files.length ?? 0) * SHARDS, options.workers);
  const shards = [first, ...Array.from({ length: SHARDS - 1 }, (_, shard) => reader.read(shard + 1, options.parts))];
  const beside = walked?.();
  const listing = beside?.listing ?? listCorpusFiles(root);
  const { files, locations } = listing;
  const statOf = beside ? statFrom(beside.stats) : statHere(listing);
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
    const stats = candidate?.path === path ? statOf(i) : undefined;
    if (shard && candidate && stats && isUnchanged(candidate, stats)) {
      const { problems, entry } = candidate;
      keep(entry ? { path, id: entry.id, entry, problems } : { path, id: idFromPath(path), problems }, shard.quotes?.[index], entry && { shard, index }, shard.quoteRun(index));
      keptOf[shardIndex]!.push(index);
    } else {
      stale.push(i);
    }
  }
  const writer = new ShardWriter(folder, identity);
  const loadedOf: FileToCache[][] = Array.from({ length: SHARDS }, () => []);
  /** Writes shard `index` again when a file of it changed, came or went, then lets go of its loaded files. */
  const rewrite = (index: number): void => {
    const shard = shards[index];
    const kept = keptOf[index]!;
    const loaded = loadedOf[index]!;
    loadedOf[index] = [];
    if (loaded.length === 0 && (shard ? kept.length === shard.files.length : kept.length === 0)) return;
    // The kept files' quotes and bodies, from the same version of the shard as their records:
    // read now if the load took them not. A kept file whose body cannot be taken (its bytes
    // changed, or the shard was replaced since) is left out, to be read again.
    const whole = shard && !shard.isWhole ? sameVersion(shard, reader.read(index, { quotes: true, bodies: true })) : shard;
    const keptFiles = shard ? kept.flatMap((at): FileToCache[] => {
      const body = whole?.bodyBytes(at);
      const quotes = whole?.quotes?.[at];
      return body && quotes ? [{ file: shard.files[at]!, quotes, body }] : [];
    }) : [];
    const shardFiles = [...keptFiles, ...loaded];
    shardFiles.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
    writer.write(index, shardFiles, (options.now ?? Date.now)());
  };
  // The files to read, shard by shard: each shard is written as soon as its last file is loaded,
  // and its bodies let go (unless the snapshot keeps them), where holding every body until all
  // were read made the first load the peak of memory.
  stale.sort((a, b) => shardOfFile[a]! - shardOfFile[b]! || a - b);
  const toLoad = new Array<number>(SHARDS).fill(0);
  for (const i of stale) toLoad[shardOfFile[i]!]!++;
  const withNoneToLoad = toLoad.flatMap((count, index) => (count === 0 ? [index] : []));
  // Bodies as bytes: what the cache writes, and as little memory as a body can take until then.
  loadEach(stale.map((i) => locations[i]!), stale.map((i) => files[i]!), 'bytes', options.workers, (k, outcome) => {
    const shardIndex = shardOfFile[stale[k]!]!;
    if (isUnreadable(outcome)) unreadable(outcome);
    else {
      const result = withoutBody(outcome);
      keep(result, outcome.quotes, outcome.bodyBytes && { bytes: outcome.bodyBytes });
      loadedOf[shardIndex]!.push({ file: cachedAs(result, outcome.stats), quotes: outcome.quotes ?? [], body: outcome.bodyBytes ?? encodeBody('') });
    }
    if (--toLoad[shardIndex]! === 0) rewrite(shardIndex);
  });
  // The others, which may have lost files.
  withNoneToLoad.forEach(rewrite);
  return listing;
}
