// Each check of the validator, with the exact problem it reports (corpus-format.md: field kinds,
// required fields, roles, ids; YAML 1.1 ambiguity warnings), written as `line field: severity:
// message (hint)` (found by mutation testing, issue 14).
import { describe, expect, it } from 'vitest';
import { parseEntryText } from '../../src/core/parse.js';
import { validateEntry } from '../../src/core/validate.js';

const FIELDS = ['title: T', 'type: press', 'date: 2020', 'outlet: O'];
/** A file of these front-matter lines; the four required fields first (lines 2 to 5) unless left out. */
const file = (lines: string[], base = FIELDS) => `---\n${[...base, ...lines].join('\n')}\n---\n`;
const check = (text: string) => {
  const parsed = parseEntryText(text, 'e.md');
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return validateEntry(parsed.raw, 'e', 'e.md');
};
const problems = (text: string) =>
  check(text).problems.map((p) => `${p.line} ${p.field}: ${p.severity}: ${p.message}${p.hint === undefined ? '' : ` (${p.hint})`}`);
const only = (...lines: string[]) => problems(file(lines));

describe('YAML 1.1 words and sexagesimals, warned about', () => {
  it.each([
    ['outlet: yes  ', 'yes'],
    ['outlet: yes # a comment', 'yes'],
    ['program: 1:02:03', '1:02:03'],
    ['issue: 12:5', '12:5'],
  ])('%j', (line, raw) => {
    const kind = /\d/.test(raw) ? 'number' : 'boolean';
    const field = line.slice(0, line.indexOf(':'));
    expect(problems(file([line], FIELDS.filter((f) => !f.startsWith(`${field}:`))))).toEqual([
      `${field === 'outlet' ? 5 : 6} ${field}: warning: \`${raw}\` is text here, but YAML 1.1 tools read it as a ${kind} (quote it: ${field}: "${raw}")`,
    ]);
  });

  it.each(['place: Radio on', 'place: yesterday', 'place: 12:60', 'place: "yes"', 'place: on air # yes'])('%j is not', (line) => {
    expect(only(line)).toEqual([]);
  });
});

describe('text fields', () => {
  it('an empty value, a blank text and a missing field each say what to write', () => {
    expect(problems(file(['title:'], FIELDS.slice(1)))).toEqual(['5 title: error: is empty (give it a value: title: …)']);
    expect(problems(file(['title: "  "'], FIELDS.slice(1)))).toEqual(['5 title: error: is empty (give it a value: title: …)']);
    expect(problems(file([], FIELDS.slice(0, 3)))).toEqual(['1 outlet: error: is required but missing (add a line `outlet: …`)']);
    expect(problems(file([], [FIELDS[0]!, FIELDS[2]!, FIELDS[3]!]))).toEqual(['1 type: error: is required but missing (add a line `type: …`)']);
  });

  it('a list or a mapping is not text', () => {
    expect(only('place: [a, b]')).toEqual(['6 place: error: must be text, not a list']);
    expect(only('place: { a: 1 }')).toEqual(['6 place: error: must be text, not a mapping']);
  });

  it('a number is shown as written, without the blanks after it', () => {
    expect(only('place: 1.50   ')).toEqual(['6 place: error: must be text, but YAML reads `1.50` as a number (quote it: place: "1.50")']);
  });

  it.each([
    ['program', 'program: 5'], ['issue', 'issue: 5'], ['language', 'language: 5'], ['url', 'url: 5'], ['key', 'key: 5'],
  ])('%s: a number is reported at that field', (field, line) => {
    expect(only(line)).toEqual([`6 ${field}: error: must be text, but YAML reads \`5\` as a number (quote it: ${field}: "5")`]);
  });
});

describe('type, language, fields', () => {
  it('an unknown type with no near miss lists the types', () => {
    expect(only().length).toBe(0);
    expect(problems(file(['type: website'], [FIELDS[0]!, FIELDS[2]!, FIELDS[3]!]))).toEqual([
      '5 type: error: unknown type `website` (use one of interview, podcast, video, op-ed, press, award, event, book)',
    ]);
  });

  it('a language code with no near miss gives an example', () => {
    expect(only('language: zz')).toEqual(['6 language: error: `zz` is not an ISO 639-1 code (use a two-letter code such as fr or en)']);
  });

  it('an unknown field far from any lists the fields; an empty key is named ""', () => {
    expect(only('zzzzzz: 1')).toEqual([
      '6 zzzzzz: warning: unknown field (known fields: title, type, date, outlet, program, issue, place, language, url, people, tags, quotes, related, updates, key)',
    ]);
    expect(only('"": x')).toEqual([expect.stringMatching(/^\d+ "": warning: unknown field \(known fields: title, /)]);
  });

  it('gives the line of each field present, and no other', () => {
    expect(check(file(['tags: [a]'])).entry?.lines).toStrictEqual({ title: 2, type: 3, date: 4, outlet: 5, tags: 6 });
  });
});

describe('dates', () => {
  it.each(['date: 1000', 'date: 9999', 'date: "2020-02-29"'])('%j is a date', (line) => {
    expect(problems(file([line], FIELDS.filter((f) => !f.startsWith('date'))))).toEqual([]);
  });

  it.each([
    ['date: 999', '`999` is not a valid date'],
    ['date: 10000', '`10000` is not a valid date'],
    ['date: 2020.5', '`2020.5` is not a valid date'],
    ['date: true', '`true` is not a valid date'],
    ['date: [2020]', '`2020` is not a valid date'],
    ['date: -2020', '`-2020` is not a valid date'],
  ])('%j is not', (line, message) => {
    expect(problems(file([line], FIELDS.filter((f) => !f.startsWith('date'))))).toEqual([
      `5 date: error: ${message} (write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2020-10-15, 2020-05 or 2020)`,
    ]);
  });

  it('a missing date is required', () => {
    expect(problems(file([], FIELDS.filter((f) => !f.startsWith('date'))))).toEqual(['1 date: error: is required but missing (add a line `date: …`)']);
  });

  it('an empty date is empty', () => {
    expect(problems(file(['date:'], FIELDS.filter((f) => !f.startsWith('date'))))).toEqual(['5 date: error: is empty (give it a value: date: …)']);
  });
});

describe('lists', () => {
  it('an empty list field is no list', () => {
    expect(check(file(['tags:', 'people:'])).entry).toMatchObject({ tags: [], people: [] });
  });

  it.each([
    ['people: x', '6 people: error: must be a list (write it as `people: [a, b]` or one `- item` per line)'],
    ['quotes: x', '6 quotes: error: must be a list (write it as `quotes: [a, b]` or one `- item` per line)'],
    ['updates: x', '6 updates: error: must be a list (write it as `updates: [a, b]` or one `- item` per line)'],
    ['tags: 5', '6 tags: error: must be a list (write it as `tags: [a, b]` or one `- item` per line)'],
    ['related: 5', '6 related: error: must be a list (write it as `related: [a, b]` or one `- item` per line)'],
    ['related: [1]', '6 related[1]: error: must be text, but YAML reads `1` as a number (quote it: "1")'],
  ])('%j is one error', (line, problem) => {
    expect(only(line)).toEqual([problem]);
  });

  it('an empty tag is an error', () => {
    expect(only('tags: [a, ""]')).toEqual(['6 tags[2]: error: is empty (give it a value: tags: …)']);
  });
});

describe('people', () => {
  it('a name without a role, a role and an organisation are fine', () => {
    const { entry, problems: found } = check(file(['people: [A B, { name: C D }, { name: E F, role: host }, { org: G, role: host }]']));
    expect(found).toEqual([]);
    expect(entry?.people).toEqual([{ name: 'A B', role: null }, { name: 'C D', role: null }, { name: 'E F', role: 'host' }, { name: 'G', role: 'host', org: true }]);
  });

  it.each([
    ['people: [""]', '6 people[1]: error: name is empty'],
    ['people: ["  "]', '6 people[1]: error: name is empty'],
    ['people: [1]', '6 people[1]: error: must be a name or `{name, role}` (write `- { name: Jane Doe, role: interviewer }` or `- { org: Radio France, role: host }`)'],
    ['people: [null]', '6 people[1]: error: must be a name or `{name, role}` (write `- { name: Jane Doe, role: interviewer }` or `- { org: Radio France, role: host }`)'],
    ['people: [[A B]]', '6 people[1]: error: must be a name or `{name, role}` (write `- { name: Jane Doe, role: interviewer }` or `- { org: Radio France, role: host }`)'],
    ['people: [{ name: A B, org: C }]', '6 people[1]: error: has both `name` and `org` (keep `name:` for a person or `org:` for an organisation)'],
    ['people: [{ name: 1984 }]', '6 people[1]: error: must be text, but YAML reads `1984` as a number (quote it: name: "1984")'],
    ['people: [{ org: 1984 }]', '6 people[1]: error: must be text, but YAML reads `1984` as a number (quote it: org: "1984")'],
    ['people: [{ name: A B, role: 3 }]', '6 people[1]: error: must be text, but YAML reads `3` as a number (quote it: role: "3")'],
  ])('%j', (line, problem) => {
    expect(only(line)).toEqual([problem]);
  });

  it('a person with neither name nor org has an empty name', () => {
    expect(only('people: [{ role: host }]')).toEqual(['6 people[1]: error: is empty (give it a value: people: …)']);
  });

  it('an unknown key or role is a warning with the keys or roles it could be', () => {
    expect(only('people: [{ name: A B, rol: host }]')).toEqual(['6 people[1]: warning: unknown key `rol` (did you mean `role`?)']);
    expect(only('people: [{ name: A B, zzzzzz: 1 }]')).toEqual(['6 people[1]: warning: unknown key `zzzzzz` (known keys: name, org, role)']);
    expect(only('people: [{ name: A B, role: zzzzzz }]')).toEqual([
      '6 people[1]: warning: unknown role `zzzzzz` (known roles: author, interviewee, interviewer, guest, host, director, writer, discussant, moderator, speaker, organizer, journalist)',
    ]);
  });
});

describe('quotes', () => {
  it.each([
    ['quotes: [""]', '6 quotes[1]: error: quote is empty'],
    ['quotes: ["  "]', '6 quotes[1]: error: quote is empty'],
    ['quotes: [1]', '6 quotes[1]: error: must be a text or `{text, speaker, at}`'],
    ['quotes: [[a]]', '6 quotes[1]: error: must be a text or `{text, speaker, at}`'],
    ['quotes: [null]', '6 quotes[1]: error: must be a text or `{text, speaker, at}`'],
    ['quotes: [{ speaker: A }]', '6 quotes[1]: error: is empty (give it a value: quotes: …)'],
    ['quotes: [{ text: Q, speaker: 1 }]', '6 quotes[1]: error: must be text, but YAML reads `1` as a number (quote it: speaker: "1")'],
    ['quotes: [{ text: Q, at: 12 }]', '6 quotes[1]: error: must be text, but YAML reads `12` as a number (quote it: at: "12")'],
    ['quotes: [{ text: Q, speeker: A }]', '6 quotes[1]: warning: unknown key `speeker` (did you mean `speaker`?)'],
  ])('%j', (line, problem) => {
    expect(only(line)).toEqual([problem]);
  });

  const at = (raw: string, index = 1, line = 6) => `${line} quotes[${index}]: warning: \`${raw}\` is text here, but YAML 1.1 tools read it as a number (quote it: at: "${raw}")`;

  it.each([
    [['quotes:', '  - text: A', '    at: 12:30'], [at('12:30', 1, 7)]],
    [['quotes:', '  - text: A', '    at:  12:30'], [at('12:30', 1, 7)]],
    [['quotes:', '  - text: A', '    at: 12:30', '    speaker: X'], [at('12:30', 1, 7)]],
    [['quotes:', '- text: A', '  at: 12:30'], [at('12:30', 1, 7)]],
    [['quotes:', '  - { text: A, at: 12:30 }'], [at('12:30', 1, 7)]],
    [['quotes:', '  - { text: A, at: 12:30, speaker: X }'], [at('12:30', 1, 7)]],
    [['quotes:', '  - { text: A, at: 12:30}'], [at('12:30', 1, 7)]],
    [['quotes:', '  - { text: A, at: "1:00" }', '  - { text: B, at: 12:30 }'], [at('12:30', 2, 8)]],
    [['quotes:', '  - { text: A, at: 12:30 }', '  - { text: B, at: "1:00" }'], [at('12:30', 1, 7)]],
  ])('an unquoted time in %j', (lines, expected) => {
    expect(only(...lines)).toEqual(expected);
  });

  it.each([
    [['quotes:', '  - { text: A, at: "12:30" }']],
    [['quotes:', '  - { text: A, at: noon }']],
    [['quotes:', '  - { text: A, at: "1:00" }', 'place: Paris # at: 12:30']],
    [['quotes:', '  - text: |', '      meet at: 12:30']],
  ])('no warning for %j', (lines) => {
    expect(only(...lines)).toEqual([]);
  });
});

describe('related and updates', () => {
  it('keeps the related ids', () => {
    expect(check(file(['related: [a-b, c]'])).entry?.related).toEqual(['a-b', 'c']);
  });

  it.each([
    ['updates: [1]', '6 updates[1]: error: must be `{date, note}` (write `- { date: 2021-03, note: "…" }`)'],
    ['updates: [null]', '6 updates[1]: error: must be `{date, note}` (write `- { date: 2021-03, note: "…" }`)'],
    ['updates: [{ date: 2021-02-30, note: N }]', '6 updates[1]: error: `2021-02-30` is not a valid date (write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2020-10-15, 2020-05 or 2020)'],
    ['updates: [[2021]]', '6 updates[1]: error: must be `{date, note}` (write `- { date: 2021-03, note: "…" }`)'],
    ['updates: [{ date: 2021 }]', '6 updates[1]: error: is empty (give it a value: updates: …)'],
    ['updates: [{ date: 2021, note: 5 }]', '6 updates[1]: error: must be text, but YAML reads `5` as a number (quote it: note: "5")'],
    ['updates: [{ date: 2021, note: N, not: x }]', '6 updates[1]: warning: unknown key `not` (did you mean `note`?)'],
  ])('%j', (line, problem) => {
    expect(only(line)).toEqual([problem]);
  });
});

describe('lone surrogates, however deep', () => {
  const surrogate = (field: string) => [`6 ${field}: error: holds \`\\udc00\`, half of a character (a lone surrogate) (write the character itself, or its whole code point as "\\U0001F600")`];

  it.each([
    ['people: [{ name: A B, role: "\\udc00" }]', 'people[1]'],
    ['tags: [[ok, "\\udc00"]]', 'tags[1]'],
    ['place: { a: ["\\udc00"] }', 'place'],
  ])('%j', (line, field) => {
    expect(only(line).filter((p) => p.includes('surrogate'))).toEqual(surrogate(field));
  });

  it('in a key inside a value', () => {
    expect(only('place: { "\\udc00": 1 }').filter((p) => p.includes('surrogate'))).toEqual(surrogate('place'));
  });
});

// Issue 14's bugs: each case failed before its fix.
describe('a problem names the value and the line it is about', () => {
  it('a comment after a number is not part of the value the message shows or the hint quotes', () => {
    expect(only('issue: 12 # note')).toEqual(['6 issue: error: must be text, but YAML reads `12` as a number (quote it: issue: "12")']);
    expect(only('place: true   # yes')).toEqual(['6 place: error: must be text, but YAML reads `true` as a boolean (quote it: place: "true")']);
  });

  it('a quote in a tagged number is escaped in the hint', () => {
    expect(only('issue: !!int "12" # note')).toEqual(['6 issue: error: must be text, but YAML reads `!!int "12"` as a number (quote it: issue: "!!int \\"12\\"")']);
  });

  it('a lone surrogate in a top-level key is an error at its line, the key shown escaped', () => {
    expect(only('place: P', '"\\ud800": x')).toEqual([
      '7 "\\ud800": warning: unknown field (known fields: title, type, date, outlet, program, issue, place, language, url, people, tags, quotes, related, updates, key)',
      '7 "\\ud800": error: the field name holds `\\ud800`, half of a character (a lone surrogate) (write the character itself, or its whole code point as "\\U0001F600")',
    ]);
  });

  it('a bad related id after a value that is no text is reported at its own item and line', () => {
    expect(only('related:', '  - 12', '  - Bad_Id')).toEqual([
      '7 related[1]: error: must be text, but YAML reads `12` as a number (quote it: "12")',
      '8 related[2]: error: `Bad_Id` is not an entry id (an id is a file name without `.md`: lowercase letters, digits and single hyphens)',
    ]);
    expect(only('related: [12, Bad_Id, ok]')).toEqual([
      '6 related[1]: error: must be text, but YAML reads `12` as a number (quote it: "12")',
      '6 related[2]: error: `Bad_Id` is not an entry id (an id is a file name without `.md`: lowercase letters, digits and single hyphens)',
    ]);
  });
});
