// Ranking for the picker: the query's search (over passages and indexes built once for the
// session, core/search.ts) run a step at a time, so that a key typed while a long ranking runs is
// read between two steps, and the ranking of a query typed over is dropped, never finished. The
// hits shown are the search's, once complete: exactly `clic search`'s.
import type { Hit, SearchSteps } from '../core/search.js';

export interface RankingProgress {
  /** Best first; none until the ranking is complete. */
  hits: readonly Hit[];
  /** Hits of the complete ranking. */
  total: number;
  /** Candidates ranked so far, of `of`, in the scope being ranked. */
  done: number;
  of: number;
}

export const isComplete = (progress: RankingProgress): boolean => progress.done >= progress.of;

/** The ranking of one query, advanced by `run`. */
export class SteppedRanking {
  #progress: RankingProgress = { hits: [], total: 0, done: 0, of: 1 };

  constructor(private readonly steps: SearchSteps) {}

  get progress(): RankingProgress {
    return this.#progress;
  }

  /** Runs steps for about `budgetMs` (at least one), or to the end. */
  run(budgetMs: number): RankingProgress {
    const until = performance.now() + budgetMs;
    while (!isComplete(this.#progress)) {
      const step = this.steps.next();
      if (step.done) {
        const { hits, total } = step.value;
        this.#progress = { hits, total, done: 1, of: 1 };
      } else {
        this.#progress = { hits: [], total: 0, ...step.value };
        if (performance.now() >= until) break;
      }
    }
    return this.#progress;
  }
}
