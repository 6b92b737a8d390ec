import { describe, expect, it } from 'vitest';
import { shellWords } from '../../src/core/shell-words.js';
import { editorCommand } from '../../src/tui/editor.js';

describe('shellWords, as the picker splits $EDITOR', () => {
  it.each([
    ['vim', ['vim']],
    ['  code   --wait ', ['code', '--wait']],
    ["'/Applications/My Editor.app/bin/edit' -w", ['/Applications/My Editor.app/bin/edit', '-w']],
    ['"emacs client" -nw', ['emacs client', '-nw']],
    ['my\\ editor', ['my editor']],
    ['"say \\"hi\\" \\x"', ['say "hi" \\x']],
    ["it''s", ['its']],
    ['a "" b', ['a', '', 'b']],
    ['vim; rm -rf ~ $(boom) `x`', ['vim;', 'rm', '-rf', '~', '$(boom)', '`x`']],
    ['', []],
  ])('%j is %j', (text, words) => {
    expect(shellWords(text)).toEqual(words);
  });

  it('gives nothing for an unclosed quote', () => {
    expect(shellWords('"vim')).toBeUndefined();
  });
});

describe('editorCommand', () => {
  it.each([
    [{ VISUAL: 'code -w', EDITOR: 'nano' }, { file: 'code', args: ['-w', '+12', '/c/a b.md'] }],
    [{ VISUAL: '', EDITOR: 'nano' }, { file: 'nano', args: ['+12', '/c/a b.md'] }],
    [{}, { file: 'vi', args: ['+12', '/c/a b.md'] }],
    [{ EDITOR: '"vim' }, '$EDITOR has an unclosed quote'],
    [{ VISUAL: '  ' }, '$VISUAL names no command'],
  ])('with %j: %j', (env, command) => {
    expect(editorCommand(env, '/c/a b.md', 12)).toEqual(command);
  });
});
