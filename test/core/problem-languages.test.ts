// "Did you mean", problem lines and their order, and the language codes, against values worked out by hand.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/core/languages.js';
import { closest, compareProblems, didYouMean, editDistance, formatProblem, type Problem } from '../../src/core/problem.js';

const problem = (fields: Partial<Problem>): Problem => ({ path: 'a.md', line: 3, field: 'title', message: 'is empty', severity: 'error', ...fields });

describe('formatProblem', () => {
  it('writes path:line: field: message (hint), warnings marked', () => {
    expect(formatProblem(problem({ hint: 'give it a value' }))).toBe('a.md:3: title: is empty (give it a value)');
    expect(formatProblem(problem({ severity: 'warning', field: 'tags', message: 'odd' }))).toBe('a.md:3: tags: warning: odd');
  });
});

describe('compareProblems', () => {
  it('orders by path, then line, then field', () => {
    expect(compareProblems(problem({ path: 'a.md', line: 9 }), problem({ path: 'b.md', line: 1 }))).toBe(-1);
    expect(compareProblems(problem({ path: 'b.md', line: 1 }), problem({ path: 'a.md', line: 9 }))).toBe(1);
    expect(compareProblems(problem({ line: 2 }), problem({ line: 5 }))).toBeLessThan(0);
    expect(compareProblems(problem({ line: 5 }), problem({ line: 2 }))).toBeGreaterThan(0);
    expect(compareProblems(problem({ field: 'date' }), problem({ field: 'title' }))).toBeLessThan(0);
    expect(compareProblems(problem({ field: 'title' }), problem({ field: 'date' }))).toBeGreaterThan(0);
    expect(compareProblems(problem({}), problem({}))).toBe(0);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3], ['flaw', 'lawn', 2], ['', 'abc', 3], ['abc', '', 3], ['same', 'same', 0], ['ab', 'ba', 2], ['a', 'b', 1],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closest and didYouMean', () => {
  it('finds a near candidate, ignoring case', () => {
    expect(closest('lst', ['show', 'list'])).toBe('list');
    expect(closest('LIST', ['list'])).toBe('list');
    expect(closest('sh', ['show'])).toBe('show');
  });

  it('takes a prefix of three letters or more as distance 1, the first such candidate winning', () => {
    expect(closest('sta', ['stats', 'star'])).toBe('stats');
    expect(closest('sta', ['sat', 'stats'])).toBe('stats');
  });

  it('gives up beyond a third of the length (at least 2)', () => {
    expect(closest('xyz', ['list'])).toBeUndefined();
    expect(closest('lisxx', ['list'])).toBe('list');
    // Twelve letters: a distance of 4 is near enough, 5 is not.
    expect(closest('abcdefghijkl', ['abcdefghmnop'])).toBe('abcdefghmnop');
    expect(closest('abcdefghijkl', ['abcdefgmnopq'])).toBeUndefined();
    expect(closest('lisxxx', ['list'])).toBeUndefined();
  });

  it('words the hint, or gives none', () => {
    expect(didYouMean('lst', ['list'])).toBe('did you mean `list`?');
    expect(didYouMean('zzzz', ['list'])).toBeUndefined();
  });
});

describe('LANGUAGE_CODES', () => {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });

  it('holds the 183 ISO 639-1 codes, each two lowercase letters that ICU can name', () => {
    expect(LANGUAGE_CODES.size).toBe(183);
    for (const code of LANGUAGE_CODES) {
      expect(code).toMatch(/^[a-z]{2}$/);
      expect(names.of(code)).not.toBe(code);
    }
  });

  it.each(['aa', 'fr', 'en', 'zu', 'zh', 'nb', 'oc'])('has %s', (code) => {
    expect(LANGUAGE_CODES.has(code)).toBe(true);
  });
});
