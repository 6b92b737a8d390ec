// The loader decodes only the front matter of a well-formed file whose body it keeps as bytes or
// not at all (loadFile), and every other file whole (loadFileText): both must give the same
// result on any input, in every body mode.
// What a file holds comes from pieces a split can go wrong on: byte-order marks, CRLF and CR,
// closing lines with blanks or text after them, `---` inside values, NUL, bytes that are not
// UTF-8, multibyte characters across the closing line, and no closing line at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUtf8 } from 'node:buffer';
import { loadFile, loadFileText, type FileResult } from '../../src/core/corpus.js';
import { hostileText } from './arbitraries.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const PIECES = [
  '---', '---\n', '--- \n', '---\t\r\n', '---x\n', '----\n', ' ---\n', '---yaml\n', '--- yml\r\n', '---toml\n', '\n', '\r\n', '\r',
  'title: "Un titre"\n', 'type: interview\n', 'date: 2020-10-15\n', 'outlet: Le Monde\n', 'tags: [a, b]\n', 'quotes:\n  - "Une citation, ---"\n',
  'title: "---"\n', 'é', '’', '😀', '\uFEFF', '\0', 'corps du texte\n', '- item\n', ': \n', '#\n',
];
const BYTE_PIECES = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0xe2, 0x80]];

/** Bytes made of text pieces (encoded) and, now and then, bytes that are not UTF-8. */
const fileBytes = fc.array(fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES).map(encode) },
  { weight: 2, arbitrary: hostileText({ maxLength: 20 }).map(encode) },
  { weight: 1, arbitrary: fc.constantFrom(...BYTE_PIECES).map((bytes) => Uint8Array.from(bytes)) },
), { maxLength: 40 }).map((parts) => Uint8Array.from(parts.flatMap((part) => [...part])));

/** Files that open and close as an entry does, with anything around. */
const entryBytes = fc.tuple(fc.constantFrom('', '\uFEFF'), fc.constantFrom('---\n', '---\r\n', '--- yaml\n'), fileBytes, fc.constantFrom('---\n', '---\r\n', '--- \n', '---'), fileBytes)
  .map(([bom, open, matter, close, body]) => Uint8Array.from([...encode(bom + open), ...encode('title: T\ntype: video\ndate: 2020-10-15\noutlet: O\n'), ...matter, ...encode(`\n${close}`), ...body]));

const withoutBody = ({ body: _, ...rest }: FileResult): FileResult => rest;

function expectSame(bytes: Uint8Array): void {
  const whole = loadFileText({ path: 'e.md', bytes });
  expect(loadFile({ path: 'e.md', bytes }, 'text', isUtf8)).toEqual(whole);
  // The default check of UTF-8 (decoding) agrees with Node's.
  expect(loadFile({ path: 'e.md', bytes }, 'text')).toEqual(whole);
  expect(loadFile({ path: 'e.md', bytes }, 'none', isUtf8)).toEqual(withoutBody(whole));
  const asBytes = loadFile({ path: 'e.md', bytes }, 'bytes', isUtf8);
  expect({ ...asBytes, bodyBytes: undefined }).toEqual({ ...withoutBody(whole), bodyBytes: undefined });
  // Decoded as the cache decodes a body: a byte-order mark in it is kept.
  expect(asBytes.bodyBytes === undefined ? undefined : Buffer.from(asBytes.bodyBytes).toString('utf8')).toBe(whole.body);
}

describe('decoding the front matter alone', () => {
  it('gives what decoding the whole file gives, on files built from risky pieces', () => {
    fc.assert(fc.property(fileBytes, expectSame), { numRuns: 2_000 });
  });

  it('gives what decoding the whole file gives, on files that open and close', () => {
    fc.assert(fc.property(entryBytes, expectSame), { numRuns: 2_000 });
  });

  it('gives what decoding the whole file gives, on arbitrary bytes after an opening line', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), (tail) => expectSame(Uint8Array.from([...encode('---\ntitle: T\ntype: video\ndate: 2020-10-15\noutlet: O\n---\n'), ...tail]))), { numRuns: 1_000 });
  });

  it('keeps a body as it was written, CRLF made LF, and its bytes copied out of the buffer read into', () => {
    const bytes = encode('---\ntitle: T\ntype: video\ndate: 2020-10-15\noutlet: O\n---\r\nUn corps\r\nsur deux lignes, é.\r\n');
    expect(Buffer.from(loadFile({ path: 'e.md', bytes }, 'bytes', isUtf8).bodyBytes!).toString('utf8')).toBe('Un corps\nsur deux lignes, é.\n');
    // A Buffer, as the loader's reads give: its slice() is a view, not a copy.
    const plain = Buffer.from(encode('---\ntitle: T\ntype: video\ndate: 2020-10-15\noutlet: O\n---\nUn corps, é.\n'));
    const kept = loadFile({ path: 'e.md', bytes: plain }, 'bytes', isUtf8).bodyBytes!;
    plain.fill(0);
    expect(new TextDecoder().decode(kept)).toBe('Un corps, é.\n');
  });
});
