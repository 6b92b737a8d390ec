// Every export rendered by the real tools, on the bundled corpus and on a corpus written in
// another hand (test/fixtures/export-unseen), and the rendered text read back: each reference
// holds its title, year and outlet (once, in plain and plainnat); a video or a show names its
// medium; an organisation is printed whole; natbib labels carry the year; LaTeX reports no error
// but for the characters clic named on stderr as ones pdflatex cannot typeset.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignCitationKeys } from '../../src/core/keys.js';
import type { Entry } from '../../src/core/schema.js';
import { formatBiblatex, formatBibtex } from '../../src/format/bibtex.js';
import { BUNDLED_CORPUS, fullEntries, ROOT } from '../support/cli.js';
import { bibitemLabels, exportCorpus, renderBiblatex, renderBibtex, renderCiteproc, type Rendered } from './render.js';
import { installed, titleFor } from './support.js';

const STYLES_DIR = '/usr/share/citation-style-language/styles';
const CSL_STYLES = ['apa', 'chicago-author-date', 'iso690-author-date-fr'] as const;

const latex = installed('command -v pdflatex') && installed('command -v pdftotext') && installed('kpsewhich french.ldf') && installed('kpsewhich csquotes.sty');
const biblatex = latex && installed('command -v biber') && installed('kpsewhich biblatex.sty') && installed('kpsewhich apa.bbx');
const bibtex = latex && installed('command -v bibtex') && installed('kpsewhich plainnat.bst');
const citeproc = installed('command -v pandoc') && CSL_STYLES.every((style) => existsSync(join(STYLES_DIR, `${style}.csl`)));

const CORPORA = [
  ['the bundled corpus', BUNDLED_CORPUS],
  ['the unseen-style corpus', join(ROOT, 'test/fixtures/export-unseen')],
] as const;

/** Text compared on its letters and digits only: line breaks, spacing, punctuation and case are the style's. */
const comparable = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The words that name a medium, in English and French, whatever the format calls the field. */
const MEDIUM_WORDS: Partial<Record<Entry['type'], RegExp>> = { video: /vid[eé]o/i, podcast: /audio/i };
/** The people an appearance is by (README, "Roles"): BibTeX and BibLaTeX authors. */
const AUTHORS = new Set([null, 'author', 'interviewee', 'speaker', 'journalist', 'writer', 'director']);
/** Roles that every style prints beside the title. */
const PRINTED_ROLES = AUTHORS;

/**
 * What each reference misses of what it must hold, as readable lines; `unprintable` are the
 * characters a pdflatex rendering cannot hold (named by clic on stderr), left out of the expectations.
 */
function missing(rendered: Rendered, entries: readonly Entry[], keys: ReadonlyMap<string, string>, unprintable: readonly string[] = []): string[] {
  const expected = (text: string): string => comparable([...text].filter((c) => !unprintable.includes(c)).join(''));
  return entries.flatMap((entry) => {
    const key = keys.get(entry.id)!;
    const reference = rendered.references.get(key);
    if (reference === undefined) return [`${entry.id}: no reference ${key}`];
    const text = comparable(reference);
    const wanted: [string, string][] = [['title', entry.title], ['year', entry.date.slice(0, 4)], ['outlet', entry.outlet]];
    for (const person of entry.people) {
      if (person.org === true && PRINTED_ROLES.has(person.role)) wanted.push(['organisation', person.name]);
    }
    const lacks = wanted.filter(([, value]) => !text.includes(expected(value))).map(([what, value]) => `${what} "${value}"`);
    const medium = MEDIUM_WORDS[entry.type];
    if (medium !== undefined && !medium.test(reference)) lacks.push(`medium ${medium}`);
    return lacks.length === 0 ? [] : [`${entry.id}: lacks ${lacks.join(', ')} in: ${reference}`];
  });
}

/** The LaTeX errors that are not about a character clic named (as `Unicode character … (U+XXXX)` or `Bad character code (N)`). */
function unexpectedErrors(rendered: Rendered, unprintable: readonly string[]): string[] {
  const named = new Set(unprintable.map((c) => c.codePointAt(0)!));
  return rendered.errors.filter((error) => {
    const unicode = /Unicode character .*\(U\+([0-9A-F]+)\)/.exec(error);
    const code = /Bad character code \((\d+)\)/.exec(error);
    const point = unicode ? parseInt(unicode[1]!, 16) : code ? Number(code[1]) : undefined;
    return point === undefined || !named.has(point);
  });
}

/** The references that print their outlet more often than the entry's own text holds it (issue 13: twice in plain and plainnat). */
function repeatedOutlets(rendered: Rendered, entries: readonly Entry[], keys: ReadonlyMap<string, string>): string[] {
  const count = (text: string, part: string): number => comparable(text).split(comparable(part)).length - 1;
  return entries.flatMap((entry) => {
    const reference = rendered.references.get(keys.get(entry.id)!) ?? '';
    const own = [entry.title, entry.program ?? '', ...entry.people.map((p) => p.name)].reduce((n, text) => n + count(text, entry.outlet), 0);
    return count(reference, entry.outlet) > 1 + own ? [`${entry.id}: ${reference}`] : [];
  });
}

const fresh = (): string => mkdtempSync(join(tmpdir(), 'clic-render-'));

describe.each(CORPORA)('rendered from %s', (_, corpus) => {
  const entries = fullEntries(corpus);
  const keys = assignCitationKeys(entries).byId;

  describe.skipIf(!biblatex)(titleFor('pdflatex + biber, biblatex', biblatex, 'texlive-latex-extra texlive-bibtex-extra texlive-lang-french biber poppler-utils'), () => {
    const unprintable = formatBiblatex(entries, keys).symbols;

    it('writes every space, invisible character and Latin letter so that pdflatex typesets it', () => {
      expect(unprintable.filter((c) => /[\p{Z}\p{Cf}\p{Script=Latin}]/u.test(c))).toEqual([]);
    });

    it.each(['authoryear', 'apa'] as const)('typesets every entry with style=%s', async (style) => {
      const { dir, stderr } = await exportCorpus('biblatex', corpus, fresh(), 'media.bib');
      if (unprintable.length > 0) expect(stderr).toContain(`pdflatex cannot typeset ${unprintable.length} characters`);
      const rendered = renderBiblatex(dir, style);
      expect(unexpectedErrors(rendered, unprintable), rendered.output).toEqual([]);
      expect(missing(rendered, entries, keys, unprintable)).toEqual([]);
    });
  });

  describe.skipIf(!bibtex)(titleFor('pdflatex + bibtex', bibtex, 'texlive-latex-extra texlive-latex-recommended texlive-lang-french poppler-utils'), () => {
    const unprintable = formatBibtex(entries, keys).symbols;

    it('typesets every entry with plain', async () => {
      const { dir } = await exportCorpus('bibtex', corpus, fresh(), 'media.bib');
      const rendered = renderBibtex(dir, 'plain', []);
      expect(unexpectedErrors(rendered, unprintable), rendered.output).toEqual([]);
      expect(missing(rendered, entries, keys, unprintable)).toEqual([]);
      expect(repeatedOutlets(rendered, entries, keys)).toEqual([]);
    });

    it('typesets every entry with plainnat, each label and author-year citation with its year', async () => {
      const { dir } = await exportCorpus('bibtex', corpus, fresh(), 'media.bib');
      const rendered = renderBibtex(dir, 'plainnat', [...keys.values()]);
      expect(unexpectedErrors(rendered, unprintable), rendered.output).toEqual([]);
      expect(missing(rendered, entries, keys, unprintable)).toEqual([]);
      expect(repeatedOutlets(rendered, entries, keys)).toEqual([]);
      const labels = bibitemLabels(dir);
      const citations = entries.map((entry) => {
        const key = keys.get(entry.id)!;
        return { id: entry.id, label: labels.get(key), citation: rendered.citations.get(key) ?? '' };
      });
      // natbib's label is "Author(Year…)": the year inside the brackets; \citet prints "Author (Year)".
      expect(citations.filter((c) => !/\(\d{4}/.test(c.label ?? ''))).toEqual([]);
      expect(citations.filter((c, i) => !c.citation.includes(`(${entries[i]!.date.slice(0, 4)}`))).toEqual([]);
      // With nobody credited as author, the outlet stands as author: "BBC Radio 4 (2019)".
      for (const entry of entries.filter((e) => !e.people.some((p) => AUTHORS.has(p.role)))) {
        expect(rendered.citations.get(keys.get(entry.id)!)).toContain(`${entry.outlet.replace(/\u2019/g, '’')} (${entry.date.slice(0, 4)}`);
      }
    });
  });

  describe.skipIf(!citeproc)(titleFor('pandoc --citeproc', citeproc, 'pandoc citation-style-language-styles citation-style-language-locales'), () => {
    it.each(CSL_STYLES)('renders every entry with %s', async (style) => {
      const { dir } = await exportCorpus('csl-json', corpus, fresh(), 'media.json');
      const rendered = renderCiteproc(dir, join(STYLES_DIR, `${style}.csl`));
      expect(rendered.errors).toEqual([]);
      expect(missing(rendered, entries, keys)).toEqual([]);
    });
  });
});
