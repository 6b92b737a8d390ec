// The second round of hostile input (issue 14): what is not a file, full disks, far dates, huge
// widths, names near the length limit, empty filters and control characters from the command line.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/corpus.js';
import { decodeUtf8 } from '../../src/core/parse.js';
import { computeStats, GAP_LABEL, MAX_EMPTY_RUN } from '../../src/core/stats.js';
import { errnoText, EXIT_OUTPUT } from '../../src/errors.js';
import { formatStatsJson, formatStatsText } from '../../src/format/stats.js';
import { makePaint } from '../../src/paint.js';
import { MAX_COLUMNS, terminalColumns } from '../../src/format/terminal.js';
import { clic, entryText, makeCorpus, ROOT } from '../support/cli.js';

const BIN = join(ROOT, 'bin', 'clic.js');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CLIC_CACHE_DIR: join(tmpdir(), `clic-round-two-${process.pid}`) };
const oneEntry = () => makeCorpus({ 'a.md': entryText({ title: '"Le travail du clic"' }) });
const scratch = () => mkdtempSync(join(tmpdir(), 'clic-out-'));
const hasCommand = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
/** A stack frame as Node prints it: never on a person's terminal. */
const STACK_FRAME = /\n\s+at .*:\d+:\d+/;

describe('-o writes into what is not a file, and replaces only a regular file', () => {
  it.skipIf(!hasCommand('mkfifo'))('writes into a FIFO (skipped: mkfifo missing)', async () => {
    const dir = scratch();
    const fifo = join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const received = join(dir, 'received');
    const reader = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', fifo, received]);
    const done = new Promise((resolve) => reader.on('exit', resolve));
    const result = await clic(['export', '--corpus', oneEntry(), '--no-cache', '--format', 'ris', '-o', fifo, '--force']);
    await done;
    expect(result).toMatchObject({ code: 0 });
    expect(readFileSync(received, 'utf8')).toMatch(/^TY {2}- .*Le travail du clic/s);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes into a device through a link, and keeps the link', async () => {
    const dir = scratch();
    const link = join(dir, 'null');
    symlinkSync('/dev/null', link);
    const result = await clic(['export', '--corpus', oneEntry(), '--no-cache', '--format', 'ris', '-o', link, '--force']);
    expect(result.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('says in one line that a full device is full, with its own exit code', async () => {
    const link = join(scratch(), 'full');
    symlinkSync('/dev/full', link);
    const result = await clic(['export', '--corpus', oneEntry(), '--no-cache', '--format', 'ris', '-o', link, '--force']);
    expect(result).toEqual({ code: EXIT_OUTPUT, stdout: '', stderr: `clic: cannot write ${link}: no space left on the device (ENOSPC)\n` });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('replaces the file a link leads to, not the link', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.ris'), 'old');
    symlinkSync('real.ris', join(dir, 'link.ris'));
    const result = await clic(['export', '--corpus', oneEntry(), '--no-cache', '--format', 'ris', '-o', join(dir, 'link.ris'), '--force']);
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'link.ris')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.ris'), 'utf8')).toMatch(/^TY {2}- /);
  });

  it('refuses a dangling link, even with --force', async () => {
    const link = join(scratch(), 'dangling.ris');
    symlinkSync('nowhere', link);
    const result = await clic(['export', '--corpus', oneEntry(), '--no-cache', '--format', 'ris', '-o', link, '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a symbolic link to nothing');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('takes -o /dev/stdout as standard output', async () => {
    const result = await clic(['export', '--corpus', oneEntry(), '--no-cache', '--format', 'ris', '-o', '/dev/stdout']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^TY {2}- .*Le travail du clic/s);
  });

  it.skipIf(!hasCommand('bash'))('writes into a process substitution, -o >(wc -c) (skipped: bash missing)', () => {
    const counted = join(scratch(), 'count');
    const script = `"$1" "$2" export --corpus "$3" --no-cache --format ris -o >(wc -c > "$4"); status=$?; wait; exit $status`;
    const result = spawnSync('bash', ['-c', script, 'bash', process.execPath, BIN, oneEntry(), counted], { encoding: 'utf8', env });
    expect(result.stderr).not.toMatch(/cannot|exists/);
    expect(result.status).toBe(0);
    expect(Number(readFileSync(counted, 'utf8').trim())).toBeGreaterThan(20);
  });

  it('writes a name of 255 bytes: the temporary name does not make it too long', async () => {
    const name = `${'é'.repeat(125)}.ris`;
    expect(Buffer.byteLength(name)).toBe(254);
    const dir = scratch();
    const result = await clic(['export', '--corpus', oneEntry(), '--no-cache', '--format', 'ris', '-o', join(dir, name)]);
    expect(result.stderr).not.toContain('ENAMETOOLONG');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, name), 'utf8')).toMatch(/^TY {2}- /);
  });
});

describe('clic new when something that is not an entry holds the name', () => {
  const fields = ['--type', 'press', '--date', '2021-03', '--outlet', 'Libération', '--title', 'Les forçats du clic'];

  it.each([
    ['a folder', (path: string) => mkdirSync(path)],
    ['a dangling link', (path: string) => symlinkSync('nowhere', path)],
    ['a FIFO', (path: string) => spawnSync('mkfifo', [path])],
  ])('suggests another id when %s holds it', async (_, occupy) => {
    const corpus = oneEntry();
    occupy(join(corpus, 'taken.md'));
    const result = await clic(['new', '--corpus', corpus, '--no-cache', ...fields, '--id', 'taken']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--id taken-2');
  });

  it('writes an id of 251 bytes (a 254-byte file name)', async () => {
    const corpus = oneEntry();
    const id = 'a'.repeat(251);
    const result = await clic(['new', '--corpus', corpus, '--no-cache', ...fields, '--id', id]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(corpus, `${id}.md`), 'utf8')).toContain('Les forçats du clic');
  });
});

describe('write errors on standard output', () => {
  it('clic list > /dev/full is one line, exit 74, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, 'list', '--no-cache'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env });
      expect(result.stderr).toBe('clic: cannot write to standard output: no space left on the device (ENOSPC)\n');
      expect(result.status).toBe(EXIT_OUTPUT);
    } finally {
      closeSync(full);
    }
  });

  it.each([
    [{ code: 'EIO', message: 'EIO: i/o error, write' }, 'input/output error on the device (EIO)'],
    [{ code: 'EBADF', message: 'EBADF: bad file descriptor, write' }, 'the descriptor is closed (EBADF)'],
    [{ code: 'ECONNRESET', message: 'ECONNRESET: connection reset by peer, write' }, 'connection reset by peer (ECONNRESET)'],
  ])('says %j in words, with its code', (error, words) => {
    expect(errnoText(Object.assign(new Error(error.message), { code: error.code }))).toBe(words);
  });

  it('documents exit code 74 in the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/\| 74 \| .*(disk|written)/);
  });
});

/** Entries through the real loader, dated as given. */
function dated(...dates: string[]) {
  const files = dates.map((date, i) => ({ path: `e${i}.md`, bytes: new TextEncoder().encode(entryText({ date: `"${date}"` })) }));
  const corpus = loadCorpus(files);
  expect(corpus.problems).toEqual([]);
  return corpus.entries;
}

describe('timelines stay bounded whatever the dates', () => {
  it('steps years as numbers: 9999 is the last year, not the start of 89,991 rows', () => {
    const rows = computeStats(dated('9998', '9999'), 'year').rows;
    expect(rows.map((r) => [r.label, r.count])).toEqual([['9998', 1], ['9999', 1]]);
  });

  it('collapses a run of empty years longer than the bound into one gap row', () => {
    const rows = computeStats(dated('0001', '2020', '9999'), 'year').rows;
    expect(rows).toEqual([
      expect.objectContaining({ label: '0001', count: 1 }),
      { label: GAP_LABEL, count: 0, types: {}, gap: { from: '0002', to: '2019', periods: 2018 } },
      expect.objectContaining({ label: '2020', count: 1 }),
      { label: GAP_LABEL, count: 0, types: {}, gap: { from: '2021', to: '9998', periods: 7978 } },
      expect.objectContaining({ label: '9999', count: 1 }),
    ]);
  });

  it('shows a run of exactly the bound, and collapses one more', () => {
    expect(MAX_EMPTY_RUN).toBe(24);
    // February 2000 to January 2002: 24 empty months, each its row.
    const shown = computeStats(dated('2000-01', '2002-02'), 'month').rows;
    expect(shown).toHaveLength(26);
    expect(shown.filter((r) => r.count === 0).map((r) => r.label)).toEqual(
      Array.from({ length: 24 }, (_, i) => `${2000 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}`),
    );
    const collapsed = computeStats(dated('2000-01', '2002-03'), 'month').rows;
    expect(collapsed.map((r) => r.label)).toEqual(['2000-01', GAP_LABEL, '2002-03']);
    expect(collapsed[1]!.gap).toEqual({ from: '2000-02', to: '2002-02', periods: 25 });
  });

  it('9999-12 by month: three rows, and the JSON says what the gap stands for', async () => {
    const stats = computeStats(dated('2020-05', '9999-12'), 'month');
    expect(stats.rows.map((r) => r.label)).toEqual(['2020-05', GAP_LABEL, '9999-12']);
    expect(JSON.parse(formatStatsJson(stats)).counts[1]).toEqual({ month: GAP_LABEL, count: 0, gap: { from: '2020-06', to: '9999-11', periods: 95754 } });
    expect(formatStatsText(stats, makePaint(false), 80).split('\n')[1]).toBe(`${GAP_LABEL}        95754 empty months, 2020-06 to 9999-11`);
    const corpus = makeCorpus({ 'a.md': entryText({ date: '2020-05' }), 'b.md': entryText({ date: '9999-12' }) });
    const result = await clic(['stats', '--corpus', corpus, '--no-cache', '--by', 'month']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });
});

describe('terminal widths are clamped', () => {
  it.each([
    [1_000_000_000, MAX_COLUMNS],
    [100_000_000, MAX_COLUMNS],
    [120, 120],
    [3, 20],
    [-5, 80],
    [Number.NaN, 80],
    [undefined, 80],
  ])('%s columns → %i', (reported, columns) => {
    expect(terminalColumns(reported)).toBe(columns);
  });

  it('COLUMNS=1000000000 clic stats: exit 0, no line wider than the bound', () => {
    const result = spawnSync(process.execPath, [BIN, 'stats', '--no-cache'], { encoding: 'utf8', env: { ...env, COLUMNS: '1000000000' }, maxBuffer: 64 * 1024 * 1024 });
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.status).toBe(0);
    expect(Math.max(...result.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(MAX_COLUMNS);
  });
});

describe('small ones', () => {
  it('shows control characters in commander messages as escapes', async () => {
    const result = await clic(['list', '--ty\u001b]52;c;aGk=\u0007']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(result.stderr).toContain("unknown option '--ty\\x1b]52;c;aGk=\\x07'");
  });

  it.each([[['--id', '']], [['--type', ',,,']], [['--tag', ' , ']], [['--corpus', '']]])('%j is a usage error, not "no filter"', async (flags) => {
    const result = await clic(['export', '--format', 'ris', ...flags]);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/argument .* is invalid/);
  });

  it('clic show - < folder is an error', () => {
    const folder = openSync(scratch(), 'r');
    try {
      const result = spawnSync(process.execPath, [BIN, 'show', '-', '--no-cache'], { stdio: [folder, 'pipe', 'pipe'], encoding: 'utf8', env });
      expect(result.stderr).toContain('standard input is a folder');
      expect(result.status).toBe(2);
    } finally {
      closeSync(folder);
    }
  });
});

/** What `clic validate` reports for these bytes, as `line field: message (hint)`. */
function problemsOf(bytes: Uint8Array | string): string[] {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return loadCorpus([{ path: 'a.md', bytes: data }]).problems.map((p) => `${p.line} ${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
}
const bytesOf = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('invalid UTF-8 is located at its line and byte', () => {
  // Line 2 of a small file: the bad sequence starts at byte 12.
  it.each([
    ['a CESU-8 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['an overlong form', [0xe0, 0x80, 0xaf]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
  ])('%s', (_, sequence) => {
    const file = bytesOf('---\ntitle: ', sequence, '\ntype: press\ndate: 2020\noutlet: O\n---\n');
    expect(problemsOf(file)).toEqual(['2 file: not valid UTF-8 (byte 12) (save the file as UTF-8)']);
  });

  it('takes the highest code point and a paired surrogate as valid', () => {
    expect(problemsOf(bytesOf('---\ntitle: "', [0xf4, 0x8f, 0xbf, 0xbf], [0xed, 0x9f, 0xbf], '"\ntype: press\ndate: 2020\noutlet: O\n---\n'))).toEqual([]);
  });

  it('does not call valid bytes invalid when the decoder refuses their size', () => {
    const tooLong = () => {
      throw new RangeError('Cannot create a string longer than 0x1fffffe8 characters');
    };
    const result = decodeUtf8(new TextEncoder().encode('---\ntitle: ok\n---\n'), 'big.md', tooLong);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toBe('is valid UTF-8 but too large to read (18 bytes)');
  });

  it('still names the bad byte when the decoder refuses for that', () => {
    const result = decodeUtf8(bytesOf('ab\n', [0xff]), 'bad.md');
    expect(!result.ok && [result.problem.line, result.problem.message]).toEqual([2, 'not valid UTF-8 (byte 4)']);
  });
});

describe('a lone surrogate written as an escape is a validation error with its line', () => {
  it.each([
    ['title: "\\ud800"', '2 title'],
    ['tags:\n  - ok\n  - "a\\udc00"', '4 tags[2]'],
    ['people: ["\\ud800x"]', '2 people[1]'],
    ['quotes:\n  - { text: "\\ud83d" }', '3 quotes[1]'],
  ])('%s', (yamlLines, where) => {
    const text = `---\n${yamlLines}\n${['title: T', 'type: press', 'date: 2020', 'outlet: O'].filter((l) => !yamlLines.startsWith(l.split(':')[0]!)).join('\n')}\n---\n`;
    expect(problemsOf(text)).toEqual([expect.stringMatching(new RegExp(`^${where.replace(/[[\]]/g, '\\$&')}: holds \`\\\\u[0-9a-f]{4}\`, half of a character`))]);
  });

  it('takes a surrogate pair written as two escapes as the character it makes', () => {
    expect(problemsOf('---\ntitle: "\\ud83d\\ude00"\ntype: press\ndate: 2020\noutlet: O\n---\n')).toEqual([]);
  });
});

describe('hints inside flow collections', () => {
  const entry = (lines: string) => `---\ntitle: T\ntype: press\ndate: 2020\noutlet: O\n${lines}\n---\n`;

  it('quotes each item of a flow list, not the whole list', () => {
    expect(problemsOf(entry('tags: [ok, 1984, true]'))).toEqual([
      '6 tags[2]: must be text, but YAML reads `1984` as a number (quote it: "1984")',
      '6 tags[3]: must be text, but YAML reads `true` as a boolean (quote it: "true")',
    ]);
  });

  it('names the key inside a flow mapping', () => {
    expect(problemsOf(entry('quotes:\n  - { text: 3.14 }'))).toEqual(['7 quotes[1]: must be text, but YAML reads `3.14` as a number (quote it: text: "3.14")']);
  });

  it('still quotes a top-level value as it was written', () => {
    expect(problemsOf(entry('place: 1.50'))).toEqual(['6 place: must be text, but YAML reads `1.50` as a number (quote it: place: "1.50")']);
  });

  it('reports a complex key at its own line', () => {
    expect(problemsOf(entry('? [a, b]\n: x'))).toEqual([expect.stringMatching(/^6 a,b: unknown field/)]);
  });
});
