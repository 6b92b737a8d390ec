import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryProblems, entryTemplate, freeId, newEntryId, yamlQuote, type NewEntryFields } from '../../src/core/new-entry.js';
import { parseEntryText } from '../../src/core/parse.js';
import { FIELDS, REQUIRED_FIELDS } from '../../src/core/schema.js';
import { validateEntry } from '../../src/core/validate.js';

const FIELDS_OK: NewEntryFields = { title: 'Les ouvriers du clic', type: 'interview', date: '2020-10-15', outlet: 'National Geographic France' };

/** The entry `validate` would load from the template. */
function loaded(fields: Partial<NewEntryFields>) {
  const parsed = parseEntryText(entryTemplate({ ...FIELDS_OK, ...fields }), 'new.md');
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return validateEntry(parsed.raw, 'new', 'new.md');
}

// Any UTF-16 code unit, lone surrogates and controls included.
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });

describe('yamlQuote', () => {
  it.each([
    'He said "no"', 'a: b', '# not a comment', 'line\nbreak', 'crlf\r\nend', '1984', '0x1F', '1e3', 'true', 'no', 'null', '~',
    '- item', '[a, b]', '{a: b}', "'single'", 'back\\slash', '  spaces  ', 'tab\there', 'Télérama — « l’été » 😀',
    'NEL\u0085', 'LS\u2028PS\u2029', 'DEL\u007f', '\ufeffBOM', 'esc\u001b[31m', '---', '%YAML 1.2', '@at', '`tick`',
    '*alias', '&anchor', '!tag', '|', '>', '12:34', '2020-10-15',
  ])('%j reads back as itself, through the loader', (title) => {
    const { entry, problems } = loaded({ title, outlet: title });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(entry?.title).toBe(title);
    expect(entry?.outlet).toBe(title);
  });

  it('reads back any text as itself', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseEntryText(`---\ntitle: ${yamlQuote(text)}\n---\n`, 'x.md');
        expect(parsed.ok && parsed.raw.data.title).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  // js-yaml reads these raw, but YAML forbids some in a stream and other tools take some for line breaks.
  it.each(['0000', '001b', '007f', '0085', '009b', '2028', '2029', 'feff', 'fffe', 'ffff', 'd800'])('writes U+%s as an escape', (hex) => {
    expect(yamlQuote(`a${String.fromCharCode(parseInt(hex, 16))}b`)).toBe(`"a\\u${hex}b"`);
  });

  it('writes only printable characters, on one line', () => {
    const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    fc.assert(fc.property(anyText, (text) => {
      expect(yamlQuote(text)).not.toMatch(unsafe);
    }), { numRuns: 2000 });
  });
});

describe('entryTemplate', () => {
  it('is an entry that validates with no problem at all', () => {
    const { entry, problems } = loaded({});
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ ...FIELDS_OK, program: null, people: [], tags: [] });
  });

  it('writes type and date plain, as the corpus files do', () => {
    expect(entryTemplate(FIELDS_OK)).toMatch(/^---\ntitle: "Les ouvriers du clic"\ntype: interview\ndate: 2020-10-15\noutlet: "National Geographic France"\n/);
  });

  it.each(FIELDS.filter((field) => !(REQUIRED_FIELDS as readonly string[]).includes(field)))('has a commented placeholder for %s', (field) => {
    expect(entryTemplate(FIELDS_OK)).toMatch(new RegExp(`^# ${field}:`, 'm'));
  });

  it('ends the front matter and leaves a body placeholder', () => {
    expect(entryTemplate(FIELDS_OK)).toMatch(/\n---\n\n<!-- .+ -->\n$/);
  });

  it.each<[Partial<NewEntryFields>, string, RegExp]>([
    [{ type: 'vidoe' }, 'type', /unknown type `vidoe`/],
    [{ type: 'video: yes' }, 'type', /unknown type `video: yes`/],
    [{ date: '2020-02-30' }, 'date', /`2020-02-30` is not a valid date/],
    [{ date: '15/10/2020' }, 'date', /`15\/10\/2020` is not a valid date/],
    [{ title: '   ' }, 'title', /is empty/],
  ])('%j gives the error validate gives', (fields, field, message) => {
    const errors = entryProblems(entryTemplate({ ...FIELDS_OK, ...fields }), 'new', 'new.md').filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field, path: 'new.md' });
    expect(errors[0]!.message).toMatch(message);
  });
});

describe('newEntryId', () => {
  it.each([
    ['2020-10-15', 'National Geographic France', '2020-10-15-national-geographic-france'],
    ['2020-02-13', 'L’Humanité', '2020-02-13-l-humanite'],
    ['2020-05', 'Œuvres & Cie', '2020-05-oeuvres-cie'],
    ['2019', 'École nationale supérieure de Sécurité sociale (EN3S)', '2019-ecole-nationale-superieure-de-securite'],
    ['2019', 'x'.repeat(50), `2019-${'x'.repeat(40)}`],
    ['2019', '«»', '2019-entry'],
  ])('%s + %j is %s', (date, outlet, id) => {
    expect(newEntryId({ date, outlet })).toBe(id);
  });
});

describe('freeId', () => {
  it.each<[string[], string]>([
    [[], 'a'],
    [['a'], 'a-2'],
    [['a', 'a-2', 'a-3'], 'a-4'],
  ])('with %j taken, offers %s', (taken, id) => {
    expect(freeId('a', new Set(taken))).toBe(id);
  });
});
