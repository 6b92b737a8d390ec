import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus } from '../support/cli.js';

describe('small frictions', () => {
  const corpus = makeCorpus({ 'press/2021-05-wired-uk.md': entryText({ title: '"Wired"' }) });

  it.each([['2021-05-wired-uk.md'], ['press/2021-05-wired-uk.md'], [join(corpus, 'press', '2021-05-wired-uk.md')]])('show takes a file name or path: %s', async (arg) => {
    const result = await clic(['show', arg, '--corpus', corpus]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wired\n/);
  });

  it('help for an unknown command says so, with a suggestion', async () => {
    const result = await clic(['help', 'exprot']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'clic: unknown command `exprot`\ndid you mean `export`? run clic --help for the list of commands\n' });
    expect((await clic(['help', 'export'])).stdout).toMatch(/^Usage: clic export/);
  });

  it.each([
    [['lsit'], /^clic: unknown command 'lsit'/],
    [['list', '--nope'], /^clic: unknown option '--nope'/],
    [['list', '--sort', 'size'], /^clic: option '--sort <field>' argument 'size' is invalid/],
  ])('the argument parser speaks in clic style too: %j', async (argv, message) => {
    const result = await clic(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^error:/m);
  });

  it('type: talk and keynote point at event', async () => {
    const dir = makeCorpus({ 'a.md': entryText({ type: 'talk' }), 'b.md': entryText({ type: 'keynote' }) });
    const result = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(result.stdout).toContain('a.md:3: type: unknown type `talk` (did you mean `event`?)');
    expect(result.stdout).toContain('b.md:3: type: unknown type `keynote` (did you mean `event`?)');
  });

  it('validate and search print paths that open from the current folder', async () => {
    const dir = makeCorpus({ 'sub/a.md': entryText({ date: 'nope', quotes: '["the robots are coming"]' }), 'b.md': entryText({ quotes: '["the robots are coming"]' }) });
    const fromParent = join(dir, '..');
    const name = dir.slice(fromParent.length + 1);
    const validate = await clic(['validate', '--corpus', dir], { cwd: fromParent });
    expect(validate.stdout).toMatch(new RegExp(`^${name}/sub/a\\.md:4: date: `, 'm'));
    const search = await clic(['search', 'robots', '--corpus', dir], { cwd: fromParent, tty: true });
    expect(search.stdout).toContain(`${name}/b.md:`);
    // From elsewhere, absolute paths; JSON keeps paths relative to the corpus, as data.
    const elsewhere = await clic(['validate', '--corpus', dir], { cwd: mkdtempSync(join(tmpdir(), 'clic-elsewhere-')) });
    expect(elsewhere.stdout).toMatch(new RegExp(`^${dir}/sub/a\\.md:4: `, 'm'));
    const json = JSON.parse((await clic(['validate', '--format', 'json', '--corpus', dir], { cwd: fromParent })).stdout);
    expect(json.problems[0].path).toBe('sub/a.md');
  });

  it.each([['validate'], ['list']])('%s in an empty folder warns that it holds no entry file', async (command) => {
    const dir = makeCorpus({ 'README.md': '# notes\n' });
    const result = await clic([command, '--corpus', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`clic: no entry files found in ${dir} (entries are .md files; \`clic info\` says which corpus is in use and why)\n`);
  });

  it('a .markdown file is reported, not skipped without a word', async () => {
    const dir = makeCorpus({ 'a.md': entryText(), 'notes/b.markdown': entryText() });
    const result = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(result.stdout).toContain('notes/b.markdown:1: file: warning: not read: entry files end in `.md` (rename it to b.md)');
    expect((await clic(['validate', '--strict', '--corpus', dir])).code).toBe(1);
  });
});
