// cells.ts function by function, with the lines a terminal shows written out by hand: widths as
// a terminal counts them (CJK two columns, a combining mark none), matches highlighted, lines
// cut with … and wrapped at spaces.
import { describe, expect, it, vi } from 'vitest';
import { cellsOf, fitCells, fitText, lineAroundMatch, paintCells, squeezeSpaces, widthOf, wrapCells, type Cell } from '../../src/format/cells.js';
import { plainPaint, type Paint } from '../../src/format/paint.js';

const marks: Paint = { ...plainPaint, highlight: (text) => `[${text}]` };
const shown = (cells: readonly Cell[]): string => cells.map((cell) => cell.shown).join('');
const lines = (wrapped: Cell[][]): string[] => wrapped.map(shown);

describe('cellsOf', () => {
  it('gives each grapheme its offset, what is shown, its width, and whether it is a space', () => {
    expect(cellsOf('a中e\u0301\t')).toEqual([
      { start: 0, shown: 'a', width: 1, space: false, matched: false },
      { start: 1, shown: '中', width: 2, space: false, matched: false },
      { start: 2, shown: 'e\u0301', width: 1, space: false, matched: false },
      { start: 4, shown: ' ', width: 1, space: true, matched: false },
    ]);
  });

  it('shows control characters escaped, as wide as their escape', () => {
    expect(cellsOf('\u001b').map(({ shown: s, width }) => [s, width])).toEqual([['\\x1b', 4]]);
  });

  it('gives symbols drawn as text one column, as a terminal draws them (tmux: the cursor moves one column after each)', () => {
    // ™ ↔ ☺ ❤ ‼ ℹ have emoji forms, but without U+FE0F a terminal draws them as text, one column;
    // string-width before 8.0 counted them two, and a line holding them came out short.
    expect(cellsOf('™↔☺❤‼ℹ').map((cell) => cell.width)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(widthOf(cellsOf('中™'))).toBe(3);
  });

  it('counts the widths of letters below the combining marks and above, and a lone mark as none', () => {
    expect(cellsOf(' ~\u00e9\u02ff').map((cell) => cell.width)).toEqual([1, 1, 1, 1]);
    expect(cellsOf('\u0300')[0]!.width).toBe(0);
    expect(cellsOf('\u0370')[0]!.width).toBe(1);
  });

  it('marks the cells inside each match, [start, end) in offsets of the text', () => {
    const cells = cellsOf('ab cd ef', [[0, 2], [3, 4], [6, 8]]);
    expect(cells.map((cell) => (cell.matched ? 'x' : '.')).join('')).toBe('xx.x..xx');
    expect(cellsOf('abc', [[1, 1]]).some((cell) => cell.matched)).toBe(false);
  });

  it('marks the cells of two matches that touch', () => {
    expect(paintCells(cellsOf('abcd', [[0, 2], [2, 4]]), marks)).toBe('[abcd]');
  });

  it('counts ©, ® and a soft hyphen one column each, as a terminal shows them (string-width says 2, 2 and 0)', () => {
    expect(cellsOf('©®\u00ad').map((cell) => cell.width)).toEqual([1, 1, 1]);
  });

  it('takes a grapheme for a space only when all of it is whitespace', () => {
    expect(cellsOf('a\r\nb').map(({ start, shown: s, space }) => [start, s, space])).toEqual([[0, 'a', false], [1, ' ', true], [3, 'b', false]]);
    // A space under a combining accent is a spacing accent; a Prepend sign before a space joins it.
    expect(cellsOf(' \u0301')).toEqual([{ start: 0, shown: ' \u0301', width: 1, space: false, matched: false }]);
    expect(cellsOf('\u0600 b').map(({ start, shown: s, space }) => [start, s, space])).toEqual([[0, '\u0600 ', false], [2, 'b', false]]);
  });

  it('keeps a grapheme whole across the chunks it is segmented in', () => {
    const text = `${'a'.repeat(255)}e\u0301${'b'.repeat(300)}`;
    const cells = cellsOf(text);
    expect(cells).toHaveLength(556);
    expect(cells[255]).toEqual({ start: 255, shown: 'e\u0301', width: 1, space: false, matched: false });
    expect(cells[256]!.start).toBe(257);
  });

  // Each pair is one grapheme (UAX #29) whose last code unit is the first chunk's 257th: the
  // chunk must not end inside it.
  it.each([
    ['a kana and its combining voiced sound mark (が decomposed, as macOS writes it)', '\u304b\u3099'],
    ['a kana and its combining semi-voiced sound mark', '\u30cf\u309a'],
    ['a leading jamo and the Hangul syllable it joins (GB6)', '\u1100\uac00'],
    ['the last leading jamo (the filler) and a syllable', '\u115f\uac00'],
    ['a leading jamo of Extended-A and a syllable', '\ua960\uac00'],
    ['the last leading jamo of Extended-A and a syllable', '\ua97c\uac00'],
    ...['\u0600', '\u0605', '\u06dd', '\u070f', '\u0890', '\u0891', '\u08e2', '\u0d4e'].map((prepend) => [`the Prepend character ${prepend} and a letter`, `${prepend}a`]),
    ['an astral Prepend character (Kaithi number sign) and a letter', '\u{110bd}a'],
  ])('keeps %s whole at a chunk boundary', (_, pair) => {
    const before = 257 - pair.length;
    const cells = cellsOf(`${'a'.repeat(before)}${pair}b`);
    expect(cells.slice(before).map(({ start, shown: s }) => [start, s])).toEqual([[before, pair], [257, 'b']]);
  });
});

describe('cellsOf segments a long text a chunk at a time', () => {
  // V8's segmenter slows down with the length of the string it walks: a chunk is 256 code units
  // when every code unit starts a grapheme, longer only up to the next sure boundary.
  const chunkLengths = (text: string): { cells: number; chunks: number[] } => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const cells = cellsOf(text).length;
      // string-width segments each wide grapheme with a segmenter of its own; cells.ts's is the
      // first one called, on the first chunk.
      const ours = segment.mock.contexts[0];
      return { cells, chunks: segment.mock.calls.filter((_, call) => segment.mock.contexts[call] === ours).map(([chunk]) => chunk.length) };
    } finally {
      segment.mockRestore();
    }
  };

  // The ends of each range of characters that never extend the one before; then a syllable after
  // a letter (no leading jamo), a letter after a fullwidth one (no surrogate).
  it.each([' ', '~', '\u3040', '\u3098', '\u309b', '\u30ff', '\u4e00', '\u9fff', '\uac00', '\ud7a3', 'ab ', '\uac00a', 'a\uff21'])('%j repeated: chunks of 256', (piece) => {
    const text = piece.repeat(Math.ceil(600 / piece.length)).slice(0, 600);
    expect(chunkLengths(text)).toEqual({ cells: 600, chunks: [256, 256, 88] });
  });

  it('segments a text without a sure boundary whole (accented letters only)', () => {
    expect(chunkLengths('\u00e9'.repeat(300))).toEqual({ cells: 300, chunks: [300] });
  });
});

describe('squeezeSpaces, widthOf', () => {
  it('keeps one space of each run and none at either end', () => {
    expect(shown(squeezeSpaces(cellsOf('  a \t b  c   ')))).toBe('a b c');
    expect(squeezeSpaces(cellsOf('   '))).toEqual([]);
    expect(widthOf(cellsOf('a中 b'))).toBe(5);
    expect(widthOf([])).toBe(0);
  });
});

describe('fitCells', () => {
  it('keeps cells that fit, else cuts them and ends with …, a wide character never split', () => {
    expect(shown(fitCells(cellsOf('abcdef'), 6))).toBe('abcdef');
    expect(shown(fitCells(cellsOf('abcdefg'), 6))).toBe('abcde…');
    expect(shown(fitCells(cellsOf('ab中文'), 5))).toBe('ab中…');
    expect(shown(fitCells(cellsOf('ab中文'), 4))).toBe('ab…');
    expect(shown(fitCells(cellsOf('abc'), 1))).toBe('…');
    expect(fitCells(cellsOf('abc'), 0)).toEqual([]);
  });

  it('ends a cut with a … that is no space and not from the text', () => {
    expect(fitCells(cellsOf('abc'), 2)).toEqual([
      { start: 0, shown: 'a', width: 1, space: false, matched: false },
      { start: -1, shown: '…', width: 1, space: false, matched: false },
    ]);
  });

  it('gives a copy, never the cells it was given', () => {
    const cells = cellsOf('ab');
    expect(fitCells(cells, 5)).not.toBe(cells);
  });
});

describe('lineAroundMatch', () => {
  const text = 'one two three four five six seven eight nine ten';
  const at = (word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];

  it('cuts the end of the line when the match is near the start', () => {
    expect(paintCells(lineAroundMatch(cellsOf(text, [at('two')]), 20), marks)).toBe('one [two] three four …');
  });

  it('starts with … a word before a match beyond the width, about a third of the line before it', () => {
    expect(paintCells(lineAroundMatch(cellsOf(text, [at('nine')]), 20), marks)).toBe('…eight [nine] ten');
    expect(paintCells(lineAroundMatch(cellsOf(text, [at('seven')]), 15), marks)).toBe('…six [seven] eig…');
  });

  it('keeps the start when the whole match fits before the last column', () => {
    expect(paintCells(lineAroundMatch(cellsOf(text, [at('four')]), 19), marks)).toBe('one two three [four]…');
    expect(paintCells(lineAroundMatch(cellsOf(text, [at('four')]), 18), marks)).toBe('…three [four] five …');
  });

  it('scrolls to a match that runs to the end of the text, or that starts it', () => {
    expect(paintCells(lineAroundMatch(cellsOf('abcd', [[2, 4]]), 4), marks)).toBe('…[cd]');
    expect(paintCells(lineAroundMatch(cellsOf('abcdef gh', [[0, 6]]), 5), marks)).toBe('…[abc]…');
  });

  it('keeps the start when a match at the start fits', () => {
    expect(paintCells(lineAroundMatch(cellsOf('abcdef', [[0, 2]]), 4), marks)).toBe('[ab]c…');
  });

  it('keeps no word before the match that would take more than a third of the line', () => {
    const line = (words: string, match: string, width: number) => paintCells(lineAroundMatch(cellsOf(words, [[words.indexOf(match), words.indexOf(match) + match.length]]), width), marks);
    expect(line('aaaaaaa bbbbbb target zz', 'target', 15)).toBe('…[target] zz');
    // 中中 and its space are 5 columns, a third of 12 is 4.
    expect(line('aaaaaaaaaa 中中 xy', 'xy', 12)).toBe('…[xy]');
    // Everything before the match fits in a third, but the line cannot start at the text's start: the match is too long.
    expect(line('ab cdefghijkl', 'cdefghijkl', 9)).toBe('…[cdefghi]…');
  });

  it('cuts the end when nothing matched', () => {
    expect(shown(lineAroundMatch(cellsOf(text), 10))).toBe('one two t…');
  });
});

describe('wrapCells', () => {
  it('packs words into lines of the width, one space between them', () => {
    expect(lines(wrapCells(cellsOf('aa bb  cc dd'), 5))).toEqual(['aa bb', 'cc dd']);
    expect(lines(wrapCells(cellsOf('aa bb cc'), 6))).toEqual(['aa bb', 'cc']);
    expect(lines(wrapCells(cellsOf('  aa  '), 6))).toEqual(['aa']);
    expect(wrapCells([], 6)).toEqual([]);
  });

  it('cuts a word wider than the line, going on with what is left of it', () => {
    expect(lines(wrapCells(cellsOf('ab abcdefgh cd'), 4))).toEqual(['ab', 'abcd', 'efgh', 'cd']);
    expect(lines(wrapCells(cellsOf('abcdefg xy'), 3))).toEqual(['abc', 'def', 'g', 'xy']);
    expect(lines(wrapCells(cellsOf('abcdefg x'), 3))).toEqual(['abc', 'def', 'g x']);
  });

  it('puts a wide character alone on a line narrower than it, and counts widths in columns', () => {
    expect(lines(wrapCells(cellsOf('中文'), 1))).toEqual(['中', '文']);
    expect(lines(wrapCells(cellsOf('中文 ab'), 4))).toEqual(['中文', 'ab']);
    expect(lines(wrapCells(cellsOf('ab cd'), 0))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts a space not from the text between the words of a line', () => {
    expect(wrapCells(cellsOf('a  b'), 5)).toEqual([[
      { start: 0, shown: 'a', width: 1, space: false, matched: false },
      { start: -1, shown: ' ', width: 1, space: true, matched: false },
      { start: 3, shown: 'b', width: 1, space: false, matched: false },
    ]]);
  });

  it('gives the space between words no highlight', () => {
    const wrapped = wrapCells(cellsOf('ab cd', [[0, 5]]), 10);
    expect(paintCells(wrapped[0]!, marks)).toBe('[ab] [cd]');
  });
});

describe('paintCells and fitText', () => {
  it('highlights each run of matched cells once', () => {
    expect(paintCells(cellsOf('abcdef', [[1, 3], [4, 6]]), marks)).toBe('a[bc]d[ef]');
    expect(paintCells(cellsOf('abc', [[0, 3]]), marks)).toBe('[abc]');
    expect(paintCells([], marks)).toBe('');
  });

  it('fits plain text: spaces squeezed, control characters escaped, cut with …', () => {
    expect(fitText('  Le   Monde\t', 20)).toBe('Le Monde');
    expect(fitText('National Geographic', 10)).toBe('National …');
    expect(fitText('a\u0007b', 10)).toBe('a\\x07b');
  });
});
