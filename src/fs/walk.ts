// The walk of a corpus folder with the skip rules, and the stat of what it found: what a warm
// load checks the cache against. Its own module, with nothing of the loader, so that the worker
// that walks beside a cache read (walk-worker.ts) starts small.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { UnreadableFile } from '../core/corpus.js';
import type { Problem } from '../core/problem.js';

/** Where to open a file: its path, or its bytes when a folder on the way has a name that is not UTF-8. */
export type Location = string | Buffer;

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the file vanished while the corpus was read';
  if (code === 'ELOOP') return 'symbolic link loop';
  return (error as Error).message;
}

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

/** `folder` ready to have a relative path appended: with one separator at its end. */
export const withSeparator = (folder: string): string => (folder.endsWith(sep) ? folder : folder + sep);

function childOf(dir: Location, { name, bytes }: Named): Location {
  if (bytes === undefined && typeof dir === 'string') return withSeparator(dir) + name;
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
 * Every entry file under `root`, folders visited once each (`onFolder` is told of each). Nothing
 * outside the corpus folder is read: a symbolic link whose real path is outside it is skipped and
 * reported.
 */
export function listCorpusFiles(root: string, onFolder: () => void = () => {}): CorpusListing {
  const found: { path: string; location: Location }[] = [];
  const unreadable: UnreadableFile[] = [];
  const outside: Problem[] = [];
  const visited = new Set<string>();
  const rootReal = realPath(root);
  const isInside = (real: string): boolean => real === rootReal || real.startsWith(withSeparator(rootReal));
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
    onFolder();
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

/** Values per file in what statFiles() gives: size, modification time, change time. */
export const STAT_VALUES = 3;

/**
 * The size and times of each location, STAT_VALUES a file; NaN for one that is not a regular
 * file any more or cannot be stat'ed (its load will say why).
 */
export function statFiles(locations: readonly Location[]): Float64Array<ArrayBuffer> {
  const stats = new Float64Array(locations.length * STAT_VALUES).fill(Number.NaN);
  locations.forEach((location, i) => {
    try {
      const found = statSync(location, { throwIfNoEntry: false });
      if (!found?.isFile()) return;
      stats[i * STAT_VALUES] = found.size;
      stats[i * STAT_VALUES + 1] = found.mtimeMs;
      stats[i * STAT_VALUES + 2] = found.ctimeMs;
    } catch {
      // Left NaN: read again, and reported then.
    }
  });
  return stats;
}
