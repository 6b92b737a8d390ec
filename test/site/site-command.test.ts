// `clic site` in-process: the files it writes, what it refuses to overwrite, and corpus text that
// stays text in the HTML, the JSON-LD, the feed and the Markdown page.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clic, makeCorpus } from '../support/cli.js';
import { HOSTILE_FILES, HOSTILE_TITLE } from './hostile-corpus.js';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'clic-site-')), 'out');
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

async function hostileSite(extra: string[] = []) {
  const out = freshDir();
  const result = await clic(['site', '--corpus', makeCorpus(HOSTILE_FILES), '-o', out, '--lang', 'fr', ...extra]);
  expect(result.stderr).toMatch(/wrote 3 entries/);
  return out;
}

/** The contents of every <script type="application/ld+json"> block. */
const jsonLdBlocks = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

describe('clic site', () => {
  it('writes the page, its stylesheet, its script, the feed and its marker', async () => {
    const out = freshDir();
    const result = await clic(['site', '-o', out]);
    expect(result.code).toBe(0);
    for (const name of ['index.html', 'style.css', 'site.js', 'feed.xml', '.clic-site']) expect(existsSync(join(out, name)), name).toBe(true);
    const html = read(out, 'index.html');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<article id="2020-10-15-national-geographic" data-type="interview" data-year="2020">');
    expect(html).toContain('<time datetime="2020-10-15">15 octobre 2020</time>');
    expect(html).toContain('<time datetime="2020-05">mai 2020</time>');
    expect(html).toContain('<time datetime="2019">2019</time>');
    expect(html).toContain('<span class="role">Propos recueillis par</span> <span class="name">Marie-Amélie Carpio</span>');
    expect((html.match(/<article /g) ?? []).length).toBe(25);
  });

  it('writes English words and dates with --lang en, and marks the French entries', async () => {
    const out = freshDir();
    await clic(['site', '-o', out, '--lang', 'en', '--id', '2020-10-15-national-geographic']);
    const html = read(out, 'index.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<time datetime="2020-10-15">October 15, 2020</time>');
    expect(html).toContain('<article id="2020-10-15-national-geographic" data-type="interview" data-year="2020" lang="fr">');
    expect(html).toContain('<span class="role">Interviewer</span>');
  });

  it('groups by type with --group type', async () => {
    const out = freshDir();
    await clic(['site', '-o', out, '--group', 'type']);
    const headings = [...read(out, 'index.html').matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Entretiens', 'Podcasts', 'Vidéos', 'Tribunes', 'Presse', 'Prix', 'Événements', 'Livres']);
  });

  it('never overwrites a folder that clic did not write, unless --force', async () => {
    const out = freshDir();
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'mine');
    const refused = await clic(['site', '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/holds files that clic did not write/);
    expect(read(out, 'index.html')).toBe('mine');
    const forced = await clic(['site', '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(read(out, 'index.html')).toMatch(/^<!DOCTYPE html>/);
  });

  it('writes again into a folder it wrote, and over an empty one', async () => {
    const out = freshDir();
    mkdirSync(out);
    expect((await clic(['site', '-o', out, '--year', '2019'])).code).toBe(0);
    expect((await clic(['site', '-o', out])).code).toBe(0);
    expect((read(out, 'index.html').match(/<article /g) ?? []).length).toBe(25);
  });

  it('refuses a file as its folder, an unknown page language and a base URL that is not http', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clic-site-')), 'file');
    writeFileSync(file, 'x');
    expect((await clic(['site', '-o', file])).stderr).toMatch(/is not a folder/);
    expect((await clic(['site', '-o', freshDir(), '--lang', 'de'])).code).toBe(2);
    expect((await clic(['site', '-o', freshDir(), '--base-url', 'javascript:alert(1)'])).stderr).toMatch(/not an http or https address/);
  });
});

describe('hostile corpus text stays text', () => {
  it('has no element or attribute from corpus text in the HTML', async () => {
    const html = read(await hostileSite(), 'index.html');
    // The only scripts: site.js and one JSON-LD block per entry.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="site.js" defer>', ...Array(3).fill('<script type="application/ld+json">')]);
    expect(html).not.toMatch(/<(img|svg|iframe)\b|<b\s|<div\s+onclick/);
    expect(html).toContain('<article id="attack-body" data-type="podcast" data-year="2020" lang="en">');
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/(href|src)="(javascript|data|vbscript):/i);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;');
    expect(html).toContain('<a href="https://example.org/fine" rel="noopener noreferrer">a fine link</a>');
    expect(html).toContain('href="https://example.org/&quot;onmouseover=&quot;');
    // Body headings start just below the entry's h3.
    expect(html).toContain('<h4>A heading in the body</h4>\n<h5>A smaller one</h5>');
  });

  it('keeps </script> in JSON-LD from ending the block, and the JSON readable', async () => {
    const html = read(await hostileSite(), 'index.html');
    const blocks = jsonLdBlocks(html);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) expect(block).not.toContain('<');
    const titled = blocks.map((block) => JSON.parse(block)).find((item) => item['@id'] === '#attack-title');
    expect(titled).toMatchObject({ '@type': 'VideoObject', name: HOSTILE_TITLE, datePublished: '2021-03-04' });
  });

  it('writes a well-formed feed that holds the title as text', async () => {
    const feed = read(await hostileSite(['--base-url', 'https://example.org/press/']), 'feed.xml');
    expect(feed).not.toMatch(/<(script|img|svg)\b/);
    expect(feed).toContain('<id>https://example.org/press/#attack-title</id>');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/press/feed.xml"/>');
    expect(feed).toContain(`<title>${HOSTILE_TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</title>`);
  });

  it('escapes corpus text in the Markdown page', async () => {
    const markdown = read(await hostileSite(['--format', 'md']), 'index.md');
    // Outside code blocks and link destinations, every < is escaped.
    const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/\]\(<[^>]*>\)/g, '](…)');
    expect(prose).not.toMatch(/(?<!\\)</);
    // Every link goes to http, https, mailto or into the page.
    for (const [, target] of markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(target).toMatch(/^(<(https?|mailto):|#)/);
    expect(markdown).not.toMatch(/(?<!\\)!\[/);
    expect(markdown).toContain('[a fine link](<https://example.org/fine>)');
    expect(markdown).toContain('### Podcast · An English entry on a French page {#attack-body}');
    expect(markdown).toContain('#### A heading in the body\n\n##### A smaller one');
  });
});
