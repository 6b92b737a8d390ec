// One contract, every store: the in-memory store that tests use and the folder store, without a
// cache, filling one and reading from it, give the same entries, problems and bodies, and each
// holds to one snapshot of the files whatever happens to them after it was read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/core/search/index.js';
import { passagesOf } from '../../src/core/search/passages.js';
import { memoryStore } from '../../src/fs/memory-store.js';
import { fileStores, type CorpusStore } from '../../src/fs/store.js';
import { entryText, makeCorpus } from '../support/cli.js';

const FILES: Record<string, string> = {
  'a-first.md': entryText({ title: '"L’économie du clic"', tags: '[travail, plateformes]', people: '\n  - { org: "France Télévisions", role: director }\n  - { name: Jane Doe }' }, 'Un corps.\n\nSur deux paragraphes.'),
  'sub/b-second.md': entryText({ type: 'video', quotes: '\n  - "Une citation."\n  - { text: "Une autre", speaker: "Quelqu’un", at: "12:34" }' }, 'Second body.'),
  'c-warned.md': entryText({ related: '[no-such-entry]' }),
  'd-broken.md': entryText({ date: '2020-02-30' }),
  'README.md': '# not an entry',
  '_draft/e-hidden.md': entryText(),
};
const BODIES: Record<string, string> = { 'a-first': '\nUn corps.\n\nSur deux paragraphes.\n', 'b-second': '\nSecond body.\n', 'c-warned': '\nNotes.\n' };

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface StoreCase {
  name: string;
  /** A store over FILES, and a way to change one of its files after it was opened. */
  open(): { store: CorpusStore; change(path: string, text: string): void };
}

function folderCase(name: string, cache: 'none' | 'cold' | 'warm', words = false): StoreCase {
  return {
    name,
    open() {
      const dir = makeCorpus(FILES);
      const cacheDir = mkdtempSync(join(tmpdir(), 'clic-contract-cache-'));
      made.push(dir, cacheDir);
      // A minute ahead: files just written are old enough to be cached.
      const open = fileStores({ CLIC_CACHE_DIR: cacheDir }, dir, 'test', () => Date.now() + 60_000);
      if (cache === 'warm') open(dir, { cache: true }).entries();
      return { store: open(dir, { cache: cache !== 'none', words }), change: (path, text) => writeFileSync(join(dir, path), text) };
    },
  };
}

const CASES: StoreCase[] = [
  {
    name: 'the in-memory store',
    open() {
      const files = { ...FILES };
      const store = memoryStore(files);
      return { store, change: (path, text) => void (files[path] = text) };
    },
  },
  folderCase('the folder store without a cache', 'none'),
  folderCase('the folder store filling its cache', 'cold'),
  folderCase('the folder store reading its cache', 'warm'),
  folderCase('the folder store reading its cache with the quotes\' words', 'warm', true),
];

describe.each(CASES)('$name', ({ open }) => {
  it('gives the valid entries in id order, and every problem', () => {
    const { store } = open();
    const { entries, problems, skipped } = store.entries();
    expect(entries.map((e) => e.id)).toEqual(['a-first', 'b-second', 'c-warned']);
    expect(entries[0]!.people).toEqual([{ name: 'France Télévisions', role: 'director', org: true }, { name: 'Jane Doe', role: null }]);
    expect(entries[1]).toMatchObject({ path: 'sub/b-second.md', type: 'video' });
    expect(problems.map((p) => `${p.path}:${p.field}:${p.severity}`)).toEqual(['c-warned.md:related[1]:warning', 'd-broken.md:date:error']);
    expect(skipped).toBe(1);
  });

  it('gives plain entries without quotes or bodies, the same ones on every call', () => {
    const { store } = open();
    const { entries } = store.entries();
    expect(store.entries().entries).toBe(entries);
    for (const entry of entries) {
      expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
      expect(entry).not.toHaveProperty('body');
      expect(entry).not.toHaveProperty('quotes');
      expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
    }
  });

  it('gives quoted and full entries in the order asked, leaving out unknown ids', () => {
    const { store } = open();
    const asked = ['c-warned', 'no-such-id', 'b-second', 'c-warned', 'd-broken'];
    const full = store.full(asked);
    expect(full.map((e) => [e.id, e.body])).toEqual([['c-warned', BODIES['c-warned']], ['b-second', BODIES['b-second']], ['c-warned', BODIES['c-warned']]]);
    expect(full[1]!.quotes).toEqual([{ text: 'Une citation.', speaker: null, at: null, line: 7 }, { text: 'Une autre', speaker: 'Quelqu’un', at: '12:34', line: 8 }]);
    expect(full[0]!.quotes).toEqual([]);
    const quoted = store.quoted(asked);
    expect(quoted).toEqual(full.map(({ body, ...entry }) => entry));
    const byId = new Map(store.entries().entries.map((e) => [e.id, e]));
    for (const { quotes, ...entry } of quoted) expect(entry).toEqual(byId.get(entry.id));
  });

  it('gives the search index of the quotes asked, as built from their texts', () => {
    const { store } = open();
    const asked = ['b-second', 'no-such-id', 'a-first', 'b-second', 'c-warned'];
    const index = store.quoteIndex(asked);
    expect(index).toEqual(buildSearchIndex(passagesOf(store.quoted(asked), 'quotes')));
    // Two quotes, twice: the index holds b-second's passages each time it was asked for.
    expect(index.lengths).toHaveLength(4);
    expect(index.vocabulary).toEqual(['une', 'citation', 'autre']);
  });

  it('keeps to the version it read: bodies asked for after a file changed are of the entry read', () => {
    const { store, change } = open();
    const before = structuredClone(store.entries());
    change('sub/b-second.md', entryText({ title: '"Changed"', quotes: '["Changed quote."]' }, 'Changed body.'));
    change('a-first.md', '---\nbroken: [\n---\n');
    expect(store.entries()).toEqual(before);
    expect(store.full(['b-second', 'a-first']).map((e) => [e.title, e.quotes[0]?.text, e.body])).toEqual([
      ['A title', 'Une citation.', BODIES['b-second']],
      ['L’économie du clic', undefined, BODIES['a-first']],
    ]);
    expect(store.quoteIndex(['b-second']).vocabulary).toEqual(['une', 'citation', 'autre']);
  });

  it('gives a file’s text as it is now', () => {
    const { store, change } = open();
    expect(store.source('a-first.md')).toBe(FILES['a-first.md']);
    change('a-first.md', 'new text');
    expect(store.source('a-first.md')).toBe('new text');
  });
});

it('a file store and the in-memory store over the same files agree on everything', () => {
  const reference = memoryStore(FILES);
  const ids = reference.entries().entries.map((e) => e.id);
  for (const { name, open } of CASES.slice(1)) {
    const { store } = open();
    expect(store.entries(), name).toEqual(reference.entries());
    expect(store.full(ids), name).toEqual(reference.full(ids));
  }
});

describe('a folder store opened without bodies', () => {
  for (const cache of [false, true]) {
    it(`gives the same entries and problems as one with bodies, and refuses full() (${cache ? 'cached' : 'no cache'})`, () => {
      const dir = makeCorpus(FILES);
      const cacheDir = mkdtempSync(join(tmpdir(), 'clic-contract-cache-'));
      made.push(dir, cacheDir);
      const open = fileStores({ CLIC_CACHE_DIR: cacheDir }, dir, 'test', () => Date.now() + 60_000);
      const withBodies = open(dir, { cache });
      const without = open(dir, { cache, bodies: false });
      const bare = open(dir, { cache, bodies: false, quotes: false });
      expect(without.entries()).toEqual(withBodies.entries());
      expect(bare.entries()).toEqual(withBodies.entries());
      expect(withBodies.full(['a-first']).map((e) => e.body)).not.toEqual(['']);
      expect(() => without.full(['a-first'])).toThrow(/bodies: false/);
      // Without bodies, quotes still; without either, neither.
      expect(without.quoted(['b-second'])).toEqual(withBodies.quoted(['b-second']));
      expect(without.quoted(['b-second'])[0]!.quotes).toHaveLength(2);
      expect(() => bare.quoted(['b-second'])).toThrow(/quotes: false/);
    });
  }
});
