// The words search reads (words.ts), a query's words (query.ts) and work run in steps (steps.ts).
// Every expected value is worked out by hand from the README's Search section: words are runs of
// letters, marks and digits, folded; a hyphen or an apostrophe between two runs also makes the
// compound, placed at its first part; a query's words are its own runs, distinct, in order.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, parseQueryWords, SHORT_WORD } from '../../src/core/search/query.js';
import { finish, type SearchProgress } from '../../src/core/search/steps.js';
import { visitWords, wordFolder } from '../../src/core/search/words.js';

type Visit = [folded: string, start: number, end: number, ordinal: number];

/** Every visit of visitWords, in order, and the word count it returns. */
function visits(text: string, compounds = true): { visits: Visit[]; count: number } {
  const seen: Visit[] = [];
  const count = visitWords(text, wordFolder(), (folded, start, end, ordinal) => {
    seen.push([folded, start, end, ordinal]);
  }, compounds);
  return { visits: seen, count };
}

describe('visitWords', () => {
  it('visits each run folded, where it stands, then a compound after the run that ends it', () => {
    // L0 e1 _2 m3-o7 -8 t9-l15 ,16 _17 a18-d24 ’25 h26-i28 _29 !30
    expect(visits('Le micro-travail, aujourd’hui !')).toEqual({
      visits: [
        ['le', 0, 2, 0], ['micro', 3, 8, 1], ['travail', 9, 16, 2],
        // `aujourd` starts a new chain: the one before, two runs long, is visited then.
        ['aujourd', 18, 25, 3], ['microtravail', 3, 16, 1],
        ['hui', 26, 29, 4], ['aujourdhui', 18, 29, 3],
      ],
      count: 5,
    });
  });

  it('visits no compound when told not to', () => {
    expect(visits('micro-travail', false)).toEqual({ visits: [['micro', 0, 5, 0], ['travail', 6, 13, 1]], count: 2 });
  });

  it.each(["'", '’', '-', '\u2010', '\u2011'])('joins two runs across %j', (joiner) => {
    expect(visits(`ab${joiner}cd`).visits).toEqual([['ab', 0, 2, 0], ['cd', 3, 5, 1], ['abcd', 0, 5, 0]]);
  });

  it('reads the modifier letter apostrophe (ʼ) inside a run: folding splits it there, no compound', () => {
    // U+02BC is a letter, so `abʼcd` is one run; folded to `ab'cd`, its parts are `ab` and `cd`.
    expect(visits('abʼcd')).toEqual({ visits: [['ab', 0, 5, 0], ['cd', 0, 5, 0]], count: 1 });
  });

  it.each(['ab cd', 'ab.cd', 'ab--cd', 'ab- cd', 'ab -cd'])('makes no compound of %j', (text) => {
    expect(visits(text).visits.map(([folded]) => folded)).toEqual(['ab', 'cd']);
  });

  it('chains any number of runs, and starts a compound only after a word', () => {
    expect(visits('a-b-c').visits).toEqual([['a', 0, 1, 0], ['b', 2, 3, 1], ['c', 4, 5, 2], ['abc', 0, 5, 0]]);
    // The apostrophe before `bc` follows no word: the compound starts at `bc`.
    expect(visits("¿'bc-de").visits).toEqual([['bc', 2, 4, 0], ['de', 5, 7, 1], ['bcde', 2, 7, 0]]);
  });

  it('keeps a word folding splits (½ → 1⁄2) as one word of several parts, whole in a compound', () => {
    expect(visits('x ½ y')).toEqual({ visits: [['x', 0, 1, 0], ['1', 2, 3, 1], ['2', 2, 3, 1], ['y', 4, 5, 2]], count: 3 });
    // `a½b` folds to `a1⁄2b`: parts `a1` and `2b`, whole `a12b`.
    expect(visits('c-a½b').visits).toEqual([['c', 0, 1, 0], ['a1', 2, 5, 1], ['2b', 2, 5, 1], ['ca12b', 0, 5, 0]]);
  });

  it('counts a run of marks alone as a word with no part to visit', () => {
    // U+20DD, a combining enclosing circle, is a mark that folding keeps: no letter or digit.
    expect(visits('a \u20dd b')).toEqual({ visits: [['a', 0, 1, 0], ['b', 4, 5, 2]], count: 3 });
  });

  it('takes ASCII letters and digits, and nothing next to them in the table', () => {
    // @0 A1 Z2 [3 `4 a5 z6 {7 /8 09 910 :11
    expect(visits('@AZ[`az{/09:').visits).toEqual([['az', 1, 3, 0], ['az', 5, 7, 1], ['09', 9, 11, 2]]);
  });

  it('takes letters and marks beyond ASCII, and not punctuation', () => {
    expect(visits('«e\u0301té» – Ünïcode’').visits).toEqual([['ete', 1, 5, 0], ['unicode', 9, 16, 1]]);
  });

  it('takes a letter written as a surrogate pair whole, and skips an emoji', () => {
    // U+10000 (a Linear B syllable, the first pair: high surrogate D800) and U+1D400 (bold A).
    expect(visits('\u{10000} 🤖 \u{1d400}')).toEqual({ visits: [['\u{10000}', 0, 2, 0], ['a', 6, 8, 1]], count: 2 });
  });
});

describe('wordFolder', () => {
  it('gives the parts and their join, the same when asked again', () => {
    const foldWord = wordFolder();
    expect(foldWord('Œuvre')).toEqual({ parts: ['oeuvre'], whole: 'oeuvre' });
    expect(foldWord('a½b')).toEqual({ parts: ['a1', '2b'], whole: 'a12b' });
    expect(foldWord('a½b')).toEqual({ parts: ['a1', '2b'], whole: 'a12b' });
    expect(foldWord('\u20dd')).toEqual({ parts: [], whole: '' });
  });
});

describe('parseQueryWords', () => {
  it('gives each word folded, its letters and the typos the default threshold allows', () => {
    // At 0.2: none up to four letters, one from five to nine, two from ten.
    expect(parseQueryWords('Travail du CLIC clics plateformes')).toEqual({
      words: [
        { text: 'travail', letters: 7, maxErrors: 1 },
        { text: 'du', letters: 2, maxErrors: 0 },
        { text: 'clic', letters: 4, maxErrors: 0 },
        { text: 'clics', letters: 5, maxErrors: 1 },
        { text: 'plateformes', letters: 11, maxErrors: 2 },
      ],
      threshold: DEFAULT_THRESHOLD,
      letters: 29,
    });
  });

  it('allows the share of letters the threshold says, rounded down', () => {
    expect(parseQueryWords('du clic travail', 0.5).words.map((word) => word.maxErrors)).toEqual([1, 2, 3]);
    expect(parseQueryWords('travailleurs', 0).words).toEqual([{ text: 'travailleurs', letters: 12, maxErrors: 0 }]);
    // 0.2 × 5 and 0.2 × 10 are whole: one and two typos.
    expect(parseQueryWords('abcde abcdefghij').words.map((word) => word.maxErrors)).toEqual([1, 2]);
  });

  it('keeps each word once, in the order first typed', () => {
    expect(parseQueryWords('la LA là clic la').words.map((word) => word.text)).toEqual(['la', 'clic']);
    expect(parseQueryWords('la LA là clic la').letters).toBe(6);
  });

  it('cuts a word to its first 30 letters', () => {
    expect(parseQueryWords('a'.repeat(35)).words).toEqual([{ text: 'a'.repeat(30), letters: 30, maxErrors: 6 }]);
  });

  it('reads a compound as its runs only', () => {
    expect(parseQueryWords('aujourd’hui').words.map((word) => word.text)).toEqual(['aujourd', 'hui']);
  });

  it('has no word without a letter or digit', () => {
    expect(parseQueryWords(' ?! ', 0.3)).toEqual({ words: [], threshold: 0.3, letters: 0 });
  });

  it('calls words of up to two letters short', () => {
    expect(SHORT_WORD).toBe(2);
  });
});

describe('finish', () => {
  it('runs the steps to their end and gives what they return', () => {
    const seen: number[] = [];
    function* work(): Generator<SearchProgress, string, void> {
      for (let done = 1; done <= 3; done++) {
        seen.push(done);
        yield { done, of: 3 };
      }
      return 'all done';
    }
    expect(finish(work())).toBe('all done');
    expect(seen).toEqual([1, 2, 3]);
  });
});
