// Orders that tests of whole outputs did not pin down: ties, input out of order, the slow path
// of the date sort, ranked stats ties and how outlets are grouped. Found by mutation testing.
import { describe, expect, it } from 'vitest';
import { compareDates, dateOrderKey } from '../../src/core/dates.js';
import { applyFilter, EMPTY_FILTER } from '../../src/core/filter.js';
import { fold } from '../../src/core/fold.js';
import { entryProblems, entryTemplate, newEntryId } from '../../src/core/new-entry.js';
import { closest } from '../../src/core/problem.js';
import type { Entry } from '../../src/core/schema.js';
import { sortEntries } from '../../src/core/sort.js';
import { computeStats } from '../../src/core/stats.js';
import { makeEntry } from '../support/entry.js';

const ids = (entries: readonly Entry[]) => entries.map((e) => e.id);

describe('sortEntries', () => {
  // Given out of id order, so that the "already in order" shortcut cannot be taken.
  const shuffled = [
    makeEntry({ id: 'c', date: '2020-05', title: 'Same', outlet: 'Zeta', type: 'press' }),
    makeEntry({ id: 'a', date: '2020-05', title: 'Same', outlet: 'alpha', type: 'video' }),
    makeEntry({ id: 'b', date: '2021', title: 'Émile', outlet: 'Émile', type: 'interview' }),
  ];

  it('breaks ties by id whatever order the entries come in', () => {
    expect(ids(sortEntries(shuffled))).toEqual(['b', 'a', 'c']);
    expect(ids(sortEntries(shuffled, 'date', true))).toEqual(['a', 'c', 'b']);
    expect(ids(sortEntries(shuffled, 'title'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortEntries(shuffled, 'title', true))).toEqual(['a', 'c', 'b']);
  });

  it('sorts text fields A to Z folded, and reverses them', () => {
    expect(ids(sortEntries(shuffled, 'outlet'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortEntries(shuffled, 'outlet', true))).toEqual(['c', 'b', 'a']);
    expect(ids(sortEntries(shuffled, 'type'))).toEqual(['b', 'c', 'a']);
  });

  it('sorts a date that is not one of the three forms by its text, newest first', () => {
    const odd = [makeEntry({ id: 'x', date: '2019' }), makeEntry({ id: 'y', date: 'someday' }), makeEntry({ id: 'z', date: '2021' })];
    expect(ids(sortEntries(odd))).toEqual(['y', 'z', 'x']);
  });
});

describe('dates as order keys', () => {
  it('compares a date with itself as equal, and a partial date before the full dates it covers', () => {
    expect(compareDates('2020', '2020')).toBe(0);
    expect(compareDates('2020-05', '2020')).toBe(1);
    expect(compareDates('2020', '2020-01')).toBe(-1);
    expect(compareDates('2020-01-01', '2020-01')).toBe(1);
  });

  it('keys a date by its first day, and anything else by its text', () => {
    expect(dateOrderKey('2020')).toBe('2020-01-01 04');
    expect(dateOrderKey('someday')).toBe('someday 07');
  });
});

describe('filters and entries whose date is not a date', () => {
  const odd = [makeEntry({ id: 'odd', date: 'someday' }), makeEntry({ id: 'dated', date: '2020-05' })];

  it('keep them without a date filter and drop them with one', () => {
    expect(ids(applyFilter(odd, EMPTY_FILTER))).toEqual(['odd', 'dated']);
    expect(ids(applyFilter(odd, { ...EMPTY_FILTER, since: '2000-01-01' }))).toEqual(['dated']);
    expect(ids(applyFilter(odd, { ...EMPTY_FILTER, years: [{ first: '2020-01-01', last: '2020-12-31' }] }))).toEqual(['dated']);
  });
});


describe('ranked stats', () => {
  it('orders ties by folded label, and by schema order for types', () => {
    const entries = [
      makeEntry({ id: 'a', outlet: 'Zeta', type: 'press' }),
      makeEntry({ id: 'b', outlet: 'Émile', type: 'interview' }),
      makeEntry({ id: 'c', outlet: 'alpha', type: 'video' }),
    ];
    expect(computeStats(entries, 'outlet').rows.map((r) => r.label)).toEqual(['alpha', 'Émile', 'Zeta']);
    expect(computeStats(entries, 'type').rows.map((r) => r.label)).toEqual(['interview', 'video', 'press']);
  });

  it('groups outlets written with other spacing, but not run together', () => {
    const entries = ['France Inter', ' France  Inter ', 'france\tinter', 'FranceInter'].map((outlet, i) => makeEntry({ id: `e${i}`, outlet }));
    expect(computeStats(entries, 'outlet').rows.map((r) => [r.label, r.count])).toEqual([['France Inter', 3], ['FranceInter', 1]]);
  });

  it('puts a timeline in date order whatever order the entries come in', () => {
    const entries = ['2022', '2020', '2021'].map((date, i) => makeEntry({ id: `e${i}`, date }));
    expect(computeStats(entries, 'year').rows.map((r) => r.label)).toEqual(['2020', '2021', '2022']);
  });
});

describe('the clic new template and id', () => {
  const fields = { type: 'op-ed', date: '2020-05', outlet: 'Libération', title: 'T' };
  const line = (text: string, key: string) => text.split('\n').find((l) => l.startsWith(`${key}: `));

  it('writes a plain type or date only when YAML reads it back as that text', () => {
    expect(line(entryTemplate(fields), 'type')).toBe('type: op-ed');
    expect(line(entryTemplate({ ...fields, type: 'op-' }), 'type')).toBe('type: "op-"');
    expect(line(entryTemplate(fields), 'date')).toBe('date: 2020-05');
    expect(line(entryTemplate({ ...fields, date: '2020' }), 'date')).toBe('date: 2020');
    expect(line(entryTemplate({ ...fields, date: '0999' }), 'date')).toBe('date: "0999"');
    expect(line(entryTemplate({ ...fields, date: 'soon' }), 'date')).toBe('date: "soon"');
    expect(entryTemplate(fields)).toContain('\n# Optional fields: remove the `# ` to use one.\n');
  });

  it('keeps a slug of 40 characters, and cuts a longer one at a word', () => {
    const forty = `${'a'.repeat(20)} ${'b'.repeat(19)}`;
    expect(newEntryId({ date: '2020', outlet: forty })).toBe(`2020-${'a'.repeat(20)}-${'b'.repeat(19)}`);
    expect(newEntryId({ date: '2020', outlet: `${forty} c` })).toBe(`2020-${'a'.repeat(20)}-${'b'.repeat(19)}`);
    expect(newEntryId({ date: '2020', outlet: `${forty}b c` })).toBe(`2020-${'a'.repeat(20)}`);
  });

  it('reports text that is not an entry as its one problem', () => {
    expect(entryProblems('no front matter', 'x', 'x.md').map((p) => p.field)).toEqual(['front-matter']);
  });
});

describe('closest', () => {
  it('takes no prefix of fewer than three letters as near', () => {
    expect(closest('ab', ['abcdef'])).toBeUndefined();
  });
});

describe('fold', () => {
  it('makes a zero-width space, which NFKD keeps, a plain space', () => {
    expect(fold('a\u200bb')).toBe('a b');
  });
});
