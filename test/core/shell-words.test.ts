// $EDITOR split as a POSIX shell splits words (XCU 2.2 Quoting): a backslash outside quotes
// keeps the next character; inside double quotes it escapes only $ ` " \ and is kept before
// anything else; inside single quotes nothing is special but the closing quote.
import { describe, expect, it } from 'vitest';
import { shellWords } from '../../src/core/shell-words.js';

describe('shellWords, the quoting rules', () => {
  it.each([
    ['a\tb\nc', ['a', 'b', 'c']],
    ['a"b c"d', ['ab cd']],
    ["''", ['']],
    ["'' x", ['', 'x']],
    ['\\ ', [' ']],
    ['a\\', ['a\\']],
    ['\\"quoted\\"', ['"quoted"']],
    ['"a\\$b"', ['a$b']],
    ['"a\\`b"', ['a`b']],
    ['"a\\\\b"', ['a\\b']],
    ['"a\\"b"', ['a"b']],
    ['"a\\nb"', ['a\\nb']],
    ["'a\\b'", ['a\\b']],
    ["'a\"b'", ['a"b']],
    ['"it\'s"', ["it's"]],
    ["x'y'z", ['xyz']],
  ])('%j is %j', (text, words) => {
    expect(shellWords(text)).toEqual(words);
  });

  it.each(["'vim", '"a\\"', '"a\\', "vim 'a", 'a "b"c"'])('%j leaves a quote open: no words', (text) => {
    expect(shellWords(text)).toBeUndefined();
  });
});
