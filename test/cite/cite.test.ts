// clic cite and export --format text: the references citeproc-js renders with the system's CSL
// styles and locales, compared with what APA and Chicago call for, written out by hand.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clic, makeCorpus } from '../support/cli.js';

const CSL_DIR = '/usr/share/citation-style-language';
const hasCsl = existsSync(join(CSL_DIR, 'styles', 'apa.csl')) && existsSync(join(CSL_DIR, 'locales', 'locales-fr-FR.xml'));

const cite = async (...argv: string[]) => {
  const result = await clic(['cite', ...argv]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};

describe.skipIf(!hasCsl)(`references from ${CSL_DIR} (citation-style-language-styles and -locales)`, () => {
  it.each([
    // APA 7: initials, (year, month day), title, the interviewer in parentheses, [genre in the entry's language], the magazine.
    // (Chicago prints both its "Interview by" and the genre: a limit of the style with article-magazine.)
    ['2020-10-15-national-geographic', 'apa', 'fr-FR', 'Casilli, A. A. (2020, octobre 15). Les ouvriers du clic, le prolétariat 2.0 (M.-A. Carpio) [Entretien]. National Geographic France.'],
    ['2020-10-15-national-geographic', 'apa', 'en-US', 'Casilli, A. A. (2020, October 15). Les ouvriers du clic, le prolétariat 2.0 (M.-A. Carpio, Interviewer) [Entretien]. National Geographic France.'],
    // APA 7, a book: (year). Title. Publisher.
    ['2019-01-seuil-en-attendant-les-robots', 'apa', 'fr-FR', 'Casilli, A. A. (2019). En attendant les robots. Enquête sur le travail du clic. Éditions du Seuil.'],
    // APA 7, a video: the director credited as such.
    ['2020-02-12-france-televisions', 'apa', 'en-US', 'Poulain, H. (Director). (2020, February 12). Invisibles – Les travailleurs du clic [Vidéo]. In France TV Slash. France Télévisions.'],
    // Chicago notes-bibliography: full names inverted for the first, "Interview by", the date at the end.
    ['2020-10-15-national-geographic', 'chicago', 'fr-FR', 'Casilli, Antonio A. «\u00a0Les ouvriers du clic, le prolétariat 2.0\u00a0». Entretien réalisé par Marie-Amélie Carpio, Entretien. National Geographic France, 15 octobre 2020.'],
    ['2020-10-15-national-geographic', 'chicago', 'en-US', 'Casilli, Antonio A. “Les ouvriers du clic, le prolétariat 2.0.” Interview by Marie-Amélie Carpio, Entretien. National Geographic France, October 15, 2020.'],
    ['2019-01-seuil-en-attendant-les-robots', 'chicago', 'en-US', 'Casilli, Antonio A. En attendant les robots. Enquête sur le travail du clic. Éditions du Seuil, 2019.'],
  ])('%s in %s (%s)', async (id, style, lang, expected) => {
    expect(await cite(id, '--style', style, '--lang', lang)).toBe(`${expected}\n`);
  });

  it('takes the locale from the entry when --lang is not given', async () => {
    expect(await cite('2020-10-15-national-geographic')).toContain('(2020, octobre 15)');
  });

  it('sets titles and containers in italics in HTML and Markdown', async () => {
    expect(await cite('2019-01-seuil-en-attendant-les-robots', '--format', 'html', '--lang', 'en-US'))
      .toContain('<div class="csl-entry">Casilli, A. A. (2019). <i>En attendant les robots. Enquête sur le travail du clic</i>. Éditions du Seuil.</div>');
    expect(await cite('2020-10-15-national-geographic', '--style', 'chicago', '--lang', 'en-US', '--format', 'md'))
      .toBe('Casilli, Antonio A. “Les ouvriers du clic, le prolétariat 2.0.” Interview by Marie-Amélie Carpio, Entretien. *National Geographic France*, October 15, 2020.\n');
  });

  it('accepts a style file', async () => {
    const dir = makeCorpus({});
    const style = join(dir, 'titles.csl');
    writeFileSync(style, `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Titles only</title><id>titles</id><updated>2020-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="title" text-case="uppercase"/><text value=" — "/><text variable="container-title"/></layout></bibliography>
</style>`);
    expect(await cite('2020-10-15-national-geographic', '--style', style)).toBe('LES OUVRIERS DU CLIC, LE PROLÉTARIAT 2.0 — National Geographic France\n');
  });

  it('formats the matching entries as a list with export --format text, in the style\'s order', async () => {
    const result = await clic(['export', '--format', 'text', '--style', 'apa', '--year', '2019']);
    expect(result.stdout).toBe([
      'Casilli, A. A. (2019a). Grand Prix de la Protection Sociale 2019 [Prix]. École nationale supérieure de Sécurité sociale (EN3S).',
      'Casilli, A. A. (2019b). En attendant les robots. Enquête sur le travail du clic. Éditions du Seuil.',
      '',
    ].join('\n'));
  });

  it('keeps corpus text that looks like markup as text', async () => {
    const corpus = makeCorpus({
      'x.md': '---\ntitle: "</i><script>alert(1)</script>"\ntype: press\ndate: 2021\noutlet: "<b>Bold</b> <i>news</i>"\n---\n',
    });
    const html = (await clic(['cite', 'x', '--corpus', corpus, '--format', 'html', '--lang', 'en-US'])).stdout;
    expect(html).not.toMatch(/<(script|b)>|<\/i><script/);
    expect(html).toContain('&#60;/i&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('\u2060');
    const text = (await clic(['cite', 'x', '--corpus', corpus, '--lang', 'en-US'])).stdout;
    expect(text).toContain('</i><script>alert(1)</script>');
  });

  it.each([
    [['--style', 'no-such-style'], /no style `no-such-style`; clic looked for \/usr\/share\/citation-style-language\/styles\/no-such-style\.csl/],
    [['--lang', 'xx-XX'], /no locale xx-XX; clic looked for \/usr\/share\/citation-style-language\/locales\/locales-xx-XX\.xml/],
    [['--style', 'missing.csl'], /--style: no file .*missing\.csl/],
  ])('says where it looked when a style or locale is missing (%s)', async (argv, message) => {
    const result = await clic(['cite', '2020-10-15-national-geographic', ...argv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('clic cite --quote', () => {
  it('gives the quote in the marks of its language, with speaker, outlet and date', async () => {
    expect(await cite('2020-10-15-national-geographic', '--quote', '4', '--format', 'md')).toBe(
      '«\u202fIls remplissent trois fonctions\u00a0: entraîner les machines, vérifier leurs résultats et aussi simuler l’IA.\u202f» — Antonio A. Casilli, *National Geographic France*, 15 octobre 2020\n',
    );
  });

  it('names the interviewee when the quote has no speaker, and writes English quotes in English marks', async () => {
    const corpus = makeCorpus({
      'talk.md': '---\ntitle: "A talk"\ntype: video\ndate: 2021-05\noutlet: "Some <Channel>"\nlanguage: en\npeople:\n  - { name: "Ada Lovelace", role: interviewee }\nquotes:\n  - { text: "Machines <b>weave</b>.", at: "12:34" }\n---\n',
    });
    expect(await cite('talk', '--corpus', corpus, '--quote', '1')).toBe('“Machines <b>weave</b>.” — Ada Lovelace, Some <Channel>, May 2021, 12:34\n');
    expect(await cite('talk', '--corpus', corpus, '--quote', '1', '--format', 'html'))
      .toBe('<p>“Machines &lt;b&gt;weave&lt;/b&gt;.” — Ada Lovelace, <cite>Some &lt;Channel&gt;</cite>, May 2021, 12:34</p>\n');
  });

  it('refuses a quote number the entry does not have', async () => {
    const result = await clic(['cite', '2020-10-15-national-geographic', '--quote', '99']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has 13 quotes, not 99/);
  });

  it('says which id is unknown', async () => {
    const result = await clic(['cite', '2020-10-15-national-geographi']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/did you mean `2020-10-15-national-geographic`/);
  });
});
