import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/core/search.js';
import { run } from '../../src/run.js';
import { clic, entryText, makeCorpus, testContext } from '../support/cli.js';

const natgeo = `---
title: "Les ouvriers du clic, le prolétariat 2.0"
type: interview
date: 2020-10-15
outlet: "National Geographic France"
quotes:
  - "Ils remplissent trois fonctions : entraîner les machines, vérifier leurs résultats et aussi simuler l’IA."
  - text: "Il permet la migration virtuelle de la main d’œuvre, ou du doigt d’œuvre, en l’occurrence."
    speaker: "Antonio A. Casilli"
    at: "12:34"
---

Grand entretien sur les ouvriers du clic.

Leurs tâches, leur géographie
et les voies syndicales pour encadrer ce travail invisible.
`;

const corpus = makeCorpus({
  '2020/natgeo.md': natgeo,
  'video.md': entryText({ title: '"Invisibles, les travailleurs du clic"', type: 'video', date: '2020-02-12', outlet: 'France TV', quotes: '["Et si de vraies personnes étaient employées à jouer les robots ?"]' }),
  'old.md': entryText({ title: '"En attendant les robots"', type: 'book', date: '2019-01', outlet: 'Seuil', quotes: '["Les coulisses de ce théâtre de marionnettes donnent à voir un autre spectacle.", "Le travail du clic soumis au management algorithmique."]' }),
  'evil.md': entryText({ title: '"Evil"', date: '2021-01-01', quotes: '["Le marionnettiste \\u001b[2J efface l’écran."]' }),
});

const search = (args: string[], options: Parameters<typeof clic>[1] = {}) => clic(['search', '--corpus', corpus, ...args], options);
const ids = async (args: string[]) => {
  const result = await search([...args, '--format', 'ids']);
  expect(result.stderr).toBe('');
  return result.stdout.trim().split('\n').filter(Boolean);
};

describe('clic search', () => {
  it('finds a quote remembered without accents, with oe for œ and an ASCII apostrophe, best first, in tsv in a pipe', async () => {
    const result = await search(["main d'oeuvre doigt"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [header, first] = result.stdout.split('\n');
    expect(header).toBe('id\tdate\ttype\toutlet\ttitle\tfield\tscore\tpath\tline\ttext');
    expect(first!.split('\t').slice(0, 9)).toEqual(['natgeo', '2020-10-15', 'interview', 'National Geographic France', 'Les ouvriers du clic, le prolétariat 2.0', 'quotes', '0', '2020/natgeo.md', '8']);
  });

  it('takes the query as several words, unquoted', async () => {
    expect(await ids(['migration', 'virtuelle'])).toEqual(await ids(['migration virtuelle']));
    expect(await ids(['migration', 'virtuelle'])).toEqual(['natgeo']);
  });

  it('gives path and line where the quote stands in its file', async () => {
    const hits = JSON.parse((await search(['entrainer les machines', '--format', 'json'])).stdout) as { path: string; line: number; text: string }[];
    const { path, line, text } = hits[0]!;
    const fileLine = readFileSync(join(corpus, path), 'utf8').split('\n')[line - 1]!;
    expect(fileLine).toContain(text);
  });

  it('gives JSON hits with the fields of cli.md, best first', async () => {
    const result = await search(['robots', '--format', 'json']);
    const hits = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(hits[0]).toEqual({
      id: 'video', title: 'Invisibles, les travailleurs du clic', date: '2020-02-12', type: 'video', outlet: 'France TV', field: 'quotes',
      text: 'Et si de vraies personnes étaient employées à jouer les robots ?', score: 0, path: 'video.md', line: 6, speaker: null, at: null,
    });
    const scores = hits.map((hit) => hit.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it.each([
    ['ndjson', (out: string) => out.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)],
    ['csv', (out: string) => (parse(out) as string[][]).slice(1).map((row) => row[0])],
    ['ids', (out: string) => out.trimEnd().split('\n')],
  ])('--format %s', async (format, read) => {
    const result = await search(['doigt d’œuvre', '--format', format]);
    expect(result.code).toBe(0);
    expect(read(result.stdout)[0]).toBe('natgeo');
  });

  it('exits 1 with nothing on stdout when nothing matches, silently in a pipe', async () => {
    const result = await search(['blockchain quantique']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('says so on a terminal when nothing matches', async () => {
    const result = await search(['blockchain quantique'], { tty: true });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    // Without --in, titles and bodies were searched too (issue 17): the message says so.
    expect(result.stderr).toMatch(/nothing matches `blockchain quantique` in any field; try a higher --threshold/);
    expect((await search(['blockchain quantique', '--in', 'quotes'], { tty: true })).stderr).toMatch(/nothing matches `blockchain quantique` in quotes; try --in all or a higher --threshold/);
  });
});

describe('clic search: where and what', () => {
  it.each<[string, string[], string[]]>([
    // Issue 17 changed these: with no quote holding every word, a title holding them is searched
    // too; a passage holding half the words comes after those holding all.
    ['quotes by default, every field when a title matches better', ['ouvriers clic'], ['natgeo', 'video', 'old']],
    ['quotes by default, and only quotes when one holds every word', ['travail du clic'], ['old']],
    ['--in quotes', ['ouvriers clic', '--in', 'quotes'], ['old']],
    ['--in title', ['ouvriers clic', '--in', 'title'], ['natgeo', 'video']],
    ['--in body', ['syndicales encadrer', '--in', 'body'], ['natgeo']],
    ['--in all, a word found whole first', ['travail du clic', '--in', 'all'], ['old', 'video', 'natgeo']],
    ['--type', ['robots', '--in', 'all', '--type', 'book'], ['old']],
    ['--since', ['robots', '--in', 'all', '--since', '2020'], ['video']],
    ['--outlet', ['robots', '--in', 'all', '--outlet', 'seuil'], ['old']],
    ['--limit, the title first', ['robots', '--in', 'all', '--limit', '1'], ['old']],
  ])('%s', async (_name, args, expected) => {
    expect(await ids(args)).toEqual(expected);
  });

  it('points a body hit at the line of the matched words', async () => {
    const result = await search(['voies syndicales', '--in', 'body', '--format', 'json']);
    const [hit] = JSON.parse(result.stdout) as { line: number; field: string }[];
    expect(hit).toMatchObject({ field: 'body', line: 16 });
    expect(natgeo.split('\n')[15]).toContain('voies syndicales');
  });
});

describe('clic search: limits and strictness', () => {
  const many = makeCorpus(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`e${String(i).padStart(2, '0')}.md`, entryText({ quotes: `["Les robots numéro ${i}"]` })])));

  it('shows 10 hits on a terminal and says how many more there are', async () => {
    const result = await clic(['search', 'robots', '--corpus', many, '--color', 'never'], { tty: true });
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^\d{4}-\d\d-\d\d {2}/gm)).toHaveLength(10);
    expect(result.stderr).toBe('clic: 10 of 12 hits shown; --limit 12 shows them all\n');
  });

  it('sends every hit into a pipe', async () => {
    const result = await clic(['search', 'robots', '--corpus', many, '--format', 'ids']);
    expect(result.stdout.trim().split('\n')).toHaveLength(12);
  });

  it.each([['0', 1], ['0.4', 0]])('--threshold %s decides whether a typo is forgiven', async (threshold, code) => {
    expect((await search(['marionettes', '--threshold', threshold])).code).toBe(code);
  });

  it.each([
    [['robots', '--threshold', '1.5'], /--threshold must be a number from 0 to 1, not `1.5`/],
    [['robots', '--threshold', '-0.1'], /--threshold must be a number from 0 to 1/],
    [['robots', '--threshold', 'strict'], /--threshold must be a number from 0 to 1, not `strict`/],
    [['robots', '--limit', 'ten'], /--limit must be a whole number/],
    [['robots', '--in', 'tags'], /Allowed choices are quotes, title, body, all/],
    [['robots', '--format', 'xml'], /Allowed choices are table, tsv, json, ndjson, csv, ids/],
    [['robots', '--type', 'vidoe'], /did you mean `video`\?/],
    [[''], /search needs a query/],
    [['?!'], /the query `\?!` has no letter or digit/],
    // Without a terminal there is no picker to fall back on.
    [[], /search needs a query/],
    [['-i', 'robots'], /search -i needs a terminal/],
    [['--interactive'], /search -i needs a terminal/],
  ])('%j is a usage error', async (args, message) => {
    const result = await search(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});

describe('clic search on a terminal', () => {
  it('shows date, outlet, title, the quote with matched words highlighted, the speaker, and path:line to open', async () => {
    const result = await clic(['search', 'main doigt', '--corpus', corpus, '--color', 'always'], { tty: true, cwd: corpus, columns: 100 });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('2020-10-15  \u001b[1mNational Geographic France\u001b[22m · Les ouvriers du clic, le prolétariat 2.0');
    expect(lines[1]).toContain('la \u001b[1m\u001b[4m\u001b[33mmain\u001b[39m\u001b[24m\u001b[22m d’œuvre, ou du \u001b[1m\u001b[4m\u001b[33mdoigt');
    expect(lines[2]).toBe('   \u001b[2m— Antonio A. Casilli (12:34)\u001b[22m');
    expect(lines[3]).toBe('  \u001b[2m2020/natgeo.md:8\u001b[22m');
  });

  it('gives the full path when the corpus is not under the current folder', async () => {
    const result = await clic(['search', 'main doigt', '--corpus', corpus, '--color', 'never'], { tty: true, cwd: makeCorpus({}) });
    expect(result.stdout).toContain(`  ${join(corpus, '2020/natgeo.md')}:8\n`);
  });

  it('never writes control characters from the corpus', async () => {
    const result = await clic(['search', 'marionnettiste', '--corpus', corpus, '--color', 'never'], { tty: true });
    expect(result.stdout).toContain('Le marionnettiste \\x1b[2J efface');
    expect(result.stdout).not.toContain('\u001b');
  });
});

describe('clic search --help', () => {
  it('explains what is forgiven, with examples and the default threshold', async () => {
    const result = await clic(['search', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:\n  clic search "travail du clic"');
    expect(result.stdout).toContain(`default ${DEFAULT_THRESHOLD}`);
    expect(result.stdout).toMatch(/--in <field>[\s\S]*quotes/);
  });
});

describe('clic search asks the store for bodies', () => {
  /** Runs `clic search ARGS…` over the test corpus; the ids it asked the store's full() for. */
  const bodiesAsked = async (args: string[]) => {
    const { ctx, io } = testContext();
    const asked: string[] = [];
    const openStore = ctx.openStore;
    ctx.openStore = async (dir, options) => {
      const store = await openStore(dir, options);
      return { ...store, full: (wanted) => (asked.push(...wanted), store.full(wanted)) };
    };
    const code = await run(['search', '--corpus', corpus, ...args, '--format', 'ids'], ctx);
    return { code, ids: io.stdout().trim().split('\n'), asked };
  };

  it('never, when a quote holds every word with no letter wrong', async () => {
    const { code, ids, asked } = await bodiesAsked(['marionnettes']);
    expect([code, ids[0], asked]).toEqual([0, 'old', []]);
  });

  it('never with --in quotes or --in title', async () => {
    expect((await bodiesAsked(['geographie', '--in', 'quotes'])).asked).toEqual([]);
    expect(await bodiesAsked(['robots', '--in', 'title'])).toEqual({ code: 0, ids: ['old'], asked: [] });
  });

  it('when no quote settles the query, and then a body paragraph is found', async () => {
    const { code, ids, asked } = await bodiesAsked(['géographie syndicales']);
    expect(code).toBe(0);
    expect(ids[0]).toBe('natgeo');
    expect(asked.length).toBeGreaterThan(0);
  });
});
