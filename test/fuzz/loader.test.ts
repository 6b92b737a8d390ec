// Property: whatever a file holds, the loader returns an entry or problems — it never throws,
// every problem points at a line of the file, and one file never changes what another gives.
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadFile, type FileResult, type SourceFile } from '../../src/core/corpus.js';
import { hostileFilledText, hostileText, yamlNoise } from './arbitraries.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const GOOD = encode('---\ntitle: "Good"\ntype: video\ndate: 2020-10-15\noutlet: Outlet\n---\nbody\n');

/** The invariants of any result: well-formed problems on real lines, an entry only without errors. */
function expectWellFormed(result: FileResult, bytes: Uint8Array): void {
  const lineCount = Buffer.from(bytes).toString('latin1').split('\n').length;
  for (const problem of result.problems) {
    expect(problem.path).toBe(result.path);
    expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount, `line ${problem.line} of ${lineCount}`).toBe(true);
    expect(problem.field).not.toBe('');
    expect(problem.message).not.toBe('');
    expect(['error', 'warning']).toContain(problem.severity);
  }
  const hasError = result.problems.some((p) => p.severity === 'error');
  expect(result.entry === undefined).toBe(hasError);
}

function loadBytes(bytes: Uint8Array): FileResult {
  const result = loadFile({ path: 'fuzz.md', bytes });
  expectWellFormed(result, bytes);
  return result;
}

describe('the loader never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => void loadBytes(bytes)), { numRuns: 500 });
  });

  it('on arbitrary bytes after a valid opening line', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2_000 }), (tail) => void loadBytes(Uint8Array.from([...encode('---\n'), ...tail]))), { numRuns: 500 });
  });

  it('on arbitrary text as front matter', () => {
    fc.assert(fc.property(hostileText({ maxLength: 200 }), (text) => void loadBytes(encode(`---\n${text}\n---\nbody\n`))), { numRuns: 500 });
  });

  it('on YAML-shaped noise as front matter, with or without the required fields', () => {
    const required = 'title: "T"\ntype: interview\ndate: 2020-10-15\noutlet: O\n';
    fc.assert(
      fc.property(yamlNoise(), fc.boolean(), (noise, withRequired) => void loadBytes(encode(`---\n${withRequired ? required : ''}${noise}\n---\nbody\n`))),
      { numRuns: 1_000 },
    );
  });

  it('on arbitrary values under known and unknown fields, dumped with js-yaml', () => {
    const field = fc.constantFrom('title', 'type', 'date', 'outlet', 'program', 'issue', 'place', 'language', 'url', 'people', 'tags', 'quotes', 'related', 'updates', 'key', 'titel', '__proto__', 'constructor');
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.array(fc.record({ name: fc.jsonValue({ maxDepth: 1 }), role: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }), { maxLength: 3 }),
      fc.array(fc.record({ text: fc.jsonValue({ maxDepth: 1 }), speaker: fc.string(), at: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }), { maxLength: 3 }),
      fc.array(fc.record({ date: fc.oneof(fc.string(), fc.integer()), note: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }), { maxLength: 3 }),
      hostileText(),
    );
    fc.assert(
      fc.property(fc.dictionary(field, value, { maxKeys: 8 }), (data) => {
        const text = `---\n${yaml.dump(data)}---\nbody\n`;
        loadBytes(encode(text));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('what loads is exactly what was written', () => {
  it('loads any text fields dumped by js-yaml, character for character', () => {
    const person = fc.record({ name: hostileFilledText(), role: fc.constantFrom('guest', 'host', 'interviewer') });
    const quote = fc.record({ text: hostileFilledText(), speaker: hostileFilledText(), at: hostileFilledText() });
    const fields = fc.record({
      title: hostileFilledText(), outlet: hostileFilledText(), program: hostileText(), issue: hostileText(), place: hostileText(),
      people: fc.array(person, { maxLength: 3 }), tags: fc.array(hostileFilledText(), { maxLength: 3 }),
      quotes: fc.array(quote, { maxLength: 3 }), updates: fc.array(fc.record({ date: fc.constant('2021-03'), note: hostileFilledText() }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fields, fc.string({ unit: 'binary', maxLength: 200 }).map((s) => s.replace(/[\0\r]/g, '')), (data, body) => {
        const text = `---\n${yaml.dump({ ...data, type: 'interview', date: '2020-10-15' })}---\n${body}`;
        const { entry, quotes, body: loadedBody, problems } = loadBytes(encode(text));
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(loadedBody).toBe(body);
        const { quotes: written, ...fields } = data;
        expect(entry).toMatchObject(fields);
        expect(quotes).toEqual(written.map((q) => ({ ...q, line: expect.any(Number) })));
      }),
      { numRuns: 500 },
    );
  });
});

describe('one file never changes what another gives', () => {
  it('keeps every good entry whatever bad neighbours hold', () => {
    const neighbour = fc.oneof(fc.uint8Array({ maxLength: 300 }), yamlNoise().map((noise) => encode(`---\n${noise}\n---\n`)));
    fc.assert(
      fc.property(fc.array(neighbour, { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (bad, goodCount) => {
        const files: SourceFile[] = [
          ...bad.map((bytes, i) => ({ path: `bad-${i}.md`, bytes })),
          ...Array.from({ length: goodCount }, (_, i) => ({ path: `sub/good-${i}.md`, bytes: GOOD })),
        ];
        const corpus = loadCorpus(files);
        const ids = corpus.entries.map((e) => e.id);
        for (let i = 0; i < goodCount; i++) expect(ids).toContain(`good-${i}`);
        expect(corpus.entries.length + corpus.skipped).toBe(files.length);
        expect(corpus.problems.filter((p) => p.path.startsWith('sub/good-'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
