// Ranking for the picker: the query's search (over passages and indexes built once for the
// session, core/search.ts) run a step at a time, so that a key typed while a long ranking runs is
// read between two steps, and the ranking of a query typed over is dropped, never finished. The
// hits shown are the search's, once complete: exactly `clic search`'s. Before that, when a query
// goes on from the quotes to every field, the quotes' hits are shown meanwhile.
import type { FullEntry } from '../core/schema.js';
import { entrySearcher, parseQuery, type EntrySearcher, type Hit, type SearchProgress, type SearchResult, type SearchScope, type SearchSteps } from '../core/search.js';
import { newestFirst } from './browse.js';

export interface RankingProgress {
  /**
   * Best first: the complete ranking's; while it runs, the quotes' hits once they are ranked and
   * every field is searched too (the search's `sofar`), else none.
   */
  hits: readonly Hit[];
  /** Hits of the ranking, `hits` aside of any limit. */
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
        const { done, of, sofar } = step.value;
        this.#progress = { hits: sofar?.hits ?? this.#progress.hits, total: sofar?.total ?? this.#progress.total, done, of };
        if (performance.now() >= until) break;
      }
    }
    return this.#progress;
  }
}

/** Rankings kept for queries typed again (a Backspace, a word typed over, a blank added). */
const KEPT_RANKINGS = 32;

/** What the picker ranks with: each query typed, and the work it may do while no key comes. */
export interface PickerRanking {
  /**
   * The listing before a query for an empty query, undefined for a query with nothing to look
   * for, else searchEntries' hits in steps.
   */
  rank(query: string): SearchSteps | undefined;
  /**
   * The indexes a query will need, built in steps while the picker waits for keys: the quotes,
   * then every field (a query without --in widens to them when a title or a body matches
   * better), or only the scope --in names.
   */
  prepare: Generator<SearchProgress, void, void>;
}

/**
 * The picker's ranking of `entries`. A search depends only on the query's words, so a query
 * whose words were ranked already (`travail` then `travail `, or a Backspace back to it) is
 * answered at once with that ranking. `searcher` is the session's searcher of the same entries
 * (its indexes already built, for the bench).
 */
export function pickerRanking(
  entries: readonly FullEntry[],
  options: { scope?: SearchScope; threshold?: number; keep: number },
  searcher: EntrySearcher = entrySearcher(entries),
): PickerRanking {
  const browse = newestFirst(entries, options.scope ?? 'quotes', options.keep);
  const kept = new Map<string, SearchResult>();
  function* remembered(key: string, steps: SearchSteps): SearchSteps {
    const result = yield* steps;
    if (kept.size >= KEPT_RANKINGS) kept.delete(kept.keys().next().value!);
    kept.set(key, result);
    return result;
  }
  const rank = (query: string): SearchSteps | undefined => {
    if (query.trim() === '') return browse();
    const words = parseQuery(query);
    if (words.length === 0) return undefined;
    const key = words.join(' ');
    const known = kept.get(key);
    if (known) return (function* (): SearchSteps { return known; })();
    return remembered(key, searcher.search(query, { scope: options.scope, threshold: options.threshold, limit: options.keep }));
  };
  return { rank, prepare: searcher.prepare(options.scope ? [options.scope] : ['quotes', 'all']) };
}
