// `type: talk` is refused with the type meant (`event`): each synonym the validator knows, in
// any case and spacing, and near misses of the types themselves.
import { describe, expect, it } from 'vitest';
import { suggestType } from '../../src/core/type-synonyms.js';

describe('suggestType', () => {
  it.each([
    ['talk', 'event'], ['keynote', 'event'], ['conference', 'event'], ['lecture', 'event'], ['seminar', 'event'], ['panel', 'event'], ['workshop', 'event'],
    ['article', 'press'], ['newspaper', 'press'], ['magazine', 'press'],
    ['radio', 'podcast'],
    ['tv', 'video'], ['television', 'video'], ['film', 'video'], ['documentary', 'video'],
    ['prize', 'award'],
    ['opinion', 'op-ed'], ['oped', 'op-ed'], ['column', 'op-ed'], ['tribune', 'op-ed'],
  ])('%s means %s', (word, type) => {
    expect(suggestType(word)).toBe(type);
  });

  it('reads a synonym in any case, with blanks around it', () => {
    expect(suggestType('  Talk ')).toBe('event');
    expect(suggestType('TV')).toBe('video');
  });

  it.each([['vidoe', 'video'], ['Podcats', 'podcast'], ['interveiw', 'interview']])('%s is a near miss of %s', (word, type) => {
    expect(suggestType(word)).toBe(type);
  });

  it.each(['', 'website', 'something else'])('%j suggests nothing', (word) => {
    expect(suggestType(word)).toBeUndefined();
  });
});
