// The site's pure writers in-process (no browser): escaping, labels and dates in words, JSON-LD
// by schema.org, the Atom feed (RFC 4287), the HTML page and the Markdown page. Expected values
// are written by hand from those specifications and the README's `clic site` section.
import { describe, expect, it } from 'vitest';
import type { Entry, Quote } from '../../src/core/schema.js';
import { parseBody, renderBody } from '../../src/format/site/body.js';
import { escapeHtml, jsonForScript, linkTarget } from '../../src/format/site/escape.js';
import { buildFeed, FEED_ENTRIES } from '../../src/format/site/feed.js';
import { buildSite } from '../../src/format/site/index.js';
import { entryJsonLd } from '../../src/format/site/jsonld.js';
import { dateInWords, isPageLanguage, roleLabel, WORDS } from '../../src/format/site/labels.js';
import { bodyMarkdown, buildMarkdownPage, markdownText } from '../../src/format/site/markdown.js';
import { buildPage, groupEntries, pageAddress, type SiteOptions } from '../../src/format/site/page.js';

const entry = (fields: Partial<Entry> & { id: string }): Entry => ({
  title: 'A title', type: 'press', date: '2020-05-14', outlet: 'Le Monde', program: null, issue: null, place: null, language: null, url: null,
  people: [], tags: [], related: [], updates: [], key: null, path: `${fields.id}.md`, bodyLine: 1, lines: {}, ...fields,
});

const options = (extra: Partial<SiteOptions> = {}, bodies: Record<string, { quotes?: Quote[]; body?: string }> = {}): SiteOptions => ({
  title: 'Presse', language: 'fr', group: 'year', titles: new Map(), generator: 'clic 1.0',
  full: (e) => ({ quotes: bodies[e.id]?.quotes ?? [], body: bodies[e.id]?.body ?? '' }), ...extra,
});

describe('escape', () => {
  it('escapes the five HTML specials and drops control characters but tab and line breaks', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('a\u0000\u0008b\tc\nd\re\u000b\u000c\u000e\u001f\u007f\u0085\u009f\ufffe\uffffé')).toBe('ab\tc\nd\reé');
  });

  it.each([
    ['https://x.org/a', 'https://x.org/a'], ['  HTTP://x.org  ', 'HTTP://x.org'], ['mailto:a@b.org', 'mailto:a@b.org'],
    ['javascript:alert(1)', undefined], ['data:text/html,x', undefined], ['vbscript:x', undefined], ['ftp://x.org', undefined], ['//x.org', undefined],
    ['https://x.org/a b', undefined], ['https://x.org/\u0000', undefined], ['https://x.org/\u0085', undefined], ['https://x.org/\u007f', undefined], ['xhttps://x.org', undefined],
  ])('the link target of %j is %s', (url, target) => {
    expect(linkTarget(url)).toBe(target);
  });

  it('has no link target for no URL', () => {
    expect(linkTarget(null)).toBeUndefined();
  });

  it('writes JSON for a script block with <, >, & and the line separators escaped, indented when asked', () => {
    expect(jsonForScript({ t: '</script><!-- & \u2028\u2029' })).toBe('{"t":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
    expect(jsonForScript({ a: 1 }, 2)).toBe('{\n  "a": 1\n}');
    expect(JSON.parse(jsonForScript({ t: '<b>&</b>' }))).toEqual({ t: '<b>&</b>' });
  });
});

describe('labels', () => {
  it.each([
    ['2020', 'fr', '2020'], ['2020-05', 'fr', 'mai 2020'], ['2020-10-15', 'fr', '15 octobre 2020'], ['2020-10-01', 'fr', '1er octobre 2020'],
    ['2020-01-02', 'fr', '2 janvier 2020'], ['2020-12', 'fr', 'décembre 2020'], ['2020-08-30', 'fr', '30 août 2020'],
    ['2020', 'en', '2020'], ['2020-05', 'en', 'May 2020'], ['2020-10-15', 'en', 'October 15, 2020'], ['2020-10-01', 'en', 'October 1, 2020'], ['2020-01', 'en', 'January 2020'],
  ] as const)('%s in %s is %s', (date, language, words) => {
    expect(dateInWords(date, language)).toBe(words);
  });

  it('writes a month it does not know as its number', () => {
    expect(dateInWords('2020-13', 'en')).toBe('13 2020');
  });

  it('labels roles in the page language, and writes an unknown role as it is', () => {
    expect(roleLabel('interviewer', 'fr')).toBe('Propos recueillis par');
    expect(roleLabel('host', 'fr')).toBe('Animation');
    expect(roleLabel('host', 'en')).toBe('Host');
    expect(roleLabel('narrator', 'en')).toBe('narrator');
  });

  it('knows French and English pages only', () => {
    expect(isPageLanguage('fr')).toBe(true);
    expect(isPageLanguage('en')).toBe(true);
    expect(isPageLanguage('de')).toBe(false);
    expect(isPageLanguage('')).toBe(false);
  });
});

describe('JSON-LD', () => {
  it('describes an article by schema.org: headline, date, publisher, series, place, people, keywords', () => {
    const item = entryJsonLd(entry({
      id: 'a', type: 'interview', url: 'https://x.org/a', language: 'fr', program: 'Idées', place: 'Paris', tags: ['labour', 'AI'],
      people: [{ name: 'A', role: 'interviewee' }, { name: 'B', role: 'interviewer' }, { name: 'C', role: null }, { name: 'D', role: 'speaker' }, { name: 'E', role: 'narrator' }, { name: 'F', role: 'journalist' }],
    }), 'https://x.org/press/');
    expect(item).toEqual({
      '@context': 'https://schema.org', '@type': 'NewsArticle', '@id': 'https://x.org/press/#a', name: 'A title', headline: 'A title', datePublished: '2020-05-14',
      url: 'https://x.org/a', inLanguage: 'fr', publisher: { '@type': 'Organization', name: 'Le Monde' }, partOfSeries: { '@type': 'CreativeWorkSeries', name: 'Idées' },
      locationCreated: { '@type': 'Place', name: 'Paris' },
      author: [{ '@type': 'Person', name: 'A' }, { '@type': 'Person', name: 'C' }, { '@type': 'Person', name: 'F' }],
      contributor: [{ '@type': 'Person', name: 'B' }, { '@type': 'Person', name: 'D' }, { '@type': 'Person', name: 'E' }],
      keywords: 'labour, AI',
    });
  });

  // An event crediting a person as organizer is left out: its outlet already takes `organizer` (reported to the lead).
  it('describes an event with its start date, organizer, location and performers', () => {
    expect(entryJsonLd(entry({ id: 'e', type: 'event', outlet: 'EHESS', place: 'Paris', url: 'javascript:x', people: [{ name: 'S', role: 'speaker' }, { name: 'M', role: 'moderator' }] }), '')).toStrictEqual({
      '@context': 'https://schema.org', '@type': 'Event', '@id': '#e', name: 'A title', startDate: '2020-05-14', organizer: { '@type': 'Organization', name: 'EHESS' },
      location: { '@type': 'Place', name: 'Paris' }, performer: [{ '@type': 'Person', name: 'S' }], contributor: [{ '@type': 'Person', name: 'M' }],
    });
    expect(entryJsonLd(entry({ id: 'p', type: 'press', people: [{ name: 'O', role: 'organizer' }] }), '').organizer).toEqual([{ '@type': 'Person', name: 'O' }]);
  });

  it('types a podcast episode in its podcast series, a video, an op-ed and a book', () => {
    expect(entryJsonLd(entry({ id: 'p', type: 'podcast', program: 'La Méthode', people: [{ name: 'H', role: 'host' }, { name: 'G', role: 'guest' }, { name: 'D', role: 'director' }, { name: 'W', role: 'writer' }] }), '')).toEqual({
      '@context': 'https://schema.org', '@type': 'PodcastEpisode', '@id': '#p', name: 'A title', datePublished: '2020-05-14', publisher: { '@type': 'Organization', name: 'Le Monde' },
      partOfSeries: { '@type': 'PodcastSeries', name: 'La Méthode' }, contributor: [{ '@type': 'Person', name: 'H' }, { '@type': 'Person', name: 'G' }],
      director: [{ '@type': 'Person', name: 'D' }], author: [{ '@type': 'Person', name: 'W' }],
    });
    expect(entryJsonLd(entry({ id: 'v', type: 'video' }), '')['@type']).toBe('VideoObject');
    expect(entryJsonLd(entry({ id: 'v', type: 'video' }), '').headline).toBeUndefined();
    expect(entryJsonLd(entry({ id: 'o', type: 'op-ed' }), '')).toMatchObject({ '@type': 'OpinionNewsArticle', headline: 'A title' });
    expect(entryJsonLd(entry({ id: 'b', type: 'book' }), '')['@type']).toBe('Book');
    expect(entryJsonLd(entry({ id: 'n', type: 'press' }), '')['@type']).toBe('NewsArticle');
  });

  it('describes an award by its recipients: none, one, several', () => {
    const award = { id: 'w', type: 'award' as const, title: 'Prix', outlet: 'CNRS', date: '2021' };
    expect(entryJsonLd(entry(award), '')).toEqual({ '@context': 'https://schema.org', '@type': 'CreativeWork', '@id': '#w', name: 'Prix', award: 'Prix (CNRS, 2021)' });
    expect(entryJsonLd(entry({ ...award, people: [{ name: 'A', role: null }] }), '')).toEqual({ '@context': 'https://schema.org', '@id': '#w', '@type': 'Person', name: 'A', award: 'Prix (CNRS, 2021)' });
    expect(entryJsonLd(entry({ ...award, people: [{ name: 'A', role: null }, { name: 'B', role: 'guest' }] }), '')).toEqual({
      '@context': 'https://schema.org', '@id': '#w', '@graph': [{ '@type': 'Person', name: 'A', award: 'Prix (CNRS, 2021)' }, { '@type': 'Person', name: 'B', award: 'Prix (CNRS, 2021)' }],
    });
  });
});

describe('Atom feed', () => {
  const entries = [
    entry({ id: 'b', title: 'B & <b>', date: '2021-03', url: 'https://x.org/b?a=1&b=2', program: 'Prog', people: [{ name: 'Casilli', role: 'guest' }, { name: 'Other', role: 'host' }], updates: [{ date: '2022-01-05', note: 'x' }, { date: '2021-06', note: 'y' }] }),
    entry({ id: 'a', title: 'A', date: '2020', url: 'javascript:x', type: 'podcast', people: [{ name: 'Casilli', role: 'guest' }] }),
  ];

  it('writes the feed with absolute ids, links, timestamps, categories, contributors, summary and content', () => {
    const feed = buildFeed(entries, options({ baseUrl: 'https://x.org/press', title: 'Presse & médias' }, { b: { body: 'Hello *there*' } }), 'feed.xml');
    expect(feed).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<title>Presse &amp; médias</title>
<id>https://x.org/press/</id>
<updated>2022-01-05T00:00:00Z</updated>
<link rel="self" type="application/atom+xml" href="https://x.org/press/feed.xml"/>
<link rel="alternate" type="text/html" href="https://x.org/press/"/>
<author><name>Casilli</name></author>
<generator>clic 1.0</generator>
<entry>
<title>B &amp; &lt;b&gt;</title>
<id>https://x.org/press/#b</id>
<published>2021-03-01T00:00:00Z</published>
<updated>2022-01-05T00:00:00Z</updated>
<link rel="alternate" href="https://x.org/b?a=1&amp;b=2"/>
<link rel="related" type="text/html" href="https://x.org/press/#b"/>
<category term="press" label="Presse"/>
<contributor><name>Casilli</name></contributor>
<contributor><name>Other</name></contributor>
<summary>Presse · Le Monde · Prog</summary>
<content type="html">&lt;p&gt;Hello &lt;em&gt;there&lt;/em&gt;&lt;/p&gt;
</content>
</entry>
<entry>
<title>A</title>
<id>https://x.org/press/#a</id>
<published>2020-01-01T00:00:00Z</published>
<updated>2020-01-01T00:00:00Z</updated>
<link rel="related" type="text/html" href="https://x.org/press/#a"/>
<category term="podcast" label="Podcast"/>
<contributor><name>Casilli</name></contributor>
<summary>Podcast · Le Monde</summary>
</entry>
</feed>
`);
  });

  it('uses URNs without a base URL, the title as author when nobody is credited, and 1970 for no entry', () => {
    const feed = buildFeed([entry({ id: 'a', date: '2020-05-14', updates: [{ date: '2020-05-01', note: 'earlier' }] })], options({ title: 'My Press Page', language: 'en' }), 'feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(feed).toContain('<id>urn:clic:feed:my-press-page</id>');
    expect(feed).toContain('<id>urn:clic:a</id>');
    expect(feed).toContain('<updated>2020-05-14T00:00:00Z</updated>\n<category term="press" label="Press"/>');
    expect(feed).toContain('<author><name>My Press Page</name></author>');
    expect(feed).not.toContain('rel="self"');
    expect(feed).not.toContain('rel="related"');
    const empty = buildFeed([], options({ title: '  ' }), 'feed.xml');
    expect(empty).toContain('<id>urn:clic:feed:-</id>');
    expect(empty).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    expect(buildFeed([], options({ title: '' }), 'feed.xml')).toContain('<id>urn:clic:feed:site</id>');
  });

  it('names as author the person most entries credit, the first on a tie', () => {
    const tie = [entry({ id: 'a', people: [{ name: 'X', role: null }] }), entry({ id: 'b', people: [{ name: 'Y', role: null }] })];
    expect(buildFeed(tie, options(), 'feed.xml')).toContain('<author><name>X</name></author>');
    const most = [...tie, entry({ id: 'c', people: [{ name: 'Y', role: null }] })];
    expect(buildFeed(most, options(), 'feed.xml')).toContain('<author><name>Y</name></author>');
  });

  it(`holds the newest ${FEED_ENTRIES} entries only, and a body of blanks is no content`, () => {
    const many = Array.from({ length: FEED_ENTRIES + 1 }, (_, i) => entry({ id: `e${i}` }));
    const feed = buildFeed(many, options({}, { e0: { body: '  \n ' } }), 'feed.xml');
    expect(feed.match(/<entry>/g)).toHaveLength(100);
    expect(feed).toContain('<id>urn:clic:e99</id>');
    expect(feed).not.toContain('<id>urn:clic:e100</id>');
    expect(feed).not.toContain('<content');
  });
});

describe('the HTML page', () => {
  const entries = [
    entry({ id: 'b', title: 'B', date: '2021-03-02', type: 'podcast', language: 'en', url: 'https://x.org/b', program: 'Prog', issue: '12', place: 'Paris', related: ['a', 'gone', 'other'],
      people: [{ name: 'H', role: 'host' }, { name: 'N', role: null }], updates: [{ date: '2021-04', note: 'Corrigé' }] }),
    entry({ id: 'a', title: 'A', date: '2020', language: 'fr', url: 'javascript:alert(1)' }),
  ];
  const bodies = { b: { body: '# Heading\n\nText', quotes: [{ text: 'Q', speaker: 'S', at: '12:30', line: 1 }, { text: 'R', speaker: null, at: null, line: 2 }] } };
  // Built in each test, not when the file is collected: a mutation run activates its mutant per test.
  const built = () => buildPage(entries, options({ titles: new Map([['a', 'A'], ['b', 'B'], ['other', 'Other title']]) }, bodies));

  it('groups by year, newest first, with a contents list', () => {
    expect(built()).toContain('<nav class="contents" aria-label="Sommaire"><ul><li><a href="#group-2021">2021</a></li><li><a href="#group-2020">2020</a></li></ul></nav>');
    expect(built()).toContain('<section class="group" id="group-2021" aria-labelledby="group-2021-heading">\n<h2 id="group-2021-heading">2021</h2>\n<article id="b"');
  });

  it('writes an entry\'s article: kind, linked title, meta, people, quotes, body, related, updates and JSON-LD', () => {
    expect(built()).toContain('<article id="b" data-type="podcast" data-year="2021" lang="en">\n<h3><span class="kind">Podcast</span> <a href="https://x.org/b" rel="noopener noreferrer">B</a></h3>');
    expect(built()).toContain('<p class="meta"><cite class="outlet">Le Monde</cite> · <span class="program">Prog</span> · <span class="issue">12</span> · <span class="place">Paris</span> · <time datetime="2021-03-02">2 mars 2021</time></p>');
    expect(built()).toContain('<ul class="people" aria-label="Personnes"><li><span class="role">Animation</span> <span class="name">H</span></li><li><span class="name">N</span></li></ul>');
    expect(built()).toContain('<figure class="quote"><blockquote><p>Q</p></blockquote><figcaption>— <span class="speaker">S</span>, <span class="at">à 12:30</span></figcaption></figure>');
    expect(built()).toContain('<figure class="quote"><blockquote><p>R</p></blockquote></figure>');
    expect(built()).toContain('<div class="body"><h4>Heading</h4>\n<p>Text</p>\n</div>');
    expect(built()).toContain('<div class="related"><span class="label">Voir aussi</span><ul><li><a href="#a">A</a></li><li>gone</li><li>Other title</li></ul></div>');
    expect(built()).toContain('<div class="updates"><span class="label">Mises à jour</span><ul><li><time datetime="2021-04">avril 2021</time> — Corrigé</li></ul></div>');
    expect(built()).toContain('<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","@id":"#b"');
  });

  it('writes no link for a URL that may not be one, no lang for the page\'s language, and nothing for empty parts', () => {
    expect(built()).toContain('<article id="a" data-type="press" data-year="2020">\n<h3><span class="kind">Presse</span> A</h3>\n<p class="meta"><cite class="outlet">Le Monde</cite> · <time datetime="2020">2020</time></p>\n<script');
  });

  it('offers filters for the types and years present, and the page\'s head', () => {
    expect(built()).toContain('<select id="filter-type" name="type"><option value="">Tous</option><option value="podcast">Podcast</option><option value="press">Presse</option></select>');
    expect(built()).toContain('<select id="filter-year" name="year"><option value="">Tous</option><option value="2021">2021</option><option value="2020">2020</option></select>');
    expect(built()).toContain('data-one="{n} entrée affichée" data-many="{n} entrées affichées"');
    expect(built()).toContain('<html lang="fr">');
    expect(built()).toContain('<meta name="generator" content="clic 1.0">\n<title>Presse</title>');
    expect(built()).not.toContain('rel="canonical"');
    expect(built()).toContain('<a class="skip" href="#entries">Aller au contenu</a>');
    expect(built()).toContain('<footer class="page"><p>Page générée par clic · <a class="feed" href="feed.xml">Flux Atom</a></p></footer>');
  });

  it('groups by type in the order of the types, with English words and a canonical address', () => {
    const byType = buildPage(entries, options({ group: 'type', language: 'en', baseUrl: 'https://x.org/p' }));
    expect(byType).toContain('<li><a href="#group-podcast">Podcasts</a></li><li><a href="#group-press">Press</a></li>');
    expect(byType).toContain('<link rel="canonical" href="https://x.org/p/">');
    expect(byType).toContain('<article id="a" data-type="press" data-year="2020" lang="fr">');
    expect(byType).toContain('"@id":"https://x.org/p/#b"');
  });

  it('closes each article and section, lists every update, and writes no body for blanks', () => {
    const html = buildPage([entry({ id: 'x', date: '2021', updates: [{ date: '2022', note: 'One' }, { date: '2023', note: 'Two' }] }), entry({ id: 'y', date: '2020' })], options({}, { x: { body: ' \n ' } }));
    expect(html).toContain('<li><time datetime="2022">2022</time> — One</li><li><time datetime="2023">2023</time> — Two</li>');
    expect(html).not.toContain('<div class="body">');
    expect(html).toContain('</script>\n</article>\n</section>\n<section class="group" id="group-2020"');
    expect(html).toContain('</article>\n</section>\n</main>');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Flux Atom" href="feed.xml">\n<script src="site.js" defer></script>');
  });

  it('groups entries by year in their order, and by type in the order of the types', () => {
    const list = [entry({ id: 'x', date: '2021', type: 'video' }), entry({ id: 'y', date: '2020', type: 'interview' }), entry({ id: 'z', date: '2021-01', type: 'video' })];
    expect(groupEntries(list, 'year').map((g) => [g.key, g.entries.map((e) => e.id)])).toEqual([['2021', ['x', 'z']], ['2020', ['y']]]);
    expect(groupEntries(list, 'type').map((g) => [g.key, g.entries.map((e) => e.id)])).toEqual([['interview', ['y']], ['video', ['x', 'z']]]);
  });

  it('makes the page address end with one slash', () => {
    expect(pageAddress(undefined)).toBe('');
    expect(pageAddress('https://x.org/p')).toBe('https://x.org/p/');
    expect(pageAddress('https://x.org/p/')).toBe('https://x.org/p/');
  });
});

describe('bodies', () => {
  it('moves headings below the entry title, keeping their distances, never below h6', () => {
    expect(renderBody('## Two\n\n### Three\n\n###### Six')).toBe('<h4>Two</h4>\n<h5>Three</h5>\n<h6>Six</h6>\n');
    expect(parseBody('text').map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
  });

  it('shows raw HTML and images as text, links out with rel noopener, and never links javascript:', () => {
    expect(renderBody('<b>x</b> ![img](https://x.org/i.png) [ok](https://x.org) [bad](javascript:alert(1))')).toBe(
      // An image is never loaded: what is left of it is its text, as a link.
      '<p>&lt;b&gt;x&lt;/b&gt; !<a href="https://x.org/i.png" rel="noopener noreferrer">img</a> <a href="https://x.org" rel="noopener noreferrer">ok</a> [bad](javascript:alert(1))</p>\n',
    );
    expect(renderBody('see https://x.org')).toBe('<p>see https://x.org</p>\n');
  });
});

describe('the Markdown page', () => {
  it('escapes the characters that would start Markdown syntax, and leading list or heading markers', () => {
    expect(markdownText('a*b_c`d[e]f{g}h<i>j#k|l~m&n!o\\p')).toBe('a\\*b\\_c\\`d\\[e\\]f\\{g\\}h\\<i\\>j\\#k\\|l\\~m\\&n\\!o\\\\p');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('  + item')).toBe('  \\+ item');
    expect(markdownText('= h')).toBe('\\= h');
    expect(markdownText('12. item')).toBe('12\\. item');
    expect(markdownText(' 3) item')).toBe(' 3\\) item');
    expect(markdownText('a - b 1. c')).toBe('a - b 1. c');
    expect(markdownText('a\n\u0000\u001f\u007fb')).toBe('a b');
  });

  it('writes a body back with what markdown-it accepted: emphasis, code, links, lists, quotes, code blocks, rules', () => {
    const body = [
      '# Title', '', 'Some *em* and **strong** and ~~gone~~ and `code` and `` a`b `` and [link](<https://x.org/a b>) and [bad](javascript:x).', 'Next line  ', 'hard',
      '', '- one', '- two', '  1. sub', '  2. sub two', '', '> quoted', '> more', '', '```', 'code ``` here', '```', '', '    indented', '', '***', '', '<b>raw</b>',
    ].join('\n');
    expect(bodyMarkdown(body)).toBe([
      '#### Title', '', 'Some *em* and **strong** and ~~gone~~ and `code` and `` a`b `` and [link](<https://x.org/a%20b>) and \\[bad\\](javascript:x).', 'Next line\\', 'hard', '',
      '- one', '- two', '  1. sub', '  2. sub two', '', '> quoted', '> more', '', '~~~~', 'code ``` here', '~~~~', '', '```', 'indented', '```', '', '* * *', '', '\\<b\\>raw\\</b\\>',
    ].join('\n'));
  });

  it('writes inline code that spans lines on one line, and each update on its own line', () => {
    expect(bodyMarkdown('`a\nb`')).toBe('`a b`');
    const page = buildMarkdownPage([entry({ id: 'u', updates: [{ date: '2021', note: 'One' }, { date: '2022', note: 'Two' }] })], options({ language: 'en' }));
    expect(page).toContain('- 2021 — One\n- 2022 — Two');
  });

  it('writes an ordered list with its numbers, and a paragraph in a list item on the item\'s line', () => {
    expect(bodyMarkdown('1. a\n2. b\n\nafter')).toBe('1. a\n2. b\n\nafter');
    expect(bodyMarkdown('- a\n  b')).toBe('- a\n  b');
  });

  it('writes the page: title, groups, each entry with its meta, people, quotes, body, related and updates', () => {
    const entries = [
      entry({ id: 'b', title: 'B *x*', date: '2021-03-02', url: 'https://x.org/b(c)', program: 'Prog_1', issue: '12', place: 'Paris', related: ['a', 'gone'],
        people: [{ name: 'H', role: 'host' }, { name: 'N_n', role: null }], updates: [{ date: '2021-04', note: 'Fixed *it*' }] }),
      entry({ id: 'a', title: 'A', date: '2020', outlet: 'Le_Monde', url: 'javascript:x' }),
    ];
    const bodies = { b: { body: 'Body text', quotes: [{ text: 'Q*', speaker: 'S_', at: '12:30', line: 1 }, { text: 'R', speaker: null, at: null, line: 2 }, { text: 'T', speaker: null, at: '1:00', line: 3 }] } };
    expect(buildMarkdownPage(entries, options({ title: 'Press #1', language: 'en', titles: new Map([['a', 'A'], ['gone', 'Gone_title']]) }, bodies))).toBe(`# Press \\#1

## 2021

### Press · [B \\*x\\*](<https://x.org/b(c)>) {#b}

*Le Monde* · Prog\\_1 · 12 · Paris · March 2, 2021

- Host: H
- N\\_n

> Q\\*
>
> — S\\_, at 12:30

> R

> T
>
> — at 1:00

Body text

See also: [A](#a), Gone\\_title

- April 2021 — Fixed \\*it\\*

## 2020

### Press · A {#a}

*Le\\_Monde* · 2020
`);
  });

  it('groups by type with the plural headings, in French with its colon', () => {
    const page = buildMarkdownPage([entry({ id: 'v', type: 'video', people: [{ name: 'D', role: 'director' }], related: ['v'] })], options({ group: 'type' }));
    expect(page).toContain('## Vidéos\n\n### Vidéo · A title {#v}');
    expect(page).toContain('- Réalisation\u00a0: D');
    expect(page).toContain('Voir aussi\u00a0: [A title](#v)'.replace('A title', 'v'));
  });
});

describe('buildSite', () => {
  it('writes the page, stylesheet, script and feed for HTML, and one file for Markdown', () => {
    const files = buildSite([entry({ id: 'a' })], options(), 'html');
    expect(Object.keys(files).sort()).toEqual(['feed.xml', 'index.html', 'site.js', 'style.css']);
    expect(files['index.html']).toMatch(/^<!DOCTYPE html>/);
    expect(files['feed.xml']).toMatch(/^<\?xml version="1.0"/);
    expect(files['style.css']).toContain(':root {');
    expect(files['site.js']!.length).toBeGreaterThan(0);
    expect(Object.keys(buildSite([entry({ id: 'a' })], options(), 'md'))).toEqual(['index.md']);
    expect(buildSite([entry({ id: 'a' })], options(), 'md')['index.md']).toMatch(/^# Presse\n\n## 2020\n/);
  });
});
