// Properties of a whole import, over generated input: it never throws, and what it writes
// validates. Apart from core.test.ts because each run is long: mutation runs of single modules
// name the case-by-case tests, which say which mutant a change kills.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_SOURCES } from '../../src/core/import/draft.js';
import { planImport } from '../../src/core/import/plan.js';
import { entryProblems } from '../../src/core/new-entry.js';
describe('property: any input', () => {
  const SHAPES = [
    'title,outlet,date,url\n', '- date: 2020-01-02\n  title: ', '@article{k, title = {', 'TY  - NEWS\r\nTI  - ', '[{"type": "interview", "title": ',
    '---\ntitle: ', '"', ',', '\n', '\r\n', '{', '}', '  ', ':', '2020-13-45', '5/14/26', 'https://x.org/a', '<a href="javascript:x">', '&amp;', '\\\'e',
    'ER  - ', '---', 'date-parts', '[[2020]]', '\u0000', '\u001b[31m', '\u202e', 'é', '# c', '*a', '&a ',
  ];
  const noise = fc.array(fc.oneof(fc.constantFrom(...SHAPES), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws, and every entry it would write validates', () => {
    fc.assert(
      fc.property(noise, fc.constantFrom(...IMPORT_SOURCES), (text, from) => {
        const plan = planImport([{ name: 'in', text }], [], new Set(), { from, overrides: new Map() });
        for (const item of plan.items) {
          expect(Number.isInteger(item.line) && item.line >= 1).toBe(true);
          if (item.outcome !== 'write') continue;
          expect(entryProblems(item.text!, item.id!, `${item.id!}.md`).filter((p) => p.severity === 'error')).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('property: any bytes through the command', () => {
  it('never crash clic import, and what it writes passes clic validate', async () => {
    const { clic, makeCorpus } = await import('../support/cli.js');
    const start = fc.constantFrom('title,outlet,date\n', '- title: ', 'TY  - VIDEO\r\nTI  - ', '@misc{k, title={', '[{"title":', '---\ntitle: ');
    await fc.assert(
      fc.asyncProperty(start, fc.uint8Array({ maxLength: 120 }), fc.constantFrom(...IMPORT_SOURCES), async (head, bytes, from) => {
        const corpus = makeCorpus({ 'input.txt': Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(',Outlet,2020\n')]) });
        const result = await clic(['import', `${corpus}/input.txt`, '--from', from, '--corpus', corpus]);
        expect([0, 1]).toContain(result.code);
        expect(result.stderr).not.toMatch(/\n\s+at |internal error/i);
        const validate = await clic(['validate', '--corpus', corpus, '--no-cache']);
        expect(validate.code).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('entryText, the writer import shares with clic new', () => {
  it('reads back exactly whatever the values hold', async () => {
    const { entryText } = await import('../../src/core/new-entry.js');
    const { parseEntryText } = await import('../../src/core/parse.js');
    const { validateEntry } = await import('../../src/core/validate.js');
    const { hostileFilledText } = await import('../fuzz/arbitraries.js');
    fc.assert(
      fc.property(hostileFilledText(), hostileFilledText(), fc.array(hostileFilledText(), { maxLength: 3 }), hostileFilledText(), (title, outlet, tags, name) => {
        const fields = { title, type: 'podcast', date: '2020-05', outlet, program: outlet, tags, people: [{ name, role: 'host' }, { name: outlet, role: 'director', org: true }], quotes: [{ text: title, speaker: name, at: '12:30' }] };
        const parsed = parseEntryText(entryText(fields), 'x.md');
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const { entry, quotes } = validateEntry(parsed.raw, 'x', 'x.md');
        expect(entry).toMatchObject({ title, outlet, program: outlet, tags, date: '2020-05', people: [{ name, role: 'host' }, { name: outlet, role: 'director', org: true }] });
        expect(quotes).toMatchObject([{ text: title, speaker: name, at: '12:30' }]);
      }),
      { numRuns: 300 },
    );
  });
});
