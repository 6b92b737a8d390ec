import { describe, expect, it } from 'vitest';
import { containsFolded, fold } from '../../src/core/fold.js';

describe('fold', () => {
  it.each([
    ['Télécom Paris', 'telecom paris'],
    ['main d’œuvre', "main d'oeuvre"],
    ['Æsthétique', 'aesthetique'],
    ['« IA washing »', '" ia washing "'],
    ['micro‑travail — clic', 'micro-travail - clic'],
    ['trois\u00A0fonctions\u202F:', 'trois fonctions :'],
    ['ÉCOLE', 'ecole'],
    ['Ðorđević Þór', 'dordevic thor'],
  ])('%j → %j', (input, expected) => expect(fold(input)).toBe(expected));

  it('matches parts of text ignoring case and accents', () => {
    expect(containsFolded('Marie-Amélie Carpio', 'marie-amelie')).toBe(true);
    expect(containsFolded('France Inter', 'INTER')).toBe(true);
    expect(containsFolded('France Inter', 'culture')).toBe(false);
  });
});
