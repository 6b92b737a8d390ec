// CorpusStore: how commands read the corpus. One snapshot per store: the entries are read
// once, and the quotes and bodies asked for later come from the same read of each file (or of its
// cache shard), never from reading a file again, so that an entry printed is one version of its
// file whatever happens to the files meanwhile.
import type { Corpus } from '../core/corpus.js';
import type { Entry, FullEntry, QuotedEntry } from '../core/schema.js';
import { indexOfRuns, passageWords, type PassageRun, type SearchIndex } from '../core/search/index.js';
import { NotFoundError } from '../errors.js';
import { cacheDirFor } from './cache/folder.js';
import { readRegularFile } from './load-files.js';
import { readSnapshot, type CorpusSnapshot, type ReadOptions } from './read-corpus.js';

export interface CorpusStore {
  /** Every entry (plain, validated, never changed), every problem, and how many files gave no entry: read once. */
  entries(): Corpus;
  /**
   * The entries with these ids, with their quotes, in the order asked; ids that no entry has are
   * left out. Each is one version of its file: the one entries() gave.
   */
  quoted(ids: readonly string[]): QuotedEntry[];
  /** The same, with their bodies too. */
  full(ids: readonly string[]): FullEntry[];
  /**
   * The search index of the quotes of the entries with these ids, in the order asked: what
   * buildSearchIndex gives for the passages of quoted(ids), made from the words the cache kept
   * of each quote where the store was opened with `words` and the entry came from the cache.
   */
  quoteIndex(ids: readonly string[]): SearchIndex;
  /** The text of an entry's file as it is now (`show --format md` prints files as they are). */
  source(path: string): string;
}

/**
 * How to open a store: `cache: false` reads every file (--no-cache). A corpus's bodies are most
 * of its bytes, and its quotes a fifth of its front matter, and most commands print neither:
 * `bodies: false` keeps no body (full() then throws), and with `quotes: false` too, no quote
 * (quoted() then throws). `words: true` reads the words of the quotes the cache holds, for
 * quoteIndex().
 */
export interface StoreOptions {
  cache: boolean;
  bodies?: boolean;
  quotes?: boolean;
  words?: boolean;
}

/** Opens the store of the corpus folder `dir`. */
export type OpenStore = (dir: string, options: StoreOptions) => CorpusStore;

/**
 * The context's way to open a store: asynchronous, so that the store's code (the walk, the
 * cache, js-yaml) is loaded only by the commands that read a corpus, not at every start-up.
 */
export type OpenStoreLater = (dir: string, options: StoreOptions) => Promise<CorpusStore>;

/** The store over a snapshot, made when first asked for; `readSource` reads a file as it is now. */
export function snapshotStore(read: () => CorpusSnapshot, readSource: (path: string, snapshot: CorpusSnapshot) => string): CorpusStore {
  let snapshot: CorpusSnapshot | undefined;
  let byId: Map<string, Entry> | undefined;
  const opened = (): CorpusSnapshot => (snapshot ??= read());
  const source = (path: string): string => readSource(path, opened());
  /** The entries with these ids, in the order asked, each made whole by `complete`. */
  function found<T>(ids: readonly string[], complete: (entry: Entry) => T): T[] {
    const index = (byId ??= new Map(opened().corpus.entries.map((entry) => [entry.id, entry])));
    return ids.flatMap((id) => {
      const entry = index.get(id);
      return entry ? [complete(entry)] : [];
    });
  }
  return {
    entries: () => opened().corpus,
    quoted(ids) {
      const { quotes } = opened();
      // A programming error: the command opened its store saying it would need no quote.
      if (quotes === null) throw new Error('quoted() of a store opened with quotes: false');
      // Every entry kept has its quotes and body: they came with it, from its file or its shard.
      return found(ids, (entry) => withParts(entry, { quotes: quotes(entry.path) ?? [] }));
    },
    quoteIndex(ids) {
      const { quotes, quoteWords } = opened();
      // A programming error: the command opened its store saying it would need no quote.
      if (quotes === null) throw new Error('quoteIndex() of a store opened with quotes: false');
      const entries = found(ids, (entry) => entry);
      // The words of the quotes that came without theirs, visited together: one folding of each word.
      const uncached = entries.filter((entry) => quoteWords(entry.path) === undefined);
      const visited = passageWords(uncached.flatMap((entry) => (quotes(entry.path) ?? []).map(({ text }) => text)));
      const runs = new Map<string, PassageRun>();
      let first = 0;
      for (const { path } of uncached) {
        const count = quotes(path)?.length ?? 0;
        runs.set(path, { words: visited, first, count });
        first += count;
      }
      return indexOfRuns(entries.map(({ path }) => quoteWords(path) ?? runs.get(path)!));
    },
    full(ids) {
      const { quotes, body } = opened();
      // A programming error: the command opened its store saying it would need no body.
      if (body === null || quotes === null) throw new Error('full() of a store opened with bodies: false');
      return found(ids, (entry) => withParts(entry, { quotes: quotes(entry.path) ?? [], body: body(entry.path) ?? '' }));
    },
    source,
  };
}

/**
 * An entry with its quotes (and body): a new object, the entry's keys first. Object.assign, as
 * `{ ...entry, quotes }` took 2.7 times as long (a spread followed by a key loses V8's fast clone):
 * 17 ms for the 10,000 entries a search asks for.
 */
const withParts = <T extends object>(entry: Entry, parts: T): Entry & T => Object.assign({}, entry, parts);

/** Stores over the real file system, cached unless asked not to be: the context's OpenStore. */
export function fileStores(env: Readonly<Record<string, string | undefined>>, cwd: string, version: string, now?: () => number): OpenStore {
  // `CLIC_WORKERS=N` sets the loading threads.
  const workers = /^\d+$/.test(env.CLIC_WORKERS ?? '') ? Number(env.CLIC_WORKERS) : undefined;
  return (dir, { cache, bodies = true, quotes = true, words = false }) => {
    const options: ReadOptions = { cacheDir: cache ? cacheDirFor(env, cwd) : undefined, version, workers, now, bodies, quotes, words };
    return snapshotStore(() => readSnapshot(dir, options), (path, snapshot) => {
      const read = readRegularFile(snapshot.location(path));
      if ('error' in read) throw new NotFoundError(`cannot read ${path}: ${read.error}`);
      return read.bytes.toString('utf8');
    });
  };
}
