import { describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus } from '../support/cli.js';

const corpus = makeCorpus({
  'a.md': entryText({ date: '2019-05', type: 'press', outlet: 'Le Monde' }),
  'b.md': entryText({ date: '2019-06', type: 'video', outlet: 'Arte' }),
  'c.md': entryText({ date: '2021-01', type: 'press', outlet: 'le monde' }),
  'd.md': entryText({ date: '2021-02', type: 'press', outlet: 'Libération' }),
});
const stats = (argv: string[]) => clic(['stats', ...argv, '--corpus', corpus]);

describe('clic stats --limit', () => {
  it('keeps the first rows of a ranked view and says how many are left out', async () => {
    const result = await stats(['--by', 'outlet', '--limit', '1', '--format', 'tsv']);
    expect(result).toEqual({ code: 0, stdout: 'outlet\tcount\nLe Monde\t2\n', stderr: 'clic: 2 more outlets not shown (--limit 1)\n' });
  });

  it('is a usage error on a timeline, and for a count that is not one', async () => {
    expect(await stats(['--by', 'year', '--limit', '2'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^clic: --limit keeps the first rows of a ranked view, and --by year is a timeline/) });
    expect((await stats(['--by', 'type', '--limit', 'two'])).code).toBe(2);
  });
});

describe('clic stats --by year --by type', () => {
  it('is a table with its gaps, in text', async () => {
    const result = await stats(['--by', 'year', '--by', 'type']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'year   press  video  total\n' +
        '2019       1      1      2\n' +
        '2020       ·      ·      0\n' +
        '2021       2      ·      2\n' +
        'total      3      1      4\n',
    );
  });

  it('gives the same numbers in TSV and JSON', async () => {
    expect((await stats(['--by', 'year', '--by', 'type', '--format', 'tsv'])).stdout).toBe('year\tpress\tvideo\n2019\t1\t1\n2020\t0\t0\n2021\t2\t0\n');
    const json = JSON.parse((await stats(['--by', 'type', '--by', 'outlet', '--format', 'json'])).stdout);
    expect(json).toEqual({
      by: ['type', 'outlet'],
      entries: 4,
      columns: ['Le Monde', 'Arte', 'Libération'],
      counts: [
        { type: 'press', 'Le Monde': 2, Arte: 0, 'Libération': 1 },
        { type: 'video', 'Le Monde': 0, Arte: 1, 'Libération': 0 },
      ],
    });
  });

  it('--limit cuts the ranked key, not the timeline', async () => {
    expect((await stats(['--by', 'year', '--by', 'outlet', '--limit', '1', '--format', 'tsv'])).stdout).toBe('year\tLe Monde\n2019\t1\n2020\t0\n2021\t1\n');
  });

  it.each([
    [['--by', 'year', '--by', 'year'], /^clic: --by year is given twice/],
    [['--by', 'year', '--by', 'type', '--by', 'tag'], /^clic: --by takes one key, or two for a table/],
  ])('%j is a usage error', async (argv, message) => {
    const result = await stats(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
