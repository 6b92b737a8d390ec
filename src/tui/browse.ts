// What the picker shows before a query is typed: the passages it searches, newest entry first
// (the order of `clic list`), each as a hit with nothing matched. Listed once per session, in
// steps as searches are, and kept.
import type { Entry, FullEntry } from '../core/schema.js';
import { passagesOf, type Hit, type SearchResult, type SearchScope, type SearchSteps } from '../core/search.js';
import { sortEntries } from '../core/sort.js';

/** Entries listed between two steps. */
const ENTRIES_PER_STEP = 1024;

function* listed(entries: readonly FullEntry[], scope: SearchScope, limit: number): SearchSteps {
  // sortEntries gives back the entries it is handed (as entries): each is found again whole.
  const whole = new Map<Entry, FullEntry>(entries.map((entry) => [entry, entry]));
  const newest = sortEntries(entries).map((entry) => whole.get(entry)!);
  const hits: Hit[] = [];
  let total = 0;
  for (let k = 0; k < newest.length; k++) {
    if (k > 0 && k % ENTRIES_PER_STEP === 0) yield { done: k, of: newest.length };
    const entry = newest[k]!;
    for (const passage of passagesOf([entry], scope)) {
      total++;
      if (hits.length >= limit) continue;
      hits.push({
        id: entry.id, title: entry.title, date: entry.date, type: entry.type, outlet: entry.outlet, path: entry.path,
        field: passage.field, text: passage.text, speaker: passage.speaker, at: passage.at, score: 0, line: passage.line, matches: [],
      });
    }
  }
  return { hits, total };
}

/**
 * The listing of `entries` newest first, at most `limit` hits (`total` counts them all): each
 * call's steps go on from where the last call's stopped, and once complete it is given at once.
 */
export function newestFirst(entries: readonly FullEntry[], scope: SearchScope, limit: number): () => SearchSteps {
  const steps = listed(entries, scope, limit);
  let result: SearchResult | undefined;
  return function* () {
    while (!result) {
      const step = steps.next();
      if (step.done) result = step.value;
      else yield step.value;
    }
    return result;
  };
}
