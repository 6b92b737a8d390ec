// The CorpusStore over files held in memory, for tests: the same loading as the folder store
// (the skip rules, parse, validate, assemble), over a record of paths to contents that plays the
// file system. Like a folder, the record is read when entries() is first called, and changes to
// it afterwards are seen by source() only.
import { assembleCorpus, loadFile, type FileResult } from '../core/corpus.js';
import type { Quote } from '../core/schema.js';
import { NotFoundError } from '../errors.js';
import { isSkipped } from './walk.js';
import { snapshotStore, type CorpusStore } from './store.js';

const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

/** A store over `files`: paths relative to the corpus, `/`-separated, to their contents. */
export function memoryStore(files: Readonly<Record<string, string | Uint8Array>>): CorpusStore {
  return snapshotStore(
    () => {
      const quotes = new Map<string, Quote[]>();
      const bodies = new Map<string, string>();
      const paths = Object.keys(files).filter((path) => path.endsWith('.md') && !path.split('/').some(isSkipped)).sort();
      const results: FileResult[] = paths.map((path) => {
        const { quotes: quotesOf, body, ...result } = loadFile({ path, bytes: bytesOf(files[path]!) });
        if (result.entry) {
          quotes.set(path, quotesOf ?? []);
          bodies.set(path, body ?? '');
        }
        return result;
      });
      return { corpus: assembleCorpus(results), quotes: (path) => quotes.get(path), body: (path) => bodies.get(path), quoteWords: () => undefined, location: (path) => path };
    },
    (path) => {
      const content = Object.hasOwn(files, path) ? files[path] : undefined;
      if (content === undefined) throw new NotFoundError(`cannot read ${path}: no such file`);
      return new TextDecoder().decode(bytesOf(content));
    },
  );
}
