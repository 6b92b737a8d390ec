// The link check's report, help reflow and the two-key stats table, against output written out by hand.
import { describe, expect, it } from 'vitest';
import type { CrossStats } from '../../src/core/cross-stats.js';
import type { LinkResult, LinkVerdict } from '../../src/net/check-links.js';
import { formatCrossStatsJson, formatCrossStatsText, formatCrossStatsTsv } from '../../src/format/cross-stats.js';
import { reflowHelp } from '../../src/format/help.js';
import { countVerdicts, formatLinksText, linksToJson } from '../../src/format/links.js';
import { plainPaint, type Paint } from '../../src/format/paint.js';

const marking: Paint = { ...plainPaint, enabled: true, error: (t) => `<e>${t}</e>`, warning: (t) => `<w>${t}</w>` };

const result = (verdict: LinkVerdict, n: number, message = ''): LinkResult => ({
  id: `e${n}`, path: `e${n}.md`, line: n, url: `https://example.org/${n}`, verdict, status: verdict === 'error' ? 404 : 200,
  redirects: verdict === 'redirect' ? [{ status: 301, to: 'https://example.org/moved' }] : [], message,
});

describe('formatLinksText', () => {
  it('writes a line per link that needs attention, errors and warnings painted, then the summary', () => {
    const results = [
      result('ok', 1), result('error', 2, '404 Not Found'), result('redirect', 3, 'moved to https://example.org/moved'),
      result('warning', 4, 'timed out'), result('skipped', 5, 'not http'),
    ];
    expect(formatLinksText(results, marking)).toBe([
      '<e>e2.md:2: url: https://example.org/2: 404 Not Found</e>',
      '<w>e3.md:3: url: redirect: https://example.org/3: moved to https://example.org/moved</w>',
      '<w>e4.md:4: url: warning: https://example.org/4: timed out</w>',
      '5 links checked: 1 ok, 1 redirected, 1 warning, 1 error, 1 not checked',
      '',
    ].join('\n'));
  });

  it('counts in the plural but for one, and says nothing of links not checked when there are none', () => {
    expect(formatLinksText([result('ok', 1)], plainPaint)).toBe('1 link checked: 1 ok, 0 redirected, 0 warnings, 0 errors\n');
    expect(formatLinksText([], plainPaint)).toBe('0 links checked: 0 ok, 0 redirected, 0 warnings, 0 errors\n');
    const many = [result('error', 1, 'a'), result('error', 2, 'b'), result('warning', 3, 'c'), result('warning', 4, 'd'), result('skipped', 5), result('skipped', 6)];
    expect(formatLinksText(many, plainPaint).split('\n').at(-2)).toBe('6 links checked: 0 ok, 0 redirected, 2 warnings, 2 errors, 2 not checked');
  });

  it('escapes control characters a server or a file put in the message or the address', () => {
    const hostile = { ...result('error', 1, 'bad\u001b[2J'), url: 'https://example.org/\u0007' };
    expect(formatLinksText([hostile], plainPaint).split('\n')[0]).toBe('e1.md:1: url: https://example.org/\\x07: bad\\x1b[2J');
  });
});

describe('linksToJson', () => {
  it('gives the count of each verdict and every link with its fields', () => {
    const results = [result('ok', 1), result('redirect', 2, 'moved'), result('skipped', 3)];
    expect(countVerdicts(results)).toEqual({ ok: 1, redirect: 1, warning: 0, error: 0, skipped: 1 });
    expect(linksToJson([results[1]!])).toEqual({
      ok: 0, redirect: 1, warning: 0, error: 0, skipped: 0,
      links: [{ id: 'e2', path: 'e2.md', line: 2, url: 'https://example.org/2', verdict: 'redirect', status: 200, redirects: [{ status: 301, to: 'https://example.org/moved' }], message: 'moved' }],
    });
  });
});

describe('reflowHelp', () => {
  const text = [
    'Lists the entries of the corpus,',
    'newest first,   ',
    'one per line.',
    '',
    'Examples:',
    '  clic list --type video --since 2020',
    'Prose again after the example.',
  ].join('\n');

  it('joins the lines of a paragraph and wraps it, keeping blank lines, headings and indented lines', () => {
    expect(reflowHelp(text, 30)).toBe([
      'Lists the entries of the',
      'corpus, newest first, one per',
      'line.',
      '',
      'Examples:',
      '  clic list --type video --since 2020',
      'Prose again after the example.',
    ].join('\n'));
  });

  it('keeps a heading that follows a paragraph on its own line', () => {
    expect(reflowHelp('Some prose here.\nOptions:\n  --x  an option', 40)).toBe('Some prose here.\nOptions:\n  --x  an option');
  });

  it('leaves the text as it is below 30 columns', () => {
    expect(reflowHelp(text, 29)).toBe(text);
  });

  it('keeps a line indented with a tab as it is', () => {
    expect(reflowHelp('a b c d e f g h i j k l m n o p q r\n\tkept as it is, however long it is here', 30)).toBe('a b c d e f g h i j k l m n o\np q r\n\tkept as it is, however long it is here');
  });
});

describe('formatCrossStatsText', () => {
  const stats: CrossStats = {
    rowsBy: 'year', columnsBy: 'type', rows: ['2019', '2020'], columns: ['interview', 'video'],
    counts: [[2, 0], [1, 10]], entries: 13,
  };

  it('writes labels down, columns across, · for none, a total per row and per column', () => {
    expect(formatCrossStatsText(stats, 80)).toBe([
      'year   interview  video  total',
      '2019           2      ·      2',
      '2020           1     10     11',
      'total          3     10     13',
      '',
    ].join('\n'));
  });

  it('cuts long row labels to 30% of the width, at least 8 columns', () => {
    const outlets: CrossStats = { rowsBy: 'outlet', columnsBy: 'year', rows: ['National Geographic France', 'Le Monde'], columns: ['2020'], counts: [[1], [0]], entries: 1 };
    expect(formatCrossStatsText(outlets, 40)).toBe([
      'outlet        2020  total',
      'National Ge…     1      1',
      'Le Monde         ·      0',
      'total            1      1',
      '',
    ].join('\n'));
    expect(formatCrossStatsText(outlets, 10).split('\n')[1]).toBe('Nationa…     1      1');
  });

  it('writes nothing for no rows', () => {
    expect(formatCrossStatsText({ ...stats, rows: [], counts: [], entries: 0 }, 80)).toBe('');
  });

  it('gives the same numbers as JSON and TSV', () => {
    expect(JSON.parse(formatCrossStatsJson(stats))).toEqual({
      by: ['year', 'type'], entries: 13, columns: ['interview', 'video'],
      counts: [{ year: '2019', interview: 2, video: 0 }, { year: '2020', interview: 1, video: 10 }],
    });
    expect(formatCrossStatsTsv(stats)).toBe('year\tinterview\tvideo\n2019\t2\t0\n2020\t1\t10\n');
  });
});
