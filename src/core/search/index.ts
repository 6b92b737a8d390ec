// The candidate index: what search knows of the passages' words before it reads a query, as
// plain data (strings and typed arrays) that a cache could keep as it is. Not a barrel module:
// the entry point is ../search.ts.
//
// Passages are numbered in the order given. `words` holds, passage after passage, the id of every
// word visitWords visits (compounds included), and `ordinals` its position among the passage's
// words; `postings` holds, word after word, the passages that hold it, ascending. A query is
// matched against the vocabulary only (match.ts), then only the passages its words' postings
// give are ranked: no other passage holds a matched word, so none can be a hit.
import { finish, type SearchProgress } from './steps.js';
import { visitWords, wordFolder } from './words.js';

/**
 * The words of a run of passages, visited, numbered and in order: a SearchIndex without its
 * postings. What a cache keeps of its quotes, so that a search does not visit their words again
 * (indexOfRuns).
 */
export interface PassageWords {
  /** Distinct folded words, in the order first visited; a word's id is its index here. */
  readonly vocabulary: readonly string[];
  /** Passage p's visits are `passageStarts[p]` to `passageStarts[p + 1]` in words and ordinals. */
  readonly passageStarts: Uint32Array;
  readonly words: Uint32Array;
  readonly ordinals: Uint32Array;
  /** Words in each passage. */
  readonly lengths: Uint32Array;
}

export interface SearchIndex extends PassageWords {
  /** Word w's passages are `postingStarts[w]` to `postingStarts[w + 1]` in postings. */
  readonly postingStarts: Uint32Array;
  readonly postings: Uint32Array;
}

/** The first chunk of NumberChunks, and the largest: chunks double up to it. */
const FIRST_CHUNK = 1024;
const LARGEST_CHUNK = 1 << 20;

/**
 * Numbers pushed into chunks that are never copied as they grow: doubling one array copied all
 * it held, and for the words of 100,000 bodies one such copy held a key back a tenth of a second
 * or more. `joined` makes them one array, a chunk a step.
 */
class NumberChunks {
  readonly filled: Uint32Array[] = [];
  last = new Uint32Array(FIRST_CHUNK);
  used = 0;
  length = 0;

  push(n: number): void {
    if (this.used === this.last.length) {
      this.filled.push(this.last);
      this.last = new Uint32Array(Math.min(2 * this.last.length, LARGEST_CHUNK));
      this.used = 0;
    }
    this.last[this.used++] = n;
    this.length++;
  }
}

/** The numbers of `chunks` in one array, copied a chunk per step (each step reports `progress`). */
function* joined(chunks: NumberChunks, progress: SearchProgress): Generator<SearchProgress, Uint32Array, void> {
  const all = new Uint32Array(chunks.length);
  let at = 0;
  for (const chunk of chunks.filled) {
    all.set(chunk, at);
    at += chunk.length;
    yield progress;
  }
  all.set(chunks.last.subarray(0, chunks.used), at);
  return all;
}

/** Passages indexed between two steps: well under a millisecond's work. */
const PASSAGES_PER_STEP = 256;
/** Passages inverted between two steps: reading their word ids again is far cheaper than folding them. */
const INVERTED_PER_STEP = 8192;

export function buildSearchIndex(passages: readonly { readonly text: string }[]): SearchIndex {
  return finish(indexSteps(passages));
}

/**
 * buildSearchIndex a step at a time, for a caller that answers keys between two. Its progress
 * counts three passes over the passages: their words visited, then twice read for the postings.
 */
export function* indexSteps(passages: readonly { readonly text: string }[]): Generator<SearchProgress, SearchIndex, void> {
  const visited = yield* visitSteps(passages);
  return { ...visited, ...(yield* invert(visited.words, visited.passageStarts, visited.vocabulary.length)) };
}

/** The words of `texts`, passage after passage: what buildSearchIndex builds its postings from. */
export function passageWords(texts: readonly string[]): PassageWords {
  return finish(visitSteps(texts.map((text) => ({ text }))));
}

/** The words of the passages visited, in steps: the first of indexSteps's three passes. */
function* visitSteps(passages: readonly { readonly text: string }[]): Generator<SearchProgress, PassageWords, void> {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const foldWord = wordFolder();
  const passageStarts = new Uint32Array(passages.length + 1);
  const lengths = new Uint32Array(passages.length);
  const words = new NumberChunks();
  const ordinals = new NumberChunks();
  const of = 3 * passages.length;
  for (let p = 0; p < passages.length; p++) {
    if (p > 0 && p % PASSAGES_PER_STEP === 0) yield { done: p, of };
    lengths[p] = visitWords(passages[p]!.text, foldWord, (folded, _start, _end, ordinal) => {
      let id = ids.get(folded);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(folded, id);
        vocabulary.push(folded);
      }
      words.push(id);
      ordinals.push(ordinal);
    });
    passageStarts[p + 1] = words.length;
  }
  const visited = { done: passages.length, of };
  return { vocabulary, passageStarts, words: yield* joined(words, visited), ordinals: yield* joined(ordinals, visited), lengths };
}

/** Passages `first` to `first + count` of `words`: one entry's quotes among its shard's. */
export interface PassageRun {
  readonly words: PassageWords;
  readonly first: number;
  readonly count: number;
}

/**
 * The index of the passages of `runs`, one run after another: the same as buildSearchIndex of
 * their texts in that order (the same vocabulary in the same order, the same arrays), without
 * visiting a word. Each run's word ids are renumbered in the order they first come, through a
 * table for each PassageWords, so a string is looked up once per distinct word of a PassageWords.
 */
export function indexOfRuns(runs: readonly PassageRun[]): SearchIndex {
  let passages = 0;
  let visits = 0;
  for (const { words, first, count } of runs) {
    passages += count;
    visits += words.passageStarts[first + count]! - words.passageStarts[first]!;
  }
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const renumbered = new Map<PassageWords, Int32Array>();
  const passageStarts = new Uint32Array(passages + 1);
  const lengths = new Uint32Array(passages);
  const wordIds = new Uint32Array(visits);
  const ordinals = new Uint32Array(visits);
  let p = 0;
  let v = 0;
  for (const { words: run, first, count } of runs) {
    let table = renumbered.get(run);
    if (!table) renumbered.set(run, (table = new Int32Array(run.vocabulary.length).fill(-1)));
    for (let q = first; q < first + count; q++, p++) {
      lengths[p] = run.lengths[q]!;
      for (let k = run.passageStarts[q]!; k < run.passageStarts[q + 1]!; k++, v++) {
        const local = run.words[k]!;
        let id = table[local]!;
        if (id < 0) {
          const word = run.vocabulary[local]!;
          id = ids.get(word) ?? -1;
          if (id < 0) {
            id = vocabulary.length;
            ids.set(word, id);
            vocabulary.push(word);
          }
          table[local] = id;
        }
        wordIds[v] = id;
        ordinals[v] = run.ordinals[k]!;
      }
      passageStarts[p + 1] = v;
    }
  }
  const inverted = finish(invert(wordIds, passageStarts, vocabulary.length));
  return { vocabulary, passageStarts, words: wordIds, ordinals, lengths, ...inverted };
}

/**
 * For each word, the passages holding it: counted, then filled, in two passes over the words,
 * each in steps (their progress follows the visiting pass's: the second and third of three).
 */
function* invert(words: Uint32Array, passageStarts: Uint32Array, size: number): Generator<SearchProgress, { postingStarts: Uint32Array; postings: Uint32Array }, void> {
  const passages = passageStarts.length - 1;
  const of = 3 * passages;
  const lastPassage = new Int32Array(size).fill(-1);
  const postingStarts = new Uint32Array(size + 1);
  for (let p = 0; p < passages; p++) {
    if (p % INVERTED_PER_STEP === 0) yield { done: passages + p, of };
    for (let v = passageStarts[p]!; v < passageStarts[p + 1]!; v++) {
      const id = words[v]!;
      if (lastPassage[id] !== p) {
        lastPassage[id] = p;
        postingStarts[id + 1]!++;
      }
    }
  }
  for (let id = 0; id < size; id++) postingStarts[id + 1]! += postingStarts[id]!;
  const postings = new Uint32Array(postingStarts[size]!);
  const next = postingStarts.slice(0, size);
  lastPassage.fill(-1);
  for (let p = 0; p < passages; p++) {
    if (p % INVERTED_PER_STEP === 0) yield { done: 2 * passages + p, of };
    for (let v = passageStarts[p]!; v < passageStarts[p + 1]!; v++) {
      const id = words[v]!;
      if (lastPassage[id] !== p) {
        lastPassage[id] = p;
        postings[next[id]!++] = p;
      }
    }
  }
  return { postingStarts, postings };
}

/** The passages, ascending, that hold at least one of the words `wanted` marks (by id). */
export function candidatesOf(index: SearchIndex, wanted: Uint8Array): Uint32Array {
  const passages = index.passageStarts.length - 1;
  const marked = new Uint8Array(passages);
  let count = 0;
  for (let id = 0; id < wanted.length; id++) {
    if (!wanted[id]) continue;
    for (let k = index.postingStarts[id]!; k < index.postingStarts[id + 1]!; k++) {
      const p = index.postings[k]!;
      if (!marked[p]) {
        marked[p] = 1;
        count++;
      }
    }
  }
  const candidates = new Uint32Array(count);
  for (let p = 0, k = 0; k < count; p++) if (marked[p]) candidates[k++] = p;
  return candidates;
}
