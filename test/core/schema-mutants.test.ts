// The vocabulary of corpus-format.md (its Types and Roles sections) and the check of a record read
// back from the cache, kind by kind: what the validator could have made passes, anything else not
// (found by mutation testing, issue 14).
import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES, ID_PATTERN, isEntryType, isFieldLines, fieldValueCheck, isRole, isWebUrl, KEY_PATTERN, ROLES, type FieldName } from '../../src/core/schema.js';

describe('the vocabulary of corpus-format.md', () => {
  it('has its types and roles, in its order', () => {
    expect(ENTRY_TYPES).toEqual(['interview', 'podcast', 'video', 'op-ed', 'press', 'award', 'event', 'book']);
    expect(ROLES).toEqual(['author', 'interviewee', 'interviewer', 'guest', 'host', 'director', 'writer', 'discussant', 'moderator', 'speaker', 'organizer', 'journalist']);
    expect(isEntryType('op-ed')).toBe(true);
    expect(isEntryType('Interview')).toBe(false);
    expect(isRole('journalist')).toBe(true);
    expect(isRole('Host')).toBe(false);
  });

  it('takes as an id lowercase letters and digits in single-hyphen runs, and as a key [A-Za-z0-9_:-]', () => {
    for (const id of ['a', '2020-05-le-monde', 'x1']) expect(ID_PATTERN.test(id), id).toBe(true);
    for (const id of ['', '-a', 'a-', 'a--b', 'A', 'a_b', 'é']) expect(ID_PATTERN.test(id), id).toBe(false);
    for (const key of ['Key:1_a-b', 'x']) expect(KEY_PATTERN.test(key), key).toBe(true);
    for (const key of ['', 'a b', 'a.b', 'clé']) expect(KEY_PATTERN.test(key), key).toBe(false);
  });
});

describe('isWebUrl', () => {
  it.each(['https://example.org', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/'])('takes %j', (url) => {
    expect(isWebUrl(url)).toBe(true);
  });

  it.each(['ftp://example.org', 'mailto:a@b.org', 'example.org', '', 'https://example.org/a b', 'https://example.org/\u00a0', 'https://example.org/\u0000',
    'https://example.org/\u001f', 'https://example.org/\u007f', 'https://example.org/\u0085', 'https://example.org/\u009f', 'https://example.org/\t'])('refuses %j', (url) => {
    expect(isWebUrl(url)).toBe(false);
  });

  it('takes a character just past the control ranges', () => {
    expect(isWebUrl('https://example.org/\u00a1')).toBe(true);
    expect(isWebUrl('https://example.org/~')).toBe(true);
  });
});

describe('fieldValueCheck, kind by kind', () => {
  const inherited = <T extends object>(own: T, proto: object): T => Object.assign(Object.create(proto) as T, own);
  const person = { name: 'A B', role: null };
  const quote = { text: 'Q', speaker: null, at: null, line: 3 };

  it.each<[FieldName, unknown]>([
    ['title', 'T'], ['program', null], ['program', ''], ['type', 'book'], ['date', '2020'], ['date', '2020-05'], ['date', '2020-05-31'],
    ['language', null], ['language', 'fr'], ['url', null], ['url', 'https://example.org'], ['key', null], ['key', 'K:1'],
    ['people', []], ['people', [person]], ['people', [{ name: 'A', role: 'host' }]], ['people', [{ name: 'Radio France', role: null, org: true }]],
    ['tags', []], ['tags', ['a', 'b']],
    ['quotes', [quote]], ['quotes', [{ text: 'Q', speaker: 'S', at: '1:2', line: 1 }]],
    ['related', ['a-b']], ['updates', [{ date: '2021-03', note: 'N' }]],
  ])('takes %s = %j', (field, value) => {
    expect(fieldValueCheck(field)(value)).toBe(true);
  });

  it.each<[FieldName, unknown]>([
    ['title', '  '], ['title', null], ['program', undefined], ['program', 1], ['type', 1], ['type', null], ['date', 2020], ['date', null],
    ['language', 1], ['language', ''], ['url', 1], ['url', ''], ['key', 1], ['key', ''],
    ['people', null], ['people', 'A B'], ['people', [{ name: 'A B' }]], ['people', [{ name: 'A B', role: null, extra: 1 }]],
    ['people', [{ name: 'A B', role: null, org: false }]], ['people', [{ name: '  ', role: null }]], ['people', [{ name: 'A', role: 1 }]],
    ['people', [{ name: 1, role: null }]], ['people', [inherited(person, { extra: 1 })]], ['people', [inherited({ name: 'A B' }, { role: null })]], ['people', [['A B', null]]], ['people', [person, null]],
    ['tags', null], ['tags', ['a', '']], ['tags', [null]],
    ['quotes', [{ ...quote, line: 0 }]], ['quotes', [{ ...quote, line: 1.5 }]], ['quotes', [{ ...quote, line: '3' }]], ['quotes', [{ ...quote, text: '' }]],
    ['quotes', [{ ...quote, speaker: 1 }]], ['quotes', [{ ...quote, at: 1 }]], ['quotes', [{ ...quote, extra: 1 }]], ['quotes', ['Q']],
    ['related', ['a-']], ['related', [1]], ['related', 'a'],
    ['updates', [{ date: '2021-02-30', note: 'N' }]], ['updates', [{ date: 2021, note: 'N' }]], ['updates', [{ date: '2021', note: ' ' }]],
    ['updates', [{ date: '2021', note: 'N', extra: 1 }]], ['updates', [{ date: '2021' }]],
  ])('refuses %s = %j', (field, value) => {
    expect(fieldValueCheck(field)(value)).toBe(false);
  });
});

describe('isFieldLines', () => {
  it.each([{}, { title: 2 }, { title: 2, key: 17 }])('takes %j', (lines) => {
    expect(isFieldLines(lines)).toBe(true);
  });

  it.each([null, [], 'title', 5, true, { title: 0 }, { title: 2.5 }, { title: '2' }, { nope: 2 }, { toString: 2 }, Object.create({ title: 2 })])('refuses %j', (lines) => {
    expect(isFieldLines(lines)).toBe(false);
  });
});
