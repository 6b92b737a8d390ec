// Where the cache lives: one folder per corpus under the cache folder, one shard file per
// group of paths, so that an edit rewrites only the shard of the file edited.
import { mkdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

export const SHARDS = 64;

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

export const shardFile = (folder: string, shard: number): string => join(folder, `${shard.toString(16).padStart(2, '0')}.cache`);

/**
 * Creates a folder and its missing parents one at a time. Node 20's `mkdirSync(…, {recursive})`
 * never returns for a path under /proc whose parent cannot be made (it retries ENOENT forever):
 * here any failure throws, and the caller goes on without a cache.
 */
export function makeFolder(folder: string): void {
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
