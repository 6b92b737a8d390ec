// The press page as HTML: entries grouped by year or type, newest first, each an <article>
// whose id is the entry's, readable with no script and every corpus text escaped.
import type { Entry, EntryType, Quote } from '../../core/schema.js';
import { ENTRY_TYPES } from '../../core/schema.js';
import { renderBody } from './body.js';
import { escapeHtml, jsonForScript, linkTarget } from './escape.js';
import { entryJsonLd } from './jsonld.js';
import { dateInWords, roleLabel, WORDS, type PageLanguage, type PageWords } from './labels.js';

export type GroupBy = 'year' | 'type';

export interface SiteOptions {
  title: string;
  language: PageLanguage;
  group: GroupBy;
  /** The page's public address (`--base-url`), or undefined for links relative to the page. */
  baseUrl?: string;
  /** Titles of every entry of the corpus, for related entries that the filters left out. */
  titles: ReadonlyMap<string, string>;
  /** Quotes and body of an entry: what the store gives on request. */
  full: (entry: Entry) => { quotes: readonly Quote[]; body: string };
  generator: string;
}

export const STYLESHEET_FILE = 'style.css';
export const SCRIPT_FILE = 'site.js';
export const FEED_FILE = 'feed.xml';

const year = (entry: Entry): string => entry.date.slice(0, 4);

/** Entries (already newest first) cut into groups, in the order they first appear or of the types. */
export function groupEntries(entries: readonly Entry[], group: GroupBy): { key: string; entries: Entry[] }[] {
  const groups = new Map<string, Entry[]>();
  const keyOf = group === 'year' ? year : (entry: Entry) => entry.type;
  if (group === 'type') for (const type of ENTRY_TYPES) groups.set(type, []);
  for (const entry of entries) {
    const key = keyOf(entry);
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([key, list]) => ({ key, entries: list }));
}

const groupId = (key: string): string => `group-${key}`;

function groupHeading(key: string, group: GroupBy, words: PageWords): string {
  return group === 'type' ? words.typeGroups[key as EntryType] : key;
}

const time = (date: string, language: PageLanguage): string => `<time datetime="${escapeHtml(date)}">${escapeHtml(dateInWords(date, language))}</time>`;

/** A `lang` attribute when the entry's language is not the page's. */
function langAttribute(language: string | null, page: PageLanguage): string {
  return language !== null && language !== page ? ` lang="${escapeHtml(language)}"` : '';
}

function titleHtml(entry: Entry): string {
  const url = linkTarget(entry.url);
  const title = escapeHtml(entry.title);
  return url === undefined ? title : `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${title}</a>`;
}

function metaHtml(entry: Entry, options: SiteOptions): string {
  const parts = [`<cite class="outlet">${escapeHtml(entry.outlet)}</cite>`];
  if (entry.program !== null) parts.push(`<span class="program">${escapeHtml(entry.program)}</span>`);
  if (entry.issue !== null) parts.push(`<span class="issue">${escapeHtml(entry.issue)}</span>`);
  if (entry.place !== null) parts.push(`<span class="place">${escapeHtml(entry.place)}</span>`);
  parts.push(time(entry.date, options.language));
  return `<p class="meta">${parts.join(' · ')}</p>`;
}

function peopleHtml(entry: Entry, options: SiteOptions): string {
  if (entry.people.length === 0) return '';
  const items = entry.people.map(({ name, role }) => {
    const label = role === null ? '' : `<span class="role">${escapeHtml(roleLabel(role, options.language))}</span> `;
    return `<li>${label}<span class="name">${escapeHtml(name)}</span></li>`;
  });
  return `<ul class="people" aria-label="${escapeHtml(WORDS[options.language].people)}">${items.join('')}</ul>`;
}

function quoteHtml(quote: Quote, options: SiteOptions): string {
  const caption = [quote.speaker === null ? '' : `<span class="speaker">${escapeHtml(quote.speaker)}</span>`,
    quote.at === null ? '' : `<span class="at">${escapeHtml(WORDS[options.language].at)} ${escapeHtml(quote.at)}</span>`].filter((part) => part !== '');
  const figcaption = caption.length > 0 ? `<figcaption>— ${caption.join(', ')}</figcaption>` : '';
  return `<figure class="quote"><blockquote><p>${escapeHtml(quote.text)}</p></blockquote>${figcaption}</figure>`;
}

function relatedHtml(entry: Entry, onPage: ReadonlySet<string>, options: SiteOptions): string {
  if (entry.related.length === 0) return '';
  const items = entry.related.map((id) => {
    const title = escapeHtml(options.titles.get(id) ?? id);
    return `<li>${onPage.has(id) ? `<a href="#${escapeHtml(id)}">${title}</a>` : title}</li>`;
  });
  return `<div class="related"><span class="label">${escapeHtml(WORDS[options.language].related)}</span><ul>${items.join('')}</ul></div>`;
}

function updatesHtml(entry: Entry, options: SiteOptions): string {
  if (entry.updates.length === 0) return '';
  const items = entry.updates.map((update) => `<li>${time(update.date, options.language)} — ${escapeHtml(update.note)}</li>`);
  return `<div class="updates"><span class="label">${escapeHtml(WORDS[options.language].updates)}</span><ul>${items.join('')}</ul></div>`;
}

function articleHtml(entry: Entry, onPage: ReadonlySet<string>, pageUrl: string, options: SiteOptions): string {
  const words = WORDS[options.language];
  const { quotes, body } = options.full(entry);
  const bodyHtml = body.trim() === '' ? '' : `<div class="body">${renderBody(body)}</div>`;
  return [
    `<article id="${escapeHtml(entry.id)}" data-type="${entry.type}" data-year="${year(entry)}"${langAttribute(entry.language, options.language)}>`,
    `<h3><span class="kind">${escapeHtml(words.types[entry.type])}</span> ${titleHtml(entry)}</h3>`,
    metaHtml(entry, options),
    peopleHtml(entry, options),
    ...quotes.map((quote) => quoteHtml(quote, options)),
    bodyHtml,
    relatedHtml(entry, onPage, options),
    updatesHtml(entry, options),
    `<script type="application/ld+json">${jsonForScript(entryJsonLd(entry, pageUrl))}</script>`,
    '</article>',
  ].filter((part) => part !== '').join('\n');
}

function filtersHtml(entries: readonly Entry[], words: PageWords): string {
  const types = ENTRY_TYPES.filter((type) => entries.some((e) => e.type === type));
  const years = [...new Set(entries.map(year))].sort().reverse();
  const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  return `<form class="filters" id="filters" role="search" hidden>
<label>${escapeHtml(words.filterType)}<select id="filter-type" name="type">${option('', words.all)}${types.map((t) => option(t, words.types[t])).join('')}</select></label>
<label>${escapeHtml(words.filterYear)}<select id="filter-year" name="year">${option('', words.all)}${years.map((y) => option(y, y)).join('')}</select></label>
<label class="search">${escapeHtml(words.search)}<input id="filter-search" name="q" type="search" autocomplete="off"></label>
<p class="status" id="filter-status" role="status" aria-live="polite" data-one="${escapeHtml(words.shownOne)}" data-many="${escapeHtml(words.shownMany)}"></p>
</form>`;
}

/** The page's address for JSON-LD ids and the feed: the base URL's index, or '' (relative). */
export function pageAddress(baseUrl: string | undefined): string {
  return baseUrl === undefined ? '' : baseUrl.replace(/\/?$/, '/');
}

export function buildPage(entries: readonly Entry[], options: SiteOptions): string {
  const words = WORDS[options.language];
  const onPage = new Set(entries.map((e) => e.id));
  const pageUrl = pageAddress(options.baseUrl);
  const groups = groupEntries(entries, options.group);
  const contents = groups.map((g) => `<li><a href="#${groupId(g.key)}">${escapeHtml(groupHeading(g.key, options.group, words))}</a></li>`);
  const sections = groups.map((g) => [
    `<section class="group" id="${groupId(g.key)}" aria-labelledby="${groupId(g.key)}-heading">`,
    `<h2 id="${groupId(g.key)}-heading">${escapeHtml(groupHeading(g.key, options.group, words))}</h2>`,
    ...g.entries.map((entry) => articleHtml(entry, onPage, pageUrl, options)),
    '</section>',
  ].join('\n'));
  const canonical = options.baseUrl === undefined ? '' : `\n<link rel="canonical" href="${escapeHtml(pageUrl)}">`;
  return `<!DOCTYPE html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(options.generator)}">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${STYLESHEET_FILE}">
<link rel="alternate" type="application/atom+xml" title="${escapeHtml(words.feed)}" href="${FEED_FILE}">${canonical}
<script src="${SCRIPT_FILE}" defer></script>
</head>
<body>
<a class="skip" href="#entries">${escapeHtml(words.skip)}</a>
<header class="page">
<h1>${escapeHtml(options.title)}</h1>
<nav class="contents" aria-label="${escapeHtml(words.contents)}"><ul>${contents.join('')}</ul></nav>
${filtersHtml(entries, words)}
</header>
<main id="entries">
${sections.join('\n')}
</main>
<footer class="page"><p>${escapeHtml(words.generated)} · <a class="feed" href="${FEED_FILE}">${escapeHtml(words.feed)}</a></p></footer>
</body>
</html>
`;
}
