import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus } from '../support/cli.js';

describe('clic validate', () => {
  it('passes the bundled corpus with exit 0', async () => {
    const result = await clic(['validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/25 files checked, 25 entries, no problems/);
  });

  it('names every problem in every file of a broken folder and exits 1', async () => {
    const marker = `/tmp/clic-validate-marker-${process.pid}`;
    const dir = makeCorpus({
      'good.md': entryText(),
      'sub/also-good.md': entryText({ title: '"Other"' }),
      'no-front-matter.md': 'Just text\n',
      'bad-date.md': entryText({ date: '2020-02-30', type: 'vidoe' }),
      'evil.md': `---js\n{ title: require('fs').writeFileSync('${marker}', 'x') }\n---\n`,
      'Bad Name.md': entryText(),
      'sub/good.md': entryText(),
      'README.md': 'not an entry',
      '_drafts/skipped.md': 'not read',
    });
    const result = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((l) => /^[^:]+:\d+: /.test(l))).toEqual([
      'Bad Name.md:1: id: file name `Bad Name.md` is not a valid id (rename it to bad-name.md: lowercase ASCII letters, digits and single hyphens)',
      'bad-date.md:3: type: unknown type `vidoe` (did you mean `video`?)',
      'bad-date.md:4: date: `2020-02-30` is not a valid date (write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2020-10-15, 2020-05 or 2020)',
      'evil.md:1: front-matter: front matter in `js` is not read: only YAML is (write the fields as YAML after a plain `---` line)',
      'no-front-matter.md:1: front-matter: no front matter: the file must start with a `---` line (add `---`, the fields, and `---` at the top)',
      'sub/good.md:1: id: duplicate id `good`: good.md and sub/good.md (rename one of the two files)',
    ]);
    expect(result.stdout).toMatch(/6 errors, 0 warnings in 5 files \(7 files checked, 2 entries loaded\)/);
    expect(result.stderr).toBe('');
    expect(existsSync(marker)).toBe(false);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('makes warnings errors with --strict', async () => {
    const dir = makeCorpus({ 'a.md': entryText({ tittle: 'x' }) });
    expect((await clic(['validate', '--corpus', dir])).code).toBe(0);
    const strict = await clic(['validate', '--corpus', dir, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/a.md:6: tittle: unknown field \(did you mean `title`\?\)/);
  });

  it('gives problems as JSON', async () => {
    const dir = makeCorpus({ 'a.md': entryText({ date: '15/10/2020' }), 'b.md': entryText() });
    const result = await clic(['validate', '--corpus', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      files: 2, entries: 1, errors: 1, warnings: 0,
      problems: [{ path: 'a.md', line: 4, field: 'date', severity: 'error', message: '`15/10/2020` is not a valid date', hint: expect.any(String) }],
    });
  });

  it.each([
    [['validate', '--corpus', '/nonexistent/folder'], /corpus folder not found: \/nonexistent\/folder/],
    [['validate', '--format', 'xml'], /argument 'xml' is invalid/],
    [['validate', '--stritc'], /unknown option '--stritc'[\s\S]*Did you mean --strict\?/],
  ])('is a usage error (exit 2) for %j', async (argv, message) => {
    const result = await clic(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('reads CLIC_CORPUS when --corpus is not given', async () => {
    const dir = makeCorpus({ 'only.md': entryText() });
    const result = await clic(['validate'], { env: { CLIC_CORPUS: dir } });
    expect(result.stdout).toMatch(/1 file checked, 1 entry, no problems/);
  });
});
