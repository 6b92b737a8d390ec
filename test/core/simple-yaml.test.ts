// The fast reader of front matter must give exactly what js-yaml gives, or step aside: on
// generated front matter built from the shapes corpora use and the characters that break them,
// on hostile noise, and on every real file the project holds.
import fc from 'fast-check';
import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readSimpleFrontMatter } from '../../src/core/simple-yaml.js';
import { hostileText, yamlNoise } from '../fuzz/arbitraries.js';

const load = (lines: readonly string[]): unknown => yaml.load(lines.join('\n'), { schema: yaml.CORE_SCHEMA });

/**
 * Whether the fast reader stepped aside, or gave what js-yaml gives (same keys, values and
 * prototypes: node's deep strict equality, since a key such as `constructor` confuses others).
 */
function agrees(lines: readonly string[]): boolean {
  const fast = readSimpleFrontMatter(lines);
  if (fast === undefined) return true;
  try {
    return isDeepStrictEqual(fast, load(lines));
  } catch {
    return false;
  }
}
function expectAgreement(lines: readonly string[]): void {
  expect(agrees(lines), JSON.stringify(lines)).toBe(true);
}

// Pieces of scalars: mostly letters, accents, blanks and punctuation that stay text, and now and
// then YAML's indicators, quotes, escapes, numbers and words that the core schema reads as
// something other than text, and characters js-yaml treats apart.
const PLAIN_PIECES = ['a', 'Z', 'é', 'Œ', 'mot', ' ', '-', '_', '.', ',', '/', '(', ')', '’', '«', '»', 'http://x.org/a:b', '2020-05-01', '12:30'];
const TRICKY_PIECES = [
  '  ', ':', ': ', '#', ' #', "'", "''", '"', '\\', '\\"', '[', ']', '{', '}', '?', '!', '&', '*', '|', '>', '%', '@', '`', '~',
  '0', '12', '1e3', '0x1F', '.inf', '.5', '-1', 'null', 'Null', 'true', 'FALSE', 'yes', 'No', '\t', '\u00a0', '\u2028', '\ufeff',
  '\u0085', '😀', '\u202e', '\x1b', '\r',
];
const piece = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PLAIN_PIECES) }, { weight: 1, arbitrary: fc.constantFrom(...TRICKY_PIECES) });
const scalarText = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
const scalar = fc.oneof(
  scalarText,
  scalarText.map((text) => `"${text}"`),
  scalarText.map((text) => `'${text}'`),
);
const flowList = fc.array(scalar, { maxLength: 4 }).chain((items) =>
  fc.constantFrom(', ', ',', ' , ').map((comma) => `[${items.join(comma)}]`),
);
const flowKey = fc.constantFrom('name', 'role', 'text', 'speaker', 'at', 'org', 'a', 'Name', '"name"', 'role ');
const flowMap = fc.array(fc.tuple(flowKey, scalar), { maxLength: 3 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
const value = fc.oneof(scalar, flowList, flowMap);
const key = fc.constantFrom('title', 'type', 'date', 'people', 'quotes', 'tags', 'x_1', 'constructor', 'Title', '__proto__', 'a-b', '"title"');
const indent = fc.constantFrom('', ' ', '  ', '    ');
const line = fc.oneof(
  fc.tuple(key, fc.constantFrom(': ', ':  ', ':'), value).map(([k, colon, v]) => `${k}${colon}${v}`),
  fc.tuple(key, fc.constantFrom(':', ': ')).map(([k, colon]) => `${k}${colon}`),
  fc.tuple(indent, fc.constantFrom('- ', '-  ', '-'), value).map(([i, dash, v]) => `${i}${dash}${v}`),
  fc.tuple(indent, fc.constantFrom('- ', ''), flowKey, fc.constantFrom(': ', ':'), value).map(([i, dash, k, colon, v]) => `${i}${dash}${k}${colon}${v}`),
  fc.constantFrom('', '#', '# comment', '  # indented', '  ', '...', '---', '? [a, b]', 'text'),
  fc.tuple(indent, scalarText).map(([i, text]) => `${i}${text}`),
);
const frontMatter = fc.array(line, { minLength: 1, maxLength: 10 });
/** Front matter as corpora write it: distinct keys, each with a value on its line or a block list. */
const wellFormed = fc.uniqueArray(fc.constantFrom('title', 'type', 'date', 'outlet', 'people', 'quotes', 'tags', 'related', 'x_1'), { minLength: 1 }).chain((keys) =>
  fc.tuple(...keys.map((k) => fc.oneof(
    value.map((v) => [`${k}: ${v}`]),
    fc.tuple(fc.constantFrom('', '  ', '    '), fc.array(value, { maxLength: 3 })).map(([i, items]) => [`${k}:`, ...items.map((v) => `${i}- ${v}`)]),
    fc.constant([`${k}: plain text`, '']),
    // A block list of block mappings, as `- text: …` then `  speaker: …`.
    fc.tuple(fc.constantFrom('', '  '), fc.array(fc.uniqueArray(fc.tuple(flowKey, value), { minLength: 1, maxLength: 3, selector: ([key]) => key }), { minLength: 1, maxLength: 3 }))
      .map(([i, items]) => [`${k}:`, ...items.flatMap((fields) => fields.map(([fk, v], n) => `${i}${n === 0 ? '- ' : '  '}${fk}: ${v}`))]),
    fc.constant(['# a comment', `${k}: "quoted"`]),
  ))).map((blocks) => blocks.flat()));

describe('readSimpleFrontMatter gives what js-yaml gives, or leaves the lines to it', () => {
  it('on generated front matter (keys, scalars, flow and block lists, comments, blanks)', () => {
    fc.assert(fc.property(frontMatter, expectAgreement), { numRuns: 10_000 });
    let read = 0;
    fc.assert(fc.property(wellFormed, (lines) => {
      expectAgreement(lines);
      if (readSimpleFrontMatter(lines) !== undefined) read++;
    }), { numRuns: 10_000 });
    // Not a vacuous property: a good share of the well-formed cases is read by the fast reader itself.
    expect(read).toBeGreaterThan(1_000);
  });

  it('on YAML noise and hostile text', () => {
    fc.assert(fc.property(fc.array(fc.oneof(yamlNoise(), hostileText()), { minLength: 1, maxLength: 6 }), expectAgreement), { numRuns: 5_000 });
  });

  it('on the front matter of every Markdown file in the repository', () => {
    const files = ['corpus', 'test/fixtures'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).map((name) => join(dir, name)));
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
      const end = lines.indexOf('---', 1);
      if (lines[0] !== '---' || end === -1) continue;
      const matter = lines.slice(1, end);
      expect(agrees(matter), file).toBe(true);
      if (readSimpleFrontMatter(matter) !== undefined) read++;
    }
    // The bundled corpus is written in the usual shapes: the fast reader takes nearly all of it.
    expect(read).toBeGreaterThan(files.length / 2);
  });
});

describe('readSimpleFrontMatter, by hand', () => {
  it('reads the usual shapes', () => {
    expect(readSimpleFrontMatter([
      'title: "L\'essor: une prophétie"',
      'type: interview',
      'date: 2019-03-01',
      'url: https://www.example.org/a:b',
      'people:',
      '  - { name: "Jérôme Bérenger", role: moderator }',
      'tags: ["plateformes", digital labor]',
      '',
      'quotes:',
      '  - "Une phrase, entre guillemets."',
      "  - 'une autre'",
      'related: []',
      'updates:',
    ])).toStrictEqual({
      title: "L'essor: une prophétie",
      type: 'interview',
      date: '2019-03-01',
      url: 'https://www.example.org/a:b',
      people: [{ name: 'Jérôme Bérenger', role: 'moderator' }],
      tags: ['plateformes', 'digital labor'],
      quotes: ['Une phrase, entre guillemets.', 'une autre'],
      related: [],
      updates: null,
    });
    expect(readSimpleFrontMatter(['quotes:', '  - text: "Une phrase."', '    speaker: Paola Dupont', '    at: "6:37"', '  - text: deux', 'x: y']))
      .toStrictEqual({ quotes: [{ text: 'Une phrase.', speaker: 'Paola Dupont', at: '6:37' }, { text: 'deux' }], x: 'y' });
  });

  it('reads plain scalars by the core schema: numbers, booleans, null', () => {
    expect(readSimpleFrontMatter(['issue: 12', 'date: 2024', 'tags: [1984, ok, "12"]', 'k: null', 'b: true', 'f: 1.5', 'h: 0x1F', 'u: 1_000'])).toStrictEqual({
      issue: 12, date: 2024, tags: [1984, 'ok', '12'], k: null, b: true, f: 1.5, h: 31, u: '1_000',
    });
  });

  it('reads empty quotes, a backslash inside single quotes, a list at column 0 and comment lines between keys', () => {
    expect(readSimpleFrontMatter(['# a comment', 'a: ""', "b: ''", "c: 'a\\b'", 'tags:', '- x', '- "y"', '# another', 'd: [\'\', "z"]'])).toStrictEqual({
      a: '', b: '', c: 'a\\b', tags: ['x', 'y'], d: ['', 'z'],
    });
  });

  it('leaves to js-yaml what it does not read exactly: escapes, comments after values, tabs, duplicates', () => {
    for (const lines of [
      ['title: "a\\tb"'], ['title: a # comment'], ['title:\ta'], ['title: a', 'title: b'],
      ['title: a', '  b'], ['tags: [a, ]'], ['people:', '  - name:', '      X'], ['people:', '  - name: X', '   role: y'], ['title: &a x'], ['title: |'],
      ['x: { a: 1, a: 2 }'], ['k: [a: b]'], ['# only a comment'], ['k: '], ['k:', '  - '],
      // A quote doubled inside single quotes; a flow key followed by anything but `: `; list items at two indentations.
      ["k: 'it''s'"], ["k: ['it''s', b]"], ["k: { a: 'it''s' }"], ['k: { a.b }'], ['k: { a:b }'], ['k: { a. b }'],
      ['tags:', '  - a', '    - b'], ['tags:', '    - a', '  - b'],
      // A plain value that ends with a colon: a mapping to js-yaml (an error after a key, `{a: null}` as an item).
      ['k: a:'], ['k:', '  - a:'],
    ]) {
      expect(readSimpleFrontMatter(lines), lines.join('\\n')).toBeUndefined();
    }
  });
});
