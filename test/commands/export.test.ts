import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus, ROOT } from '../support/cli.js';

const keysOf = (bib: string): string[] => [...bib.matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1]!);
const outputFolder = (): string => mkdtempSync(join(tmpdir(), 'clic-export-'));

describe('clic export: the format', () => {
  it('is required, and the error names the formats', async () => {
    const result = await clic(['export']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bibtex, biblatex, csl-json, ris, csv');
    expect(result.stdout).toBe('');
  });

  it('must be one of them, and the error names them', async () => {
    const result = await clic(['export', '--format', 'docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/docx.*bibtex, biblatex, csl-json, ris, csv/s);
  });

  it.each([
    ['bibtex', /^@article\{casilli2020ouvriers,$/m],
    ['biblatex', /^ {2}date = \{2020-10-15\},$/m],
    ['csl-json', /^ {4}"id": "casilli2020ouvriers",$/m],
    ['ris', /^TY {2}- NEWS\r$/m],
    ['csv', /^id,date,type,title,outlet,/],
  ])('--format %s writes the bundled corpus to stdout', async (format, sample) => {
    const result = await clic(['export', '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(sample);
  });

  it('says once on stderr which fields the format left out', async () => {
    const result = await clic(['export', '--format', 'bibtex']);
    expect(result.stderr).toBe('clic: bibtex cannot carry issue, quotes, related, updates; left out\n');
    expect((await clic(['export', '--format', 'csv'])).stderr).toBe('');
  });

  it('says which characters BibTeX could only write as \\symbol', async () => {
    const corpus = makeCorpus({ 'a.md': entryText({ title: '"Заголовок"' }) });
    const result = await clic(['export', '--format', 'bibtex', '--corpus', corpus]);
    expect(result.stderr).toContain('clic: bibtex has no ASCII form for 7 characters (З а г о л …); written as \\symbol{N}');
    expect((await clic(['export', '--format', 'biblatex', '--corpus', corpus])).stderr)
      .toBe('clic: pdflatex cannot typeset 7 characters (З а г о л …) with utf8 inputenc and T1 fonts; kept as UTF-8, which XeLaTeX and LuaLaTeX print\n');
    expect((await clic(['export', '--format', 'biblatex', '--corpus', makeCorpus({ 'b.md': entryText({ title: '"Déjà « vu »"' }) })])).stderr).toBe('');
  });
});

describe('clic export: which entries', () => {
  it('takes every list filter, and keys do not depend on them', async () => {
    const all = keysOf((await clic(['export', '--format', 'bibtex'])).stdout);
    const videos = await clic(['export', '--format', 'bibtex', '--type', 'video', '--since', '2020-02']);
    expect(videos.code).toBe(0);
    const keys = keysOf(videos.stdout);
    expect(keys).toEqual(['casilli2020seminaire', 'poulain2020invisibles']);
    for (const key of keys) expect(all).toContain(key);
  });

  it('reads ids from stdin with `-`, in any layout, and exports exactly those', async () => {
    const stdin = '2020-10-15-national-geographic\n# a comment\n2019-grand-prix-protection-sociale 2020-05-relations\n';
    const result = await clic(['export', '--format', 'bibtex', '-'], { stdin });
    expect(result.code).toBe(0);
    expect(keysOf(result.stdout).sort()).toEqual(['casilli2019grand', 'casilli2020grand', 'casilli2020ouvriers']);
  });

  it('combines `-` with filters', async () => {
    const stdin = '2020-10-15-national-geographic\n2020-05-relations\n';
    const result = await clic(['export', '--format', 'bibtex', '--since', '2020-06', '-'], { stdin });
    expect(keysOf(result.stdout)).toEqual(['casilli2020ouvriers']);
  });

  it('exports nothing when stdin gives no id', async () => {
    const result = await clic(['export', '--format', 'csl-json', '-'], { stdin: '\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('[]\n');
  });

  it('names an unknown id on stderr, exports the others and exits 1', async () => {
    const result = await clic(['export', '--format', 'bibtex', '-'], { stdin: '2020-10-15-national-geographik\n2020-05-relations\n\u001b[31m\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no entry has the id `2020-10-15-national-geographik`; did you mean `2020-10-15-national-geographic`?');
    expect(result.stderr).toContain('`\\x1b[31m`');
    expect(keysOf(result.stdout)).toEqual(['casilli2020grand']);
  });

  it('refuses `-` when stdin is a terminal, and any other argument', async () => {
    expect((await clic(['export', '--format', 'bibtex', '-'], { stdinIsTTY: true })).code).toBe(2);
    const other = await clic(['export', '--format', 'bibtex', '2020-05-relations']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('unexpected argument `2020-05-relations`');
  });

  it('warns when several entries set the same key, and keeps keys unique', async () => {
    const corpus = makeCorpus({ 'a.md': entryText({ key: 'same' }), 'b.md': entryText({ key: 'same', date: '2021-01-01' }) });
    const result = await clic(['export', '--format', 'bibtex', '--corpus', corpus]);
    expect(result.stderr).toContain('several entries set `key: same`');
    expect(keysOf(result.stdout)).toEqual(['sameb', 'samea']);
  });
});

describe('clic export -o FILE', () => {
  it('writes the file, nothing to stdout, and leaves no temporary file', async () => {
    const dir = outputFolder();
    const result = await clic(['export', '--format', 'biblatex', '-o', 'media.bib'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('clic: wrote 25 entries to media.bib');
    expect(readFileSync(join(dir, 'media.bib'), 'utf8')).toBe((await clic(['export', '--format', 'biblatex'])).stdout);
    expect(readdirSync(dir)).toEqual(['media.bib']);
  });

  it('refuses to replace a file, naming it, unless --force', async () => {
    const dir = outputFolder();
    writeFileSync(join(dir, 'media.bib'), 'keep me');
    const refused = await clic(['export', '--format', 'bibtex', '--output', 'media.bib'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('media.bib already exists');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'media.bib'), 'utf8')).toBe('keep me');
    const forced = await clic(['export', '--format', 'bibtex', '-o', 'media.bib', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'media.bib'), 'utf8')).toMatch(/^@/);
    expect(readdirSync(dir)).toEqual(['media.bib']);
  });

  it('says why it cannot write', async () => {
    const result = await clic(['export', '--format', 'ris', '-o', 'missing/folder/media.ris'], { cwd: outputFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot write missing/folder/media.ris: its folder does not exist');
  });
});

describe('clic export --format csv', () => {
  const corpus = makeCorpus({ 'a.md': entryText({ title: '"=1+2"' }) });

  it('guards formula cells unless --raw', async () => {
    expect((await clic(['export', '--format', 'csv', '--corpus', corpus])).stdout).toContain(",'=1+2,");
    expect((await clic(['export', '--format', 'csv', '--raw', '--corpus', corpus])).stdout).toContain(',=1+2,');
  });

  it('starts with a byte order mark with --bom', async () => {
    expect((await clic(['export', '--format', 'csv', '--bom', '--corpus', corpus])).stdout.startsWith('\ufeffid,')).toBe(true);
    expect((await clic(['export', '--format', 'csv', '--corpus', corpus])).stdout.startsWith('id,')).toBe(true);
  });

  it('carries each quote\'s speaker and time code, line for line, and the citation key the other formats use', async () => {
    const quoted = makeCorpus({
      'q.md': entryText({ quotes: '[{ text: "Un.", speaker: Ann Speaker, at: "12:34" }, "Deux,\\nsur deux lignes.", { text: "Trois.", at: "p. 3" }]' }),
    });
    const [header, row] = parseCsv((await clic(['export', '--format', 'csv', '--corpus', quoted])).stdout) as string[][];
    const cell = (column: string): string => row![header!.indexOf(column)]!;
    expect(cell('quotes').split('\n')).toEqual(['Un.', 'Deux, sur deux lignes.', 'Trois.']);
    expect(cell('quote_speakers').split('\n')).toEqual(['Ann Speaker', '', '']);
    expect(cell('quote_at').split('\n')).toEqual(['12:34', '', 'p. 3']);
    const bib = (await clic(['export', '--format', 'bibtex', '--corpus', quoted])).stdout;
    expect(cell('key')).toBe(/^@\w+\{([^,]+),/.exec(bib)![1]);
  });

  it('refuses --bom and --raw with another format', async () => {
    const result = await clic(['export', '--format', 'bibtex', '--bom']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bom and --raw apply to --format csv only');
  });
});

describe('clic export in a pipeline (built bin)', () => {
  it('reads the ids that clic list writes', () => {
    const pipeline = 'node bin/clic.js list --type video --format ids | node bin/clic.js export --format bibtex -';
    const result = spawnSync('sh', ['-c', pipeline], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(keysOf(result.stdout).sort()).toEqual(['casilli2020alain', 'casilli2020dialogue', 'casilli2020seminaire', 'poulain2020invisibles']);
  });
});

describe('clic export -o, odd targets', () => {
  it('writes to standard output with -o -', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clic-dash-'));
    const result = await clic(['export', '--format', 'ris', '--id', '2020-05-relations', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^TY {2}- MGZN/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    [[''], /-o needs a file name/],
    [['.'], /\. is a folder/],
  ])('is a usage error for -o %j', async (target, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'clic-odd-'));
    const result = await clic(['export', '--format', 'csv', '-o', ...target], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });
});
