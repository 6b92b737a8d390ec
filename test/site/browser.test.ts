// The generated page in a real browser: Debian's chromium driven by puppeteer-core, on the
// bundled corpus and on a hostile one. Every request the page makes is intercepted: only its own
// files may load. Screenshots at 360 and 1280 px go to test-artifacts/site/ (not committed).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium } from '../support/chromium.mjs';
import { BUNDLED_CORPUS, clic, makeCorpus, ROOT } from '../support/cli.js';
import { HOSTILE_FILES, HOSTILE_TITLE } from './hostile-corpus.js';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'site');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface ListedEntry { id: string; title: string; type: string; date: string; quotes: { text: string }[] }

interface Site { dir: string; entries: ListedEntry[] }

async function makeSite(corpusArgs: string[], extra: string[] = []): Promise<Site> {
  const dir = join(mkdtempSync(join(tmpdir(), 'clic-browser-')), 'site');
  const written = await clic(['site', ...corpusArgs, '-o', dir, ...extra]);
  expect(written.code, written.stderr).toBe(0);
  const listed = await clic(['list', '--format', 'json', ...corpusArgs]);
  return { dir, entries: JSON.parse(listed.stdout) as ListedEntry[] };
}

interface Opened { page: Page; problems: string[]; outside: string[] }

/** The page with its requests watched: anything but the site's own files is refused and noted. */
async function open(browser: Browser, site: Site, options: { width?: number; javascript?: boolean; bypassCsp?: boolean } = {}): Promise<Opened> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const outside: string[] = [];
  const own = pathToFileURL(site.dir).href + '/';
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(own)) return void request.continue();
    outside.push(request.url());
    void request.abort();
  });
  await page.setJavaScriptEnabled(options.javascript ?? true);
  await page.setBypassCSP(options.bypassCsp ?? false);
  await page.setViewport({ width: options.width ?? 1280, height: 900 });
  await page.goto(`${own}index.html`, { waitUntil: 'load' });
  return { page, problems, outside };
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

const visibleArticles = (page: Page) =>
  page.$$eval('article', (articles) => articles.filter((a) => a.checkVisibility()).map((a) => ({ id: a.id, type: a.dataset.type!, year: a.dataset.year! })));

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!hasChromium())(`the page in chromium (${CHROMIUM})`, () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let bundled: Site;
  let hostile: Site;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    bundled = await makeSite([]);
    hostile = await makeSite(['--corpus', makeCorpus(HOSTILE_FILES)], ['--lang', 'fr']);
    chromium = await launchChromium();
  });
  afterAll(async () => chromium?.close());

  describe.each([['bundled', () => bundled], ['hostile', () => hostile]] as const)('%s corpus', (name, site) => {
    it('loads with no console error and no request out of the page', async () => {
      const { page, problems, outside } = await open(chromium.browser, site());
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    });

    it('shows every entry as an anchor with its title and quotes', async () => {
      const { page } = await open(chromium.browser, site());
      for (const entry of site().entries) {
        const found = await page.$eval(`[id="${entry.id}"]`, (article) => ({
          tag: article.tagName,
          heading: article.querySelector('h3')!.textContent,
          quotes: [...article.querySelectorAll('blockquote')].map((q) => q.textContent!.trim()),
          visible: article.checkVisibility(),
        }));
        expect(found.tag).toBe('ARTICLE');
        expect(found.visible).toBe(true);
        expect(found.heading).toContain(entry.title);
        expect(found.quotes).toEqual(entry.quotes.map((q) => q.text));
      }
      const inPageLinks = await page.$$eval('a[href^="#"]', (links) => links.map((a) => a.getAttribute('href')!.slice(1)));
      for (const id of inPageLinks) expect(await page.$(`[id="${id}"]`), id).not.toBeNull();
      await page.close();
    });

    it('has no accessibility violation, in light and dark colours', async () => {
      const { page } = await open(chromium.browser, site());
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(22, 22, 20)');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('writes a feed that an XML parser reads, with every entry and its title', async () => {
      const { page } = await open(chromium.browser, site());
      const feed = readFileSync(join(site().dir, 'feed.xml'), 'utf8');
      const parsed = await page.evaluate((text) => {
        const xml = new DOMParser().parseFromString(text, 'application/xml');
        return { error: xml.querySelector('parsererror')?.textContent ?? null, titles: [...xml.querySelectorAll('entry > title')].map((t) => t.textContent) };
      }, feed);
      expect(parsed.error).toBeNull();
      expect(parsed.titles.sort()).toEqual(site().entries.map((e) => e.title).sort());
      await page.close();
    });

    it.each([360, 1280])('fits %i px without sideways scrolling (screenshot saved)', async (width) => {
      const { page } = await open(chromium.browser, site(), { width });
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
      await page.close();
    });
  });

  it('filters by type and by year, searches, and shows all again', async () => {
    const { page, problems } = await open(chromium.browser, bundled);
    const videos = bundled.entries.filter((e) => e.type === 'video').map((e) => e.id);
    expect(videos.length).toBeGreaterThan(1);
    await page.select('#filter-type', 'video');
    expect((await visibleArticles(page)).map((a) => a.id).sort()).toEqual([...videos].sort());
    expect(await page.$eval('#filter-status', (s) => s.textContent)).toBe(`${videos.length} entrées affichées`);
    await page.select('#filter-type', '');
    await page.select('#filter-year', '2019');
    expect((await visibleArticles(page)).map((a) => a.year)).toEqual(bundled.entries.filter((e) => e.date.startsWith('2019')).map(() => '2019'));
    expect(await page.$eval('#group-2020', (group) => group.checkVisibility())).toBe(false);
    await page.select('#filter-year', '');
    // Typed without its accent; the files that hold the word say which entries must stay.
    await page.type('#filter-search', 'proletariat');
    const holding = bundled.entries.filter((e) => readFileSync(join(BUNDLED_CORPUS, `${e.id}.md`), 'utf8').includes('prolétariat')).map((e) => e.id);
    expect(holding.length).toBeGreaterThan(1);
    expect((await visibleArticles(page)).map((a) => a.id).sort()).toEqual(holding.sort());
    await page.$eval('#filter-search', (input) => { (input as HTMLInputElement).value = ''; });
    await page.type('#filter-search', ' ');
    expect(await visibleArticles(page)).toHaveLength(bundled.entries.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows every entry and no dead filter form without JavaScript', async () => {
    const { page } = await open(chromium.browser, bundled, { javascript: false });
    expect(await visibleArticles(page)).toHaveLength(bundled.entries.length);
    expect(await page.$eval('#filters', (form) => form.checkVisibility())).toBe(false);
    await page.close();
  });

  it('prints without the filters', async () => {
    const { page } = await open(chromium.browser, bundled);
    await page.emulateMediaType('print');
    expect(await page.$eval('#filters', (form) => form.checkVisibility())).toBe(false);
    expect(await visibleArticles(page)).toHaveLength(bundled.entries.length);
    await page.close();
  });

  it.each([false, true])('runs no script from corpus text (Content-Security-Policy bypassed: %s)', async (bypassCsp) => {
    const { page, outside } = await open(chromium.browser, hostile, { bypassCsp });
    // Hover and click everything, in case a handler slipped through.
    for (const element of await page.$$('main *')) {
      await element.hover().catch(() => undefined);
    }
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string[] }).__pwned ?? [],
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      badLinks: [...document.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')!).filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
      elements: [...document.querySelectorAll('main img, main svg, main iframe, main script:not([type="application/ld+json"])')].length,
      title: document.querySelector('[id="attack-title"] h3')!.textContent,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!).name as string),
    }));
    expect(state).toMatchObject({ pwned: [], handlers: [], badLinks: [], elements: 0 });
    expect(state.title).toContain(HOSTILE_TITLE);
    expect(state.jsonLd).toContain(HOSTILE_TITLE);
    expect(outside).toEqual([]);
    await page.close();
  });
});
