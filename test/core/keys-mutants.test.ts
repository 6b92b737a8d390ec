// What citation keys skip and keep, case by case: each stop word, the word-length limit, the
// two-word outlet stem and names that end in punctuation (found by mutation testing, issue 14).
import { describe, expect, it } from 'vitest';
import { familyStem, keyStem, organisationStem, significantWord } from '../../src/core/keys.js';
import type { Person } from '../../src/core/schema.js';
import { makeEntry } from '../support/entry.js';

// The French and English function words that never name an organisation, an outlet or a title,
// written as people type them (accents included).
const FRENCH = [
  'à', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'chez', 'comme', 'comment', 'contre', 'd', 'dans',
  'de', 'des', 'du', 'elle', 'elles', 'en', 'entre', 'est', 'et', 'être', 'il', 'ils', 'l', 'la', 'le',
  'les', 'leur', 'leurs', 'lui', 'mais', 'mes', 'mon', 'ne', 'nos', 'notre', 'nous', 'on', 'ou', 'où', 'par',
  'pas', 'plus', 'pour', 'pourquoi', 'quand', 'que', 'quel', 'quelle', 'quelles', 'quels', 'qui', 'quoi',
  's', 'sa', 'sans', 'se', 'selon', 'ses', 'son', 'sont', 'sous', 'sur', 'ta', 'tes', 'ton', 'tous',
  'tout', 'toute', 'toutes', 'très', 'un', 'une', 'vers', 'vos', 'votre', 'vous', 'y',
];
const ENGLISH = [
  'a', 'about', 'after', 'all', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'for', 'from',
  'has', 'have', 'how', 'in', 'into', 'is', 'it', 'its', 'not', 'of', 'on', 'or', 'our', 'over', 'so',
  'than', 'that', 'the', 'their', 'this', 'to', 'was', 'we', 'what', 'when', 'where', 'which', 'who',
  'why', 'will', 'with', 'you', 'your',
];

const person = (name: string): Person => ({ name, role: 'author' });

describe('stop words', () => {
  it.each([...FRENCH, ...ENGLISH])('%j never names an organisation', (word) => {
    expect(organisationStem(`${word} Quadrature`)).toBe('quadrature');
  });

  it.each([...FRENCH, ...ENGLISH].filter((word) => word.length >= 3))('%j is never the significant word of a title', (word) => {
    expect(significantWord(`${word} ouvriers`)).toBe('ouvriers');
  });

  it('a capitalised stop word is still one', () => {
    expect(organisationStem('The Guardian')).toBe('guardian');
  });
});

describe('what a stem keeps', () => {
  it('a title word of three letters is significant; of two, not', () => {
    expect(significantWord('Zoo de Paris')).toBe('zoo');
    expect(significantWord('Go West')).toBe('west');
  });

  it('an outlet gives at most its first two significant words', () => {
    expect(keyStem(makeEntry({ people: [], outlet: 'Radio Télévision Suisse', date: '2021', title: 'Entretien' }))).toBe('radiotelevision2021entretien');
  });

  it('an organisation of stop words only gives way to the outlet', () => {
    const org: Person = { name: 'Le Un', role: 'author', org: true };
    expect(organisationStem(org.name)).toBe('');
    expect(keyStem(makeEntry({ people: [org], outlet: 'France Inter', date: '2021', title: 'Entretien' }))).toBe('franceinter2021entretien');
  });

  it('punctuation around a name is not part of it', () => {
    expect(familyStem('Madonna!')).toBe('madonna');
    expect(familyStem('(Prince)')).toBe('prince');
    expect(keyStem(makeEntry({ people: [person('« Banksy »')], date: '2019', title: 'Graffiti' }))).toBe('banksy2019graffiti');
  });

  it('a name or a text with no Latin letter gives nothing', () => {
    expect(familyStem('!!!')).toBe('');
    expect(organisationStem('')).toBe('');
    expect(significantWord('1984 !')).toBe('');
  });
});
