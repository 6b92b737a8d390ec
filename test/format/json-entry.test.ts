import { describe, expect, it } from 'vitest';
import { entryToJson } from '../../src/format/json.js';
import { makeEntry } from '../support/entry.js';

describe('entryToJson', () => {
  it('keeps related ids and updates, as copies', () => {
    const entry = makeEntry({ related: ['other-entry'], updates: [{ date: '2021-03', note: 'Republished' }] });
    const json = entryToJson(entry);
    expect(json.related).toEqual(['other-entry']);
    expect(json.updates).toEqual([{ date: '2021-03', note: 'Republished' }]);
    expect(json.related).not.toBe(entry.related);
  });

  it('marks an organisation credited as one, and a person without the mark', () => {
    const entry = makeEntry({ people: [{ name: 'France Inter', role: 'host', org: true }, { name: 'Antonio A. Casilli', role: 'guest' }] });
    expect(entryToJson(entry).people).toEqual([{ name: 'France Inter', role: 'host', org: true }, { name: 'Antonio A. Casilli', role: 'guest' }]);
  });
});
