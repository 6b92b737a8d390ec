// Front matter in another language, and YAML tags that some loaders turn into code, are errors
// and are never run: each payload below would write a marker file if it were evaluated.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/core/corpus.js';
import { clic, entryText, makeCorpus } from '../support/cli.js';

const MARKER = join(tmpdir(), `clic-evaluated-${process.pid}`);
const WRITE = `require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'evaluated')`;

const PAYLOADS: [name: string, path: string, text: string, message: RegExp][] = [
  ['---js (gray-matter evaluates it)', 'payload-js.md', `---js\n{ title: ${WRITE} }\n---\nbody\n`, /`js` is not read: only YAML/],
  ['---javascript', 'payload-javascript.md', `---javascript\n(function () { ${WRITE}; return { title: 'x' }; })()\n---\n`, /`javascript` is not read/],
  ['---coffee', 'payload-coffee.md', `---coffee\ntitle: do -> ${WRITE}\n---\n`, /`coffee` is not read/],
  ['---JS in capitals', 'payload-js-capitals.md', `---JS\n{ title: ${WRITE} }\n---\n`, /`JS` is not read/],
  ['a !!js/function tag', 'payload-js-function.md', entryText({ title: `!!js/function "function () { ${WRITE.replace(/"/g, '\\"')} }"` }), /unknown tag/],
  ['a !<tag:yaml.org,2002:js/eval> tag', 'payload-js-eval.md', entryText({ title: `!<tag:yaml.org,2002:js/eval> "${WRITE.replace(/"/g, '\\"')}"` }), /unknown tag/],
];

beforeEach(() => rmSync(MARKER, { force: true }));
const corpora: string[] = [];
afterAll(() => {
  rmSync(MARKER, { force: true });
  corpora.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('front matter that would run code', () => {
  it.each(PAYLOADS)('%s is an error and is never evaluated by the core', (_name, path, text, message) => {
    const result = loadFile({ path, bytes: new TextEncoder().encode(text) });
    expect(result.entry).toBeUndefined();
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('is never evaluated by validate, list or show, and the good entry still loads', async () => {
    const dir = makeCorpus({ ...Object.fromEntries(PAYLOADS.map(([, path, text]) => [path, text])), 'good.md': entryText() });
    corpora.push(dir);
    const validate = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(validate.code).toBe(1);
    for (const [, path] of PAYLOADS) expect(validate.stdout).toContain(`${path}:`);
    const list = await clic(['list', '--corpus', dir, '--format', 'ids']);
    expect(list.stdout).toBe('good\n');
    expect(list.stderr).toMatch(new RegExp(`${PAYLOADS.length} files skipped`));
    await clic(['show', 'good', '--corpus', dir]);
    await clic(['list', '--corpus', dir, '--format', 'json']);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('can tell when a payload runs (the marker check works)', () => {
    new Function('require', WRITE)(createRequire(import.meta.url));
    expect(existsSync(MARKER)).toBe(true);
  });
});
