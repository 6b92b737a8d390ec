// Name splitting, case by case: each particle and suffix, braces, commas, spacing and the
// limits of the rules (found by mutation testing, issue 14). Expected parts follow the usage
// that the corpus format states: lower-case particles apart, capitalised ones in the family name.
import { describe, expect, it } from 'vitest';
import { personName, splitName } from '../../src/core/names.js';

const split = (given: string, particle: string, family: string, suffix = '') => ({ kind: 'split', given, particle, family, suffix });
const literal = (text: string) => ({ kind: 'literal', literal: text });

describe('particles', () => {
  it.each(['de', 'del', 'della', 'der', 'des', 'di', 'du', 'da', 'dos', 'das', 'den', 'la', 'le', 'les', 'van', 'von', 'ten', 'ter', 'zu', 'af', 'av', 'bin', 'ibn', 'al', 'el'])(
    '%j before the family name is its particle',
    (particle) => {
      expect(splitName(`Ana ${particle} Lopez`)).toEqual(split('Ana', particle, 'Lopez'));
    },
  );

  it('a particle that is the first word is a given name (Van Morrison)', () => {
    expect(splitName('Van Morrison')).toEqual(split('Van', '', 'Morrison'));
  });

  it('a particle is lower-case by its first letter', () => {
    expect(splitName('Charles dE Gaulle')).toEqual(split('Charles', 'dE', 'Gaulle'));
    expect(splitName('Charles De Gaulle')).toEqual(split('Charles', '', 'De Gaulle'));
  });
});

describe('suffixes', () => {
  it.each(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV'])('%j after the family name is a suffix, with or without a comma', (suffix) => {
    expect(splitName(`John Smith ${suffix}`)).toEqual(split('John', '', 'Smith', suffix));
    expect(splitName(`John Smith, ${suffix}`)).toEqual(split('John', '', 'Smith', suffix));
  });

  it('a comma before a suffix needs no space after it', () => {
    expect(splitName('Martin Luther King,Jr.')).toEqual(split('Martin Luther', '', 'King', 'Jr.'));
    expect(splitName('Martin Luther King ,  Jr.')).toEqual(split('Martin Luther', '', 'King', 'Jr.'));
  });

  it('the second of two words is the family name, even one that reads as a suffix', () => {
    expect(splitName('Jean Sr')).toEqual(split('Jean', '', 'Sr'));
  });

  it('a comma followed by anything but one suffix keeps the name whole', () => {
    expect(splitName('Jane Doe, PhD')).toEqual(literal('Jane Doe, PhD'));
    expect(splitName('Martin Luther King, Jr., PhD')).toEqual(literal('Martin Luther King, Jr., PhD'));
  });
});

describe('family name first', () => {
  it('joins the given names with a space', () => {
    expect(splitName('山田 太郎 花子')).toEqual(split('太郎 花子', '', '山田'));
  });

  it('keeps a name with a comma suffix whole: the order is unknown', () => {
    expect(splitName('山田 太郎, Jr.')).toEqual(literal('山田 太郎, Jr.'));
  });
});

describe('braces and spacing', () => {
  it('takes braces only around the whole name', () => {
    expect(splitName('Ann {Brace}')).toEqual(literal('Ann {Brace}'));
    expect(splitName('{Radio} France')).toEqual(literal('{Radio} France'));
  });

  it('trims the blanks inside braces', () => {
    expect(splitName('{ Radio France }')).toEqual(literal('Radio France'));
  });

  it('trims an organisation and collapses its spacing', () => {
    expect(personName({ name: '  Radio\tFrance \n', org: true })).toEqual(literal('Radio France'));
  });

  it('an empty or blank name is an empty literal', () => {
    expect(splitName('')).toEqual(literal(''));
    expect(splitName(' \n ')).toEqual(literal(''));
  });
});
