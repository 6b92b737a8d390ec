// The relevance set: every query must put its quote first in the bundled corpus. When all pass,
// top-1 accuracy and mean reciprocal rank are both 1.
import { describe, expect, it } from 'vitest';
import { searchEntries } from '../../src/core/search.js';
import { BUNDLED_CORPUS, fullEntries } from '../support/cli.js';
import { RELEVANCE_CASES, RELEVANCE_KINDS } from './relevance-queries.js';

const entries = fullEntries(BUNDLED_CORPUS);

describe('relevance set', () => {
  it('has at least 30 queries, and some of every kind', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(30);
    for (const kind of RELEVANCE_KINDS) expect(RELEVANCE_CASES.filter((c) => c.kind === kind).length).toBeGreaterThanOrEqual(3);
  });

  it('points at quotes that exist', () => {
    for (const c of RELEVANCE_CASES) {
      const entry = entries.find((e) => e.id === c.id);
      expect(entry, c.id).toBeDefined();
      const lines = [entry!.lines.title, ...entry!.quotes.map((q) => q.line)];
      expect(lines, `${c.id}:${c.line}`).toContain(c.line);
    }
  });

  it.each(RELEVANCE_CASES)('[$kind] $query → $id:$line first', ({ query, id, line, scope }) => {
    const [first] = searchEntries(entries, query, { scope }).hits;
    expect(first && `${first.id}:${first.line}`).toBe(`${id}:${line}`);
  });
});
