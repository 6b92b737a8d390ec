import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/core/search.js';
import { formatQuoteCitation, formatQuoteCitations } from '../../src/format/quote-citation.js';

const hit = (overrides: Partial<Hit> = {}): Hit => ({
  id: 'natgeo', title: 'Les ouvriers du clic', date: '2020-10-15', type: 'interview', outlet: 'National Geographic France', path: 'natgeo.md',
  field: 'quotes', text: 'Il permet la migration\n  virtuelle.', speaker: 'Antonio A. Casilli', at: '12:34', score: 0, line: 24, matches: [],
  ...overrides,
});

describe('formatQuoteCitation', () => {
  it.each([
    [hit(), '« Il permet la migration virtuelle. » — Antonio A. Casilli, *National Geographic France*, 2020-10-15'],
    [hit({ speaker: null }), '« Il permet la migration virtuelle. » — *National Geographic France*, 2020-10-15'],
    [hit({ field: 'title', text: 'Les ouvriers du clic', speaker: null }), 'Les ouvriers du clic — *National Geographic France*, 2020-10-15'],
  ])('%#: %s', (given, citation) => {
    expect(formatQuoteCitation(given)).toBe(citation);
  });

  it('writes one line per hit', () => {
    expect(formatQuoteCitations([hit({ date: '2020' }), hit({ date: '2021' })])).toMatch(/^« .*, 2020\n« .*, 2021\n$/);
  });
});
