// The appearances as an Atom feed (RFC 4287), newest first, for feed readers.
import { parseDateSpan } from '../../core/dates.js';
import type { Entry } from '../../core/schema.js';
import { renderBody } from './body.js';
import { escapeHtml, linkTarget } from './escape.js';
import { WORDS } from './labels.js';
import { pageAddress, type SiteOptions } from './page.js';

/** Atom wants a full timestamp: a partial date stands for its first day. */
const timestamp = (date: string): string => `${parseDateSpan(date)?.first ?? date}T00:00:00Z`;

/** The latest of the entry's date and its updates' dates. */
function lastChange(entry: Entry): string {
  return entry.updates.reduce((latest, update) => (timestamp(update.date) > latest ? timestamp(update.date) : latest), timestamp(entry.date));
}

/** The person most entries credit (the researcher the page is about), else the page's title. */
function feedAuthor(entries: readonly Entry[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const { name } of entry.people) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** Atom ids must be absolute: the entry's place in the page when the page has an address, else a URN. */
const entryId = (entry: Entry, pageUrl: string): string => (pageUrl === '' ? `urn:clic:${entry.id}` : `${pageUrl}#${entry.id}`);

/** Feed readers fetch the feed again and again: it holds the newest appearances, the page all of them. */
export const FEED_ENTRIES = 100;

/** `entries` newest first, as on the page. */
export function buildFeed(entries: readonly Entry[], options: SiteOptions, feedFile: string): string {
  const pageUrl = pageAddress(options.baseUrl);
  const words = WORDS[options.language];
  const updated = entries.map(lastChange).reduce((a, b) => (b > a ? b : a), '1970-01-01T00:00:00Z');
  const items = entries.slice(0, FEED_ENTRIES).map((entry) => {
    const url = linkTarget(entry.url);
    const { body } = options.full(entry);
    const lines = [
      '<entry>',
      `<title>${escapeHtml(entry.title)}</title>`,
      `<id>${escapeHtml(entryId(entry, pageUrl))}</id>`,
      `<published>${timestamp(entry.date)}</published>`,
      `<updated>${lastChange(entry)}</updated>`,
      url === undefined ? '' : `<link rel="alternate" href="${escapeHtml(url)}"/>`,
      pageUrl === '' ? '' : `<link rel="related" type="text/html" href="${escapeHtml(`${pageUrl}#${entry.id}`)}"/>`,
      `<category term="${entry.type}" label="${escapeHtml(words.types[entry.type])}"/>`,
      ...entry.people.map(({ name }) => `<contributor><name>${escapeHtml(name)}</name></contributor>`),
      `<summary>${escapeHtml(`${words.types[entry.type]} · ${entry.outlet}${entry.program === null ? '' : ` · ${entry.program}`}`)}</summary>`,
      body.trim() === '' ? '' : `<content type="html">${escapeHtml(renderBody(body))}</content>`,
      '</entry>',
    ];
    return lines.filter((line) => line !== '').join('\n');
  });
  const links = pageUrl === '' ? '' : `\n<link rel="self" type="application/atom+xml" href="${escapeHtml(pageUrl + feedFile)}"/>\n<link rel="alternate" type="text/html" href="${escapeHtml(pageUrl)}"/>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.language}">
<title>${escapeHtml(options.title)}</title>
<id>${escapeHtml(pageUrl === '' ? `urn:clic:feed:${feedIdPart(options.title)}` : pageUrl)}</id>
<updated>${updated}</updated>${links}
<author><name>${escapeHtml(feedAuthor(entries, options.title))}</name></author>
<generator>${escapeHtml(options.generator)}</generator>
${items.join('\n')}
</feed>
`;
}

/** A URN part from the title: letters, digits and hyphens. */
const feedIdPart = (title: string): string => encodeURIComponent(title.toLowerCase().replace(/\s+/g, '-')) || 'site';
