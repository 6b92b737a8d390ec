import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignCitationKeys, familyStem, keyStem, significantWord, suffix } from '../../src/core/keys.js';
import type { Entry, Person } from '../../src/core/schema.js';
import { readCorpus } from '../../src/fs/read-corpus.js';
import { BUNDLED_CORPUS } from '../support/cli.js';
import { makeEntry } from '../support/entry.js';

/** An entry with only what keys read set. */
function entry(id: string, fields: { title?: string; date?: string; outlet?: string; people?: Person[]; key?: string | null } = {}): Entry {
  return makeEntry({ id, ...fields, key: fields.key ?? null });
}
const person = (name: string): Person => ({ name, role: 'author' });

describe('keyStem', () => {
  it.each([
    ['the first person, the year, the first significant word', entry('a'), 'casilli2020ouvriers'],
    ['elided articles are skipped', entry('a', { title: '« L’avènement du dresseur »' }), 'casilli2020avenement'],
    ['short words and numbers are skipped', entry('a', { title: '17 minutes de gagnées' }), 'casilli2020minutes'],
    ['English stop words are skipped', entry('a', { title: 'The Rise of the Machines' }), 'casilli2020rise'],
    ['a partial date gives its year', entry('a', { date: '2019-01' }), 'casilli2019ouvriers'],
    ['the first person whatever the role', entry('a', { people: [{ name: 'Marie-Amélie Carpio', role: 'interviewer' }, person('Antonio Casilli')] }), 'carpio2020ouvriers'],
    ['a capitalised particle belongs to the family name', entry('a', { people: [person('Florent Le Bot')] }), 'lebot2020ouvriers'],
    ['a lower-case particle does not', entry('a', { people: [person('Charles de Gaulle')] }), 'gaulle2020ouvriers'],
    ['a suffix is not the family name', entry('a', { people: [person('Martin Luther King Jr.')] }), 'king2020ouvriers'],
    ['a name kept whole: before its comma', entry('a', { people: [person('Smith, John')] }), 'smith2020ouvriers'],
    ['no person: the outlet, without articles', entry('a', { people: [], outlet: 'Le Monde' }), 'monde2020ouvriers'],
    ['no person: two words of the outlet', entry('a', { people: [], outlet: 'Éditions du Seuil' }), 'editionsseuil2020ouvriers'],
    ['a name with no Latin letter: the outlet', entry('a', { people: [person('毛泽东')], outlet: 'France Inter' }), 'franceinter2020ouvriers'],
    ['nothing in Latin letters: anon', entry('a', { people: [], outlet: 'Известия', title: 'Заголовок' }), 'anon2020'],
    ['a title with no significant word', entry('a', { title: 'Le 17' }), 'casilli2020'],
    ['an organisation: its first significant word', entry('a', { people: [{ name: 'France Télévisions', role: 'director', org: true }] }), 'france2020ouvriers'],
    ['an organisation without its article', entry('a', { people: [{ name: 'La Quadrature du Net', role: 'speaker', org: true }] }), 'quadrature2020ouvriers'],
    ['a one-word name', entry('a', { people: [person('Madonna')] }), 'madonna2020ouvriers'],
    ['a suffix after a comma', entry('a', { people: [person('Martin Luther King, Jr.')] }), 'king2020ouvriers'],
  ])('%s', (_, value, stem) => {
    expect(keyStem(value)).toBe(stem);
  });

  it('is ASCII letters and digits only, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, name, outlet) => {
        expect(keyStem(entry('a', { title, outlet, people: [person(name)] }))).toMatch(/^[a-z]+\d{4}[a-z]*$/);
      }),
    );
  });
});

describe('parts of a stem', () => {
  it.each([
    ['Antonio A. Casilli', 'casilli'],
    ['Zoë Đorđević-Ångström', 'dordevicangstrom'],
    ['Jean de La Fontaine', 'lafontaine'],
    ['Tom and Jerry', 'jerry'],
  ])('familyStem(%j) = %j', (name, stem) => {
    expect(familyStem(name)).toBe(stem);
  });

  it.each([
    ['Les ouvriers du clic', 'ouvriers'],
    ['N’oubliez pas que derrière nos écrans', 'oubliez'],
    ['Comment Apple vous écoute', 'apple'],
    ["À la plage", "plage"],
    ['', ''],
  ])('significantWord(%j) = %j', (title, word) => {
    expect(significantWord(title)).toBe(word);
  });

  it.each([
    [0, 'a'], [1, 'b'], [25, 'z'], [26, 'aa'], [27, 'ab'], [51, 'az'], [52, 'ba'], [701, 'zz'], [702, 'aaa'],
  ])('suffix(%i) = %j', (n, text) => {
    expect(suffix(n)).toBe(text);
  });
});

describe('assignCitationKeys', () => {
  const keysOf = (entries: Entry[]): Record<string, string> => Object.fromEntries(assignCitationKeys(entries).byId);

  it('gives a lone stem no suffix', () => {
    expect(keysOf([entry('a'), entry('b', { title: 'Autre chose' })])).toEqual({ a: 'casilli2020ouvriers', b: 'casilli2020autre' });
  });

  it('gives a, b… to the entries that share a whole stem, by date then id', () => {
    const keys = keysOf([
      entry('z-late', { date: '2020-12-01' }),
      entry('b-same-day'),
      entry('a-same-day'),
      entry('month-only', { date: '2020-10' }),
      entry('other', { title: 'Autre chose' }),
    ]);
    expect(keys).toEqual({
      'month-only': 'casilli2020ouvriersa',
      'a-same-day': 'casilli2020ouvriersb',
      'b-same-day': 'casilli2020ouvriersc',
      'z-late': 'casilli2020ouvriersd',
      other: 'casilli2020autre',
    });
  });

  it('takes the front-matter key and keeps it from generated keys, ignoring case', () => {
    const keys = keysOf([entry('mine', { key: 'Casilli2020Ouvriers', title: 'Autre' }), entry('generated')]);
    expect(keys).toEqual({ mine: 'Casilli2020Ouvriers', generated: 'casilli2020ouvriersa' });
  });

  it('skips a suffix that a front-matter key holds', () => {
    const keys = keysOf([entry('x', { key: 'casilli2020ouvriersa', title: 'Autre' }), entry('a'), entry('b')]);
    expect(keys).toEqual({ x: 'casilli2020ouvriersa', a: 'casilli2020ouvriersb', b: 'casilli2020ouvriersc' });
  });

  it('suffixes a front-matter key that several entries set, and says so', () => {
    const result = assignCitationKeys([entry('b', { key: 'same' }), entry('a', { key: 'same' })]);
    expect(Object.fromEntries(result.byId)).toEqual({ a: 'samea', b: 'sameb' });
    expect(result.sharedKeys).toEqual(['same']);
  });

  it('gives the bundled corpus unique ASCII keys that BibTeX and biber accept', () => {
    const { entries } = readCorpus(BUNDLED_CORPUS);
    const keys = [...assignCitationKeys(entries).byId.values()];
    expect(keys).toHaveLength(entries.length);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9]*$/);
    expect(keys).toContain('casilli2020ouvriers');
  });

  const arbitraryEntry = fc.record({
    id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    // Few names, years and words, so that stems are often shared.
    name: fc.constantFrom('Antonio Casilli', 'Florent Le Bot', 'Charles de Gaulle', ''),
    date: fc.constantFrom('2019', '2020-05', '2020-05-14', '2020-05-15'),
    title: fc.constantFrom('Les ouvriers', 'Ouvriers du clic', 'Grand entretien', 'Grande enquête', 'Le 17'),
    key: fc.option(fc.constantFrom('casilli2020ouvriersa', 'mine', 'gaulle2020grand'), { freq: 5 }),
  }).map(({ id, name, date, title, key }) => entry(id, { date, title, key, people: name ? [person(name)] : [], outlet: 'Le Monde' }));

  it('never changes the key of an entry of another stem when an entry is added', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry, { selector: (e) => e.id, maxLength: 12 }), arbitraryEntry, (entries, added) => {
        fc.pre(!entries.some((e) => e.id === added.id));
        const before = assignCitationKeys(entries).byId;
        const after = assignCitationKeys([...entries, added]).byId;
        const addedStem = (added.key ?? keyStem(added)).toLowerCase();
        for (const other of entries) {
          const otherStem = (other.key ?? keyStem(other)).toLowerCase();
          // The documented exception: the new stem (or key) is this stem, or one of the keys its suffixes could take.
          if (addedStem.startsWith(otherStem) && /^[a-z]*$/.test(addedStem.slice(otherStem.length))) continue;
          expect(after.get(other.id)).toBe(before.get(other.id));
        }
      }),
    );
  });

  it('keeps keys unique however entries collide', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry, { selector: (e) => e.id, maxLength: 20 }), (entries) => {
        const keys = [...assignCitationKeys(entries).byId.values()].map((k) => k.toLowerCase());
        expect(new Set(keys).size).toBe(entries.length);
      }),
    );
  });
});
