// Files → entries (corpus-format.md: an id is the file name without `.md`, unique in the corpus;
// `related` names ids): what loadFile gives for one file and what assembleCorpus decides across
// files, on results made in memory.
import { describe, expect, it } from 'vitest';
import { assembleCorpus, idFromPath, loadCorpus, loadFile, suggestId, type FileResult } from '../../src/core/corpus.js';
import type { Problem } from '../../src/core/problem.js';
import { makeEntry } from '../support/entry.js';
import { entryText } from '../support/cli.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const loaded = (path: string, fields: Parameters<typeof makeEntry>[0] = {}): FileResult => {
  const id = idFromPath(path);
  return { path, id, entry: makeEntry({ id, path, ...fields }), body: '', problems: [] };
};
const where = (problems: Problem[]) => problems.map((p) => `${p.path}:${p.line}: ${p.field}: ${p.severity}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);

describe('idFromPath', () => {
  it.each([
    ['a.md', 'a'],
    ['2021/05/a-b.md', 'a-b'],
    ['notes.md/x.md', 'x'],
    ['x.markdown', 'x.markdown'],
    ['README', 'README'],
    ['.md', ''],
  ])('%j has the id %j', (path, id) => {
    expect(idFromPath(path)).toBe(id);
  });
});

describe('suggestId', () => {
  it.each([
    ['Bad Name', 'bad-name'],
    ['Œuvre complète', 'oeuvre-complete'],
    ['Æsop', 'aesop'],
    ['cœur', 'coeur'],
    ['--Élodie__et  Zoë--', 'elodie-et-zoe'],
    ['ﬁn', 'fin'],
    ['---', 'entry'],
    ['', 'entry'],
    ['日本', 'entry'],
  ])('%j becomes %j', (text, id) => {
    expect(suggestId(text)).toBe(id);
  });
});

describe('loadFile', () => {
  it('gives the entry and its body when the file is valid, with its warnings', () => {
    const result = loadFile({ path: 'sub/a.md', bytes: bytes(entryText({ tittle: 'x' }, 'Body.')) });
    expect(result.id).toBe('a');
    expect(result.entry).toMatchObject({ id: 'a', path: 'sub/a.md', title: 'A title' });
    expect(result.body).toBe('\nBody.\n');
    expect(where(result.problems)).toEqual(['sub/a.md:6: tittle: warning: unknown field (did you mean `title`?)']);
  });

  it.each([
    ['bytes that are not UTF-8', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff]), 'file'],
    ['no front matter', bytes('just text\n'), 'front-matter'],
    ['an invalid field', bytes(entryText({ date: '2020-02-30' })), 'date'],
  ])('gives no entry for %s, and the problem', (_name, content, field) => {
    const result = loadFile({ path: 'a.md', bytes: content });
    expect(result).toEqual({ path: 'a.md', id: 'a', problems: [expect.objectContaining({ path: 'a.md', field, severity: 'error' })] });
  });
});

describe('assembleCorpus', () => {
  it('orders entries by id and problems by path and line, whatever the order of the files', () => {
    const warned: FileResult = { ...loaded('b/x.md'), problems: [{ path: 'b/x.md', line: 3, field: 'f', severity: 'warning', message: 'w' }] };
    const failed: FileResult = { path: 'a/bad.md', id: 'bad', problems: [{ path: 'a/bad.md', line: 2, field: 'date', severity: 'error', message: 'e' }] };
    const corpus = assembleCorpus([loaded('z/c.md'), warned, failed, loaded('a/m.md')]);
    expect(corpus.entries.map((e) => e.id)).toEqual(['c', 'm', 'x']);
    expect(where(corpus.problems)).toEqual(['a/bad.md:2: date: error: e', 'b/x.md:3: f: warning: w']);
    expect(corpus.skipped).toBe(1);
  });

  it('refuses a file name that is not an id, with the id it could have', () => {
    const corpus = assembleCorpus([loaded('Bad Name.md'), loaded('ok.md')]);
    expect(corpus.entries.map((e) => e.id)).toEqual(['ok']);
    expect(where(corpus.problems)).toEqual([
      'Bad Name.md:1: id: error: file name `Bad Name.md` is not a valid id (rename it to bad-name.md: lowercase ASCII letters, digits and single hyphens)',
    ]);
    expect(corpus.skipped).toBe(1);
  });

  it('keeps the first file by path of a duplicate id, even one that gave no entry', () => {
    const failed: FileResult = { path: 'a/dup.md', id: 'dup', problems: [] };
    const corpus = assembleCorpus([loaded('c/dup.md'), loaded('b/dup.md'), failed]);
    expect(corpus.entries).toEqual([]);
    expect(where(corpus.problems)).toEqual([
      'b/dup.md:1: id: error: duplicate id `dup`: a/dup.md and b/dup.md (rename one of the two files)',
      'c/dup.md:1: id: error: duplicate id `dup`: a/dup.md and c/dup.md (rename one of the two files)',
    ]);
    expect(corpus.skipped).toBe(3);
  });

  it('warns at each related id that no file has, at the related line, and not at one whose file failed', () => {
    const failed: FileResult = { path: 'broken.md', id: 'broken', problems: [] };
    const corpus = assembleCorpus([
      loaded('a.md', { related: ['b', 'nowhere', 'broken', 'Not-An-Id'], lines: { related: 9 } }),
      loaded('b.md', { related: ['gone'] }),
      failed,
    ]);
    expect(where(corpus.problems)).toEqual([
      'a.md:9: related[2]: warning: no entry has the id `nowhere`',
      'a.md:9: related[4]: warning: no entry has the id `Not-An-Id`',
      'b.md:1: related[1]: warning: no entry has the id `gone`',
    ]);
  });

  it('puts the problems of unreadable files among the others and counts them as skipped', () => {
    const unreadable = { path: 'm.md', problem: { path: 'm.md', line: 1, field: 'file', severity: 'error' as const, message: 'cannot be read' } };
    const warned: FileResult = { ...loaded('a.md'), problems: [5, 2].map((line) => ({ path: 'a.md', line, field: 'f', severity: 'warning' as const, message: 'w' })) };
    const corpus = assembleCorpus([loaded('z.md', { related: ['q'] }), warned], [unreadable]);
    expect(where(corpus.problems)).toEqual([
      'a.md:2: f: warning: w', 'a.md:5: f: warning: w', 'm.md:1: file: error: cannot be read', 'z.md:1: related[1]: warning: no entry has the id `q`',
    ]);
    expect(corpus.skipped).toBe(1);
    expect(corpus.entries.map((e) => e.id)).toEqual(['a', 'z']);
  });
});

describe('loadCorpus', () => {
  it('loads files and assembles them', () => {
    const corpus = loadCorpus([
      { path: 'b.md', bytes: bytes(entryText({ related: '[a]' })) },
      { path: 'a.md', bytes: bytes(entryText({ related: '[c]' })) },
    ]);
    expect(corpus.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(where(corpus.problems)).toEqual(['a.md:6: related[1]: warning: no entry has the id `c`']);
    expect(corpus.skipped).toBe(0);
  });
});
