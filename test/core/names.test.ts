import { describe, expect, it } from 'vitest';
import { personName, splitName } from '../../src/core/names.js';
import { displayName } from '../support/entry.js';

describe('splitName', () => {
  it.each([
    ['Antonio A. Casilli', { given: 'Antonio A.', particle: '', family: 'Casilli', suffix: '' }],
    ['Marie-Amélie Carpio', { given: 'Marie-Amélie', particle: '', family: 'Carpio', suffix: '' }],
    ['Emiliano Arpin-Simonetti', { given: 'Emiliano', particle: '', family: 'Arpin-Simonetti', suffix: '' }],
    ['Charles de Gaulle', { given: 'Charles', particle: 'de', family: 'Gaulle', suffix: '' }],
    ['Ludwig van der Rohe', { given: 'Ludwig', particle: 'van der', family: 'Rohe', suffix: '' }],
    ['Florent Le Bot', { given: 'Florent', particle: '', family: 'Le Bot', suffix: '' }],
    ['Jean de La Fontaine', { given: 'Jean', particle: 'de', family: 'La Fontaine', suffix: '' }],
    ['Martin Luther King Jr.', { given: 'Martin Luther', particle: '', family: 'King', suffix: 'Jr.' }],
    ["Jean d'Alembert", { given: 'Jean', particle: '', family: "d'Alembert", suffix: '' }],
    ['bell hooks', { given: 'bell', particle: '', family: 'hooks', suffix: '' }],
    ['Martin Luther King, Jr.', { given: 'Martin Luther', particle: '', family: 'King', suffix: 'Jr.' }],
    ['山田 太郎', { given: '太郎', particle: '', family: '山田', suffix: '' }],
    ['김 민준', { given: '민준', particle: '', family: '김', suffix: '' }],
    ['Фёдор Достоевский', { given: 'Фёдор', particle: '', family: 'Достоевский', suffix: '' }],
    ['  Ada\n Lovelace ', { given: 'Ada', particle: '', family: 'Lovelace', suffix: '' }],
  ])('splits %j', (name, parts) => {
    expect(splitName(name)).toEqual({ kind: 'split', ...parts });
  });

  it.each([
    ['Smith, John', 'a comma: the order is unknown'],
    ['Tom and Jerry', 'the word BibTeX reads as a separator'],
    ['Ann {Brace} Smith', 'braces'],
    ['-Minus Person', 'punctuation at the start of a word'],
    ['Agent 007', 'digits'],
    ['毛泽东 (Mao)', 'brackets'],
    ['Madonna', 'one word'],
    ['毛泽东', 'one word, family and given names not set apart'],
    ['King, Martin Luther, Jr.', 'two commas'],
  ])('keeps %j whole (%s)', (name) => {
    expect(splitName(name)).toEqual({ kind: 'literal', literal: name });
  });

  it('reads a name in braces, as BibTeX users protect one, as one name without its braces', () => {
    expect(splitName('{Radio France}')).toEqual({ kind: 'literal', literal: 'Radio France' });
  });

  it('keeps an organisation whole, however many words it has', () => {
    expect(personName({ name: 'France  Télévisions', org: true })).toEqual({ kind: 'literal', literal: 'France Télévisions' });
    expect(personName({ name: 'Henri Poulain' })).toEqual(splitName('Henri Poulain'));
  });

  it.each(['Antonio A. Casilli', 'Charles de Gaulle', 'Jean de La Fontaine', 'Martin Luther King Jr.', 'Smith, John', 'Madonna'])(
    'reads %j back in reading order',
    (name) => {
      expect(displayName(splitName(name))).toBe(name);
    },
  );
});
