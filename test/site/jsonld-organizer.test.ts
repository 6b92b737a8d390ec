// An event credits its outlet as organizer; a person in the organizer role used to make
// entryJsonLd append to that object as if it were a list, and `clic site` exit 70.
import { describe, expect, it } from 'vitest';
import { entryJsonLd } from '../../src/format/site/jsonld.js';
import { clic, entryText, makeCorpus } from '../support/cli.js';
import { makeEntry } from '../support/entry.js';

describe('an event with a person in the organizer role', () => {
  it('lists the outlet and the person as its organizers', () => {
    const entry = makeEntry({ id: 'e', type: 'event', outlet: 'IEA Nantes', people: [{ name: 'Ada Lovelace', role: 'organizer' }] });
    expect(entryJsonLd(entry, '').organizer).toEqual([
      { '@type': 'Organization', name: 'IEA Nantes' },
      { '@type': 'Person', name: 'Ada Lovelace' },
    ]);
  });

  it('keeps a lone outlet as the one organizer object', () => {
    expect(entryJsonLd(makeEntry({ id: 'e', type: 'event', outlet: 'IEA Nantes' }), '').organizer).toEqual({ '@type': 'Organization', name: 'IEA Nantes' });
  });

  it('makes a page: clic site exits 0', async () => {
    const dir = makeCorpus({ 'e.md': entryText({ title: 'Séminaire', type: 'event', date: '2020-01-14', outlet: 'IEA Nantes', people: '[{ name: "Ada Lovelace", role: organizer }]' }) });
    const result = await clic(['site', '--corpus', dir, '-o', `${dir}/_site`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^clic: wrote 1 entry to /);
  });
});
