import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/fs/write-file.js';
import { run } from '../../src/run.js';
import { ROOT, clic, entryText, makeCorpus, testContext } from '../support/cli.js';
import { clicUnprivileged, UNPRIVILEGED_MISSING } from '../support/unprivileged.js';

const REQUIRED = ['--type', 'podcast', '--date', '2020-02-17', '--outlet', 'France Inter', '--title', 'Le boom des travailleurs du clic'];
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('clic new', () => {
  it('writes DATE-SLUG.md, prints its path, and the entry validates', async () => {
    const corpus = makeCorpus({});
    const result = await clic(['new', '--corpus', corpus, ...REQUIRED]);
    expect(result).toEqual({ code: 0, stdout: `${join(corpus, '2020-02-17-france-inter.md')}\n`, stderr: '' });
    expect(files(corpus)).toEqual(['2020-02-17-france-inter.md']);
    const validate = await clic(['validate', '--corpus', corpus]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/1 entry, no problems/);
  });

  it('keeps a title with quotes, colons, a hash, a newline or a number exactly', async () => {
    const corpus = makeCorpus({});
    const title = 'Re: "Les ouvriers" # du clic\nsuite: 1984';
    const written = await clic(['new', '--corpus', corpus, '--type', 'press', '--date', '1984', '--outlet', '1984', '--title', title]);
    expect(written.code).toBe(0);
    const shown = JSON.parse((await clic(['show', '1984-1984', '--corpus', corpus, '--format', 'json'])).stdout);
    expect(shown).toMatchObject({ title, outlet: '1984', date: '1984', type: 'press' });
  });

  it('takes the file name from --id', async () => {
    const corpus = makeCorpus({});
    const result = await clic(['new', '--corpus', corpus, ...REQUIRED, '--id', 'boom-du-clic']);
    expect(result.stdout).toBe(`${join(corpus, 'boom-du-clic.md')}\n`);
  });

  it('uses CLIC_CORPUS when there is no --corpus', async () => {
    const corpus = makeCorpus({});
    const result = await clic(['new', ...REQUIRED], { env: { CLIC_CORPUS: corpus } });
    expect(result.code).toBe(0);
    expect(files(corpus)).toEqual(['2020-02-17-france-inter.md']);
  });

  it.each([
    ['at the top', '2020-02-17-france-inter.md'],
    ['in a subfolder', 'radio/2020-02-17-france-inter.md'],
  ])('refuses an id that exists %s, and touches nothing', async (_where, existing) => {
    const before = entryText({ title: '"Already here"' });
    const corpus = makeCorpus({ [existing]: before });
    const result = await clic(['new', '--corpus', corpus, ...REQUIRED]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`clic: an entry with the id \`2020-02-17-france-inter\` already exists: ${existing}\nnothing was written; give another id, e.g. --id 2020-02-17-france-inter-2\n`);
    expect(readFileSync(join(corpus, existing), 'utf8')).toBe(before);
    expect(files(corpus).filter((f) => f.endsWith('.md'))).toEqual([existing]);
  });

  it.each<[string, string[], Record<string, string>]>([
    ['an unknown type', ['--type', 'vidoe'], { type: 'vidoe' }],
    ['an impossible date', ['--date', '2020-02-30'], { date: '2020-02-30' }],
    ['a date in another form', ['--date', '15/10/2020'], { date: '15/10/2020' }],
    ['an empty title', ['--title', ' '], { title: '" "' }],
  ])('rejects %s with the message of validate, and writes nothing', async (_name, flags, yaml) => {
    const corpus = makeCorpus({});
    const result = await clic(['new', '--corpus', corpus, ...REQUIRED, ...flags]);
    expect(result.code).toBe(2);
    expect(files(corpus)).toEqual([]);
    const broken = makeCorpus({ 'x.md': entryText(yaml) });
    const [, field, said] = /^x\.md:\d+: (\w+): (.*)$/m.exec((await clic(['validate', '--corpus', broken], { cwd: broken })).stdout)!;
    expect(result.stderr).toBe(`clic: --${field}: ${said}\nclic: nothing was written\n`);
  });

  it.each([
    [['--id', 'Not An Id'], /--id: `Not An Id` is not a valid id[\s\S]*use not-an-id/],
    [['--corpus', '/no/such/folder'], /corpus folder not found/],
    [['--tpye', 'video'], /unknown option '--tpye'[\s\S]*Did you mean --type\?/],
  ])('%j is a usage error', async (flags, message) => {
    const result = await clic(['new', ...REQUIRED, ...flags], { env: { CLIC_CORPUS: makeCorpus({}) } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('names the missing flags when standard input is not a terminal', async () => {
    const corpus = makeCorpus({});
    const result = await clic(['new', '--corpus', corpus, '--type', 'video']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^clic: missing --date, --outlet, --title\n/);
    expect(files(corpus)).toEqual([]);
  });
});

describe('clic new on a terminal', () => {
  it('asks for the missing fields, again when an answer is not valid', async () => {
    const corpus = makeCorpus({});
    const result = await clic(['new', '--corpus', corpus, '--type', 'video'], {
      stdinIsTTY: true,
      answers: ['2020-13', '2020-02-12', '', 'France Télévisions', 'Invisibles'],
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${join(corpus, '2020-02-12-france-televisions.md')}\n`);
    expect(result.stderr).toBe([
      'Date (YYYY-MM-DD, YYYY-MM or YYYY): date: `2020-13` is not a valid date (write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2020-10-15, 2020-05 or 2020)',
      'Date (YYYY-MM-DD, YYYY-MM or YYYY): Outlet (who published or hosted it): outlet is required',
      'Outlet (who published or hosted it): Title: ',
    ].join('\n'));
    expect(readFileSync(join(corpus, '2020-02-12-france-televisions.md'), 'utf8')).toMatch(/^---\ntitle: "Invisibles"\ntype: video\ndate: 2020-02-12\noutlet: "France Télévisions"\n/);
  });

  it('gives up after three answers that are not valid', async () => {
    const corpus = makeCorpus({});
    const result = await clic(['new', '--corpus', corpus], { stdinIsTTY: true, answers: ['vidoe', 'vidéo', ''] });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/type: unknown type `vidoe` \(did you mean `video`\?\)/);
    expect(result.stderr).toMatch(/clic: no valid type given: nothing was written\n$/);
    expect(files(corpus)).toEqual([]);
  });

  it('stops cleanly when the person ends the prompt with Ctrl+D or Ctrl+C', async () => {
    const corpus = makeCorpus({});
    const { ctx, io } = testContext({ stdinIsTTY: true });
    ctx.io.ask = async () => {
      throw new Error('Aborted with Ctrl+D');
    };
    expect(await run(['new', '--corpus', corpus], ctx)).toBe(2);
    expect(io.stderr()).toBe('clic: no type given: nothing was written\n');
    expect(files(corpus)).toEqual([]);
  });
});

describe('writeFileAtomically without overwrite', () => {
  it('never replaces a file and leaves no temporary file behind', () => {
    const corpus = makeCorpus({ 'a.md': 'first' });
    expect(writeFileAtomically(join(corpus, 'a.md'), 'second', false)).toBe(false);
    expect(writeFileAtomically(join(corpus, 'b.md'), 'new', false)).toBe(true);
    expect(readFileSync(join(corpus, 'a.md'), 'utf8')).toBe('first');
    expect(readFileSync(join(corpus, 'b.md'), 'utf8')).toBe('new');
    expect(files(corpus)).toEqual(['a.md', 'b.md']);
  });

  // Root writes into a read-only folder anyway: the case runs as a user that the mode applies to.
  it.skipIf(UNPRIVILEGED_MISSING !== '')(`says when the folder cannot be written${UNPRIVILEGED_MISSING}`, () => {
    const corpus = makeCorpus({});
    chmodSync(corpus, 0o555);
    const result = clicUnprivileged(['new', '--corpus', corpus, '--no-cache', ...REQUIRED], {});
    expect(result.stderr).toMatch(/^clic: cannot write .*\.md: permission denied \(EACCES\)\n$/);
    expect(result.status).toBe(2);
    expect(readdirSync(corpus)).toEqual([]);
  });

  it('lets exactly one of several processes racing for one name write it', async () => {
    if (!existsSync(join(ROOT, 'dist', 'main.js'))) throw new Error('build dist first: node build.mjs');
    const corpus = makeCorpus({});
    const run = (title: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'clic.js'), 'new', '--corpus', corpus, ...REQUIRED.slice(0, -1), title], { stdio: 'ignore' });
        child.on('close', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all(['one', 'two', 'three', 'four'].map(run));
    expect(codes.sort()).toEqual([0, 2, 2, 2]);
    expect(files(corpus)).toEqual(['2020-02-17-france-inter.md']);
    expect(readFileSync(join(corpus, '2020-02-17-france-inter.md'), 'utf8')).toMatch(/^---\ntitle: "(one|two|three|four)"\n[\s\S]*-->\n$/);
  });
});


describe('clic new --id that the corpus would skip', () => {
  it('refuses `readme`, which the loader never reads as an entry', async () => {
    const corpus = makeCorpus({});
    const result = await clic(['new', '--corpus', corpus, ...REQUIRED, '--id', 'readme']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/names a file that the corpus skips/);
    expect(files(corpus)).toEqual([]);
  });
});
