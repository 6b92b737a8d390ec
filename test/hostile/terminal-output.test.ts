// Text is data: a corpus whose every text field (and a field name, and a role) holds escape
// sequences, BEL, C1, DEL and bidi overrides drives no terminal through list, show or validate,
// while JSON hands scripts the exact characters.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus } from '../support/cli.js';

// Written as YAML escapes: a raw ESC in front matter is a YAML error (see bad-files.test.ts).
const HOSTILE_YAML = '"\\e[31mred\\e[0m \\a \\x9b2J \\x7f \\u202eevil\\u202c \\u2066iso\\u2069 \\e]0;pwned\\a \\u2028 \\uFEFF"';
const HOSTILE = '\x1b[31mred\x1b[0m \x07 \x9b2J \x7f \u202eevil\u202c \u2066iso\u2069 \x1b]0;pwned\x07 \u2028 \uFEFF';
/** What a terminal obeys or reorders by; tab and newline are kept in a body. */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
/** Our own colour (SGR, `ESC [ … m`) is allowed; nothing else that a terminal obeys. */
const withoutOwnColour = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');

const dir = makeCorpus({
  'hostile.md': entryText({
    title: HOSTILE_YAML, outlet: HOSTILE_YAML, program: HOSTILE_YAML, issue: HOSTILE_YAML, place: HOSTILE_YAML,
    people: `\n  - { name: ${HOSTILE_YAML}, role: ${HOSTILE_YAML} }`,
    tags: `[${HOSTILE_YAML}]`,
    quotes: `\n  - { text: ${HOSTILE_YAML}, speaker: ${HOSTILE_YAML}, at: ${HOSTILE_YAML} }`,
    updates: `\n  - { date: 2021, note: ${HOSTILE_YAML} }`,
    [HOSTILE_YAML]: 'an unknown field with a hostile name',
  }, `Body \x1b[2J\x07 with raw escapes \u202e and a tab\there.`),
  'plain.md': entryText({ title: '"A plain entry"' }),
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile text on a terminal', () => {
  it.each([
    ['list (table)', ['list']],
    ['list --format ids', ['list', '--format', 'ids']],
    ['show', ['show', 'hostile']],
    ['show --format md', ['show', 'hostile', '--format', 'md']],
    ['validate', ['validate']],
    ['validate --strict', ['validate', '--strict']],
  ])('%s writes no control from the data, with or without colour', async (_name, args) => {
    for (const color of ['always', 'never']) {
      const { stdout, stderr } = await clic([...args, '--corpus', dir, '--color', color], { tty: true, columns: 120 });
      expect(stdout).not.toBe('');
      for (const line of withoutOwnColour(stdout).split('\n')) expect(line).not.toMatch(UNSAFE);
      expect(withoutOwnColour(stderr)).not.toMatch(UNSAFE);
    }
  });

  it('shows the controls as visible escapes, so a reader sees what the file holds', async () => {
    const { stdout } = await clic(['show', 'hostile', '--corpus', dir, '--color', 'never'], { tty: true });
    expect(stdout).toContain('\\x1b[31mred\\x1b[0m \\x07 \\x9b2J \\x7f \\u202eevil\\u202c \\u2066iso\\u2069 \\x1b]0;pwned\\x07 \\u2028 \\ufeff');
  });

  it('reports the hostile field name and role, escaped', async () => {
    const { stdout } = await clic(['validate', '--corpus', dir, '--color', 'never'], { tty: true, cwd: dir });
    expect(stdout).toMatch(/^hostile\.md:\d+: \\x1b\[31mred.*: warning: unknown field/m);
    expect(stdout).toMatch(/^hostile\.md:\d+: people\[1\]: warning: unknown role `\\x1b\[31mred/m);
  });

  it('hands scripts the exact characters through JSON', async () => {
    const { stdout } = await clic(['list', '--corpus', dir, '--format', 'json'], { tty: true });
    expect(stdout.replace(/\n/g, '')).not.toMatch(UNSAFE);
    const entry = JSON.parse(stdout).find((e: { id: string }) => e.id === 'hostile');
    expect(entry).toMatchObject({
      title: HOSTILE, outlet: HOSTILE, program: HOSTILE, issue: HOSTILE, place: HOSTILE,
      people: [{ name: HOSTILE, role: HOSTILE }], tags: [HOSTILE],
      quotes: [{ text: HOSTILE, speaker: HOSTILE, at: HOSTILE }], updates: [{ date: '2021', note: HOSTILE }],
    });
  });
});
