import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignCitationKeys } from '../../src/core/keys.js';
import { ENTRY_TYPES, ROLES, type Entry, type QuotedEntry } from '../../src/core/schema.js';
import { CSL_ROLES, CSL_TYPES, formatCslJson } from '../../src/format/csl.js';
import { BUNDLED_CORPUS, fullEntries, ROOT } from '../support/cli.js';
import { idKeys, makeEntry } from '../support/entry.js';

// The official CSL 1.0.2 input schema (see test/fixtures/csl-schema/NOTICE.md).
const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/csl-schema/csl-data.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
const HOSTILE = join(ROOT, 'test/fixtures/export-hostile');

const csl = (...entries: QuotedEntry[]): Record<string, unknown>[] => JSON.parse(formatCslJson(entries, idKeys(entries)).text);

describe('CSL-JSON', () => {
  it.each([['the bundled corpus', BUNDLED_CORPUS], ['the hostile corpus', HOSTILE]])('is valid against the CSL-JSON schema for %s', (_, dir) => {
    const entries = fullEntries(dir);
    const data = JSON.parse(formatCslJson(entries, assignCitationKeys(entries).byId).text);
    expect(data).toHaveLength(entries.length);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('knows every CSL type and name variable it writes', () => {
    const types = schema.items.properties.type.enum as string[];
    for (const type of ENTRY_TYPES) expect(types).toContain(CSL_TYPES[type].type);
    for (const role of ROLES) expect(schema.items.properties).toHaveProperty(CSL_ROLES[role]);
  });

  it('writes an interview with author = interviewee and an interviewer', () => {
    const [item] = csl(makeEntry({
      id: 'k', language: 'fr', issue: 'no. 808', tags: ['a', 'b'], url: 'https://example.org',
      people: [{ name: 'Antonio A. Casilli', role: 'interviewee' }, { name: 'Marie-Amélie Carpio', role: 'interviewer' }],
    }));
    expect(item).toEqual({
      id: 'k', type: 'article-magazine', genre: 'Entretien', title: 'Les ouvriers du clic',
      author: [{ family: 'Casilli', given: 'Antonio A.' }],
      interviewer: [{ family: 'Carpio', given: 'Marie-Amélie' }],
      issued: { 'date-parts': [[2020, 10, 15]] },
      'container-title': 'National Geographic France',
      issue: '808', language: 'fr', URL: 'https://example.org', keyword: 'a, b',
    });
  });

  // The README's CSL table, which the import command reads exports back by.
  it.each([
    ['interview', 'article-magazine', 'genre'],
    ['podcast', 'broadcast', 'medium'],
    ['video', 'motion_picture', 'medium'],
    ['op-ed', 'article-newspaper', 'genre'],
    ['press', 'article-newspaper', null],
    ['award', 'document', 'genre'],
    ['event', 'event', 'genre'],
    ['book', 'book', null],
  ] as const)('writes a %s as %s, its medium in %s, so that the eight types read back apart', (clicType, type, variable) => {
    const [item] = csl(makeEntry({ type: clicType, language: 'fr' }));
    expect(item).toMatchObject({ type });
    expect(Object.keys(item!).filter((key) => key === 'genre' || key === 'medium')).toEqual(variable === null ? [] : [variable]);
  });

  it('puts the program of a broadcast where APA prints it, and the place where a publisher is', () => {
    const [item] = csl(makeEntry({ type: 'video', language: 'fr', outlet: 'France Télévisions', program: 'France TV Slash', place: 'Paris' }));
    expect(item).toMatchObject({ medium: 'Vidéo', 'container-title': 'France TV Slash', publisher: 'France Télévisions', 'publisher-place': 'Paris' });
    expect(item).not.toHaveProperty('event-place');
  });

  it('writes an organisation as a literal name', () => {
    const [item] = csl(makeEntry({ people: [{ name: 'France Télévisions', role: 'director', org: true }] }));
    expect(item!.director).toEqual([{ literal: 'France Télévisions' }]);
  });

  it('never holds a lone surrogate, which pandoc rejects the whole file for', () => {
    const text = formatCslJson([makeEntry({ title: 'a\ud800b', outlet: 'c\udfffd', tags: ['\ud83c'] })], idKeys([makeEntry()])).text;
    expect(text).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    expect(JSON.parse(text)[0]).toMatchObject({ title: 'a\ufffdb', 'container-title': 'c\ufffdd', keyword: '\ufffd' });
    expect(JSON.parse(formatCslJson([makeEntry({ title: '🎙' })], idKeys([makeEntry()])).text)[0].title).toBe('🎙');
  });

  it('writes a radio show as a broadcast: the program is the container, the outlet the publisher', () => {
    const [item] = csl(makeEntry({ type: 'podcast', outlet: 'France Inter', program: 'L’été comme jamais', people: [{ name: 'Antonio Casilli', role: 'guest' }] }));
    expect(item).toMatchObject({ type: 'broadcast', medium: 'Audio', 'container-title': 'L’été comme jamais', publisher: 'France Inter', guest: [{ family: 'Casilli', given: 'Antonio' }] });
    expect(item).not.toHaveProperty('author');
  });

  it.each([
    ['2020', [2020]],
    ['2020-05', [2020, 5]],
    ['2020-05-09', [2020, 5, 9]],
  ])('keeps the partial date %s partial', (date, parts) => {
    expect(csl(makeEntry({ date }))[0]!.issued).toEqual({ 'date-parts': [parts] });
  });

  it.each([
    ['Charles de Gaulle', { family: 'Gaulle', given: 'Charles', 'non-dropping-particle': 'de' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Madonna', { literal: 'Madonna' }],
    ['Martin Luther King, Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Jean de La Fontaine', { family: 'La Fontaine', given: 'Jean', 'non-dropping-particle': 'de' }],
    ['山田 太郎', { family: '山田', given: '太郎' }],
    ['Smith, John', { literal: 'Smith, John' }],
  ])('splits %j where it can', (name, written) => {
    expect(csl(makeEntry({ people: [{ name, role: 'author' }] }))[0]!.author).toEqual([written]);
  });

  it.each([
    [null, 'author'],
    ['producer', 'contributor'],
    ['constructor', 'contributor'],
  ])('credits a person with role %j as %s', (role, variable) => {
    expect(csl(makeEntry({ people: [{ name: 'A B', role }] }))[0]).toHaveProperty(variable, [{ family: 'B', given: 'A' }]);
  });

  it('keeps the text exactly, control characters and line breaks included', () => {
    const title = 'A\n"title"\u0007 \u2028 </script> \u202e';
    expect(csl(makeEntry({ title }))[0]!.title).toBe(title);
  });

  it('leaves out quotes, related and updates, and says so', () => {
    const entry = makeEntry({ quotes: [{ text: 'q', speaker: null, at: null, line: 1 }], updates: [{ date: '2021', note: 'n' }] });
    expect(formatCslJson([entry], idKeys([entry])).leftOut).toEqual(['quotes', 'updates']);
  });
});
