// Ranking for the picker, a slice of the corpus at a time, so that a keystroke is answered within
// a frame however large the corpus, and the hits shown are always exactly `clic search`'s.
//
// Why slices give the same hits: a passage's rank depends on that passage and the query only
// (search.ts), so the best `keep` hits of the entries ranked so far are the best `keep` of the
// entries of the previous best ones plus the next slice. Each step ranks those together; the
// entries stay in corpus order, so even ties break as in one search of the whole corpus.
import type { Entry } from '../core/schema.js';
import type { Hit, SearchResult } from '../core/search.js';

/** Ranks entries against the query as `clic search` does, every hit (no limit). */
export type RankEntries = (entries: readonly Entry[]) => SearchResult;

export interface RankingProgress {
  /** Best first: the best `keep` hits of the entries ranked so far. */
  hits: readonly Hit[];
  /** Hits among the entries ranked so far. */
  total: number;
  /** Entries ranked so far, of `of`. */
  done: number;
  of: number;
}

export const isComplete = (progress: RankingProgress): boolean => progress.done >= progress.of;

/** The ranking of one query over `entries`; `step` ranks the next entries. */
export class SlicedRanking {
  #done = 0;
  #total = 0;
  #hits: readonly Hit[] = [];
  /** The entries the best hits so far come from, in corpus order. */
  #leaders: Entry[] = [];

  constructor(
    private readonly entries: readonly Entry[],
    private readonly rank: RankEntries,
    private readonly keep: number,
  ) {}

  get progress(): RankingProgress {
    return { hits: this.#hits, total: this.#total, done: this.#done, of: this.entries.length };
  }

  /** Ranks the next `count` entries (at least one) with the best so far. */
  step(count: number): RankingProgress {
    const slice = this.entries.slice(this.#done, this.#done + Math.max(1, count));
    const startOfSlice = this.#done;
    this.#done += slice.length;
    const { hits } = this.rank(this.#leaders.length === 0 ? slice : [...this.#leaders, ...slice]);
    const leaderPaths = new Set(this.#leaders.map((entry) => entry.path));
    this.#total += hits.reduce((count, hit) => count + (leaderPaths.has(hit.path) ? 0 : 1), 0);
    this.#hits = hits.slice(0, this.keep);
    const byPath = new Map<string, Entry>();
    for (const entry of [...this.#leaders, ...this.entries.slice(startOfSlice, this.#done)]) byPath.set(entry.path, entry);
    const bestPaths = new Set(this.#hits.map((hit) => hit.path));
    this.#leaders = [...byPath.values()].filter((entry) => bestPaths.has(entry.path));
    return this.progress;
  }
}

/**
 * How many entries fit in a time budget, learnt from the steps before: each step's size is
 * the rate just measured times the budget, never more than doubling at once.
 */
export class StepSizer {
  #size: number;

  constructor(private readonly budgetMs: number, initial = 500) {
    this.#size = initial;
  }

  get size(): number {
    return this.#size;
  }

  /** Records that `count` entries took `elapsedMs`. */
  record(count: number, elapsedMs: number): void {
    const fitting = elapsedMs > 0 ? Math.floor((count * this.budgetMs) / elapsedMs) : count * 2;
    this.#size = Math.max(50, Math.min(this.#size * 2, fitting));
  }
}
