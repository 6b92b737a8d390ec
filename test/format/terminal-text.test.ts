// The terminal helpers, each against values worked out by hand: escapes, widths, cuts and wraps.
import { describe, expect, it } from 'vitest';
import { displayWidth, safeLine, safeText, terminalColumns, truncate, wrapLine } from '../../src/format/terminal.js';

describe('safeLine and safeText', () => {
  it('shows newline, tab and carriage return by name on one line', () => {
    expect(safeLine('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
  });

  it('shows C0, DEL and C1 as \\xNN, and the others above U+00FF as \\uNNNN', () => {
    expect(safeLine('\u0000\u001b\u007f\u009f')).toBe('\\x00\\x1b\\x7f\\x9f');
    expect(safeLine('\u061c\u200e\u2028\u202e\u2066\ufeff')).toBe('\\u061c\\u200e\\u2028\\u202e\\u2066\\ufeff');
  });

  it('keeps newlines and tabs in text, makes CRLF a newline and a lone CR visible', () => {
    expect(safeText('a\r\nb\tc\u001b')).toBe('a\nb\tc\\x1b');
    expect(safeText('a\rb')).toBe('a\\rb');
  });
});

describe('terminalColumns', () => {
  it('takes 0 as unknown', () => {
    expect(terminalColumns(0)).toBe(80);
    expect(terminalColumns(Number.POSITIVE_INFINITY)).toBe(80);
    expect(terminalColumns(20.9)).toBe(20);
    expect(terminalColumns(1001)).toBe(1000);
  });
});

describe('displayWidth', () => {
  it.each([
    ['abc', 3], ['e\u0301', 1], ['漢字', 4], ['😀', 2], ['\u200b', 0], ['\uffff', 1], ['', 0],
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('truncate', () => {
  it.each([
    ['abc', 3, 'abc'], ['abcd', 3, 'ab…'], ['abc', 0, ''], ['abc', -1, ''], ['漢字漢', 4, '漢…'], ['abc', 1, '…'],
  ])('%j in %i columns: %j', (text, width, cut) => {
    expect(truncate(text, width)).toBe(cut);
  });
});

describe('wrapLine', () => {
  it('keeps the leading blanks on the first line and indents the others', () => {
    expect(wrapLine('  aa bb cc', 7, '    ')).toEqual(['  aa bb', '    cc']);
  });

  it('fills a line exactly to the width before breaking', () => {
    expect(wrapLine('aa bb cc dd', 5, '>')).toEqual(['aa bb', '>cc', '>dd']);
  });

  it('indents nothing by default, and keeps a word longer than the width whole', () => {
    expect(wrapLine('aa bb', 3)).toEqual(['aa', 'bb']);
    expect(wrapLine('longword', 2)).toEqual(['longword']);
    expect(wrapLine('', 10)).toEqual(['']);
    expect(wrapLine('  aa', 10, '>')).toEqual(['  aa']);
  });
});
