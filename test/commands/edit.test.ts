import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus } from '../support/cli.js';
import { shellWords } from '../../src/core/shell-words.js';

/**
 * A fake editor in a folder whose name holds a space: it logs its arguments, then replaces the
 * file with the next of the versions given (one file per run, so a reopen gets the next one).
 */
function fakeEditor(versions: string[]): { command: string; log: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'clic-editor-')), 'my editor');
  mkdirSync(dir);
  versions.forEach((text, i) => writeFileSync(join(dir, `v${i}`), text));
  const log = join(dir, 'log');
  const script = join(dir, 'ed.sh');
  writeFileSync(script, `#!/bin/sh
for a in "$@"; do printf '%s\\n' "$a" >> "${log}"; done
for a in "$@"; do file=$a; done
n=$(grep -c -- --wait "${log}")
cp "${dir}/v$((n - 1))" "$file"
`);
  chmodSync(script, 0o755);
  return { command: `'${script}' --wait`, log };
}

const BROKEN = entryText({ type: 'talk', date: '2021-13-01' });
const FIXED = entryText({ type: 'event', title: '"Fixed"' });

describe('clic edit', () => {
  it('opens the file in $EDITOR (split as shell words, no shell), then reports it valid', async () => {
    const dir = makeCorpus({ 'talks/2021-05-wired-uk.md': BROKEN });
    const editor = fakeEditor([FIXED]);
    const result = await clic(['edit', '2021-05-wired-uk', '--corpus', dir], { env: { EDITOR: editor.command } });
    expect(result.code).toBe(0);
    expect(readFileSync(editor.log, 'utf8')).toBe(`--wait\n${join(dir, 'talks/2021-05-wired-uk.md')}\n`);
    expect(readFileSync(join(dir, 'talks/2021-05-wired-uk.md'), 'utf8')).toBe(FIXED);
    expect(result.stderr).toBe('1 file checked, 1 entry, no problems\n');
  });

  it('reports the problems left, as validate does, with exit 1 in a script', async () => {
    const dir = makeCorpus({ '2021-05-wired-uk.md': FIXED, 'other.md': entryText({ date: 'nope' }) });
    const editor = fakeEditor([BROKEN]);
    const result = await clic(['edit', '2021-05-wired-uk.md', '--corpus', dir], { env: { VISUAL: editor.command, EDITOR: 'false' }, cwd: dir });
    expect(result.code).toBe(1);
    // Only this file's problems, its path as one can open it from here.
    expect(result.stderr).toMatch(/^2021-05-wired-uk\.md:3: type: unknown type `talk`/m);
    expect(result.stderr).toMatch(/^2021-05-wired-uk\.md:4: date: /m);
    expect(result.stderr).not.toContain('other.md');
  });

  it('on a terminal, offers to reopen until the file is valid', async () => {
    const dir = makeCorpus({ 'a.md': FIXED });
    const editor = fakeEditor([BROKEN, FIXED]);
    const result = await clic(['edit', 'a', '--corpus', dir], { env: { EDITOR: editor.command }, stdinIsTTY: true, answers: ['y'] });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Reopen it in the editor to fix them? [Y/n] ');
    expect(readFileSync(editor.log, 'utf8').match(/--wait/g)).toHaveLength(2);
    expect(result.stderr).toMatch(/1 file checked, 1 entry, no problems\n$/);
  });

  it('stops when the person declines', async () => {
    const dir = makeCorpus({ 'a.md': FIXED });
    const editor = fakeEditor([BROKEN, FIXED]);
    const result = await clic(['edit', 'a', '--corpus', dir], { env: { EDITOR: editor.command }, stdinIsTTY: true, answers: ['n'] });
    expect(result.code).toBe(1);
    expect(readFileSync(editor.log, 'utf8').match(/--wait/g)).toHaveLength(1);
  });

  it.each([
    [{ EDITOR: 'true' }, ['edit', '2021-05-wired-ku'], 1, /^clic: no entry has the id `2021-05-wired-ku`; did you mean `2021-05-wired-uk`\?/],
    [{}, ['edit', '2021-05-wired-uk'], 2, /^clic: no editor: neither \$VISUAL nor \$EDITOR is set/],
    [{ EDITOR: '"unclosed' }, ['edit', '2021-05-wired-uk'], 2, /^clic: \$EDITOR is not a command/],
    [{ EDITOR: '/no/such/editor' }, ['edit', '2021-05-wired-uk'], 2, /^clic: cannot run the editor `\/no\/such\/editor`/],
  ])('with %j, %j: exit %i and a clear message', async (env, argv, code, message) => {
    const dir = makeCorpus({ '2021-05-wired-uk.md': FIXED });
    const result = await clic([...argv, '--corpus', dir], { env });
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});

describe('shellWords', () => {
  it.each([
    ['vim', ['vim']],
    ['code --wait', ['code', '--wait']],
    [`'/opt/My Editor/ed' -f`, ['/opt/My Editor/ed', '-f']],
    ['"a \\"b\\"" c\\ d', ['a "b"', 'c d']],
    ['  emacs   -nw  ', ['emacs', '-nw']],
    ['$HOME/ed', ['$HOME/ed']],
    ["'open", undefined],
  ])('%s', (text, words) => {
    expect(shellWords(text)).toEqual(words);
  });
});
