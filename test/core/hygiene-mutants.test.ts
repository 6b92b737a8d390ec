// The warnings `clic validate` adds across entries, checked on entries in memory: which spelling
// of a name is the usual one, where the warning points, and when two entries are one appearance
// (found by mutation testing, issue 14).
import { describe, expect, it } from 'vitest';
import { hygieneProblems, nameKey, titleSimilarity, urlKey } from '../../src/core/hygiene.js';
import type { Entry } from '../../src/core/schema.js';
import { makeEntry } from '../support/entry.js';

const by = (id: string, ...names: string[]): Entry =>
  makeEntry({ id, outlet: `Outlet ${id}`, title: `Title ${id}`, people: names.map((name) => ({ name, role: 'author' })) });
const messages = (entries: Entry[]) => hygieneProblems(entries).map((p) => `${p.path}:${p.line}: ${p.field}: ${p.message}`);

describe('nameKey', () => {
  it.each([
    ['J. R. R. Tolkien', 'j tolkien'],
    ['A. Casilli', 'a casilli'],
    ['Casilli A.', 'casilli a'],
    ['Antonio AB Casilli', 'antonio ab casilli'],
    ['  Paola \t Tubaro ', 'paola tubaro'],
    ['Marie - Amélie Carpio', 'marie-amelie carpio'],
    ['Marie-Amélie  Carpio', 'marie-amelie carpio'],
    ['Marie -Amélie Carpio', 'marie-amelie carpio'],
    ['Marie- Amélie Carpio', 'marie-amelie carpio'],
  ])('%j is compared as %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('one person written two ways', () => {
  it('takes the most used spelling as the usual one', () => {
    expect(messages([by('a', 'antonio casilli'), by('b', 'Antonio Casilli'), by('c', 'Antonio Casilli')])).toEqual([
      'a.md:1: people[1]: `antonio casilli` is written `Antonio Casilli` elsewhere (2 times)',
    ]);
  });

  it('on a tie, the longer spelling (it keeps the initial), then the first in code-unit order', () => {
    expect(messages([by('a', 'Antonio Casilli'), by('b', 'Antonio A. Casilli'), by('c', 'Antonio Casilli'), by('d', 'Antonio A. Casilli')])).toEqual([
      'a.md:1: people[1]: `Antonio Casilli` is written `Antonio A. Casilli` elsewhere (2 times)',
      'c.md:1: people[1]: `Antonio Casilli` is written `Antonio A. Casilli` elsewhere (2 times)',
    ]);
    expect(messages([by('a', 'paola tubaro'), by('b', 'Paola Tubaro'), by('c', 'paola tubaro'), by('d', 'Paola Tubaro')])).toEqual([
      'a.md:1: people[1]: `paola tubaro` is written `Paola Tubaro` elsewhere (2 times)',
      'c.md:1: people[1]: `paola tubaro` is written `Paola Tubaro` elsewhere (2 times)',
    ]);
    expect(messages([by('a', 'Paola Tubaro'), by('b', 'paola tubaro'), by('c', 'Paola Tubaro'), by('d', 'paola tubaro')])).toEqual([
      'b.md:1: people[1]: `paola tubaro` is written `Paola Tubaro` elsewhere (2 times)',
      'd.md:1: people[1]: `paola tubaro` is written `Paola Tubaro` elsewhere (2 times)',
    ]);
  });

  it('points at the people line and the person’s place in the list, with the usual spelling as the hint', () => {
    const entry = makeEntry({ id: 'x', people: [{ name: 'Paola Tubaro', role: 'author' }, { name: 'A.  Casilli', role: 'author' }], lines: { people: 7 } });
    const [problem, ...more] = hygieneProblems([entry, by('y', 'A. Casilli'), by('z', 'A. Casilli')]);
    expect(more).toEqual([]);
    expect(problem).toEqual({
      path: 'x.md', line: 7, field: 'people[2]', severity: 'warning',
      message: '`A.  Casilli` is written `A. Casilli` elsewhere (2 times)',
      hint: 'write one person one way, or every bibliography lists two: name: A. Casilli',
    });
  });

  it('says nothing when every entry writes the person the same way', () => {
    expect(messages([by('a', 'Paola Tubaro', 'Paola Tubaro'), by('b', 'Paola Tubaro')])).toEqual([]);
  });
});

describe('urlKey', () => {
  it.each([
    ['https://example.org/a?utm_medium=x&id=1&fbclid=2&gclid=3', 'example.org/a?id=1'],
    ['https://example.org/a?fbclidx=1&xutm_source=2&gclidx=3', 'example.org/a?fbclidx=1&xutm_source=2&gclidx=3'],
    ['https://awww.example.org/', 'awww.example.org'],
    ['https://example.org/a///', 'example.org/a'],
    ['https://www2.example.org/', 'www2.example.org'],
    ['https://example.org/www./a', 'example.org/www./a'],
    ['not a url', 'not a url'],
  ])('%j is compared as %j', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });
});

describe('titleSimilarity', () => {
  it.each([
    ['', '', 1],
    ['!!', '« »', 1],
    ['', 'Un titre', 0],
    ['Les forçats', 'Les forçats du clic', 4 / 6],
    ['Les forçats', 'Les forçats clic', 0.8],
  ])('%j and %j: %d', (a, b, score) => {
    expect(titleSimilarity(a, b)).toBeCloseTo(score, 10);
  });
});

describe('one appearance entered twice', () => {
  const sameDay = (id: string, title: string, fields: Partial<Entry> = {}): Entry => makeEntry({ id, title, outlet: 'Libération', date: '2021-03-04', people: [], ...fields });

  it('a near-identical title is one from a similarity of 0.8 up', () => {
    expect(messages([sameDay('a', 'Les forçats'), sameDay('b', 'Les forçats clic')])).toEqual([
      'b.md:1: title: probably the same appearance as `a` (the same outlet and date, and a near-identical title)',
    ]);
    expect(messages([sameDay('a', 'Les forçats du'), sameDay('b', 'Les forçats du clic numérique')])).toEqual([]);
  });

  it('reports the later id, whatever the order entries come in, at the title or url line', () => {
    const problems = hygieneProblems([sameDay('b', 'Un titre', { lines: { title: 2 } }), sameDay('a', 'Un titre')]);
    expect(problems).toEqual([{
      path: 'b.md', line: 2, field: 'title', severity: 'warning',
      message: 'probably the same appearance as `a` (the same outlet and date, and a near-identical title)',
      hint: 'merge the two files, or tell them apart (a.md)',
    }]);
    expect(messages([sameDay('b', 'Deux', { url: 'https://example.org/x', lines: { url: 6 } }), sameDay('a', 'Un', { url: 'https://example.org/x' })])).toEqual([
      'b.md:6: url: probably the same appearance as `a` (the same URL)',
    ]);
  });

  it('says one thing about an entry with the same URL and title: the URL', () => {
    expect(messages([sameDay('a', 'Un titre', { url: 'https://example.org/x' }), sameDay('b', 'Un titre', { url: 'https://example.org/x' })])).toEqual([
      'b.md:1: url: probably the same appearance as `a` (the same URL)',
    ]);
  });

  it('compares titles only within one outlet (any case or accent) and one date', () => {
    expect(messages([sameDay('a', 'Un titre'), sameDay('b', 'Un titre', { outlet: ' liberation ' })])).toHaveLength(1);
    expect(messages([sameDay('a', 'Un titre'), sameDay('b', 'Un titre', { outlet: 'Le Monde' })])).toEqual([]);
    expect(messages([sameDay('a', 'Un titre'), sameDay('b', 'Un titre', { date: '2021-03-05' })])).toEqual([]);
  });

  // Past 50 entries of one outlet and day, only the same words are looked up, so the cost stays linear.
  const crowd = (n: number) => Array.from({ length: n }, (_, i) => sameDay(`e${String(i).padStart(3, '0')}`, `Sujet numéro ${i}`));

  it('compares pairwise up to 50 entries of one outlet and day', () => {
    expect(messages([...crowd(50), sameDay('z', 'Sujet numéro 7 bis')])).toEqual([
      'z.md:1: title: probably the same appearance as `e007` (the same outlet and date, and a near-identical title)',
    ]);
  });

  it('past 50, finds a title with the same words only, against the first that had them', () => {
    expect(messages([...crowd(51), sameDay('z', 'Sujet numéro 7 bis')])).toEqual([]);
    expect(messages([...crowd(51), sameDay('x', 'lune soleil'), sameDay('y', 'lunes oleil')])).toEqual([]);
    expect(messages([...crowd(51), sameDay('y', 'numéro 7 SUJET'), sameDay('z', 'Sujet, numéro 7')])).toEqual([
      'y.md:1: title: probably the same appearance as `e007` (the same outlet and date, and a near-identical title)',
      'z.md:1: title: probably the same appearance as `e007` (the same outlet and date, and a near-identical title)',
    ]);
  });
});

describe('a spelling used once', () => {
  it('is said once, not "1 times"', () => {
    expect(messages([by('a', 'Antonio Casilli'), by('b', 'Antonio A. Casilli')])).toEqual([
      'a.md:1: people[1]: `Antonio Casilli` is written `Antonio A. Casilli` elsewhere (once)',
    ]);
  });
});
