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

describe('fold spells out the letters NFKD leaves whole', () => {
  it.each([
    ['ß', 'ss'], ['æ', 'ae'], ['Æ', 'ae'], ['œ', 'oe'], ['Œ', 'oe'], ['ø', 'o'], ['Ø', 'o'], ['ł', 'l'], ['Ł', 'l'], ['ı', 'i'],
    ['đ', 'd'], ['Đ', 'd'], ['ð', 'd'], ['Ð', 'd'], ['þ', 'th'], ['Þ', 'th'],
  ])('%s → %s', (letter, plain) => {
    expect(fold(`a${letter}b`)).toBe(`a${plain}b`);
  });

  it.each([['ﬁ', 'fi'], ['ﬂ', 'fl'], ['ﬀ', 'ff'], ['ﬃ', 'ffi'], ['ﬄ', 'ffl']])('%s → %s by NFKD, with no entry of its own', (ligature, plain) => {
    expect(fold(`a${ligature}b`)).toBe(`a${plain}b`);
    expect(ligature.normalize('NFKD')).toBe(plain);
  });
});
