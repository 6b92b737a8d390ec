// The only corpus I/O: the walk with the skip rules, and the reads.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type Corpus, type SourceFile, type UnreadableFile } from '../core/corpus.js';
import { UsageError } from '../errors.js';

/** Skipped by the contract: README.md at any depth, and names starting with `.` or `_`. */
function isSkipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name.toLowerCase() === 'readme.md';
}

export interface CorpusListing {
  files: string[];
  unreadable: UnreadableFile[];
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the file vanished while the corpus was read';
  if (code === 'ELOOP') return 'symbolic link loop';
  return (error as Error).message;
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
      unreadable.push({ path: prefix || '.', problem: { path: prefix || '.', line: 1, field: 'file', severity: 'error', message: describe(error) } });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const path = prefix || '.';
      unreadable.push({ path, problem: { path, line: 1, field: 'file', severity: 'error', message: `cannot read folder: ${describe(error)}` } });
      return;
    }
    for (const dirent of names) {
      if (isSkipped(dirent.name)) continue;
      const path = prefix ? `${prefix}/${dirent.name}` : dirent.name;
      const full = join(dir, dirent.name);
      let isDirectory = dirent.isDirectory();
      let isFile = dirent.isFile();
      if (dirent.isSymbolicLink()) {
        try {
          const target = statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (dirent.name.endsWith('.md')) {
            unreadable.push({ path, problem: { path, line: 1, field: 'file', severity: 'error', message: `cannot read: ${describe(error)}` } });
          }
          continue;
        }
      }
      if (isDirectory) walk(full, path);
      else if (isFile && dirent.name.endsWith('.md')) files.push(path);
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

export function readSourceFiles(root: string, paths: string[], unreadable: UnreadableFile[]): SourceFile[] {
  const files: SourceFile[] = [];
  for (const path of paths) {
    try {
      files.push({ path, bytes: readFileSync(join(root, path)) });
    } catch (error) {
      unreadable.push({ path, problem: { path, line: 1, field: 'file', severity: 'error', message: `cannot read: ${describe(error)}` } });
    }
  }
  return files;
}

/** Reads and loads a whole corpus folder. */
export function readCorpus(root: string): Corpus {
  assertCorpusFolder(root);
  const { files, unreadable } = listCorpusFiles(root);
  const sources = readSourceFiles(root, files, unreadable);
  return loadCorpus(sources, unreadable);
}
