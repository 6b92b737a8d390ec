import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, clic, entryText, makeCorpus } from '../support/cli.js';

const NATGEO = '2020-10-15-national-geographic';

describe('clic show', () => {
  it('shows a whole entry as a readable page', async () => {
    const result = await clic(['show', NATGEO]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Les ouvriers du clic, le prolétariat 2.0',
      '2020-10-15 · interview · National Geographic France',
      `${NATGEO}.md`,
    ]);
    expect(result.stdout).toMatch(/People:\n {2}Antonio A\. Casilli \(interviewee\)\n {2}Marie-Amélie Carpio \(interviewer\)/);
    expect(result.stdout).toMatch(/ {2}« Ils remplissent trois fonctions/);
    expect(result.stdout).toMatch(/ {4}— Antonio A\. Casilli/);
  });

  it('shows updates, related entries and the body', async () => {
    const documentary = await clic(['show', '2020-02-12-france-televisions']);
    expect(documentary.stdout).toMatch(/Updates:\n {2}2020-12 {2}Prix du meilleur documentaire/);
    expect(documentary.stdout).toMatch(/Roulez jeunesse/);
    const press = await clic(['show', '2020-02-13-telerama']);
    expect(press.stdout).toMatch(/Related: +2020-02-12-france-televisions/);
  });

  it('gives JSON with the body, an array for several ids', async () => {
    const one = JSON.parse((await clic(['show', NATGEO, '--format', 'json'])).stdout);
    expect(one).toMatchObject({ id: NATGEO, date: '2020-10-15', body: expect.stringMatching(/Grand entretien/) });
    const two = JSON.parse((await clic(['show', NATGEO, '2020-05-relations', '--format', 'json'])).stdout);
    expect(two.map((e: { id: string }) => e.id)).toEqual([NATGEO, '2020-05-relations']);
  });

  it('gives the file as it is with --format md', async () => {
    const result = await clic(['show', NATGEO, '--format', 'md']);
    expect(result.stdout).toBe(readFileSync(join(BUNDLED_CORPUS, `${NATGEO}.md`), 'utf8'));
  });

  it('reads ids from standard input with -', async () => {
    const result = await clic(['show', '-', '--format', 'json'], { stdin: `${NATGEO}\n2020-05-relations\n` });
    expect(JSON.parse(result.stdout).map((e: { id: string }) => e.id)).toEqual([NATGEO, '2020-05-relations']);
  });

  it('exits 1 for an unknown id, with a suggestion, and still shows the known ones', async () => {
    const result = await clic(['show', '2020-10-15-national-geografic', '2020-05-relations', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`clic: no entry has the id \`2020-10-15-national-geografic\`; did you mean \`${NATGEO}\`?\n`);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it('is a usage error without an id', async () => {
    expect((await clic(['show'])).code).toBe(2);
  });
});

describe('terminal safety of corpus text', () => {
  const hostile = makeCorpus({
    'evil.md': entryText({
      title: '"Title \\e]8;;http://x.example\\e\\\\link\\e]8;;\\e\\\\ \\a bell \\u202Eevil"',
      outlet: '"Outlet\\e[31m red"',
      quotes: '["quote \\x9b31m c1 \\u2066isolate"]',
    }),
  });
  const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

  it.each([
    ['list table', ['list', '--format', 'table']],
    ['show text', ['show', 'evil']],
    ['show md on a terminal', ['show', 'evil', '--format', 'md']],
    ['validate', ['validate']],
  ])('%s never writes a raw control character to a terminal', async (_name, args) => {
    const result = await clic([...args, '--corpus', hostile, '--color', 'never'], { tty: true });
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout).not.toMatch(UNSAFE);
  });

  it('shows the escapes visibly', async () => {
    const result = await clic(['show', 'evil', '--corpus', hostile, '--color', 'never'], { tty: true });
    expect(result.stdout).toContain('Title \\x1b]8;;http://x.example\\x1b\\link');
    expect(result.stdout).toContain('\\x07 bell \\u202eevil');
  });

  it('keeps the exact data in JSON', async () => {
    const result = await clic(['list', '--corpus', hostile, '--format', 'json']);
    expect(JSON.parse(result.stdout)[0].title).toBe('Title \u001b]8;;http://x.example\u001b\\link\u001b]8;;\u001b\\ \u0007 bell \u202Eevil');
    expect(result.stdout).not.toMatch(UNSAFE);
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it.each<[string, string[], Record<string, string>, boolean, boolean]>([
    ['on a terminal', [], {}, true, true],
    ['not into a pipe', [], {}, false, false],
    ['not with NO_COLOR', [], { NO_COLOR: '1' }, true, false],
    ['with FORCE_COLOR into a pipe', [], { FORCE_COLOR: '1' }, false, true],
    ['with any non-empty FORCE_COLOR, as cli.md says', [], { FORCE_COLOR: '0' }, false, true],
    ['NO_COLOR wins over FORCE_COLOR', [], { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    ['not on a dumb terminal', [], { TERM: 'dumb' }, true, false],
    ['--color always beats NO_COLOR', ['--color', 'always'], { NO_COLOR: '1' }, false, true],
    ['--color never beats FORCE_COLOR', ['--color', 'never'], { FORCE_COLOR: '1' }, true, false],
  ])('%s', async (_name, args, env, tty, coloured) => {
    const result = await clic(['list', '--format', 'table', '--limit', '3', ...args], { tty, env });
    expect(result.stdout.includes(ESC)).toBe(coloured);
  });

  it('is a usage error for an unknown --color value', async () => {
    const result = await clic(['list', '--color', 'sometimes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are auto, always, never/);
  });
});

describe('the table at 80 columns', () => {
  it('never breaks its layout: every line fits, long titles end with …', async () => {
    const result = await clic(['list'], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(26);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(result.stdout).toContain('…');
    const titleColumn = lines[0]!.indexOf('TITLE');
    for (const line of lines.slice(1)) expect(line[titleColumn - 1]).toBe(' ');
  });
});

describe('show on a narrow terminal', () => {
  it('wraps quotes and the body to the width, with quotes indented', async () => {
    const result = await clic(['show', NATGEO], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
    const lines = result.stdout.split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    const quoteStart = lines.findIndex((l) => l.startsWith('  « Ils remplissent'));
    expect(lines[quoteStart + 1]).toMatch(/^ {4}\S/);
  });
});

describe('data formats on a terminal', () => {
  const hostile = makeCorpus({ 'evil.md': entryText({ title: '"Bell \\a escape \\e[2J bidi \\u202E"', outlet: '"Bell \\a outlet"' }) });
  const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

  it.each([
    ['list tsv', ['list', '--format', 'tsv']],
    ['list csv', ['list', '--format', 'csv']],
    ['list ndjson', ['list', '--format', 'ndjson']],
    ['stats tsv', ['stats', '--by', 'outlet', '--format', 'tsv']],
    ['export biblatex', ['export', '--format', 'biblatex']],
    ['export ris', ['export', '--format', 'ris']],
    ['export csv', ['export', '--format', 'csv']],
  ])('%s shows control characters as escapes on a terminal', async (_name, args) => {
    const onTerminal = await clic([...args, '--corpus', hostile], { tty: true });
    expect(onTerminal.stdout).toMatch(/Bell/);
    expect(onTerminal.stdout).not.toMatch(UNSAFE);
  });

  it('keeps the exact data into a pipe', async () => {
    const intoPipe = await clic(['list', '--format', 'tsv', '--corpus', hostile]);
    expect(intoPipe.stdout).toContain('Bell \u0007 escape \u001b[2J bidi \u202E');
  });
});
