import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseEntryText } from '../../src/core/parse.js';

const ok = (text: string) => {
  const result = parseEntryText(text, 'a.md');
  if (!result.ok) throw new Error(`expected a parse, got ${result.problem.message}`);
  return result.raw;
};

describe('parseEntryText: the front matter split', () => {
  it.each([
    ['no front matter', 'title: x\n', 1, 'front-matter', /no front matter/],
    ['a blank line first', '\n---\ntitle: x\n---\n', 1, 'front-matter', /must start on line 1, not line 2/],
    ['no closing line', '---\ntitle: x\n', 1, 'front-matter', /never closed/],
    ['a closing line with more on it', '---\ntitle: x\n----\n', 1, 'front-matter', /never closed/],
    ['an empty file', '', 1, 'front-matter', /empty file/],
    ['js front matter', '---js\n{ title: "x" }\n---\n', 1, 'front-matter', /`js` is not read: only YAML/],
    ['javascript front matter', '---javascript\n{}\n---\n', 1, 'front-matter', /`javascript` is not read/],
    ['coffee front matter', '---coffee\ntitle: "x"\n---\n', 1, 'front-matter', /`coffee` is not read/],
    ['json front matter', '---json\n{"title": "x"}\n---\n', 1, 'front-matter', /`json` is not read/],
    ['toml front matter', '---toml\ntitle = "x"\n---\n', 1, 'front-matter', /`toml` is not read/],
    ['an unclosed quote', '---\ntitle: "x\ntype: video\n---\n', 2, 'yaml', /double quote opened here is never closed/],
    ['a tab indent', '---\ntags:\n\t- a\n---\n', 3, 'yaml', /tab/],
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n', 3, 'yaml', /duplicated mapping key/],
    ['an anchor and alias', '---\na: &x [1, 2]\nb: *x\n---\n', 2, 'yaml', /anchors and aliases are not allowed/],
    ['an alias without anchor', '---\nb: *x\n---\n', 2, 'yaml', /unidentified alias/],
    ['a list instead of fields', '---\n- a\n- b\n---\n', 2, 'front-matter', /must be fields/],
    ['empty front matter', '---\n---\nbody\n', 1, 'front-matter', /front matter is empty/],
    ['a NUL byte', '---\ntitle: a\0b\n---\n', 2, 'file', /NUL byte/],
    ['a custom YAML tag', '---\ntitle: !!js/function "x"\n---\n', 2, 'yaml', /unknown tag/],
  ])('%s is an error', (_name, text, line, field, message) => {
    const result = parseEntryText(text, 'a.md');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ path: 'a.md', line, field, severity: 'error' });
    expect(result.problem.message).toMatch(message);
  });

  it('refuses front matter over 256 KiB', () => {
    const result = parseEntryText(`---\ntitle: "${'x'.repeat(300 * 1024)}"\n---\n`, 'big.md');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/larger than 256 KiB/);
  });

  it('accepts a BOM, CRLF line ends and an explicit yaml language', () => {
    const raw = ok('\uFEFF---yaml\r\ntitle: x\r\ntype: video\r\n---\r\nbody line\r\n');
    expect(raw.data).toEqual({ title: 'x', type: 'video' });
    expect(raw.body).toBe('body line\n');
    expect(raw.bodyLine).toBe(5);
  });

  it('keeps dates as text, invalid ones included, never as Date objects', () => {
    const raw = ok('---\ndate: 2020-10-15\nother: 2020-02-30\nstamp: 2020-10-15T23:30:00+02:00\n---\n');
    expect(raw.data).toEqual({ date: '2020-10-15', other: '2020-02-30', stamp: '2020-10-15T23:30:00+02:00' });
  });

  it('never evaluates ---js front matter', () => {
    const marker = `/tmp/clic-parse-test-${process.pid}`;
    const text = `---js\n{ title: require('fs').writeFileSync('${marker}', 'owned') }\n---\n`;
    expect(parseEntryText(text, 'evil.md').ok).toBe(false);
    expect(() => statSync(marker)).toThrow();
  });

  it('finds the line of every top-level key and of every block-list item', () => {
    const raw = ok(['---', 'title: x', 'quotes:', '  - "one"', '  - text: "two"', '    speaker: A', '  - >-', '    three', 'tags: [a, b]', '---', ''].join('\n'));
    expect(raw.keyLines.get('title')).toBe(2);
    expect(raw.keyLines.get('quotes')).toBe(3);
    expect(raw.itemLines.get('quotes')).toEqual([4, 5, 7]);
    expect(raw.keyLines.get('tags')).toBe(9);
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8', () => {
    const result = decodeUtf8(new TextEncoder().encode('é'), 'a.md');
    expect(result).toEqual({ ok: true, text: 'é' });
  });

  it('names the line of the first invalid byte (Latin-1 text)', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('---\ntitle: caf'), 0xe9, 0x0a]);
    const result = decodeUtf8(bytes, 'latin1.md');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ line: 2, field: 'file', message: expect.stringMatching(/not valid UTF-8/) });
  });
});
