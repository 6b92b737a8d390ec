// Ranking for the picker, a slice of the corpus at a time, so that a keystroke is answered within
// a frame however large the corpus, and the hits shown are always exactly `clic search`'s.
//
// Why slices give the same hits: a passage's rank depends on that passage and the query only
// (search.ts), so the best `keep` hits of the entries ranked so far are the best `keep` of the
// entries of the previous best hits plus the entries of the next slice's best hits. Each step
// ranks the slice alone, then, if it has hits, those few entries together; the entries stay in
// corpus order, so even ties break as in one search of the whole corpus.
import type { FullEntry } from '../core/schema.js';
import type { Hit, SearchResult } from '../core/search.js';

/** Ranks entries against the query as `clic search` does, every hit (no limit). */
export type RankEntries = (entries: readonly FullEntry[]) => SearchResult;

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
  #leaders: FullEntry[] = [];

  constructor(
    private readonly entries: readonly FullEntry[],
    private readonly rank: RankEntries,
    private readonly keep: number,
  ) {}

  get progress(): RankingProgress {
    return { hits: this.#hits, total: this.#total, done: this.#done, of: this.entries.length };
  }

  /** Ranks the next `count` entries (at least one) with the best so far. */
  step(count: number): RankingProgress {
    const slice = this.entries.slice(this.#done, this.#done + Math.max(1, count));
    this.#done += slice.length;
    const { hits, total } = this.rank(slice);
    this.#total += total;
    if (hits.length === 0) return this.progress;
    const newcomers = entriesOf(slice, hits.slice(0, this.keep));
    const candidates = [...this.#leaders, ...newcomers];
    this.#hits = (this.#leaders.length === 0 ? hits : this.rank(candidates).hits).slice(0, this.keep);
    this.#leaders = entriesOf(candidates, this.#hits);
    return this.progress;
  }
}

/** The entries (of `entries`, in their order) that `hits` come from. */
function entriesOf(entries: readonly FullEntry[], hits: readonly Hit[]): FullEntry[] {
  const paths = new Set(hits.map((hit) => hit.path));
  return entries.filter((entry) => paths.has(entry.path));
}

/**
 * How many entries fit in a time budget, learnt from the steps before: each step's size is
 * the rate just measured times the budget, never more than doubling at once, and never under
 * MIN_STEP: each searchEntries call costs some time whatever its size, which smaller steps
 * would only pay more often.
 */
const MIN_STEP = 200;

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
    this.#size = Math.max(MIN_STEP, Math.min(this.#size * 2, fitting));
  }
}
