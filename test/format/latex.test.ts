import { describe, expect, it } from 'vitest';
import { latexText, latexUrl } from '../../src/format/latex.js';

/** BibTeX counts every brace, escaped or not: a field is safe only if they balance. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('latexText', () => {
  it.each([
    ['# $ % & _', '\\# \\$ \\% \\& \\_'],
    ['~ ^ \\', '{\\textasciitilde} {\\textasciicircum} {\\textbackslash}'],
    ['a < b > c', 'a {\\textless} b {\\textgreater} c'],
    ['{paired}', '\\{paired\\}'],
    ['} unpaired {', '{\\textbraceright} unpaired {\\textbraceleft}'],
    ['{{ one } pair', '{\\textbraceleft}\\{ one \\} pair'],
    ['a--b', 'a-{}-b'],
    ['a---b', 'a-{}-{}-b'],
    ["''quoted''", "'{}'quoted'{}'"],
    ['``x', '`{}`x'],
    [',,x', ',{},x'],
    ['!`x ?`y', '!{}`x ?{}`y'],
    ['line\nbreak\r\nand\ttab', 'line break and tab'],
    ['  spaced   out  ', 'spaced out'],
    ['bell\u0007 and \u001b[31m', 'bell and [31m'],
    ['"straight" quotes', '"straight" quotes'],
  ])('ASCII %j → %j', (text, latex) => {
    expect(latexText(text, true)).toBe(latex);
    expect(balanced(latexText(text, true))).toBe(true);
  });

  it.each([
    ['prolétariat', 'prol{\\\'{e}}tariat'],
    ['Ça', '{\\c{C}}a'],
    ['ệ', '{\\^{\\d{e}}}'],
    ['q\u0301', "{\\'{q}}"],
    ['œuvre Straße Łódź', '{\\oe}uvre Stra{\\ss}e {\\L}{\\\'{o}}d{\\\'{z}}'],
    ['« guillemets »', '{\\guillemotleft} guillemets {\\guillemotright}'],
    ['l’heure', 'l{\\textquoteright}heure'],
    ['“Invisibles”', '{\\textquotedblleft}Invisibles{\\textquotedblright}'],
    ['a – b — c…', 'a -- b --- c{\\ldots}'],
    ['–-', '--{}-'],
    ['20\u00a0€', '20~{\\texteuro}'],
    ['«\u202fx\u2009»', '{\\guillemotleft}\\,x\\,{\\guillemotright}'],
  ])('ASCII %j → %j', (text, latex) => {
    expect(latexText(text, true)).toBe(latex);
  });

  it('writes a character without a text command as \\symbol and reports it', () => {
    const heard: string[] = [];
    expect(latexText('中文 🎙', true, (c) => heard.push(c))).toBe('{\\symbol{20013}}{\\symbol{25991}} {\\symbol{127897}}');
    expect(heard).toEqual(['中', '文', '🎙']);
  });

  it('keeps UTF-8 as it is outside ASCII mode, still escapes what LaTeX reads, and reports what pdflatex cannot typeset', () => {
    const heard: string[] = [];
    expect(latexText('« L’été » 50 % 中文 a--b {x Œuvre ẞ', false, (c) => heard.push(c))).toBe('« L’été » 50 \\% 中文 a-{}-b {\\textbraceleft}x Œuvre ẞ');
    expect(heard).toEqual(['中', '文']);
  });

  it.each([
    ['«\u202fx\u2009»', '«\\,x\\,»'],
    ['20\u00a0€', '20~€'],
    ['a\u200bb\u200dc\ufeffd\u2060e', 'abcde'],
    ['a\u2002en\u2003em\u3000b', 'a\\enspace{}en\\quad{}em\\quad{}b'],
    ['non\u2011breaking soft\u00adhyphen', 'non\\mbox{-}breaking soft\\-hyphen'],
    // Every other space narrower than an en space is a thin space; figure space an en space; em quad a quad.
    ['a\u200ab\u2008c\u2006d\u2005e\u2004f\u205fg', 'a\\,b\\,c\\,d\\,e\\,f\\,g'],
    // The quads U+2000 and U+2001 are the en and em spaces once NFC.
    ['a\u2000b\u2007c\u2001d', 'a\\enspace{}b\\enspace{}c\\quad{}d'],
    ['a\u200cb', 'ab'],
  ])('writes the spaces and invisible characters of %j as pdflatex typesets them: %j', (text, latex) => {
    const heard: string[] = [];
    expect(latexText(text, false, (c) => heard.push(c))).toBe(latex);
    expect(latexText(text, true)).toMatch(/^[\x20-\x7e]*$/);
    expect(heard).toEqual([]);
  });

  it('tells of a combining mark kept in UTF-8 mode on an escaped character or a layout space, and writes it as a symbol in ASCII mode', () => {
    const heard: string[] = [];
    expect(latexText('~50%\u0301', false, (c) => heard.push(c))).toBe('{\\textasciitilde}50\\%\u0301');
    expect(heard).toEqual(['\u0301']);
    heard.length = 0;
    expect(latexText('a\u00a0\u0301b', false, (c) => heard.push(c))).toBe('a\u00a0\u0301b');
    expect(heard).toEqual(['\u0301']);
    expect(latexText('a\u00a0\u0301b', true)).toBe('a{\\symbol{160}}{\\symbol{769}}b');
  });

  it('is ASCII in ASCII mode whatever the text', () => {
    const text = 'Ærøskøbing ǅ 中 \u202e \u200b 🎙 \ud800';
    expect(latexText(text, true)).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('latexUrl', () => {
  it.each([
    ['https://example.org/a_b%20c?x=1&y=2#frag~', 'https://example.org/a_b%20c?x=1&y=2#frag~'],
    ['https://example.org/{a}\\b', 'https://example.org/%7Ba%7D%5Cb'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
  ])('%j → %j in both modes', (url, written) => {
    expect(latexUrl(url, true)).toBe(written);
    expect(latexUrl(url, false)).toBe(written);
  });

  it('%-encodes non-ASCII characters only in ASCII mode', () => {
    expect(latexUrl('https://fr.wikipedia.org/wiki/Déjà_vu', true)).toBe('https://fr.wikipedia.org/wiki/D%C3%A9j%C3%A0_vu');
    expect(latexUrl('https://fr.wikipedia.org/wiki/Déjà_vu', false)).toBe('https://fr.wikipedia.org/wiki/Déjà_vu');
  });
});
