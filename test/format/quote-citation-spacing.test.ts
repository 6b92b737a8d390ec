import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/core/search.js';
import { formatQuoteCitation, formatQuoteCitations } from '../../src/format/quote-citation.js';

const hit = (overrides: Partial<Hit> = {}): Hit => ({
  id: 'natgeo', title: 'Les ouvriers du clic', date: '2020-10-15', type: 'interview', outlet: 'National Geographic France', path: 'natgeo.md',
  field: 'quotes', text: 'Il permet la migration virtuelle.', speaker: 'Antonio A. Casilli', at: '12:34', score: 0, line: 24, matches: [],
  ...overrides,
});

describe('formatQuoteCitation, spacing', () => {
  it('writes the passage, the speaker and the outlet on one line, runs of white space as one space', () => {
    const spaced = hit({ text: '  Deux\t\tmots\n', speaker: ' Ann \n Speaker ', outlet: '\tLe  Monde ' });
    expect(formatQuoteCitation(spaced)).toBe('« Deux mots » — Ann Speaker, *Le Monde*, 2020-10-15');
    expect(formatQuoteCitation({ ...spaced, field: 'body' })).toBe('Deux mots — Ann Speaker, *Le Monde*, 2020-10-15');
  });

  it('writes nothing for no hits', () => {
    expect(formatQuoteCitations([])).toBe('');
  });
});
