// A query's words against a vocabulary (match.ts), worked out by hand from the README: a word
// matches the words it is the start of or equal to, with at most the typos its threshold allows
// (a swap counts as one); inside a word it costs one more; a word of one or two letters only
// matches a whole word (at 0.2, exactly).
import { describe, expect, it } from 'vitest';
import { alignmentErrors, matchQuery } from '../../src/core/search/match.js';
import { parseQueryWords } from '../../src/core/search/query.js';

const VOCABULARY = ['travail', 'travaille', 'clic', 'travial', 'automatisation', 'matisation', 'le', 'dur', 'du', 'clac'];

/** Per query word: the errors against each vocabulary word, which it matches from their start, its own id. */
function tables(query: string, threshold?: number, vocabulary: readonly string[] = VOCABULARY) {
  const matched = matchQuery(parseQueryWords(query, threshold), vocabulary);
  return matched.words.map((word, q) => ({ word: word.text, errors: [...matched.errorsOf[q]!], starts: [...matched.startsOf[q]!], exactId: matched.exactIds[q] }));
}

describe('matchQuery', () => {
  it('matches a word itself, the longer words it starts, and a swap of two letters as one typo', () => {
    expect(tables('travail')).toEqual([{
      word: 'travail',
      errors: [0, 0, -1, 1, -1, -1, -1, -1, -1, -1],
      starts: [1, 1, 0, 1, 0, 0, 0, 0, 0, 0],
      exactId: 0,
    }]);
  });

  it('costs a match inside a word one typo more, and does not count it as from the start', () => {
    expect(tables('matisation')).toEqual([{
      word: 'matisation',
      errors: [-1, -1, -1, -1, 1, 0, -1, -1, -1, -1],
      starts: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
      exactId: 5,
    }]);
  });

  it('allows no typo up to four letters at the default threshold, prefixes still', () => {
    expect(tables('clic cli')).toEqual([
      { word: 'clic', errors: [-1, -1, 0, -1, -1, -1, -1, -1, -1, -1], starts: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0], exactId: 2 },
      { word: 'cli', errors: [-1, -1, 0, -1, -1, -1, -1, -1, -1, -1], starts: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0], exactId: -1 },
    ]);
  });

  it('matches a short word only as a whole word', () => {
    expect(tables('du de')).toEqual([
      { word: 'du', errors: [-1, -1, -1, -1, -1, -1, -1, -1, 0, -1], starts: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0], exactId: 8 },
      { word: 'de', errors: Array(10).fill(-1), starts: Array(10).fill(0), exactId: -1 },
    ]);
  });

  it('lets a short word have a typo at a high threshold, the end of the word counting as a letter', () => {
    // ` du ` against ` dur `: the space after `du` replaced by `r`, one error.
    expect(tables('du', 0.5)).toEqual([
      { word: 'du', errors: [-1, -1, -1, -1, -1, -1, -1, 1, 0, -1], starts: [0, 0, 0, 0, 0, 0, 0, 1, 1, 0], exactId: 8 },
    ]);
  });

  it('matches a word again at another threshold as that threshold says', () => {
    const vocabulary = ['clic'];
    expect(tables('clac', 0, vocabulary)).toEqual([{ word: 'clac', errors: [-1], starts: [0], exactId: -1 }]);
    expect(tables('clac', 0.5, vocabulary)).toEqual([{ word: 'clac', errors: [1], starts: [1], exactId: -1 }]);
    expect(tables('clac', 0, vocabulary)).toEqual([{ word: 'clac', errors: [-1], starts: [0], exactId: -1 }]);
  });

  it('keeps the parsed query: words, threshold, letters', () => {
    const matched = matchQuery(parseQueryWords('travail du clic', 0.3), VOCABULARY);
    expect([matched.words.map((word) => word.text), matched.threshold, matched.letters]).toEqual([['travail', 'du', 'clic'], 0.3, 13]);
  });

  it('matches a short word that is the vocabulary’s first word', () => {
    expect(tables('du', undefined, ['du', 'dur'])).toEqual([{ word: 'du', errors: [0, -1], starts: [1, 0], exactId: 0 }]);
  });

  it('costs a match two letters into a word one typo, not from its start, though the word holds the query but its last letter', () => {
    // `tomatisation`, 12 letters: two typos at 0.2. In `automatisation` it starts after `au`: one
    // typo (inside), and as the start of the word it would take `au` and more, not one.
    expect(tables('tomatisation', undefined, ['automatisation'])).toEqual([{ word: 'tomatisation', errors: [1], starts: [0], exactId: -1 }]);
  });

  it('finds a word with a swap far inside a long compound, wherever it stands in it', () => {
    // `plateofrmes`, 11 letters: two typos at 0.2; the swap counts one, inside the word one more.
    // `microtravailleursdes` puts it 20 letters in: where it stands costs nothing.
    expect(tables('plateofrmes', undefined, ['microtravailleursdesplateformes'])).toEqual([{ word: 'plateofrmes', errors: [2], starts: [0], exactId: -1 }]);
  });

  it('gives a word first matched among many the same tables as alone, however many words came before', () => {
    const many = Array.from({ length: 70 }, (_, n) => `mot${n}`).join(' ');
    matchQuery(parseQueryWords(many), VOCABULARY);
    expect(tables('travail')[0]!.errors).toEqual([0, 0, -1, 1, -1, -1, -1, -1, -1, -1]);
  });
});

describe('matchQuery, its words kept per vocabulary', () => {
  /** The errors table of the first word of `query`: the same object when the word was kept. */
  const errorsOf = (query: string, vocabulary: readonly string[]) => matchQuery(parseQueryWords(query), vocabulary).errorsOf;
  const distinct = (prefix: string, count: number) => Array.from({ length: count }, (_, n) => `${prefix}${n}`).join(' ');

  it('gives a word asked again the tables it was given, in any query', () => {
    const vocabulary = ['travail', 'clic'];
    const first = errorsOf('travail', vocabulary)[0];
    expect(errorsOf('clic travail', vocabulary)[1]).toBe(first);
  });

  it('keeps the 64 words last asked, a word asked again counting as the latest', () => {
    const vocabulary = ['travail'];
    const first = errorsOf('travail', vocabulary)[0];
    errorsOf(distinct('a', 63), vocabulary);
    // travail and 63 words since: all kept; travail is now the latest.
    expect(errorsOf('travail', vocabulary)[0]).toBe(first);
    // One word more: the oldest goes, a0, not travail asked again.
    errorsOf('b', vocabulary);
    expect(errorsOf('travail', vocabulary)[0]).toBe(first);
    // 64 words since travail: it goes.
    errorsOf(distinct('c', 64), vocabulary);
    expect(errorsOf('travail', vocabulary)[0]).not.toBe(first);
  });
});

describe('alignmentErrors, more cases', () => {
  it.each([
    ['ab', 'ba', false, 1],
    ['abc', 'bac', false, 1],
    ['', 'abc', false, 0],
    ['abc', '', false, 3],
    ['a', 'xxa', false, 0],
    ['a', 'xxa', true, 1],
    ['ab', 'ba', true, 1],
    ['abc', 'abc', true, 0],
    ['abc', 'xabc', true, 1],
    // No swap where only one of the two letters crosses: `ab` against `ca` takes two letters replaced.
    ['ab', 'ca', true, 2],
    ['aab', 'aca', false, 2],
    ['aba', 'bca', false, 2],
  ] as const)('%j in %j (anchored: %s): %i', (pattern, text, anchored, errors) => {
    expect(alignmentErrors(pattern, text, anchored)).toBe(errors);
  });
});
