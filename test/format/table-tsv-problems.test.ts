// The table, TSV and validate writers, each checked against text written out by hand.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problem.js';
import { plainPaint, type Paint } from '../../src/format/paint.js';
import { formatProblemsText, problemsToJson, summarize } from '../../src/format/problems.js';
import { fitWidths, formatTable, type TableRow } from '../../src/format/table.js';
import { formatEntriesTsv, formatIds, formatTsv } from '../../src/format/tsv.js';
import type { Entry } from '../../src/core/schema.js';

const ROW: TableRow = { date: '2020-05-14', type: 'podcast', outlet: 'France Inter', title: 'Le travail du clic' };
/** A paint that shows where each colour goes, as [kind:text]. */
const marking: Paint = {
  enabled: true,
  bold: (t) => `[b:${t}]`,
  dim: (t) => `[d:${t}]`,
  byType: (type, t) => `[${type}:${t}]`,
  highlight: (t) => `[h:${t}]`,
  error: (t) => `[e:${t}]`,
  warning: (t) => `[w:${t}]`,
};

describe('fitWidths', () => {
  it('keeps date and type whole, gives the outlet what it needs up to 30% of the rest, the title the remainder', () => {
    expect(fitWidths([ROW], 80)).toEqual([10, 7, 12, 45]);
  });

  it('caps the outlet at 30% of what date, type and gaps leave', () => {
    expect(fitWidths([{ ...ROW, outlet: 'O'.repeat(40) }], 100)).toEqual([10, 7, 23, 54]);
  });

  it('never goes below 20 columns for outlet and title, nor 8 for either', () => {
    expect(fitWidths([ROW], 30)).toEqual([10, 7, 8, 12]);
    expect(fitWidths([ROW], 1)).toEqual([10, 7, 8, 12]);
  });

  it('measures the headers when the values are narrower', () => {
    expect(fitWidths([{ date: '2020', type: 'press', outlet: 'A', title: 'B' }], 60)).toEqual([4, 5, 6, 39]);
  });
});

describe('formatTable', () => {
  it('cuts outlet and title with … to fit, two spaces apart, no trailing blanks', () => {
    expect(formatTable([ROW], plainPaint, 30)).toBe('DATE        TYPE     OUTLET    TITLE\n2020-05-14  podcast  France …  Le travail …\n');
  });

  it('bolds the headers and colours the type by its type, which takes no width', () => {
    // ANSI codes, as real paint writes them: the table does not count them as columns.
    const ansi: Paint = { ...plainPaint, enabled: true, bold: (t) => `\u001b[1m${t}\u001b[22m`, byType: (_, t) => `\u001b[35m${t}\u001b[39m` };
    expect(formatTable([ROW], ansi, 30)).toBe(
      '\u001b[1mDATE\u001b[22m        \u001b[1mTYPE\u001b[22m     \u001b[1mOUTLET\u001b[22m    \u001b[1mTITLE\u001b[22m\n' +
      '2020-05-14  \u001b[35mpodcast\u001b[39m  France …  Le travail …\n',
    );
  });

  it('with no row (a filter that matches nothing, on a terminal), prints the headers whole', () => {
    expect(fitWidths([], 80)).toEqual([4, 4, 6, 60]);
    expect(formatTable([], plainPaint, 80)).toBe('DATE  TYPE  OUTLET  TITLE\n');
  });

  it('puts each row on its own line, with no blank line between', () => {
    expect(formatTable([ROW, { ...ROW, date: '2021' }], plainPaint, 30)).toBe(
      'DATE        TYPE     OUTLET    TITLE\n2020-05-14  podcast  France …  Le travail …\n2021        podcast  France …  Le travail …\n',
    );
  });

  it('shows control characters in outlet and title as escapes', () => {
    const text = formatTable([{ ...ROW, outlet: 'A\u001b[2J', title: 'B\u0007' }], plainPaint, 80);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).toContain('A\\x1b[2J');
    expect(text).toContain('B\\x07');
  });
});

describe('formatTsv and formatIds', () => {
  it('escapes backslash, tab, newline and carriage return, one record a line', () => {
    expect(formatTsv(['a', 'b'], [['x\\y', 'tab\there'], ['new\nline', 'cr\rend']])).toBe('a\tb\nx\\\\y\ttab\\there\nnew\\nline\tcr\\rend\n');
  });

  it('writes entries as id, date, type, outlet, title', () => {
    const entry = { id: 'x', date: '2020', type: 'press', outlet: 'O\tutlet', title: 'T' } as unknown as Entry;
    expect(formatEntriesTsv([entry])).toBe('id\tdate\ttype\toutlet\ttitle\nx\t2020\tpress\tO\\tutlet\tT\n');
  });

  it('writes ids one a line, and nothing at all for none', () => {
    expect(formatIds(['a', 'b'])).toBe('a\nb\n');
    expect(formatIds([])).toBe('');
  });
});

const problem = (fields: Partial<Problem>): Problem => ({ path: 'a.md', line: 2, field: 'title', message: 'is empty', severity: 'error', ...fields });

describe('validate output', () => {
  const problems = [problem({}), problem({ path: 'b.md', line: 5, field: 'tags', message: 'odd', severity: 'warning', hint: 'fix it' })];

  it('counts errors and warnings', () => {
    expect(summarize(problems, 3, 1)).toEqual({ files: 3, entries: 1, errors: 1, warnings: 1 });
    expect(summarize([], 1, 1)).toEqual({ files: 1, entries: 1, errors: 0, warnings: 0 });
    expect(summarize([...problems, problem({})], 3, 1)).toEqual({ files: 3, entries: 1, errors: 2, warnings: 1 });
  });

  it('paints errors and warnings apart, and ends with the verdict, in the singular when one', () => {
    expect(formatProblemsText(problems, summarize(problems, 3, 1), marking)).toBe(
      '[e:a.md:2: title: is empty]\n[w:b.md:5: tags: warning: odd (fix it)]\n1 error, 1 warning in 2 files (3 files checked, 1 entry loaded)\n',
    );
  });

  it('counts loaded entries in the plural', () => {
    expect(formatProblemsText(problems, summarize(problems, 4, 2), plainPaint).split('\n').at(-2)).toBe('1 error, 1 warning in 2 files (4 files checked, 2 entries loaded)');
  });

  it('says so when there is no problem, with plurals', () => {
    expect(formatProblemsText([], summarize([], 2, 2), plainPaint)).toBe('2 files checked, 2 entries, no problems\n');
    expect(formatProblemsText([], summarize([], 1, 1), plainPaint)).toBe('1 file checked, 1 entry, no problems\n');
  });

  it('escapes control characters from the corpus in the text', () => {
    expect(formatProblemsText([problem({ message: 'bad \u001b]0;x' })], summarize([], 1, 0), plainPaint)).toContain('bad \\x1b]0;x');
  });

  it('gives JSON with a null hint when there is none', () => {
    expect(problemsToJson(problems, summarize(problems, 3, 1))).toEqual({
      files: 3, entries: 1, errors: 1, warnings: 1,
      problems: [
        { path: 'a.md', line: 2, field: 'title', severity: 'error', message: 'is empty', hint: null },
        { path: 'b.md', line: 5, field: 'tags', severity: 'warning', message: 'odd', hint: 'fix it' },
      ],
    });
  });
});
