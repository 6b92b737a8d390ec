import { describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus } from '../support/cli.js';

const quoted = (language: string | undefined, quotes: string) =>
  entryText({ ...(language ? { language } : {}), quotes: `\n${quotes}` });

describe('quotes as clic show and clic search print them', () => {
  const corpus = makeCorpus({
    'en.md': quoted('en', '  - { text: "robots are coming", at: "14:30" }'),
    'fr.md': quoted('fr', '  - { text: "les robots arrivent", speaker: "Antonio A. Casilli", at: "01:02:03" }'),
    'de.md': quoted('de', '  - { text: "die Roboter kommen", speaker: "Anna" }'),
    'none.md': quoted(undefined, '  - { text: "robots without a language" }'),
  });

  it.each([
    ['en', '  “robots are coming”\n    (14:30)\n'],
    ['fr', '  « les robots arrivent »\n    — Antonio A. Casilli (01:02:03)\n'],
    ['de', '  „die Roboter kommen“\n    — Anna\n'],
    ['none', '  “robots without a language”\n'],
  ])('show %s: the marks of its language, a time code never read as a speaker', async (id, block) => {
    const result = await clic(['show', id, '--corpus', corpus]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Quotes:\n${block}`);
  });

  it('search shows a hit in the marks of its entry, with the time code in parentheses', async () => {
    const result = await clic(['search', 'robots are coming', '--corpus', corpus, '--limit', '1', '--color', 'never'], { tty: true });
    expect(result.stdout).toContain('  “robots are coming”\n   (14:30)\n');
    const french = await clic(['search', 'les robots arrivent', '--corpus', corpus, '--limit', '1', '--color', 'never'], { tty: true });
    expect(french.stdout).toContain('  « les robots arrivent »\n    — Antonio A. Casilli (01:02:03)\n');
  });
});

describe('validate: an unquoted time code', () => {
  it.each([
    ['  - { text: "x", at: 12:30 }', true],
    ['  - text: "x"\n    at: 1:02:03', true],
    ['  - { text: "x", at: "12:30" }', false],
    ["  - text: x\n    at: '12:30'", false],
    ['  - { text: "at: 12:30 is in the text" }', false],
  ])('%s: warned %s, as issue: 12:30 is', async (quotes, warned) => {
    const dir = makeCorpus({ 'a.md': entryText({ quotes: `\n${quotes}` }) });
    const result = await clic(['validate', '--corpus', dir], { cwd: dir });
    const warning = /^a\.md:7: quotes\[1\]: warning: `[\d:]+` is text here, but YAML 1\.1 tools read it as a number \(quote it: at: "[\d:]+"\)$/m;
    if (warned) expect(result.stdout).toMatch(warning);
    else expect(result.stdout).toBe('1 file checked, 1 entry, no problems\n');
  });
});

describe('clic show wraps the Updates lines', () => {
  it('at word boundaries, under the note', async () => {
    const note = 'Best Documentary at the Bangkok International Documentary Awards, after a screening in Paris';
    const dir = makeCorpus({ 'a.md': entryText({ updates: `\n  - { date: 2021-06, note: "${note}" }` }) });
    const result = await clic(['show', 'a', '--corpus', dir], { columns: 60 });
    const block = result.stdout.slice(result.stdout.indexOf('Updates:\n') + 'Updates:\n'.length).split('\n\n')[0]!.split('\n');
    expect(block.every((line) => line.length <= 60)).toBe(true);
    expect(block[0]).toMatch(/^ {2}2021-06 {2}Best Documentary/);
    expect(block.slice(1).every((line) => line.startsWith(' '.repeat(11)))).toBe(true);
    expect(block.map((line) => line.trim()).join(' ').replace(/^2021-06\s+/, '')).toBe(note);
  });
});
