// pandoc reads every entry of the BibTeX, BibLaTeX and CSL-JSON exports, with the same titles,
// dates and authors.
import { describe, expect, it } from 'vitest';
import { dateParts } from '../../src/core/dates.js';
import { assignCitationKeys } from '../../src/core/keys.js';
import { personName } from '../../src/core/names.js';
import { isRole, type Entry } from '../../src/core/schema.js';
import { credits } from '../../src/format/bibliography.js';
import { CSL_ROLES } from '../../src/format/csl.js';
import { latexText } from '../../src/format/latex.js';
import { readCorpus } from '../../src/fs/read-corpus.js';
import { displayName } from '../support/entry.js';
import { CORPORA, exportTo, installed, run, titleFor } from './support.js';

const available = installed('command -v pandoc');

const FORMATS = [
  ['bibtex', 'bibtex'],
  ['biblatex', 'biblatex'],
  ['csl-json', 'csljson'],
] as const;
type Format = (typeof FORMATS)[number][0];

// Signs that pandoc 2.17 (Debian 12) cannot read from ASCII LaTeX: it drops \guillemotleft,
// \texteuro, \textbraceleft… and every \symbol{N}. BibLaTeX and CSL-JSON carry them as UTF-8.
const PANDOC_DROPS_IN_ASCII = /[«»‹›„‚€®™°¡¿•†‡×÷±µðÐþÞŋŊđĐ]/g;

/**
 * Text as pandoc reads it back, compared on what matters: the characters. pandoc makes straight
 * quotes typographic (TeX rules for BibTeX, citeproc's for CSL), collapses or adds spaces
 * (citeproc puts narrow no-break spaces inside French guillemets); LaTeX has no control
 * characters, and pandoc drops the \textbraceleft and \textbraceright that unpaired braces need.
 */
function comparable(text: string, format: Format): string {
  let result = text.normalize('NFC');
  if (format === 'bibtex') {
    const symbols = new Set<string>();
    latexText(result, true, (c) => symbols.add(c));
    result = [...result].filter((c) => !symbols.has(c)).join('').replace(PANDOC_DROPS_IN_ASCII, '');
  }
  if (format !== 'csl-json') result = result.replace(/[{}]/g, '');
  return result
    .replace(/['"`‘’“”]/g, "'")
    .replace(/[\s\u200B\u0000-\u001F\u007F-\u009F]/g, '');
}

interface PandocItem {
  id: string;
  title?: string;
  issued?: { 'date-parts': number[][] };
  author?: Record<string, string>[];
}

const pandocName = (name: Record<string, string>): string =>
  name.literal ?? [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix].filter((p) => p).join(' ');

/** The people each format credits as `author`; BibTeX credits the outlet when nobody is (README, BibTeX). */
function authors(entry: Entry, format: Format): string[] {
  if (format === 'bibtex' && credits(entry).authors.length === 0) return [entry.outlet];
  if (format !== 'csl-json') return credits(entry).authors.map(displayName);
  return entry.people
    .filter((p) => p.role === null || (isRole(p.role) && CSL_ROLES[p.role] === 'author'))
    .map((p) => displayName(personName(p)));
}

describe.skipIf(!available)(titleFor('pandoc', available, 'pandoc'), () => {
  describe.each(CORPORA)('on %s', (_, corpus) => {
    const { entries } = readCorpus(corpus);
    const keys = assignCitationKeys(entries).byId;

    it.each(FORMATS)('reads every entry of the %s export with the same titles, dates and authors', async (format, reader) => {
      const dir = await exportTo(format, corpus, 'media.txt');
      const result = run('pandoc', ['-f', reader, '-t', 'csljson', 'media.txt'], dir);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      const items = new Map((JSON.parse(result.stdout) as PandocItem[]).map((item) => [item.id, item]));
      expect(items.size).toBe(entries.length);
      for (const entry of entries) {
        const item = items.get(keys.get(entry.id)!);
        expect(item, entry.id).toBeDefined();
        // pandoc appends BibLaTeX's `titleaddon` (the medium) to the title: "Title. Vidéo".
        const title = comparable(item!.title ?? '', format);
        if (format === 'biblatex') expect(title.startsWith(comparable(entry.title, format)), `${entry.id}: ${title}`).toBe(true);
        else expect(title, entry.id).toBe(comparable(entry.title, format));
        expect(item!.issued, entry.id).toEqual({ 'date-parts': [dateParts(entry.date)] });
        // A name made only of characters that pandoc drops (BibTeX's \\symbol) is dropped whole, or read as empty.
        const names = (item!.author ?? []).map((n) => comparable(pandocName(n), format)).filter((n) => n !== '');
        const expected = authors(entry, format).map((n) => comparable(n, format)).filter((n) => n !== '');
        expect(names, entry.id).toEqual(expected);
      }
    });
  });
});
