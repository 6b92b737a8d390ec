// Property: no ESC, BEL, DEL, C1 or bidi control from the data ever reaches a terminal, in the
// sanitiser itself and in the table, show and validate output built on it; JSON keeps the data.
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/core/corpus.js';
import type { FullEntry } from '../../src/core/schema.js';
import { entryToJson, jsonPieces, ndjsonPieces } from '../../src/format/json.js';
import { plainPaint } from '../../src/format/paint.js';
import { formatProblemsText, summarize } from '../../src/format/problems.js';
import { formatEntriesText } from '../../src/format/show.js';
import { formatTable } from '../../src/format/table.js';
import { safeLine, safeText } from '../../src/format/terminal.js';
import { makePaint } from '../../src/paint.js';
import { TERMINAL_CONTROLS, UNSAFE_IN_TEXT, UNSAFE_ON_ONE_LINE, hostileFilledText, hostileText } from './arbitraries.js';

/** Colour is ours to write: SGR sequences (`ESC [ … m`) come from the paint, never from data. */
const withoutOwnColour = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');
const PAINTS = [plainPaint, makePaint(true)];

describe('safeLine and safeText', () => {
  it('the check itself catches every terminal control', () => {
    for (const control of TERMINAL_CONTROLS) expect(UNSAFE_ON_ONE_LINE.test(control) || /[\u061c\u200e\u200f\u2028\u2029\ufeff]/.test(control)).toBe(true);
  });

  it('safeLine lets no control, no newline and no bidi control through', () => {
    fc.assert(fc.property(hostileText({ maxLength: 200 }), (text) => {
      expect(safeLine(text)).not.toMatch(UNSAFE_ON_ONE_LINE);
      expect(safeLine(text)).not.toMatch(/[\u061c\u200e\u200f\u2028\u2029\ufeff]/);
    }), { numRuns: 2_000 });
  });

  it('safeText keeps newlines and tabs but lets no other control through', () => {
    fc.assert(fc.property(hostileText({ maxLength: 200 }), (text) => {
      expect(safeText(text)).not.toMatch(UNSAFE_IN_TEXT);
      expect(safeText(text).split('\n').length).toBe(text.replace(/\r\n/g, '\n').split('\n').length);
    }), { numRuns: 2_000 });
  });

  it('leaves text with no control as it is', () => {
    const plain = fc.string({ unit: 'binary', maxLength: 100 }).filter((s) => !/[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/.test(s));
    fc.assert(fc.property(plain, (text) => {
      expect(safeLine(text)).toBe(text);
      expect(safeText(text)).toBe(text);
    }), { numRuns: 1_000 });
  });
});

const person = fc.record({ name: hostileFilledText(), role: fc.oneof(fc.constantFrom('guest', 'host'), hostileFilledText()) });
const quote = fc.oneof(hostileFilledText(), fc.record({ text: hostileFilledText(), speaker: hostileFilledText(), at: hostileFilledText() }));
/** Front matter whose every text field is hostile, and whose unknown field name is hostile too. */
const hostileFrontMatter = fc.record({
  title: hostileFilledText(), outlet: hostileFilledText(), program: hostileFilledText(), issue: hostileFilledText(), place: hostileFilledText(),
  people: fc.array(person, { maxLength: 2 }), tags: fc.array(hostileFilledText(), { maxLength: 2 }), quotes: fc.array(quote, { maxLength: 2 }),
  updates: fc.array(fc.record({ date: fc.constant('2021'), note: hostileFilledText() }), { maxLength: 2 }),
  unknownField: hostileFilledText(),
});
type HostileFrontMatter = typeof hostileFrontMatter extends fc.Arbitrary<infer T> ? T : never;

function load(data: HostileFrontMatter, body: string): { entry: FullEntry; problems: ReturnType<typeof loadFile>['problems'] } {
  const { unknownField, ...fields } = data;
  const text = `---\n${yaml.dump({ ...fields, type: 'video', date: '2020-10-15', [unknownField]: 'x' })}---\n${body}`;
  const result = loadFile({ path: 'hostile.md', bytes: new TextEncoder().encode(text) });
  if (!result.entry) throw new Error(`did not load: ${JSON.stringify(result.problems)}`);
  return { entry: { ...result.entry, quotes: result.quotes ?? [], body: result.body ?? '' }, problems: result.problems };
}

const hostileBody = hostileText({ maxLength: 100 }).map((s) => s.replace(/[\0\r]/g, ''));

describe('output of entries whose every field is hostile', () => {
  it('table output has no control from the data on any line', () => {
    fc.assert(fc.property(hostileFrontMatter, fc.integer({ min: 20, max: 200 }), (data, columns) => {
      const { entry } = load(data, '');
      for (const paint of PAINTS) {
        for (const line of withoutOwnColour(formatTable([entry], paint, columns)).split('\n')) expect(line).not.toMatch(UNSAFE_ON_ONE_LINE);
      }
    }), { numRuns: 300 });
  });

  it('show output has no control from the data (tabs and newlines of the body aside)', () => {
    fc.assert(fc.property(hostileFrontMatter, hostileBody, (data, body) => {
      const { entry } = load(data, body);
      for (const paint of PAINTS) expect(withoutOwnColour(formatEntriesText([entry], paint, 80))).not.toMatch(UNSAFE_IN_TEXT);
    }), { numRuns: 300 });
  });

  it('validate output names hostile fields and roles without letting their controls through', () => {
    fc.assert(fc.property(hostileFrontMatter, (data) => {
      const { problems } = load(data, '');
      expect(problems.length).toBeGreaterThan(0);
      for (const paint of PAINTS) {
        const text = withoutOwnColour(formatProblemsText(problems, summarize(problems, 1, 1), paint));
        for (const line of text.split('\n')) expect(line).not.toMatch(UNSAFE_ON_ONE_LINE);
      }
    }), { numRuns: 300 });
  });

  it('JSON and NDJSON carry no raw control and round-trip the exact data', () => {
    fc.assert(fc.property(hostileFrontMatter, (data) => {
      const { entry } = load(data, '');
      const json = [...jsonPieces([entry], entryToJson)].join('');
      const ndjson = [...ndjsonPieces([entry], entryToJson)].join('');
      expect(json.replace(/\n/g, '')).not.toMatch(UNSAFE_ON_ONE_LINE);
      expect(ndjson.replace(/\n$/, '')).not.toMatch(UNSAFE_ON_ONE_LINE);
      expect(JSON.parse(json)).toEqual([entryToJson(entry)]);
      expect(JSON.parse(ndjson)).toEqual(entryToJson(entry));
      const parsed = JSON.parse(json)[0];
      expect(parsed).toMatchObject({ title: data.title, outlet: data.outlet, program: data.program, issue: data.issue, place: data.place, tags: data.tags });
      expect(parsed.people.map((p: { name: string }) => p.name)).toEqual(data.people.map((p) => p.name));
      expect(parsed.quotes.map((q: { text: string }) => q.text)).toEqual(data.quotes.map((q) => (typeof q === 'string' ? q : q.text)));
      expect(parsed.updates).toEqual(data.updates);
    }), { numRuns: 300 });
  });
});
