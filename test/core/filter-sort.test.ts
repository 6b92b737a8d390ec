import { describe, expect, it } from 'vitest';
import { applyFilter, EMPTY_FILTER, type FilterSpec } from '../../src/core/filter.js';
import type { Entry } from '../../src/core/schema.js';
import { sortEntries } from '../../src/core/sort.js';

function entry(id: string, fields: Partial<Entry> = {}): Entry {
  return {
    id, path: `${id}.md`, title: id, type: 'interview', date: '2020-01-01', outlet: 'Outlet',
    program: null, issue: null, place: null, language: null, url: null, people: [], tags: [],
    related: [], updates: [], key: null, bodyLine: 1, lines: {}, ...fields,
  };
}

const entries = [
  entry('a', { date: '2020-05', type: 'video', outlet: 'France Inter', tags: ['micro-travail'], language: 'fr' }),
  entry('b', { date: '2020-05-14', type: 'podcast', outlet: 'Europe 1', people: [{ name: 'Marie-Amélie Carpio', role: 'interviewer' }] }),
  entry('c', { date: '2020', type: 'press', outlet: 'L’Œuvre', language: 'en' }),
  entry('d', { date: '2021-01-02', type: 'video', outlet: 'Nova' }),
];
const ids = (spec: Partial<FilterSpec>) => applyFilter(entries, { ...EMPTY_FILTER, ...spec }).map((e) => e.id);

describe('applyFilter', () => {
  it.each<[string, Partial<FilterSpec>, string[]]>([
    ['no filter', {}, ['a', 'b', 'c', 'd']],
    ['one type', { types: ['video'] }, ['a', 'd']],
    ['any of two types', { types: ['video', 'press'] }, ['a', 'c', 'd']],
    ['outlet part, any case', { outlets: ['INTER'] }, ['a']],
    ['outlet with ligature and apostrophe folded', { outlets: ["l'oeuvre"] }, ['c']],
    ['person without accents', { people: ['marie-amelie'] }, ['b']],
    ['tag part', { tags: ['travail'] }, ['a']],
    ['language', { languages: ['FR'] }, ['a']],
    ['ids', { ids: ['b', 'd', 'zz'] }, ['b', 'd']],
    ['since inside a month span', { since: '2020-05-15' }, ['a', 'c', 'd']],
    ['until the end of a year', { until: '2020-12-31' }, ['a', 'b', 'c']],
    ['a range that only partial dates overlap', { since: '2020-05-20', until: '2020-05-25' }, ['a', 'c']],
    ['a year', { years: [{ first: '2021-01-01', last: '2021-12-31' }] }, ['d']],
    ['different flags must all hold', { types: ['video'], outlets: ['nova'] }, ['d']],
    // Two values of one flag: any of them, never all (`some`, not `every`).
    ['any of two outlets', { outlets: ['inter', 'nova'] }, ['a', 'd']],
    ['any of two people', { people: ['carpio', 'nobody'] }, ['b']],
    ['any of two tags', { tags: ['travail', 'absent'] }, ['a']],
    ['any of two years', { years: [{ first: '2019-01-01', last: '2019-12-31' }, { first: '2021-01-01', last: '2021-12-31' }] }, ['d']],
    ['any of two languages', { languages: ['de', 'en'] }, ['c']],
    // The boundary day: an entry dated 2020-05 covers May 31, and so does 2020-05-14's day itself.
    ['since the last day a month covers', { since: '2020-05-31' }, ['a', 'c', 'd']],
    ['until the first day a month covers', { until: '2020-05-01' }, ['a', 'c']],
    ['since and until on one exact day', { since: '2020-05-14', until: '2020-05-14' }, ['a', 'b', 'c']],
  ])('%s', (_name, spec, expected) => expect(ids(spec)).toEqual(expected));
});

describe('sortEntries', () => {
  it('puts the newest first, a partial date after the full dates it covers, ties by id', () => {
    const tied = [...entries, entry('aa', { date: '2020-05' })];
    expect(sortEntries(tied).map((e) => e.id)).toEqual(['d', 'b', 'a', 'aa', 'c']);
  });

  it('orders a year, its first month and its first day by precision', () => {
    const dated = ['2020-01-01', '2020', '2020-01'].map((date, i) => entry(`e${i}`, { date }));
    expect(sortEntries(dated, 'date', true).map((e) => e.date)).toEqual(['2020', '2020-01', '2020-01-01']);
    expect(sortEntries(dated).map((e) => e.date)).toEqual(['2020-01-01', '2020-01', '2020']);
  });

  it('reverses the date order but still breaks ties by id', () => {
    const tied = [...entries, entry('aa', { date: '2020-05' })];
    expect(sortEntries(tied, 'date', true).map((e) => e.id)).toEqual(['c', 'a', 'aa', 'b', 'd']);
  });

  it('sorts outlets A to Z ignoring accents and case', () => {
    expect(sortEntries(entries, 'outlet').map((e) => e.outlet)).toEqual(['Europe 1', 'France Inter', 'L’Œuvre', 'Nova']);
  });
});
