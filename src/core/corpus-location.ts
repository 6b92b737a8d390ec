// Which corpus a command uses, and why: the first of these that is given wins. The lookups
// (the environment, the marker file, the config file) are done by src/fs/corpus-location.ts.

/** Where the choice came from, strongest first. */
export const CORPUS_SOURCES = ['option', 'env', 'marker', 'config', 'bundled'] as const;
export type CorpusSource = (typeof CORPUS_SOURCES)[number];

/** The name of the file that marks a folder as a corpus, as `.git` marks a repository. */
export const CORPUS_MARKER = '.clic';

export interface CorpusClues {
  /** `--corpus DIR`, as given. */
  option?: string;
  /** `$CLIC_CORPUS`, when set and not empty. */
  env?: string;
  /** The nearest folder at or above the current one that holds a marker file. */
  marker?: string;
  /** The default recorded by `clic init`, and the file it is recorded in. */
  config?: { dir: string; file: string };
  bundled: string;
}

export interface CorpusChoice {
  /** As given: the caller resolves it against the current folder. */
  dir: string;
  source: CorpusSource;
  /** Why, in words, for `clic info`. */
  reason: string;
}

export function chooseCorpus(clues: CorpusClues): CorpusChoice {
  if (clues.option !== undefined) return { dir: clues.option, source: 'option', reason: 'given with --corpus' };
  if (clues.env !== undefined) return { dir: clues.env, source: 'env', reason: 'set in $CLIC_CORPUS' };
  if (clues.marker !== undefined) return { dir: clues.marker, source: 'marker', reason: `the nearest folder holding a ${CORPUS_MARKER} file` };
  if (clues.config !== undefined) return { dir: clues.config.dir, source: 'config', reason: `the default recorded in ${clues.config.file} by clic init` };
  return { dir: clues.bundled, source: 'bundled', reason: 'the corpus bundled with clic (no --corpus, $CLIC_CORPUS, marker or default)' };
}

/** The config file's `corpus = DIR` line, if any; `#` starts a comment. */
export function corpusFromConfig(text: string): string | undefined {
  for (const line of text.split('\n')) {
    // A `#` at the start of a line needs no match here: such a line is no setting anyway.
    const setting = /^\s*corpus\s*=\s*(.*?)\s*$/.exec(line.replace(/\s#.*/, ''));
    if (setting && setting[1] !== '') return setting[1];
  }
  return undefined;
}

/** The config text with its `corpus = DIR` line set to `dir`, other lines kept. */
export function withCorpusInConfig(text: string, dir: string): string {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const setting = `corpus = ${dir}`;
  const at = lines.findIndex((line) => /^\s*corpus\s*=/.test(line));
  if (at === -1) lines.push(setting);
  else lines[at] = setting;
  return `${lines.join('\n')}\n`;
}
