import { describe, expect, it } from 'vitest';
import { parseEntryText } from '../../src/core/parse.js';
import { validateEntry } from '../../src/core/validate.js';
import { entryText } from '../support/cli.js';

function validate(text: string) {
  const parsed = parseEntryText(text, 'e.md');
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return validateEntry(parsed.raw, 'e', 'e.md');
}

describe('validateEntry: errors', () => {
  it.each([
    ['a missing title', { title: undefined as unknown as string }, 'title', 1, /required but missing/, /add a line `title: …`/],
    ['a title read as a number', { title: '1984' }, 'title', 2, /YAML reads `1984` as a number/, /quote it: title: "1984"/],
    ['an octal-looking issue', { issue: '010' }, 'issue', 6, /as a number/, /quote it/],
    ['an exponent', { outlet: '1e3' }, 'outlet', 5, /as a number/, /quote it: outlet: "1e3"/],
    ['a boolean', { title: 'true' }, 'title', 2, /as a boolean/, /quote it/],
    ['a YAML comment as the title', { title: '#1 hit' }, 'title', 2, /is empty/, /`#` starts a YAML comment/],
    ['an unknown type', { type: 'podcats' }, 'type', 3, /unknown type `podcats`/, /did you mean `podcast`\?/],
    ['an impossible day', { date: '2020-02-30' }, 'date', 4, /`2020-02-30` is not a valid date/, /YYYY-MM-DD/],
    ['month 13', { date: '2020-13-01' }, 'date', 4, /not a valid date/, /YYYY-MM-DD/],
    ['a French date', { date: '15/10/2020' }, 'date', 4, /not a valid date/, /YYYY-MM-DD/],
    ['a month name', { date: 'Oct 2020' }, 'date', 4, /not a valid date/, /YYYY-MM-DD/],
    ['unpadded parts', { date: '2020-1-5' }, 'date', 4, /not a valid date/, /YYYY-MM-DD/],
    ['a timestamp', { date: '2020-10-15T10:00:00Z' }, 'date', 4, /not a valid date/, /YYYY-MM-DD/],
    ['a javascript: url', { url: '"javascript:alert(1)"' }, 'url', 6, /not an absolute http or https URL/, /https/],
    ['a relative url', { url: 'example.org/page' }, 'url', 6, /not an absolute http or https URL/, /https/],
    ['a bad language', { language: 'french' }, 'language', 6, /not an ISO 639-1 code/, /did you mean `fr`\?/],
    ['a bad key', { key: '"a key!"' }, 'key', 6, /not a citation key/, /letters, digits/],
    ['tags as text', { tags: 'ia' }, 'tags', 6, /must be a list/, /tags: \[a, b\]/],
    ['a related id with capitals', { related: '[Not-An-Id]' }, 'related[1]', 6, /not an entry id/, /lowercase/],
  ])('%s', (_name, fields, field, line, message, hint) => {
    const { entry, problems } = validate(entryText(fields));
    expect(entry).toBeUndefined();
    const problem = problems.find((p) => p.severity === 'error');
    expect(problem).toMatchObject({ path: 'e.md', field, line });
    expect(problem?.message).toMatch(message);
    expect(problem?.hint).toMatch(hint);
  });

  it('names the item and its line inside a list', () => {
    const text = ['---', 'title: t', 'type: video', 'date: 2020', 'outlet: o', 'quotes:', '  - "fine"', '  - text: 12', '    at: "1:00"', '---', ''].join('\n');
    const { problems } = validate(text);
    expect(problems).toEqual([expect.objectContaining({ field: 'quotes[2]', line: 8, message: expect.stringMatching(/as a number/) })]);
  });

  it('reports every problem of a file, not just the first', () => {
    const { problems } = validate(entryText({ type: 'vidoe', date: '2020-02-30', url: 'ftp://x' }));
    expect(problems.map((p) => p.field)).toEqual(['type', 'date', 'url']);
  });
});

describe('validateEntry: warnings keep the entry', () => {
  it.each([
    ['an unknown field', { tittle: 'x' }, 'tittle', /unknown field/, /did you mean `title`\?/],
    ['an unknown role', { people: '[{ name: A B, role: intervewer }]' }, 'people[1]', /unknown role `intervewer`/, /did you mean `interviewer`\?/],
    ['a YAML 1.1 boolean as text', { outlet: 'yes' }, 'outlet', /YAML 1.1 tools read it as a boolean/, /quote it: outlet: "yes"/],
    ['a sexagesimal-looking text', { program: '12:30' }, 'program', /read it as a number/, /quote it/],
  ])('%s', (_name, fields, field, message, hint) => {
    const { entry, problems } = validate(entryText(fields));
    expect(entry).toBeDefined();
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field, message: expect.stringMatching(message), hint: expect.stringMatching(hint) })]);
  });
});

describe('validateEntry: normalisation', () => {
  it('turns people and quotes into objects, keeps dates as written and quote lines', () => {
    const text = [
      '---', 'title: "Les ouvriers du clic"', 'type: interview', 'date: 2020-05', 'outlet: Relations',
      'people:', '  - Antonio A. Casilli', '  - { name: Emiliano Arpin-Simonetti, role: interviewer }',
      'quotes:', '  - "Premier."', '  - text: "Second."', '    speaker: A', '    at: "12:34"',
      'updates:', '  - { date: 2021-03, note: "Sous-titres" }', '---', '', 'Body.',
    ].join('\n');
    const { entry, quotes, body, problems } = validate(text);
    expect(problems).toEqual([]);
    expect(body).toBe('\nBody.');
    expect(entry).not.toHaveProperty('body');
    expect(entry).not.toHaveProperty('quotes');
    expect(quotes).toEqual([{ text: 'Premier.', speaker: null, at: null, line: 10 }, { text: 'Second.', speaker: 'A', at: '12:34', line: 11 }]);
    expect(entry).toMatchObject({
      date: '2020-05',
      people: [{ name: 'Antonio A. Casilli', role: null }, { name: 'Emiliano Arpin-Simonetti', role: 'interviewer' }],
      updates: [{ date: '2021-03', note: 'Sous-titres' }],
      bodyLine: 17,
    });
  });

  it('reads `org:` as an organisation, checked as a name is', () => {
    const { entry, problems } = validate(entryText({ people: '[{ org: France Télévisions, role: director }, { name: Henri Poulain, role: director }]' }));
    expect(problems).toEqual([]);
    expect(entry?.people).toEqual([{ name: 'France Télévisions', role: 'director', org: true }, { name: 'Henri Poulain', role: 'director' }]);
  });

  it.each([
    ['an empty organisation', '[{ org: "", role: director }]', /^is empty$/],
    ['an organisation YAML reads as a number', '[{ org: 1984, role: director }]', /must be text, but YAML reads/],
    ['both a name and an organisation', '[{ name: A B, org: C D }]', /has both `name` and `org`/],
  ])('refuses %s', (_, people, message) => {
    const { entry, problems } = validate(entryText({ people }));
    expect(entry).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', field: 'people[1]', message: expect.stringMatching(message) })]);
  });

  it('accepts an unquoted year, which YAML reads as a number', () => {
    expect(validate(entryText({ date: '2019' })).entry?.date).toBe('2019');
  });
});
