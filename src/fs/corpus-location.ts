// The lookups behind the corpus rule (src/core/corpus-location.ts decides), the config file
// `clic init` records a default in, and the guard every command that writes calls first.
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Context } from '../context.js';
import { CORPUS_MARKER, chooseCorpus, corpusFromConfig, withCorpusInConfig, type CorpusChoice } from '../core/corpus-location.js';
import { UsageError } from '../errors.js';
import { writeFileAtomically } from './write-file.js';

/** `$XDG_CONFIG_HOME/clic/config`, else `~/.config/clic/config`; none without a home. */
export function configFileFor(env: Context['env']): string | undefined {
  // The XDG spec says to ignore a relative path.
  if (env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME)) return join(env.XDG_CONFIG_HOME, 'clic', 'config');
  const home = env.HOME || env.USERPROFILE;
  return home ? join(home, '.config', 'clic', 'config') : undefined;
}

/** The nearest folder at or above `from` that holds a marker file, as git finds `.git`. */
export function findMarkedFolder(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (statSync(join(dir, CORPUS_MARKER), { throwIfNoEntry: false })?.isFile()) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function configuredCorpus(file: string | undefined): { dir: string; file: string } | undefined {
  if (file === undefined || !existsSync(file)) return undefined;
  let dir: string | undefined;
  try {
    dir = corpusFromConfig(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  // Relative to the config file's folder, so that the file means the same from anywhere.
  return dir === undefined ? undefined : { dir: resolve(dirname(file), dir), file };
}

/** The corpus a command uses and why, its folder resolved against the current one. */
export function locateCorpus(option: string | undefined, ctx: Context): CorpusChoice {
  const choice = chooseCorpus({
    option,
    env: ctx.env.CLIC_CORPUS || undefined,
    marker: findMarkedFolder(ctx.cwd),
    config: configuredCorpus(configFileFor(ctx.env)),
    bundled: ctx.bundledCorpusDir,
  });
  return { ...choice, dir: resolve(ctx.cwd, choice.dir) };
}

const realOrResolved = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

const isInside = (path: string, folder: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(sep));
};

/**
 * Refuses to write into the corpus bundled with clic (it ships with the package, and its tests
 * and README depend on it): every command that writes (`new`, `edit`, `import`, `init`) calls this first.
 */
export function assertWritableCorpus(dir: string, ctx: Context): void {
  if (!isInside(realOrResolved(dir), realOrResolved(ctx.bundledCorpusDir))) return;
  throw new UsageError(
    'the corpus bundled with clic is read-only: nothing was written',
    'choose a corpus of your own: `clic init DIR` creates one and makes it the default, or give --corpus DIR, or set CLIC_CORPUS',
  );
}

export type Outcome = 'written' | 'kept';

export interface InitResult {
  readme: Outcome;
  marker: Outcome;
}

/** Text of the marker file: its presence is what counts, the text says so to whoever opens it. */
const MARKER_TEXT = `# This folder is a clic corpus: clic uses it when run in this folder or below it.
# Made by \`clic init\`; see \`clic info\` for the rule that chooses the corpus.
`;

/** Makes `dir` a corpus folder: the folder, the format reference as its README, the marker; nothing overwritten. */
export function initCorpusFolder(dir: string, formatReference: string): InitResult {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`not a folder: ${dir}`, 'give the path of a folder to create or to use');
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${dir}: ${(error as Error).message}`);
  }
  const readme = writeFileAtomically(join(dir, 'README.md'), readFileSync(formatReference, 'utf8'), false) ? 'written' : 'kept';
  const marker = writeFileAtomically(join(dir, CORPUS_MARKER), MARKER_TEXT, false) ? 'written' : 'kept';
  return { readme, marker };
}

/** Records `dir` as the default corpus in the config file, keeping its other lines. */
export function recordDefaultCorpus(configFile: string, dir: string): void {
  const old = existsSync(configFile) ? readFileSync(configFile, 'utf8') : '';
  mkdirSync(dirname(configFile), { recursive: true });
  writeFileAtomically(configFile, withCorpusInConfig(old, dir), true);
}
