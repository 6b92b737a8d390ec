// The README's before/after example of `clic import` is what the command does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { clic, makeCorpus, ROOT } from '../support/cli.js';

it('the README example: the CSV row gives the file and the report shown', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Importing a list you already keep'));
  const block = (lang: string): string => new RegExp('```' + lang + '\\n([^]*?)```').exec(section)![1]!;
  const corpus = makeCorpus({});
  const result = await clic(['import', 'press.csv', '--corpus', corpus], { cwd: makeCorpus({ 'press.csv': block('csv') }) });
  expect(result.code).toBe(0);
  expect(readFileSync(join(corpus, '2026-05-14-harvard-gazette.md'), 'utf8')).toBe(block('markdown'));
  expect(result.stderr).toBe(block('text').replace('/home/you/appearances', corpus));
});
