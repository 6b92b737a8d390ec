// The front-matter split and the location of fields, case by case, and where invalid UTF-8 is
// reported (Unicode table 3-7 for the byte ranges): expected values written from corpus-format.md
// and the UTF-8 definition (found by mutation testing, issue 14).
import { describe, expect, it } from 'vitest';
import { decodeUtf8, MAX_FRONT_MATTER_BYTES, parseEntryText, type RawEntry } from '../../src/core/parse.js';

const ok = (text: string): RawEntry => {
  const result = parseEntryText(text, 'a.md');
  if (!result.ok) throw new Error(`expected a parse, got ${result.problem.message}`);
  return result.raw;
};
const refused = (text: string) => {
  const result = parseEntryText(text, 'a.md');
  if (result.ok) throw new Error('expected a problem');
  const { line, field, message, hint } = result.problem;
  return `${line} ${field}: ${message}${hint === undefined ? '' : ` (${hint})`}`;
};

describe('decodeUtf8 names the first bad byte and its line', () => {
  const at = (bytes: number[]) => {
    const result = decodeUtf8(Uint8Array.from(bytes), 'a.md');
    return result.ok ? 'valid' : `${result.problem.line} ${result.problem.field}: ${result.problem.message} (${result.problem.hint})`;
  };
  const A = 0x61;
  const NL = 0x0a;

  it.each([
    ['C2 80, the first two-byte character', [A, 0xc2, 0x80]],
    ['DF BF, the last two-byte character', [A, 0xdf, 0xbf]],
    ['E0 A0 80, the first three-byte one', [A, 0xe0, 0xa0, 0x80]],
    ['ED 9F BF, just below the surrogates', [A, 0xed, 0x9f, 0xbf]],
    ['EE 80 80, just above them', [A, 0xee, 0x80, 0x80]],
    ['F0 90 80 80, the first four-byte one', [A, 0xf0, 0x90, 0x80, 0x80]],
    ['F4 8F BF BF, U+10FFFF', [A, 0xf4, 0x8f, 0xbf, 0xbf]],
  ])('%s is valid', (_name, bytes) => {
    expect(at(bytes)).toBe('valid');
  });

  it.each([
    ['C1 BF, an overlong two-byte form', [A, 0xc1, 0xbf], 2],
    ['C2 41, a lead byte without its continuation', [A, 0xc2, 0x41], 2],
    ['C2 C0, a continuation out of range', [A, 0xc2, 0xc0], 2],
    ['E0 9F BF, an overlong three-byte form', [A, 0xe0, 0x9f, 0xbf], 2],
    ['ED A0 80, a surrogate (CESU-8)', [A, 0xed, 0xa0, 0x80], 2],
    ['E2 82 41, a bad third byte', [A, 0xe2, 0x82, 0x41], 2],
    ['F0 8F BF BF, an overlong four-byte form', [A, 0xf0, 0x8f, 0xbf, 0xbf], 2],
    ['F4 90 80 80, above U+10FFFF', [A, 0xf4, 0x90, 0x80, 0x80], 2],
    ['F0 90 80 41, a bad fourth byte', [A, 0xf0, 0x90, 0x80, 0x41], 2],
    ['F5 80 80 80, a byte never in UTF-8', [A, 0xf5, 0x80, 0x80, 0x80], 2],
    ['80, a continuation alone', [A, A, 0x80], 3],
    ['E2 82 at the end, cut short', [A, 0xe2, 0x82], 2],
    ['FF after a two-byte character', [0xc3, 0xa9, 0xff], 3],
    ['FF after a three-byte character', [0xe2, 0x82, 0xac, 0xff], 4],
    ['FF after a four-byte character', [0xf0, 0x9f, 0x98, 0x80, 0xff], 5],
  ])('%s is byte %i', (_name, bytes, byte) => {
    expect(at(bytes)).toBe(`1 file: not valid UTF-8 (byte ${byte}) (save the file as UTF-8)`);
  });

  // The scan runs only once the decoder has refused the file: a valid character, then a bad byte.
  it.each([
    ['C2 80', [0xc2, 0x80]], ['DF BF', [0xdf, 0xbf]], ['E0 A0 80', [0xe0, 0xa0, 0x80]], ['E0 BF BF', [0xe0, 0xbf, 0xbf]],
    ['ED 80 80', [0xed, 0x80, 0x80]], ['ED 9F BF', [0xed, 0x9f, 0xbf]], ['EF BF BF', [0xef, 0xbf, 0xbf]],
    ['F0 90 80 80', [0xf0, 0x90, 0x80, 0x80]], ['F0 BF BF BF', [0xf0, 0xbf, 0xbf, 0xbf]], ['F4 80 80 80', [0xf4, 0x80, 0x80, 0x80]],
    ['F4 8F BF BF', [0xf4, 0x8f, 0xbf, 0xbf]],
  ])('scans %s as one character before a bad byte', (_name, bytes) => {
    expect(at([...bytes, 0xff])).toBe(`1 file: not valid UTF-8 (byte ${bytes.length + 1}) (save the file as UTF-8)`);
  });

  it('reports a bad byte as an error', () => {
    const result = decodeUtf8(Uint8Array.from([0xff]), 'a.md');
    expect(!result.ok && result.problem.severity).toBe('error');
  });

  it('counts lines up to the bad byte, and only line feeds', () => {
    expect(at([A, NL, A, 0x0d, A, NL, 0xff, NL])).toBe('3 file: not valid UTF-8 (byte 7) (save the file as UTF-8)');
    expect(at([0xc3, 0xa9, NL, 0xe2, 0x82, 0xac, NL, 0xf0, 0x9f, 0x98, 0x80, NL, 0xc0])).toBe('4 file: not valid UTF-8 (byte 13) (save the file as UTF-8)');
  });

  it('says a file is too large when the decoder refuses bytes that are all valid', () => {
    const refuse = () => {
      throw new RangeError('Invalid string length');
    };
    const result = decodeUtf8(Uint8Array.from([A, 0xc3, 0xa9, NL]), 'big.md', refuse);
    expect(result).toEqual({
      ok: false,
      problem: {
        path: 'big.md', line: 1, field: 'file', severity: 'error', message: 'is valid UTF-8 but too large to read (4 bytes)',
        hint: 'split it into several entries: an entry is read as one string of at most about 512 Mi characters',
      },
    });
  });
});

describe('the front matter split', () => {
  it.each([
    ['---  \ntitle: x\n--- \t\nbody', { title: 'x' }, 'body', 4],
    ['--- yaml\ntitle: x\n---\n', { title: 'x' }, '', 4],
    ['---YAML\ntitle: x\n---\n', { title: 'x' }, '', 4],
    ['---yml\ntitle: x\n---\n', { title: 'x' }, '', 4],
    ['---\ntitle: x\n---', { title: 'x' }, '', 4],
    ['---\ntitle: x\n---\n\nline\r\nother\r', { title: 'x' }, '\nline\nother\r', 4],
    ['---\r\na: 1\r\nb: 2\r\n---\r\n', { a: '1', b: '2' }, '', 5],
  ])('%j', (text, data, body, bodyLine) => {
    const raw = ok(text);
    expect(raw.data).toEqual(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v])));
    expect(raw.body).toBe(body);
    expect(raw.bodyLine).toBe(bodyLine);
  });

  it('keeps the front matter lines as written, without their line ends', () => {
    expect(ok('---\r\ntitle: x\r\n  # note\r\n---\r\n').matterLines).toEqual(['title: x', '  # note']);
  });

  it.each([
    ['   \n\t\n', '1 front-matter: empty file (an entry starts with a `---` line, its fields, then `---`)'],
    ['\n\n---\ntitle: x\n---\n', '1 front-matter: front matter must start on line 1, not line 3 (remove the blank lines before `---`)'],
    ['\r\n---\ntitle: x\n---\n', '1 front-matter: front matter must start on line 1, not line 2 (remove the blank lines before `---`)'],
    ['  \t\n---\ntitle: x\n---\n', '1 front-matter: front matter must start on line 1, not line 2 (remove the blank lines before `---`)'],
    ['text\n---\ntitle: x\n---\n', '1 front-matter: no front matter: the file must start with a `---` line (add `---`, the fields, and `---` at the top)'],
    ['---\ntitle: x\n--- x\n', '1 front-matter: front matter is never closed (end the fields with a line that is exactly `---`)'],
    ['---toml \ntitle = 1\n---\n', '1 front-matter: front matter in `toml` is not read: only YAML is (write the fields as YAML after a plain `---` line)'],
    ['---\n# only a comment\n---\n', '1 front-matter: front matter is empty (add at least title, type, date and outlet)'],
    ['---\njust text\n---\n', '2 front-matter: front matter must be fields (`name: value`), not a single value or a list'],
    ['a\nb\0', '2 file: contains a NUL byte: this is not a text file'],
    ['\uFEFF\0', '1 file: contains a NUL byte: this is not a text file'],
  ])('%j', (text, problem) => {
    expect(refused(text)).toBe(problem);
  });

  it('reads a BOM once, not a second one', () => {
    expect(ok('\uFEFF---\ntitle: x\n---\n').data).toEqual({ title: 'x' });
    expect(refused('\uFEFF\uFEFF---\ntitle: x\n---\n')).toMatch(/^1 front-matter: no front matter/);
  });

  it('counts the size of the front matter in UTF-8 bytes, up to 256 KiB', () => {
    const fits = 'é'.repeat((MAX_FRONT_MATTER_BYTES - 'title: ""'.length) / 2);
    expect(MAX_FRONT_MATTER_BYTES).toBe(262_144);
    expect(ok(`---\ntitle: "${fits}"\n---\n`).data.title).toBe(fits);
    expect(refused(`---\ntitle: "${fits}é"\n---\n`)).toBe('1 front-matter: front matter is larger than 256 KiB (move long text into the body)');
    expect(ok(`---\ntitle: "${'x'.repeat(MAX_FRONT_MATTER_BYTES - 'title: ""'.length)}"\n---\n`).data.title).toHaveLength(MAX_FRONT_MATTER_BYTES - 9);
  });
});

describe('YAML errors, at their line, with a hint', () => {
  it.each([
    ['---\ntitle: x\n\tdate: 2020\n---\n', /^3 yaml: .*tab.* \(indent with spaces, not tabs\)$/],
    ['---\ntitle: a\ntitle: b\n---\n', /^3 yaml: duplicated mapping key \(keep one of the two fields\)$/],
    ['---\ntitle: a\u0007b\n---\n', /^2 yaml: .*non-printable.* \(a raw control character such as ESC, BEL or DEL: remove it, or write it escaped in double quotes, as "\\e"\)$/],
    ['---\ntitle: Re: the answer\n---\n', /^2 yaml: bad indentation of a mapping entry \(a value that holds `: ` must be quoted: title: "Re: the answer"\)$/],
    ["---\ntitle: 'x\ntype: video\n---\n", /^2 yaml: a single quote opened here is never closed \(end the value with the quote it starts with\)$/],
    ['---\ntitle: x\nplace: "a, b\ntype: video\n---\n', /^3 yaml: a double quote opened here is never closed/],
    ['---\ntitle: "x"\nnote: [a, "b\n---\n', /^3 yaml: a double quote opened here is never closed/],
    ['---\na: &x 1\n---\n', /^2 yaml: YAML anchors and aliases are not allowed \(write the value out in full\)$/],
    ['---\ntitle: x\nlist:\n  - a\n  - &y b\n---\n', /^5 yaml: YAML anchors and aliases are not allowed/],
    [`---\ntitle: ${'['.repeat(20_000)}\n---\n`, /^2 yaml: /],
  ])('%j', (text, problem) => {
    expect(refused(text)).toMatch(problem);
  });

  it('gives no hint for an error that has none', () => {
    expect(refused('---\ntitle: x\n  bad: indent\n---\n')).toMatch(/^\d+ yaml: [^(]*$/);
  });
});

describe('where each field is', () => {
  it('finds keys written in the ways YAML allows, and their raw text', () => {
    const raw = ok(['---', '"title": x', "'type' : video", 'my key: v # c', 'empty:', 'tab:\tvalue', '---', ''].join('\n'));
    expect(Object.fromEntries(raw.keyLines)).toEqual({ title: 2, type: 3, 'my key': 4, empty: 5, tab: 6 });
    expect(Object.fromEntries(raw.rawValues)).toEqual({ title: 'x', type: 'video', 'my key': 'v # c', empty: '', tab: 'value' });
  });

  it('takes items at the margin as PyYAML writes them, and only items of the first indent', () => {
    const raw = ok(['---', 'tags:', '- a', '- b', 'people:', '  - name: A', '    roles:', '      - x', '  - B', '---', ''].join('\n'));
    expect(Object.fromEntries(raw.itemLines)).toEqual({ tags: [3, 4], people: [6, 9] });
    expect(raw.keyLines.get('people')).toBe(5);
  });

  it('takes a comment or a dash line with nothing after it as what YAML reads', () => {
    const raw = ok(['---', '# - not an item', 'tags:', '  -', '    a', '  - b', '---', ''].join('\n'));
    expect(raw.itemLines.get('tags')).toEqual([4, 6]);
    expect(raw.data).toEqual({ tags: ['a', 'b'] });
  });

  it('places complex keys at their `?` lines, in order, when each has one', () => {
    const raw = ok(['---', 'title: x', '? [a, b]', ': 1', '? [c]', ': 2', '---', ''].join('\n'));
    expect(raw.keyLines.get('a,b')).toBe(3);
    expect(raw.keyLines.get('c')).toBe(5);
  });

  // Issue 14: a key with an escape was not found, so its problems were reported at line 1.
  it('finds a double-quoted key by its escapes as YAML reads them', () => {
    const raw = ok(['---', 'place: P', '"ti\\x74le": T', '"\\ud800": x', '"a\\\\b": y', '---', ''].join('\n'));
    expect(Object.fromEntries(raw.keyLines)).toEqual({ place: 2, title: 3, '\ud800': 4, 'a\\b': 5 });
  });

  it('takes a line inside a quoted scalar that only looks like a key with an escape as no key', () => {
    const raw = ok(['---', "title: 'a", '"\\q": b\'', 'type: video', '---', ''].join('\n'));
    expect(raw.data).toEqual({ title: 'a "\\q": b', type: 'video' });
    expect(Object.fromEntries(raw.keyLines)).toEqual({ title: 2, '\\q': 3, type: 4 });
  });

  it('a `?` line ends the list above it', () => {
    const raw = ok(['---', 'tags:', '  - a', '? k', ':', '  - b', '---', ''].join('\n'));
    expect(raw.itemLines.get('tags')).toEqual([3]);
  });
});

// Cases from the second Stryker run on parse.ts (issue 14), each with what YAML or UTF-8 says.
describe('parse.ts, second round', () => {
  it('scans a continuation byte alone as a bad byte, whatever follows it', () => {
    const result = decodeUtf8(Uint8Array.from([0x61, 0x80, 0x80, 0x80, 0x80, 0xff]), 'a.md');
    expect(!result.ok && result.problem.message).toBe('not valid UTF-8 (byte 2)');
  });

  it('takes a first line with more than `---` and a word as no opening line', () => {
    expect(refused('---!\ntitle: x\n---\n')).toMatch(/^1 front-matter: no front matter/);
  });

  it('takes a carriage return before `---` as text, not a line end', () => {
    expect(refused('\n\r---\ntitle: x\n---\n')).toMatch(/^1 front-matter: no front matter/);
  });

  it('a YAML error other than an open quote is not blamed on a quote', () => {
    expect(refused("---\ntitle: 'x'\n\tdate: 2020\n---\n")).toMatch(/^3 yaml: .*tab/);
  });

  it.each([
    ['---\ntitle: x\n"a: b\n---\n', /^3 yaml: a double quote opened here is never closed/],
    ["---\ntitle: x\n'a: b\n---\n", /^3 yaml: a single quote opened here is never closed/],
  ])('finds an open quote at the start of a line: %j', (text, problem) => {
    expect(refused(text)).toMatch(problem);
  });

  it('reads keys of several blanks and values after several blanks', () => {
    const raw = ok(['---', 'my  key: v', 'wide:   w', "'a\\\\b': y", '---', ''].join('\n'));
    expect(Object.fromEntries(raw.keyLines)).toStrictEqual({ 'my  key': 2, wide: 3, 'a\\\\b': 4 });
    expect(raw.rawValues.get('wide')).toBe('w');
  });

  it('keeps the first line of a key that a quoted scalar seems to repeat', () => {
    const raw = ok(['---', "title: 'a", "title: b'", '---', ''].join('\n'));
    expect(raw.data).toEqual({ title: 'a title: b' });
    expect(raw.keyLines.get('title')).toBe(2);
  });

  it('places no key when a key is unplaced and no `?` line is there', () => {
    expect(ok('---\n"": x\n---\n').keyLines.has('')).toBe(false);
  });

  it('takes only `-` lines as items, and a `?` only at the margin', () => {
    const raw = ok(['---', 'quotes:', '  - text: a', '    speaker: B  - C', 'tags: # why? x', '  - t', '? k', '  - u', '---', ''].join('\n'));
    expect(Object.fromEntries(raw.itemLines)).toStrictEqual({ quotes: [3], tags: [6] });
  });
});
