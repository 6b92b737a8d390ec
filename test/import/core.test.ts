// The pure steps of the import: dates, day order, languages, types, duplicates, cleaning.
// (The fast-check properties over whole imports are in properties.test.ts.)
import { describe, expect, it } from 'vitest';
import { cleanLine, languageCode } from '../../src/core/import/clean.js';
import { decideDayOrder, readDate } from '../../src/core/import/dates.js';
import { detectFormat } from '../../src/core/import/detect.js';
import { nearlySameTitle, normaliseUrl } from '../../src/core/import/duplicates.js';
import { readClicNote } from '../../src/core/import/mapping.js';
import { creatorToPerson } from '../../src/core/import/people.js';

describe('readDate', () => {
  it.each([
    ['2020-10-15', 'month-first', '2020-10-15'],
    ['2025-10-22 00:00:00', 'month-first', '2025-10-22'],
    ['2022-04-09T23:30:00-05:00', 'month-first', '2022-04-09'],
    ['2024-12', 'month-first', '2024-12'],
    ['2024', 'month-first', '2024'],
    ['5/14/26', 'month-first', '2026-05-14'],
    ['01/18/2025', 'month-first', '2025-01-18'],
    ['15/10/2020', 'day-first', '2020-10-15'],
    ['March 15, 2024', 'month-first', '2024-03-15'],
    ['15 mars 2020', 'month-first', '2020-03-15'],
    ['1er février 2021', 'month-first', '2021-02-01'],
    ['Sept. 2019', 'month-first', '2019-09'],
    ['2020/05//', 'month-first', '2020-05'],
    ['2020///', 'month-first', '2020'],
    ['2020/08/18/', 'month-first', '2020-08-18'],
  ] as const)('%s (%s) → %s', (text, order, date) => {
    expect(readDate(text, order)).toBe(date);
  });

  it.each(['', 'sometime', '2020-02-30', '13/13/2020', 'Smarch 3, 2020', '0999'])('%j is no date', (text) => {
    expect(readDate(text)).toBeUndefined();
  });
});

describe('decideDayOrder', () => {
  it('reads day first when a first number is above 12, and month first when a second is', () => {
    expect(decideDayOrder(['3/4/2020', '25/12/2020'])).toMatchObject({ order: 'day-first', ambiguous: false });
    expect(decideDayOrder(['3/4/2020', '12/25/2020'])).toMatchObject({ order: 'month-first', ambiguous: false });
  });

  it('says when nothing settles the order, or when the file mixes both', () => {
    expect(decideDayOrder(['3/4/2020', '1/2/2020'])).toMatchObject({ order: 'month-first', ambiguous: true });
    expect(decideDayOrder(['25/1/2020', '1/25/2020']).ambiguous).toBe(true);
    expect(decideDayOrder(['2020-01-02']).reason).toBeUndefined();
  });
});

describe('cleaning', () => {
  it.each([
    ['Azerbaijani', 'az'], ['French', 'fr'], ['français', 'fr'], ['Deutsch', 'de'], ['fr-CA', 'fr'], ['EN', 'en'], ['ngerman', 'de'], ['Klingon', undefined],
  ])('language %s → %s', (name, code) => {
    expect(languageCode(name)).toBe(code);
  });

  it('strips HTML, decodes entities and LaTeX accents, and gives the link of an <a href> title', () => {
    expect(cleanLine('  <a href="https://x.org/a?b=1&amp;c=2">Caf{\\\'e} &amp; <i>cie</i></a> ')).toEqual({
      text: 'Café & cie', changes: ['HTML removed', 'entities or LaTeX accents decoded', 'spaces trimmed'], href: 'https://x.org/a?b=1&c=2',
    });
    expect(cleanLine('a < b').text).toBe('a < b');
  });
});

describe('duplicates', () => {
  it('compares URLs without scheme, www, tracking parameters, fragment or trailing slash', () => {
    expect(normaliseUrl('http://www.Example.org/a/?utm_source=x#top')).toBe(normaliseUrl('https://example.org/a'));
    expect(normaliseUrl('https://youtu.be/abc')).toBe(normaliseUrl('https://www.youtube.com/watch?v=abc'));
    // Share links: the same video whatever `si`, `t`, `feature` or playlist they carry.
    expect(normaliseUrl('https://www.youtube.com/watch?v=abc&si=XyZ12&t=42s')).toBe('youtube.com/watch?v=abc');
    expect(normaliseUrl('https://youtube.com/watch?feature=shared&v=abc&list=PL1')).toBe(normaliseUrl('https://youtu.be/abc?si=Q9'));
    expect(normaliseUrl('https://www.youtube.com/watch?v=abd')).not.toBe(normaliseUrl('https://youtu.be/abc'));
    expect(normaliseUrl('https://example.org/a?id=1')).not.toBe(normaliseUrl('https://example.org/a?id=2'));
  });

  it('takes titles a few characters apart as the same, and different titles as different', () => {
    expect(nearlySameTitle('Les forçats du clic', 'Les forcats du clic !')).toBe(true);
    expect(nearlySameTitle('Les forçats du clic', 'Les travailleurs du clic')).toBe(false);
    expect(nearlySameTitle('Episode 11: ghost work', 'Episode 12: ghost work')).toBe(false);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.bib', '', 'bibtex'], ['-', '---\n---\n@article{a, title={x}}', 'bibtex'], ['-', '[{"type":"book"}]', 'csl-json'],
    ['-', 'TY  - NEWS\r\nER  - \r\n', 'ris'], ['-', '- date: 2020\n  title: x\n', 'yaml'], ['-', '---\ntitle: x\n---\nbody', 'markdown'],
    ['-', 'title,outlet\nx,y\n', 'csv'], ['page.md', 'title,outlet', 'markdown'],
  ] as const)('%s holding %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

describe('readClicNote: the notes clic\'s exports write, in English or French', () => {
  it.each([
    ['Interviewer: Marie-Amélie Carpio; Guests: A B, C D', { credits: [{ name: 'Marie-Amélie Carpio', role: 'interviewer' }, { name: 'A B', role: 'guest' }, { name: 'C D', role: 'guest' }] }],
    ['Modérateur : Florent Le Bot ; Organisateur : Nathalie Barnault', { credits: [{ name: 'Florent Le Bot', role: 'moderator' }, { name: 'Nathalie Barnault', role: 'organizer' }] }],
    // BibTeX's `Invit{\'{e}}s` decodes to e + a combining accent.
    ['Invite\u0301s : Antonio Casilli', { credits: [{ name: 'Antonio Casilli', role: 'guest' }] }],
    ['Émission : Petits déjeuners Durkheim', { program: 'Petits déjeuners Durkheim' }],
    ['Section: Idées', { program: 'Idées' }],
    ['Entretien', { medium: 'interview' }],
    ['Tribune', { medium: 'op-ed' }],
    ['Événement', { medium: 'event' }],
    ['Prix', { medium: 'award' }],
  ] as const)('%s', (note, read) => {
    expect(readClicNote(note)).toEqual(read);
  });

  it.each(['Radio broadcast, with Mathieu Vidard', 'Note: see also the video', 'Guests: A; and more', 'Entretien réalisé par téléphone'])('%s is not one', (note) => {
    expect(readClicNote(note)).toBeUndefined();
  });
});

describe('creatorToPerson', () => {
  it('writes an organisation as an `org` item, and a person as a name', () => {
    expect(creatorToPerson({ literal: 'France Télévisions' }, 'director')).toEqual({ person: { name: 'France Télévisions', role: 'director', org: true }, organisation: true });
    expect(creatorToPerson({ family: 'Poulain', given: 'Henri' }, 'director')).toEqual({ person: { name: 'Henri Poulain', role: 'director' }, organisation: false });
  });
});
