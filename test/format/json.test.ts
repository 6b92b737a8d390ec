// JSON output is written in pieces: together they must be exactly what one JSON.stringify gives.
import { describe, expect, it } from 'vitest';
import { jsonPieces, ndjsonPieces, toJson } from '../../src/format/json.js';

const values = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `e-${i}`, nested: { list: [i, `a\nb ${i}`], empty: [], none: null }, text: i % 3 ? 'x' : 'l’été\u202e' }));

describe('JSON in pieces', () => {
  it.each([0, 1, 2, 199, 200, 201, 450])('%i values: the pieces join to the whole JSON, pretty-printed', (count) => {
    const items = values(count);
    const pieces = [...jsonPieces(items, (item) => item)];
    expect(pieces.join('')).toBe(toJson(items));
    expect(JSON.parse(pieces.join(''))).toEqual(items);
    // No piece holds more than one batch of values.
    expect(pieces.length).toBe(Math.max(1, Math.ceil(count / 200)));
  });

  it.each([0, 1, 201])('%i values: NDJSON pieces hold one value a line', (count) => {
    const items = values(count);
    const text = [...ndjsonPieces(items, (item) => item)].join('');
    expect(text.split('\n').filter(Boolean).map((line) => JSON.parse(line))).toEqual(items);
  });

  it('escapes terminal controls in every piece, as the whole would be', () => {
    const text = [...jsonPieces(values(450), (item) => item)].join('');
    expect(text).not.toMatch(/\u202e/);
    expect(text).toContain('\\u202e');
  });
});
