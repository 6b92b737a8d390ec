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

  /** The lines of an entry that a hit can point at: its title, its quotes, its body's lines. */
  const linesOf = (id: string): number[] => {
    const entry = entries.find((e) => e.id === id);
    expect(entry, id).toBeDefined();
    const body = entry!.body.split('\n').map((_, i) => entry!.bodyLine + i);
    return [entry!.lines.title!, ...entry!.quotes.map((q) => q.line), ...body];
  };

  it('points at passages that exist', () => {
    for (const c of RELEVANCE_CASES) {
      expect(linesOf(c.id), `${c.id}:${c.line}`).toContain(c.line);
      for (const absent of c.absent ?? []) {
        const [id, line] = absent.split(':');
        expect(linesOf(id!), absent).toContain(Number(line));
      }
    }
  });

  it.each(RELEVANCE_CASES)('[$kind] $query → $id:$line first', ({ query, id, line, scope, absent }) => {
    const { hits } = searchEntries(entries, query, { scope });
    expect(hits[0] && `${hits[0].id}:${hits[0].line}`).toBe(`${id}:${line}`);
    const found = hits.map((hit) => `${hit.id}:${hit.line}`);
    for (const passage of absent ?? []) expect(found).not.toContain(passage);
  });
});
