// citation.ts without the command around it: a quote with its attribution in each format and
// language (the marks are each language's primary quotation marks, as typographers set them),
// and references rendered by citeproc-js from a style written here, so that the expected text
// follows from the style's layout alone.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/schema.js';
import { formatQuote, formatReferences, type CiteStyle } from '../../src/format/citation.js';
import { makeEntry } from '../support/entry.js';

const quote = (text: string, speaker: string | null = null, at: string | null = null): Quote => ({ text, speaker, at, line: 1 });

describe('formatQuote', () => {
  const entry = makeEntry({ date: '2021-05', outlet: 'Radio', people: [{ name: 'Ada Lovelace', role: 'interviewee' }] });

  it.each([
    ['fr', '«\u202fQ.\u202f» — Ada Lovelace, Radio, mai 2021'],
    ['en', '“Q.” — Ada Lovelace, Radio, May 2021'],
    ['de', '„Q.“ — Ada Lovelace, Radio, May 2021'],
    ['it', '«Q.» — Ada Lovelace, Radio, May 2021'],
    ['es', '«Q.» — Ada Lovelace, Radio, May 2021'],
    ['pt', '«Q.» — Ada Lovelace, Radio, May 2021'],
    ['nl', '“Q.” — Ada Lovelace, Radio, May 2021'],
  ])('in an entry in %s: %s (the date in the page language when the entry\'s has no words)', (language, line) => {
    expect(formatQuote(quote('Q.'), { ...entry, language }, 'en', 'text')).toBe(`${line}\n`);
  });

  it('takes the fallback language for the marks and the date when the entry has none', () => {
    expect(formatQuote(quote('Q.'), { ...entry, language: null }, 'fr', 'text')).toBe('«\u202fQ.\u202f» — Ada Lovelace, Radio, mai 2021\n');
    expect(formatQuote(quote('Q.'), { ...entry, language: null }, 'en', 'text')).toBe('“Q.” — Ada Lovelace, Radio, May 2021\n');
    expect(formatQuote(quote('Q.'), { ...entry, language: 'de' }, 'fr', 'text')).toBe('„Q.“ — Ada Lovelace, Radio, mai 2021\n');
  });

  it('names the quote\'s speaker, else the first person the entry is by, and adds the time code', () => {
    const people = [{ name: 'Hal Host', role: 'host' }, { name: 'Gus Guest', role: 'guest' }, { name: 'Ann Author', role: 'author' }];
    const show = { ...entry, language: 'en', people };
    expect(formatQuote(quote('Q.', 'Sam Speaker', '12:34'), show, 'en', 'text')).toBe('“Q.” — Sam Speaker, Radio, May 2021, 12:34\n');
    expect(formatQuote(quote('Q.'), show, 'en', 'text')).toBe('“Q.” — Gus Guest, Radio, May 2021\n');
    for (const role of ['interviewee', 'author', 'speaker', 'guest', null]) {
      expect(formatQuote(quote('Q.'), { ...show, people: [{ name: 'Hal Host', role: 'host' }, { name: 'Pat', role }] }, 'en', 'text')).toBe('“Q.” — Pat, Radio, May 2021\n');
    }
    expect(formatQuote(quote('Q.'), { ...show, people: [{ name: 'Hal Host', role: 'host' }, { name: 'Iris', role: 'interviewer' }] }, 'en', 'text')).toBe('“Q.” — Radio, May 2021\n');
  });

  it('sets the outlet in <cite> and escapes every part in HTML', () => {
    const odd = { ...entry, language: 'en', outlet: 'A & <B>' };
    expect(formatQuote(quote('<i>x</i>', 'S "q"', '1<2'), odd, 'en', 'html')).toBe('<p>“&lt;i&gt;x&lt;/i&gt;” — S &quot;q&quot;, <cite>A &amp; &lt;B&gt;</cite>, May 2021, 1&lt;2</p>\n');
  });

  it('sets the outlet in emphasis and escapes Markdown in every part', () => {
    const odd = { ...entry, language: 'en', outlet: 'A*B' };
    expect(formatQuote(quote('a_b', 'S[1]', '#2'), odd, 'en', 'md')).toBe('“a\\_b” — S\\[1\\], *A\\*B*, May 2021, \\#2\n');
  });
});

const LOCALE = '/usr/share/citation-style-language/locales/locales-en-US.xml';
const style = (bibliography: string): CiteStyle => ({
  style: `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Test</title><id>test</id><updated>2020-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  ${bibliography}
</style>`,
  locale: (lang) => (lang === 'en-US' ? readFileSync(LOCALE, 'utf8') : false),
  lang: 'en-US',
});
const TITLES = style('<bibliography><sort><key variable="title"/></sort><layout><text variable="title" font-style="italic"/><text value=" / "/><text variable="container-title"/></layout></bibliography>');

describe.skipIf(!existsSync(LOCALE))(`formatReferences (citeproc-js, locale ${LOCALE})`, () => {
  const items = [
    { id: 'b', type: 'book', title: 'Beta', 'container-title': 'Series' },
    { id: 'a', type: 'book', title: 'Alpha <b>bold</b>', 'container-title': 'X <i>y</i>' },
  ];

  it('writes one reference per line, in the style\'s order, in text, Markdown and HTML', () => {
    expect(formatReferences(items, TITLES, 'text')).toBe('Alpha <b>bold</b> / X <i>y</i>\nBeta / Series\n');
    expect(formatReferences(items, TITLES, 'md')).toBe('*Alpha \\<b\\>bold\\</b\\>* / X \\<i\\>y\\</i\\>\n*Beta* / Series\n');
    expect(formatReferences(items, TITLES, 'html')).toBe(
      '<div class="csl-bib-body">\n'
      + '  <div class="csl-entry"><i>Alpha &#60;b&#62;bold&#60;/b&#62;</i> / X &#60;i&#62;y&#60;/i&#62;</div>\n'
      + '  <div class="csl-entry"><i>Beta</i> / Series</div>\n'
      + '</div>\n',
    );
  });

  it('keeps markup in names and nested values as text too', () => {
    const named = [{ id: 'n', type: 'book', title: 'T', author: [{ literal: '<b>Org</b>' }] }];
    const authors = style('<bibliography><layout><names variable="author"/></layout></bibliography>');
    expect(formatReferences(named, authors, 'text')).toBe('<b>Org</b>\n');
  });

  it('passes dates and other numbers through to citeproc as they are', () => {
    const dated = [{ id: 'd', type: 'book', title: 'T', issued: { 'date-parts': [[2021, 5]] } }];
    const years = style('<bibliography><layout><text variable="title"/><date variable="issued" prefix=", " form="text" date-parts="year-month"/></layout></bibliography>');
    expect(formatReferences(dated, years, 'text')).toBe('T, May 2021\n');
  });

  it('renders in the language asked for, whatever the style\'s default locale', () => {
    const FR = '/usr/share/citation-style-language/locales/locales-fr-FR.xml';
    const dated = [{ id: 'd', type: 'book', title: 'T', issued: { 'date-parts': [[2021, 5]] } }];
    const french = style('<bibliography><layout><date variable="issued" form="text" date-parts="year-month"/></layout></bibliography>');
    const both: CiteStyle = {
      ...french,
      style: french.style.replace('version="1.0">', 'version="1.0" default-locale="fr-FR">'),
      locale: (lang) => readFileSync(lang === 'fr-FR' ? FR : LOCALE, 'utf8'),
    };
    expect(formatReferences(dated, both, 'text')).toBe('May 2021\n');
    expect(formatReferences(dated, { ...both, lang: 'fr-FR' }, 'text')).toBe('mai 2021\n');
  });

  it('writes nothing for no items, and says when the style has no bibliography', () => {
    expect(formatReferences([], TITLES, 'text')).toBe('');
    expect(() => formatReferences(items, style(''), 'text')).toThrow('the style has no bibliography');
  });
});
