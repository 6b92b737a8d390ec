// Hostile input never wins: each case is one bad (or merely odd) file beside good neighbours.
// Every case goes through the pure core (loadFile, loadCorpus) and through the CLI (validate,
// list): the problem is reported as `path:line: field: message`, the good entries still load,
// and nothing throws or prints a stack trace.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus, loadFile, type SourceFile } from '../../src/core/corpus.js';
import type { Problem } from '../../src/core/problem.js';
import { clic, entryText, makeCorpus } from '../support/cli.js';

interface ExpectedProblem {
  line: number;
  field: string;
  message: RegExp;
  hint?: RegExp;
  severity?: Problem['severity'];
}

interface HostileCase {
  name: string;
  /** Path of the file under test, relative to the corpus. */
  path: string;
  content: string | Uint8Array;
  /** The problem the case is about, or null when the file is fine. */
  problem: ExpectedProblem | null;
  /** Other files the case needs (they load). */
  also?: Record<string, string>;
}

const GOOD_NEIGHBOURS: Record<string, string> = {
  'good-first.md': entryText({ title: '"The first good entry"', date: '2019-05' }),
  'deep/folder/good-last.md': entryText({ title: '"The last good entry"', type: 'podcast', date: '2021' }),
};
const GOOD_IDS = ['good-first', 'good-last'];

const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8, 0x00, 0x01]);
const FRONT = '---\ntitle: "T"\ntype: interview\ndate: 2020-10-15\noutlet: Some Outlet\n';
const billionLaughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  .concat('bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`))
  .join('\n');
const deepBlock = Array.from({ length: 150 }, (_, depth) => `${'  '.repeat(depth + 1)}k:`).join('\n');
const tenThousandQuotes = Array.from({ length: 10_000 }, (_, i) => `  - "Quote ${i}."`).join('\n');
const fiveMegabyteBody = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(92_000);
// Every text field carries ESC sequences, BEL, C1, DEL and bidi overrides, written as YAML escapes.
const HOSTILE = '"\\e[31mred\\e[0m \\a \\x9b2J \\x7f \\u202eevil\\u202c \\u2066iso\\u2069 \\e]0;title\\a"';

const error = (line: number, field: string, message: RegExp, hint?: RegExp): ExpectedProblem => ({ line, field, message, hint });
const warning = (line: number, field: string, message: RegExp, hint?: RegExp): ExpectedProblem => ({ line, field, message, hint, severity: 'warning' });
const notText = (value: string, kind: 'number' | 'boolean') => new RegExp(`must be text, but YAML reads \`${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\` as a ${kind}`);
const badDate = (value: string) => error(4, 'date', new RegExp(`\`${value.replace(/[/.]/g, '\\$&')}\` is not a valid date`), /YYYY-MM-DD, YYYY-MM or YYYY/);
const QUOTE_IT = /quote it/;

const CASES: HostileCase[] = [
  // The front matter split
  { name: 'no front matter', path: 'no-front-matter.md', content: 'Just notes, no fields.\n', problem: error(1, 'front-matter', /no front matter/) },
  { name: 'a blank line first', path: 'blank-line-first.md', content: `\n${entryText()}`, problem: error(1, 'front-matter', /must start on line 1, not line 2/, /blank lines/) },
  { name: 'no closing ---', path: 'never-closed.md', content: `${FRONT}\nThe body, taken for fields.\n`, problem: error(1, 'front-matter', /never closed/, /exactly `---`/) },
  { name: 'a closing line of four dashes', path: 'four-dashes.md', content: `${FRONT}----\nbody\n`, problem: error(1, 'front-matter', /never closed/) },
  { name: '---js front matter', path: 'lang-js.md', content: '---js\n{ title: "T" }\n---\n', problem: error(1, 'front-matter', /`js` is not read: only YAML/) },
  { name: '---javascript front matter', path: 'lang-javascript.md', content: '---javascript\nmodule.exports = { title: "T" }\n---\n', problem: error(1, 'front-matter', /`javascript` is not read/) },
  { name: '---coffee front matter', path: 'lang-coffee.md', content: '---coffee\ntitle: "T"\n---\n', problem: error(1, 'front-matter', /`coffee` is not read/) },
  { name: '---json front matter', path: 'lang-json.md', content: '---json\n{ "title": "T" }\n---\n', problem: error(1, 'front-matter', /`json` is not read/) },
  { name: '---toml front matter', path: 'lang-toml.md', content: '---toml\ntitle = "T"\n---\n', problem: error(1, 'front-matter', /`toml` is not read/) },
  { name: 'Hugo +++ TOML front matter', path: 'plus-toml.md', content: '+++\ntitle = "T"\n+++\n', problem: error(1, 'front-matter', /no front matter/) },
  { name: 'a list instead of fields', path: 'front-matter-list.md', content: '---\n- title\n- type\n---\n', problem: error(2, 'front-matter', /must be fields/) },
  { name: 'empty front matter', path: 'front-matter-empty.md', content: '---\n# nothing here\n---\nbody\n', problem: error(1, 'front-matter', /front matter is empty/) },

  // YAML syntax and YAML features that are refused
  { name: 'an unclosed double quote', path: 'unclosed-quote.md', content: entryText({ title: '"Never closed' }), problem: error(2, 'yaml', /double quote opened here is never closed/) },
  { name: 'an unclosed single quote', path: 'unclosed-single-quote.md', content: entryText({ outlet: "'Le Monde" }), problem: error(5, 'yaml', /single quote opened here is never closed/) },
  { name: 'bad indentation', path: 'bad-indentation.md', content: '---\ntitle: "T"\ntype: interview\n  date: 2020-10-15\noutlet: O\n---\n', problem: error(4, 'yaml', /bad indentation/) },
  { name: 'an unquoted colon in a title', path: 'colon-in-title.md', content: entryText({ title: 'Re: the answer' }), problem: error(2, 'yaml', /bad indentation/, /value that holds `: ` must be quoted/) },
  { name: 'a tab indent', path: 'tab-indent.md', content: entryText({ tags: '\n\t- work' }), problem: error(7, 'yaml', /tab characters/, /spaces, not tabs/) },
  { name: 'a duplicate key', path: 'duplicate-key.md', content: `${FRONT}title: "Again"\n---\n`, problem: error(6, 'yaml', /duplicated mapping key/, /keep one/) },
  { name: 'a raw ESC in a value', path: 'raw-escape.md', content: entryText({ place: 'Paris \x1b[2J' }), problem: error(6, 'yaml', /non-printable/, /control character/) },
  { name: 'a js-yaml code tag', path: 'yaml-js-tag.md', content: entryText({ title: '!!js/function "function () { return 1 }"' }), problem: error(2, 'yaml', /unknown tag/) },
  { name: 'an alias bomb', path: 'alias-bomb.md', content: `${FRONT}${billionLaughs}\n---\n`, problem: error(6, 'yaml', /anchors and aliases are not allowed/, /in full/) },
  { name: 'an alias with no anchor', path: 'alias-alone.md', content: entryText({ tags: '*words' }), problem: error(6, 'yaml', /unidentified alias/) },
  { name: 'deep flow nesting', path: 'deep-flow.md', content: entryText({ tags: `${'['.repeat(10_000)}${']'.repeat(10_000)}` }), problem: error(6, 'yaml', /nesting exceeded maxDepth/) },
  { name: 'deep block nesting', path: 'deep-block.md', content: `${FRONT}deep:\n${deepBlock} end\n---\n`, problem: error(105, 'yaml', /nesting exceeded maxDepth/) },
  { name: 'front matter over 256 KiB', path: 'huge-front-matter.md', content: entryText({ program: `"${'x'.repeat(257 * 1024)}"` }), problem: error(1, 'front-matter', /larger than 256 KiB/, /into the body/) },

  // Long runs of blanks: patterns that backtrack on them took seconds per line
  { name: 'a long run of blanks in the opening line', path: 'blank-run-opening.md', content: `---${' '.repeat(250_000)}!\n${entryText().slice(4)}`, problem: error(1, 'front-matter', /no front matter/) },
  { name: 'a long run of blanks in a value', path: 'blank-run-value.md', content: entryText({ title: `a${' '.repeat(250_000)}b` }), problem: null },
  { name: 'a long run of blanks in a line with no colon', path: 'blank-run-flow.md', content: entryText({ tags: `[a,\nb${' '.repeat(250_000)}]` }), problem: null },

  // Values that YAML reads otherwise than a person meant
  { name: 'title: #1 hit (a YAML comment)', path: 'title-comment.md', content: entryText({ title: '#1 hit' }), problem: error(2, 'title', /is empty/, /`#` starts a YAML comment/) },
  { name: 'title: 010', path: 'title-010.md', content: entryText({ title: '010' }), problem: error(2, 'title', notText('010', 'number'), /quote it: title: "010"/) },
  { name: 'title: 1e3', path: 'title-1e3.md', content: entryText({ title: '1e3' }), problem: error(2, 'title', notText('1e3', 'number'), /quote it: title: "1e3"/) },
  { name: 'issue: 808', path: 'issue-number.md', content: entryText({ issue: '808' }), problem: error(6, 'issue', notText('808', 'number'), QUOTE_IT) },
  { name: 'outlet: true', path: 'outlet-true.md', content: entryText({ outlet: 'true' }), problem: error(5, 'outlet', notText('true', 'boolean'), QUOTE_IT) },
  { name: 'title: 12:30 (text, but a number to YAML 1.1)', path: 'title-time.md', content: entryText({ title: '12:30' }), problem: warning(2, 'title', /`12:30` is text here, but YAML 1\.1 tools read it as a number/, /quote it: title: "12:30"/) },
  { name: 'title: yes (text, but a boolean to YAML 1.1)', path: 'title-yes.md', content: entryText({ title: 'yes' }), problem: warning(2, 'title', /`yes` is text here, but YAML 1\.1 tools read it as a boolean/, /quote it: title: "yes"/) },
  { name: 'program: off # comment', path: 'program-off.md', content: entryText({ program: 'off # the show' }), problem: warning(6, 'program', /`off` is text here/, QUOTE_IT) },
  { name: 'a missing title', path: 'title-missing.md', content: '---\ntype: interview\ndate: 2020-10-15\noutlet: O\n---\n', problem: error(1, 'title', /is required but missing/) },
  { name: 'an unknown type', path: 'type-unknown.md', content: entryText({ type: 'interveiw' }), problem: error(3, 'type', /unknown type `interveiw`/, /did you mean `interview`/) },
  { name: 'date 2020-02-30', path: 'date-feb-30.md', content: entryText({ date: '2020-02-30' }), problem: badDate('2020-02-30') },
  { name: 'date 2020-13-01', path: 'date-month-13.md', content: entryText({ date: '2020-13-01' }), problem: badDate('2020-13-01') },
  { name: 'date 15/10/2020', path: 'date-slashes.md', content: entryText({ date: '15/10/2020' }), problem: badDate('15/10/2020') },
  { name: 'date Oct 2020', path: 'date-words.md', content: entryText({ date: 'Oct 2020' }), problem: badDate('Oct 2020') },
  { name: 'date 2020-1-5', path: 'date-unpadded.md', content: entryText({ date: '2020-1-5' }), problem: badDate('2020-1-5') },
  { name: 'a timestamp for a date', path: 'date-timestamp.md', content: entryText({ date: '2020-10-15T10:00:00Z' }), problem: badDate('2020-10-15T10:00:00Z') },
  { name: 'url: javascript:…', path: 'url-javascript.md', content: entryText({ url: 'javascript:alert(document.cookie)' }), problem: error(6, 'url', /`javascript:alert\(document.cookie\)` is not an absolute http or https URL/) },
  { name: 'url: file:///etc/passwd', path: 'url-file.md', content: entryText({ url: 'file:///etc/passwd' }), problem: error(6, 'url', /is not an absolute http or https URL/) },
  { name: 'a __proto__ field', path: 'proto-field.md', content: '---\n__proto__: { title: Hijacked }\ntype: interview\ndate: 2020-10-15\noutlet: O\n---\n', problem: error(1, 'title', /is required but missing/) },

  // Warnings: the entry loads
  { name: 'an unknown field', path: 'unknown-field.md', content: entryText({ titel: 'x' }), problem: warning(6, 'titel', /unknown field/, /did you mean `title`/) },
  { name: 'an unknown role', path: 'unknown-role.md', content: entryText({ people: '\n  - { name: Jane Doe, role: interviwer }' }), problem: warning(7, 'people[1]', /unknown role `interviwer`/, /did you mean `interviewer`/) },
  { name: 'an unknown quote key', path: 'unknown-quote-key.md', content: entryText({ quotes: '\n  - "One"\n  - { text: "Two", speakr: A }' }), problem: warning(8, 'quotes[2]', /unknown key `speakr`/, /did you mean `speaker`/) },
  { name: 'an unindented (PyYAML) list', path: 'pyyaml-list.md', content: entryText({ people: '\n- name: A\n  role: guest\n- name: B\n  role: hots' }), problem: warning(9, 'people[2]', /unknown role `hots`/, /did you mean `host`/) },
  { name: 'an empty field name', path: 'empty-field-name.md', content: entryText({ '""': 'x' }), problem: warning(1, '""', /unknown field/) },
  { name: 'a BOM before a field name', path: 'bom-before-field.md', content: entryText({ '\uFEFFplace': 'Paris' }), problem: warning(6, '\uFEFFplace', /unknown field/, /did you mean `place`/) },
  { name: 'CRLF line ends with a warning', path: 'crlf-warning.md', content: entryText({ titel: 'x' }).replace(/\n/g, '\r\n'), problem: warning(6, 'titel', /unknown field/) },

  // Bytes
  { name: 'an empty file', path: 'empty.md', content: '', problem: error(1, 'front-matter', /empty file/) },
  { name: 'a file of blank lines', path: 'blank.md', content: '\n \n\t\n', problem: error(1, 'front-matter', /empty file/) },
  { name: 'a NUL byte', path: 'nul-byte.md', content: entryText({ place: 'a\0b' }), problem: error(6, 'file', /NUL byte/) },
  { name: 'binary data', path: 'binary.md', content: PNG, problem: error(1, 'file', /not valid UTF-8 \(byte 1\)/, /save the file as UTF-8/) },
  { name: 'Latin-1 bytes', path: 'latin-1.md', content: latin1(entryText({ outlet: 'Télérama' })), problem: error(5, 'file', /not valid UTF-8 \(byte \d+\)/, /save the file as UTF-8/) },

  // Fine: the file loads with no problem at all
  { name: 'a BOM at the start', path: 'bom-first.md', content: `\uFEFF${entryText()}`, problem: null },
  { name: 'a BOM in the middle of a value', path: 'bom-in-value.md', content: entryText({ title: '"Before\uFEFFafter"' }), problem: null },
  { name: 'CRLF line ends', path: 'crlf.md', content: entryText().replace(/\n/g, '\r\n'), problem: null },
  { name: 'mixed line ends', path: 'mixed-line-ends.md', content: entryText({ place: 'Paris' }).replace(/\n/g, (_, offset: number) => (offset % 2 ? '\r\n' : '\n')), problem: null },
  { name: 'a 5 MB body', path: 'five-megabyte-body.md', content: entryText({}, fiveMegabyteBody), problem: null },
  { name: '10,000 quotes', path: 'ten-thousand-quotes.md', content: `${FRONT}quotes:\n${tenThousandQuotes}\n---\n`, problem: null },
  { name: 'escapes, BEL and bidi controls in every text field', path: 'hostile-text.md', content: entryText({
    title: HOSTILE, outlet: HOSTILE, program: HOSTILE, issue: HOSTILE, place: HOSTILE,
    people: `\n  - { name: ${HOSTILE}, role: guest }\n  - ${HOSTILE}`,
    tags: `[${HOSTILE}]`,
    quotes: `\n  - ${HOSTILE}\n  - { text: ${HOSTILE}, speaker: ${HOSTILE}, at: ${HOSTILE} }`,
    updates: `\n  - { date: 2021, note: ${HOSTILE} }`,
  }, '\x1b[2J\x07 raw escapes in the body \u202e'), problem: null },

  // Ids come from file names
  { name: 'an id with spaces', path: 'My Entry.md', content: entryText(), problem: error(1, 'id', /file name `My Entry.md` is not a valid id/, /rename it to my-entry\.md/) },
  { name: 'an id with capitals', path: 'Capitals-Here.md', content: entryText(), problem: error(1, 'id', /not a valid id/, /rename it to capitals-here\.md/) },
  { name: 'an id with dots', path: 'notes.v1.2.md', content: entryText(), problem: error(1, 'id', /not a valid id/, /rename it to notes-v1-2\.md/) },
  { name: 'an id with non-ASCII letters', path: 'entrée-été.md', content: entryText(), problem: error(1, 'id', /not a valid id/, /rename it to entree-ete\.md/) },
  { name: 'an id with a double hyphen', path: 'double--hyphen.md', content: entryText(), problem: error(1, 'id', /not a valid id/, /rename it to double-hyphen\.md/) },
  {
    name: 'a duplicate id in another subfolder', path: 'b/same-id.md', content: entryText(), also: { 'a/same-id.md': entryText() },
    problem: error(1, 'id', /duplicate id `same-id`: a\/same-id\.md and b\/same-id\.md/, /rename one/),
  },
];

const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
const idOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
const isError = (c: HostileCase): boolean => c.problem !== null && (c.problem.severity ?? 'error') === 'error';
/** Ids that must load: the neighbours, the case's companions, and the case itself unless it is an error. */
const loadingIds = (c: HostileCase): string[] =>
  [...GOOD_IDS, ...Object.keys(c.also ?? {}).map(idOf), ...(isError(c) ? [] : [idOf(c.path)])].sort();

function sources(c: HostileCase): SourceFile[] {
  const files = { ...GOOD_NEIGHBOURS, ...c.also };
  return [...Object.entries(files).map(([path, text]) => ({ path, bytes: bytesOf(text) })), { path: c.path, bytes: bytesOf(c.content) }];
}

function expectProblem(problems: readonly Problem[], path: string, expected: ExpectedProblem): void {
  const severity = expected.severity ?? 'error';
  const found = problems.find((p) => p.path === path && p.line === expected.line && p.field === expected.field && p.severity === severity && expected.message.test(p.message));
  expect(found, `${path}:${expected.line}: ${expected.field}: ${expected.message} among\n${JSON.stringify(problems, null, 1)}`).toBeDefined();
  if (expected.hint) expect(found?.hint).toMatch(expected.hint);
}

/** The validate line of a problem: `path:line: field: [warning: ]message (hint)`. */
const validateLine = (path: string, p: ExpectedProblem): string => `${path}:${p.line}: ${p.field}: ${p.severity === 'warning' ? 'warning: ' : ''}`;
/** Every case takes milliseconds; a pattern that backtracks on hostile text took 15-50 s per file. */
const CASE_TIMEOUT = 10_000;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|internal error/m;

const corpora: string[] = [];
afterAll(() => corpora.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function corpusFor(files: Record<string, string | Uint8Array>): string {
  const dir = makeCorpus(files);
  corpora.push(dir);
  return dir;
}

describe('hostile files, through the pure core', () => {
  it('has at least 40 bad inputs', () => {
    expect(CASES.filter((c) => c.problem !== null).length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('$name: reported precisely, neighbours still loaded', { timeout: CASE_TIMEOUT }, (c) => {
    const corpus = loadCorpus(sources(c));
    expect(corpus.entries.map((e) => e.id).sort()).toEqual(loadingIds(c));
    expect(corpus.skipped).toBe(isError(c) ? 1 : 0);
    if (c.problem === null) expect(corpus.problems).toEqual([]);
    else expectProblem(corpus.problems, c.path, c.problem);
  });

  it.each(CASES.filter((c) => !c.also && !c.problem?.field.startsWith('id')))('$name: loadFile alone gives the same verdict', { timeout: CASE_TIMEOUT }, (c) => {
    const result = loadFile({ path: c.path, bytes: bytesOf(c.content) });
    expect(result.entry !== undefined).toBe(!isError(c));
    if (c.problem === null) expect(result.problems).toEqual([]);
    else expectProblem(result.problems, c.path, c.problem);
  });
});

describe('hostile files, through the CLI', () => {
  it.each(CASES)('$name: validate names it, list still lists the good entries', { timeout: CASE_TIMEOUT }, async (c) => {
    const dir = corpusFor({ ...GOOD_NEIGHBOURS, ...c.also, [c.path]: c.content });

    const validate = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(validate.code).toBe(isError(c) ? 1 : 0);
    if (c.problem !== null) {
      const prefix = validateLine(c.path, c.problem);
      const line = validate.stdout.split('\n').find((l) => l.startsWith(prefix.replace('\uFEFF', '\\ufeff')));
      expect(line, validate.stdout).toBeDefined();
      expect(line).toMatch(c.problem.message);
    } else {
      expect(validate.stdout).toMatch(/no problems/);
    }
    expect(validate.stdout + validate.stderr).not.toMatch(STACK_TRACE);

    const list = await clic(['list', '--corpus', dir, '--format', 'ids']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').filter(Boolean).sort()).toEqual(loadingIds(c));
    if (isError(c)) expect(list.stderr).toMatch(/^clic: 1 file skipped because of errors/);
    else expect(list.stderr).toBe('');
    expect(list.stderr).not.toMatch(STACK_TRACE);
  });

  it('loads every good entry of a corpus holding every case at once and names every bad file', async () => {
    const files: Record<string, string | Uint8Array> = { ...GOOD_NEIGHBOURS };
    for (const c of CASES) Object.assign(files, c.also, { [c.path]: c.content });
    const dir = corpusFor(files);
    const errors = CASES.filter(isError);

    const validate = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(validate.code).toBe(1);
    for (const c of errors) expect(validate.stdout).toContain(validateLine(c.path, c.problem!));
    const checked = Object.keys(files).length;
    // Besides each case's problem, the cases made from one template are probable duplicates of each other.
    const withProblems = new Set(validate.stdout.split('\n').filter((l) => !l.includes('probably the same appearance')).map((l) => /^([^:]+):\d+: /.exec(l)?.[1]).filter(Boolean));
    expect(withProblems.size).toBe(CASES.filter((c) => c.problem !== null).length);
    expect(validate.stdout).toMatch(new RegExp(`in \\d+ files \\(${checked} files checked, ${checked - errors.length} entries loaded\\)`));
    expect(validate.stdout + validate.stderr).not.toMatch(STACK_TRACE);

    const list = await clic(['list', '--corpus', dir, '--format', 'ids']);
    const expected = [...new Set(CASES.flatMap(loadingIds))].sort();
    expect(list.stdout.split('\n').filter(Boolean).sort()).toEqual(expected);
    expect(list.stderr).toBe(`clic: ${errors.length} files skipped because of errors (run \`clic validate\` to see them)\n`);
  });

  it('gives the same answers again, with and without the cache, and never touches a file', async () => {
    const files: Record<string, string | Uint8Array> = { ...GOOD_NEIGHBOURS };
    for (const c of CASES) Object.assign(files, c.also, { [c.path]: c.content });
    const dir = corpusFor(files);
    const cacheDir = mkdtempSync(join(tmpdir(), 'clic-hostile-cache-'));
    corpora.push(cacheDir);
    const env = { CLIC_CACHE_DIR: cacheDir };
    const runs = [];
    for (const args of [[], [], ['--no-cache']]) {
      runs.push(await clic(['validate', '--corpus', dir, '--format', 'json', ...args], { env }));
      runs.push(await clic(['list', '--corpus', dir, '--format', 'json', ...args], { env }));
    }
    expect(runs.slice(2)).toEqual([...runs.slice(0, 2), ...runs.slice(0, 2)]);
    // Buffer#equals: a deep toEqual on the 5 MB file takes many seconds.
    for (const [path, content] of Object.entries(files)) expect(readFileSync(join(dir, path)).equals(bytesOf(content)), path).toBe(true);
  });
});

describe('odd files that load keep their data exactly', () => {
  const entryOf = (name: string) => {
    const c = CASES.find((k) => k.name === name)!;
    const { entry, quotes, body } = loadFile({ path: c.path, bytes: bytesOf(c.content) });
    if (!entry) throw new Error(`${name} did not load`);
    return { ...entry, quotes: quotes ?? [], body: body ?? '' };
  };

  it('keeps a BOM in the middle of a value as a character', () => {
    expect(entryOf('a BOM in the middle of a value').title).toBe('Before\uFEFFafter');
  });

  it('numbers lines the same with CRLF and mixed line ends, and keeps no CR in values', () => {
    for (const name of ['CRLF line ends', 'mixed line ends']) {
      const entry = entryOf(name);
      expect(entry.lines).toMatchObject({ title: 2, type: 3, date: 4, outlet: 5 });
      expect(entry.outlet).toBe('Some Outlet');
    }
    expect(entryOf('mixed line ends').place).toBe('Paris');
  });

  it('keeps all 10,000 quotes, each with its line', () => {
    const { quotes } = entryOf('10,000 quotes');
    expect(quotes).toHaveLength(10_000);
    expect(quotes[9_999]).toMatchObject({ text: 'Quote 9999.', line: 10_006 });
  });

  it('keeps a 5 MB body whole', () => {
    expect(entryOf('a 5 MB body').body.length).toBeGreaterThanOrEqual(5_000_000);
  });

  it('keeps hostile characters in every text field as data', () => {
    const entry = entryOf('escapes, BEL and bidi controls in every text field');
    const hostile = '\x1b[31mred\x1b[0m \x07 \x9b2J \x7f \u202eevil\u202c \u2066iso\u2069 \x1b]0;title\x07';
    expect(entry).toMatchObject({
      title: hostile, outlet: hostile, program: hostile, issue: hostile, place: hostile,
      people: [{ name: hostile, role: 'guest' }, { name: hostile, role: null }],
      tags: [hostile],
      quotes: [{ text: hostile, speaker: null, at: null }, { text: hostile, speaker: hostile, at: hostile }],
      updates: [{ date: '2021', note: hostile }],
    });
    expect(entry.body).toContain('\x1b[2J\x07');
  });
});
