// References rendered by citeproc-js (the engine Zotero uses) from CSL-JSON items, in a CSL
// style and locale: no citation rules are written here. Plus a quote with its attribution.
import CSL from 'citeproc';
import type { Entry, Quote } from '../core/schema.js';
import { escapeHtml } from './site/escape.js';
import { dateInWords, isPageLanguage, type PageLanguage } from './site/labels.js';
import { markdownText } from './site/markdown.js';

export const CITE_FORMATS = ['text', 'html', 'md'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export interface CiteStyle {
  /** The style's XML. */
  style: string;
  /** Locale XML by tag (`fr-FR`), false when there is none. */
  locale: (lang: string) => string | false;
  lang: string;
}

type CslItem = Record<string, unknown> & { id: string };

const formats = CSL.Output.Formats;
// Markdown: plain text with emphasis, and corpus text escaped so that it stays text.
formats['clic-md'] ??= {
  ...formats.text,
  text_escape: (text: string | undefined) => markdownText(text ?? ''),
  '@font-style/italic': '*%%STRING%%*',
  '@font-style/oblique': '*%%STRING%%*',
  '@font-weight/bold': '**%%STRING%%**',
};
const OUTPUT: Readonly<Record<CiteFormat, string>> = { text: 'text', html: 'html', md: 'clic-md' };

/**
 * citeproc-js reads <i>, <b>, <sup>, <sub>, <sc> and <span> in field values as formatting. A
 * word joiner after the `<` keeps corpus text from becoming markup; it is taken out again from
 * what citeproc renders, where that `<` has become text (or &#60;).
 */
const RICH_TEXT_TAG = /<(?=\/?(?:i|b|sup|sub|sc|span)\b)/gi;
const GUARD = '\u2060';

function guardRichText(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(RICH_TEXT_TAG, `<${GUARD}`);
  if (Array.isArray(value)) return value.map(guardRichText);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, guardRichText(v)]));
  return value;
}

const unguard = (text: string): string => text.replace(/(<|&#60;|\\<)\u2060/g, '$1');

/** The bibliography of `items` in the style's order, one reference per line (html: citeproc's div). */
export function formatReferences(items: readonly CslItem[], style: CiteStyle, format: CiteFormat): string {
  if (items.length === 0) return '';
  const byId = new Map(items.map((item) => [item.id, guardRichText(item)]));
  const engine = new CSL.Engine({ retrieveLocale: style.locale, retrieveItem: (id) => byId.get(id) }, style.style, style.lang, true);
  engine.setOutputFormat(OUTPUT[format]);
  engine.updateItems(items.map((item) => item.id));
  const bibliography = engine.makeBibliography();
  if (bibliography === false) throw new Error('the style has no bibliography');
  const [meta, references] = bibliography;
  if (format === 'html') return unguard(`${meta.bibstart}${references.join('')}${meta.bibend}\n`);
  return unguard(`${references.map((reference) => reference.trim()).join('\n')}\n`);
}

/** Quotation marks by language: guillemets for French (with narrow no-break spaces), else curly quotes. */
const QUOTE_MARKS: Readonly<Record<string, [string, string]>> = {
  fr: ['«\u202f', '\u202f»'], en: ['“', '”'], de: ['„', '“'], it: ['«', '»'], es: ['«', '»'], pt: ['«', '»'],
};

/** Who said it: the quote's speaker, else the person the entry is by. */
function speakerOf(quote: Quote, entry: Entry): string | undefined {
  if (quote.speaker !== null) return quote.speaker;
  const roles = ['interviewee', 'author', 'speaker', 'guest', null];
  return entry.people.find((p) => roles.includes(p.role))?.name;
}

/** « … » — Antonio A. Casilli, *National Geographic France*, 15 octobre 2020 */
export function formatQuote(quote: Quote, entry: Entry, fallback: PageLanguage, format: CiteFormat): string {
  const language = entry.language ?? fallback;
  const [open, close] = QUOTE_MARKS[language] ?? QUOTE_MARKS.en!;
  const text = { text: (t: string) => t, html: escapeHtml, md: markdownText }[format];
  const outlet = { text: (t: string) => t, html: (t: string) => `<cite>${escapeHtml(t)}</cite>`, md: (t: string) => `*${markdownText(t)}*` }[format];
  const speaker = speakerOf(quote, entry);
  const date = dateInWords(entry.date, isPageLanguage(language) ? language : fallback);
  const parts = [...(speaker === undefined ? [] : [text(speaker)]), outlet(entry.outlet), text(date), ...(quote.at === null ? [] : [text(quote.at)])];
  const line = `${text(open)}${text(quote.text)}${text(close)} — ${parts.join(', ')}`;
  return format === 'html' ? `<p>${line}</p>\n` : `${line}\n`;
}
