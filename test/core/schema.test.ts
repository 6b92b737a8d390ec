// The schema table is the one description of the fields: the format reference, the validator
// and the check of a cached record must agree with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_TABLE, FIELDS, fieldValueCheck, REQUIRED_FIELDS } from '../../src/core/schema.js';
import { validateEntry } from '../../src/core/validate.js';
import { parseEntryText } from '../../src/core/parse.js';
import { entryText, ROOT } from '../support/cli.js';

describe('the schema table', () => {
  it('is the field table of the format reference (corpus/README.md): same fields, order and required ones', () => {
    const reference = readFileSync(join(ROOT, 'corpus', 'README.md'), 'utf8');
    const rows = [...reference.matchAll(/^\| `([a-z]+)` \| (yes|no) \|/gm)].map(([, field, required]) => [field, required === 'yes']);
    expect(rows).toEqual(FIELDS.map((field) => [field, FIELD_TABLE[field].required]));
    expect(REQUIRED_FIELDS).toEqual(['title', 'type', 'date', 'outlet']);
  });

  it('accepts, for every field, the value the validator gives for it', () => {
    const text = entryText({
      program: 'P', issue: 'no. 8', place: 'Paris', language: 'fr', url: 'https://example.org/a', tags: '[a, b]',
      people: '\n  - { name: A B, role: host }\n  - C D', quotes: '\n  - "Q"\n  - { text: R, speaker: S, at: "1:2" }',
      related: '[other-entry]', updates: '\n  - { date: 2021-03, note: N }', key: 'Key:1',
    });
    const parsed = parseEntryText(text, 'e.md');
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const { entry, quotes } = validateEntry(parsed.raw, 'e', 'e.md');
    expect(entry).toBeDefined();
    const values: Record<string, unknown> = { ...entry, quotes };
    for (const field of FIELDS) expect(fieldValueCheck(field)(values[field]), field).toBe(true);
    expect(quotes).toHaveLength(2);
    expect(entry).not.toHaveProperty('quotes');
  });

  it.each([
    ['title', ''], ['title', 3], ['type', 'intervXew'], ['date', '2020-02-30'], ['date', '2020\u001b[2J'], ['program', 1],
    ['language', 'xx'], ['url', 'ftp://example.org'], ['url', 'https://example.org/\u001b]52;c;x\u0007'], ['key', 'a b'],
    ['people', [null]], ['people', [{ name: 'A' }]], ['tags', [1]], ['tags', 'a'], ['quotes', [{ text: 'Q', speaker: null, at: null }]],
    ['related', ['Not An Id']], ['updates', [{ date: '2021', note: '' }]],
  ] as const)('refuses %s = %j, which no file validates to', (field, value) => {
    expect(fieldValueCheck(field)(value)).toBe(false);
  });

  it('refuses a URL holding control characters in a file too', () => {
    const parsed = parseEntryText(entryText({ url: '"https://example.org/\\u001b[2J"' }), 'e.md');
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(validateEntry(parsed.raw, 'e', 'e.md').problems).toEqual([expect.objectContaining({ field: 'url', severity: 'error' })]);
  });
});
