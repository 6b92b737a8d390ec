// rankCandidates and rankPassage (rank.ts) on passages small enough to rank by hand: each expected
// order or value below follows from the rules in rank.ts and the README's Search section (every
// word first, then fewer letters wrong, the closest window, the pairs in the order typed, words
// found whole, title before quotes before body, the shorter passage, the corpus's order).
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/core/search/index.js';
import { matchQuery } from '../../src/core/search/match.js';
import type { SearchField } from '../../src/core/search/passages.js';
import { parseQueryWords } from '../../src/core/search/query.js';
import { rankCandidates, rankerFor, rankPassage } from '../../src/core/search/rank.js';
import type { SearchProgress } from '../../src/core/search/steps.js';

interface TextPassage {
  readonly text: string;
  readonly field: SearchField;
}

const quotes = (...texts: string[]): TextPassage[] => texts.map((text) => ({ text, field: 'quotes' }));

/** Every passage a candidate; the steps the ranking yields, and its result. */
function ranked(passages: readonly TextPassage[], text: string, options: { threshold?: number; limit?: number } = {}) {
  const index = buildSearchIndex(passages);
  const query = matchQuery(parseQueryWords(text, options.threshold ?? 0.2), index.vocabulary);
  const steps: SearchProgress[] = [];
  const ranking = rankCandidates(index, passages, query, Uint32Array.from(passages.keys()), options.limit);
  for (let step = ranking.next(); ; step = ranking.next()) {
    if (step.done) return { steps, passages: step.value.ranked.map((hit) => hit.passage), total: step.value.total, ranked: step.value.ranked, query };
    steps.push(step.value);
  }
}

describe('rankCandidates, in steps', () => {
  it('yields its progress every 512 candidates, none before the first nor at the end', () => {
    const { steps, total } = ranked(quotes(...Array.from({ length: 1300 }, () => 'clic')), 'clic');
    expect(steps).toEqual([{ done: 512, of: 1300 }, { done: 1024, of: 1300 }]);
    expect(total).toBe(1300);
  });

  it('yields nothing for 512 candidates', () => {
    expect(ranked(quotes(...Array.from({ length: 512 }, () => 'clic')), 'clic').steps).toEqual([]);
  });
});

describe('rankCandidates, keeping the best hits', () => {
  it('compares a hit as good as the worst kept on words and letters, and keeps it when it stands closer', () => {
    // Both hold both words exactly; the second's stand together (window 0), the first's 7 apart.
    const passages = quotes('work a b c d e f click', 'work click');
    expect(ranked(passages, 'work click', { limit: 1 })).toMatchObject({ passages: [1], total: 2 });
  });

  it('keeps a hit holding every word over one lacking some, though it has more letters wrong', () => {
    // `travailleurs de` at 0.5: the first lacks `de` (missing 1, its 2 letters wrong); the second
    // holds both, `trovoillaurs` with 3 letters replaced (missing 0, 3 wrong).
    const passages = quotes('travailleurs', 'de trovoillaurs');
    const { ranked: hits, passages: order, total } = ranked(passages, 'travailleurs de', { threshold: 0.5, limit: 1 });
    expect({ order, total }).toEqual({ order: [1], total: 2 });
    expect(hits[0]).toMatchObject({ missing: 0, errors: 3 });
    expect(ranked(passages, 'travailleurs de', { threshold: 0.5 }).ranked.map((hit) => [hit.passage, hit.missing, hit.errors])).toEqual([[1, 0, 3], [0, 1, 2]]);
  });
});

describe('a query without a word', () => {
  it('ranks no passage', () => {
    const passages = quotes('le travail du clic');
    const index = buildSearchIndex(passages);
    const query = matchQuery(parseQueryWords(' ?! '), index.vocabulary);
    expect(rankPassage(rankerFor(query), index, 0, 'quotes')).toBeUndefined();
    expect(ranked(passages, ' ?! ')).toMatchObject({ passages: [], total: 0 });
  });
});

describe('the best and exact arrays of hits, shared', () => {
  // Hits of one query holding the same best errors and whole words share one pair of arrays
  // (keptArrays): made once per distinct pair, not once per hit.
  it('hits with the same contents share one pair, others have their own', () => {
    const { ranked: hits } = ranked(quotes('le clic', 'du clic', 'le clic du', 'le clics'), 'clic');
    // clic whole in the first three (best 0, exact 1), as the start of clics in the fourth (best 0, exact 0).
    expect(hits.map((hit) => [hit.passage, [...hit.best], [...hit.exact]])).toEqual([[0, [0], [1]], [1, [0], [1]], [2, [0], [1]], [3, [0], [0]]]);
    expect(hits[1]!.best).toBe(hits[0]!.best);
    expect(hits[2]!.exact).toBe(hits[0]!.exact);
    expect(hits[3]!.exact).not.toBe(hits[0]!.exact);
  });

  it('up to 8 query words; a query of 9 gives each hit its own', () => {
    const eight = 'un deux trois quatre cinq six sept huit';
    const shared = ranked(quotes(eight, `${eight} neuf`), eight).ranked;
    expect(shared.map((hit) => [...hit.best])).toEqual([[0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(shared[1]!.best).toBe(shared[0]!.best);
    const nine = ranked(quotes(`${eight} neuf`, `${eight} neuf dix`), `${eight} neuf`).ranked;
    expect(nine.map((hit) => [...hit.exact])).toEqual([[1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1]]);
    expect(nine[1]!.best).not.toBe(nine[0]!.best);
    expect(nine[1]!.exact).not.toBe(nine[0]!.exact);
  });
});
