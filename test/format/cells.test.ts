import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../../src/format/cells.js';

// Pieces that test the rules of grapheme clusters at the chunk boundaries cellsOf segments at.
const PIECES = ['a', ' ', 'é', 'e\u0301', '\r\n', '\r', '\n', '中', 'の', '한', '\u1100\u1161', '\u11a8', '👍🏽', '👨‍👩‍👧', '🇫🇷', '\u0600', '\u0915\u094d\u0937', 'x\u200d', '\u0308', '\u3099', '\u1100', '\u{110bd}'];

const wholeStarts = (text: string): number[] => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.index);

describe('cellsOf', () => {
  it('cuts text into the graphemes one segmentation of the whole text gives, at chunk boundaries too', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 200, maxLength: 900 }), (pieces) => {
        const text = pieces.join('');
        expect(cellsOf(text).map((cell) => cell.start)).toEqual(wholeStarts(text));
      }),
      { numRuns: 60 },
    );
  });

  it('gives one cell per character of a long ASCII text', () => {
    const text = 'ab '.repeat(20_000);
    expect(cellsOf(text)).toHaveLength(text.length);
  });
});
