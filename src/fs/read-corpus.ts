// The only corpus I/O: the walk with the skip rules, the reads, and the cache.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { assembleCorpus, type Corpus, type FileResult, type UnreadableFile } from '../core/corpus.js';
import type { Problem } from '../core/problem.js';
import type { Entry } from '../core/schema.js';
import { UsageError } from '../errors.js';
import { corpusCacheFor, isUnchanged, readCache, shardOf, SHARDS, writeShard, type CachedFile } from './cache.js';
import { heldAsCacheText } from './cached-entry.js';
import { describeError, isUnreadable, loadFiles, readAndLoad, type FileOutcome } from './load-files.js';

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
  files: string[];
  unreadable: UnreadableFile[];
}

/** Every entry file under `root`, relative and `/`-separated, sorted; folders visited once each. */
export function listCorpusFiles(root: string): CorpusListing {
  const files: string[] = [];
  const unreadable: UnreadableFile[] = [];
  const visited = new Set<string>();
  const walk = (dir: string, prefix: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      unreadable.push({ path: prefix || '.', problem: { path: prefix || '.', line: 1, field: 'file', severity: 'error', message: describeError(error) } });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const path = prefix || '.';
      unreadable.push({ path, problem: { path, line: 1, field: 'file', severity: 'error', message: `cannot read folder: ${describeError(error)}` } });
      return;
    }
    for (const dirent of names) {
      if (isSkipped(dirent.name)) continue;
      const path = prefix ? `${prefix}/${dirent.name}` : dirent.name;
      // Concatenation, not join(): at 100,000 files join() alone costs 70 ms.
      const full = dir.endsWith(sep) ? dir + dirent.name : dir + sep + dirent.name;
      let isDirectory = dirent.isDirectory();
      let isFile = dirent.isFile();
      if (dirent.isSymbolicLink()) {
        try {
          const target = statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (dirent.name.endsWith('.md')) {
            const broken = (error as NodeJS.ErrnoException).code === 'ENOENT';
            const message = broken ? 'cannot read: broken symbolic link, its target does not exist' : `cannot read: ${describeError(error)}`;
            unreadable.push({ path, problem: { path, line: 1, field: 'file', severity: 'error', message } });
          }
          continue;
        }
      }
      if (isDirectory) walk(full, path);
      else if (isFile && dirent.name.endsWith('.md')) files.push(path);
      else if (isFile && /\.markdown$/i.test(dirent.name)) unreadable.push({ path, problem: notAnEntryName(path) });
    }
  };
  walk(root, '');
  files.sort();
  return { files, unreadable };
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
  /** Where caches live (see cache.ts); without it no cache is read or written. */
  cacheDir?: string;
  /** clic's version, stamped on the cache: another version rebuilds it. */
  version?: string;
  /** The time, for leaving files that have just changed out of the cache. */
  now?: () => number;
  /** Worker threads for loading files; by default one per idle core when there are many files. */
  workers?: number;
}

/** Reads and loads a whole corpus folder, through its cache when `options.cacheDir` is given. */
export function readCorpus(root: string, options: ReadOptions = {}): Corpus {
  assertCorpusFolder(root);
  const { files, unreadable } = listCorpusFiles(root);
  const prefix = root.endsWith(sep) ? root : root + sep;
  const outcomes = options.cacheDir === undefined ? loadFiles(prefix, files, options.workers) : loadThroughCache(root, prefix, files, options.cacheDir, options);
  const results: FileResult[] = [];
  for (const outcome of outcomes) {
    if (isUnreadable(outcome)) unreadable.push(outcome);
    else results.push(outcome);
  }
  return assembleCorpus(results, unreadable);
}

/**
 * Takes from the cache every file whose size and times are those it was cached with, loads the
 * others, and writes again each shard of the cache whose files have changed.
 */
function loadThroughCache(root: string, prefix: string, files: string[], cacheDir: string, options: ReadOptions): FileOutcome[] {
  const folder = corpusCacheFor(cacheDir, root);
  const identity = { corpus: root, version: options.version ?? '' };
  const reload = (path: string): Entry | undefined => {
    const outcome = readAndLoad(prefix, path);
    return isUnreadable(outcome) ? undefined : outcome.entry;
  };
  const shards = readCache(folder, identity, reload);
  const outcomes: FileOutcome[] = new Array(files.length);
  // What each file will be cached as: its cached record when unchanged, else a new one.
  const records: (CachedFile | undefined)[] = new Array(files.length);
  const stale: number[] = [];
  // Only the numbers the cache keeps: a Stats object and its four Dates take ten times as much.
  const staleStats: ([size: number, mtimeMs: number, ctimeMs: number] | undefined)[] = [];
  const shardOfFile = files.map(shardOf);
  const hits = new Array<number>(SHARDS).fill(0);
  // The files and each shard are in path order: one pass matches them.
  const next = new Array<number>(SHARDS).fill(0);
  for (let i = 0; i < files.length; i++) {
    const path = files[i]!;
    // Stat before reading: a file that changes after its stat is read again on the next run.
    const stats = statSync(prefix + path, { throwIfNoEntry: false });
    const shard = shardOfFile[i]!;
    const cached = shards[shard]!;
    while (next[shard]! < cached.length && cached[next[shard]!]![3].path < path) next[shard]!++;
    const candidate = cached[next[shard]!];
    if (stats && candidate?.[3].path === path && isUnchanged(candidate, stats)) {
      outcomes[i] = candidate[3];
      records[i] = candidate;
      hits[shard]!++;
    } else {
      stale.push(i);
      staleStats.push(stats && [stats.size, stats.mtimeMs, stats.ctimeMs]);
    }
  }
  // Files about to be cached are held as the text the cache will write (see heldAsCacheText).
  const loaded = loadFiles(prefix, stale.map((i) => files[i]!), options.workers, (entry) => heldAsCacheText(entry, reload));
  stale.forEach((fileIndex, k) => {
    const outcome = loaded[k]!;
    const stats = staleStats[k];
    outcomes[fileIndex] = outcome;
    if (stats && !isUnreadable(outcome)) records[fileIndex] = [...stats, outcome];
  });

  const byShard: CachedFile[][] = Array.from({ length: SHARDS }, () => []);
  records.forEach((record, i) => record && byShard[shardOfFile[i]!]!.push(record));
  const now = (options.now ?? Date.now)();
  byShard.forEach((shardRecords, shard) => {
    if (shardRecords.length !== hits[shard] || hits[shard] !== shards[shard]!.length) writeShard(folder, shard, identity, shardRecords, now);
  });
  return outcomes;
}
