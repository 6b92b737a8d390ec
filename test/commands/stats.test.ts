import { describe, expect, it } from 'vitest';
import { STATS_KEYS } from '../../src/core/stats.js';
import { displayWidth } from '../../src/format/terminal.js';
import { clic, entryText, makeCorpus } from '../support/cli.js';

const ANSI = /\u001b\[/;
const bundledDates = async (): Promise<string[]> => JSON.parse((await clic(['list', '--format', 'json'])).stdout).map((e: { date: string }) => e.date);

describe('clic stats on the bundled corpus', () => {
  it('shows February 2020 as the longest bar of a month timeline that keeps the empty months', async () => {
    const result = await clic(['stats', '--by', 'month']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const bars = lines.map((line) => [line.slice(0, 7), (line.match(/█/g) ?? []).length, Number(line.split(' ').at(-1))] as const);
    const longest = bars.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(longest[0]).toBe('2020-02');
    expect(longest[2]).toBe((await bundledDates()).filter((date) => date.startsWith('2020-02')).length);
    expect(lines).toContain('2020-04  0');
    expect(bars.map((b) => b[0])).toEqual([...bars.map((b) => b[0])].sort());
    const yearOnly = (await bundledDates()).filter((date) => date.length === 4).length;
    expect(result.stderr).toBe(`clic: ${yearOnly} ${yearOnly === 1 ? 'entry' : 'entries'} dated by year only left out of the timeline (see --by year)\n`);
  });

  it.each(STATS_KEYS)('--by %s: JSON and TSV give the same numbers', async (by) => {
    const json = JSON.parse((await clic(['stats', '--by', by, '--format', 'json'])).stdout);
    const tsv = (await clic(['stats', '--by', by, '--format', 'tsv'])).stdout;
    const [header, ...rows] = tsv.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(header).toEqual([by, 'count']);
    expect(rows).toEqual(json.counts.map((c: Record<string, unknown>) => [c[by], String(c.count)]));
    expect(json.by).toBe(by);
    expect(json.entries).toBe((await bundledDates()).length);
  });

  it.each(['year', 'type', 'outlet'] as const)('--by %s counts every entry once', async (by) => {
    const json = JSON.parse((await clic(['stats', '--by', by, '--format', 'json'])).stdout);
    expect(json.counts.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe((await bundledDates()).length);
    expect(json.excluded).toBe(0);
  });

  it('applies the filters of list', async () => {
    const stats = JSON.parse((await clic(['stats', '--by', 'type', '--type', 'video,podcast', '--year', '2020', '--format', 'json'])).stdout);
    const listed = (await clic(['list', '--type', 'video,podcast', '--year', '2020', '--format', 'ids'])).stdout.trim().split('\n');
    expect(stats.counts.map((c: { type: string }) => c.type).sort()).toEqual(['podcast', 'video']);
    expect(stats.entries).toBe(listed.length);
  });
});

describe('clic stats as a person sees it', () => {
  it.each([40, 80, 120])('fits a %i-column terminal', async (columns) => {
    const result = await clic(['stats', '--by', 'outlet', '--color', 'never'], { tty: true, columns });
    for (const line of result.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThan(columns);
  });

  it.each<[string, string[], Record<string, string>, boolean, boolean]>([
    ['colour on a terminal', [], {}, true, true],
    ['no colour in a pipe', [], {}, false, false],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['--color always in a pipe', ['--color', 'always'], {}, false, true],
  ])('%s', async (_name, args, env, tty, coloured) => {
    const result = await clic(['stats', '--by', 'month', ...args], { tty, env: { TERM: 'xterm', ...env } });
    expect(ANSI.test(result.stdout)).toBe(coloured);
    expect(result.stdout).toContain('█');
  });
});

describe('clic stats on other corpora', () => {
  it('says when nothing matches, and succeeds', async () => {
    const result = await clic(['stats', '--outlet', 'no such outlet']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'clic: no entry matches the filters\n' });
  });

  it('says how many entries have no tags', async () => {
    const corpus = makeCorpus({ 'a.md': entryText({ tags: '[ia]' }), 'b.md': entryText(), 'c.md': entryText() });
    const result = await clic(['stats', '--by', 'tag', '--corpus', corpus, '--format', 'tsv']);
    expect(result.stdout).toBe('tag\tcount\nia\t1\n');
    expect(result.stderr).toBe('clic: 2 entries have no tags and are not counted\n');
  });

  it('skips a broken file and says so', async () => {
    const corpus = makeCorpus({ 'a.md': entryText(), 'broken.md': 'no front matter' });
    const result = await clic(['stats', '--corpus', corpus, '--format', 'tsv']);
    expect(result.stdout).toBe('year\tcount\n2020\t1\n');
    expect(result.stderr).toMatch(/1 file skipped/);
  });

  it.each([
    [['--by', 'yaer'], /argument 'yaer' is invalid. Did you mean year\? Allowed choices are year, month, type, outlet, tag/],
    [['--bye', 'month'], /unknown option '--bye'[\s\S]*Did you mean --by\?/],
    [['--format', 'csv'], /Allowed choices are text, json, tsv/],
    [['--type', 'vidoe'], /did you mean `video`/],
  ])('%j is a usage error', async (args, message) => {
    const result = await clic(['stats', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('suggests the command for a typo', async () => {
    const result = await clic(['stat']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Did you mean stats\?/);
  });
});
