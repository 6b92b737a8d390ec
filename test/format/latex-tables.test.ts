// latex.ts's tables, each entry checked against something other than the table itself:
// - every character with a LaTeX text command, and every accent, is read back to itself by
//   bibtex-parser (a LaTeX-to-Unicode reader written apart from clic);
// - what pdflatex with T1 fonts and utf8 inputenc typesets is what TeX Live's own t1enc.dfu and
//   ts1enc.dfu declare (LaTeX loads both by default), read from the installed files.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { latexText, latexUrl } from '../../src/format/latex.js';

/** What a LaTeX reader makes of the text as a title, or the reader's errors. */
function readBack(latex: string): string | undefined {
  const library = parse(`@misc{k, title = {${latex}}}`, { english: false, sentenceCase: false, caseProtection: 'strict' });
  expect(library.errors).toEqual([]);
  return library.entries[0]?.fields.title;
}

// The characters of the README's "BibTeX is ASCII" promise that have a text command: typographic
// quotes and dashes, letters outside the accent scheme, currency, marks.
const COMMANDED = [...'’‘“”‚«»‹›–—…ßæÆœŒøØłŁıȷđĐþÞðÐŋŊ£€§¶©®™°¡¿•†‡×÷±µ'];

describe('characters with a LaTeX text command (ASCII mode)', () => {
  it.each(COMMANDED)('%s is written in ASCII and read back as itself', (char) => {
    const latex = latexText(`a${char}b`, true);
    expect(latex).toMatch(/^[\x20-\x7e]*$/);
    expect(readBack(latex)).toBe(`a${char}b`);
  });

  it('writes „ as \\quotedblbase, the command t1enc.dfu declares for U+201E', () => {
    // bibtex-parser reads \quotedblbase as U+201F, a mistake of its own: LaTeX's T1 encoding
    // (t1enc.dfu: \DeclareUnicodeCharacter{201E}{\quotedblbase}) prints the low double quote.
    expect(latexText('„x', true)).toBe('{\\quotedblbase}x');
  });
});

// Each combining mark that has a LaTeX accent command, with the name of the accent in Unicode.
const MARKS: [string, string][] = [
  ['\u0300', 'grave'], ['\u0301', 'acute'], ['\u0302', 'circumflex'], ['\u0303', 'tilde'], ['\u0304', 'macron'],
  ['\u0306', 'breve'], ['\u0307', 'dot above'], ['\u0308', 'diaeresis'], ['\u030A', 'ring above'],
  ['\u030B', 'double acute'], ['\u030C', 'caron'], ['\u0323', 'dot below'], ['\u0327', 'cedilla'],
  ['\u0328', 'ogonek'],
];

describe('accents (ASCII mode)', () => {
  it.each(MARKS)('o with U+%s (%s) is an accent command, read back as the same letter', (mark) => {
    const letter = `o${mark}`.normalize('NFC');
    const latex = latexText(`x${letter}y`, true);
    expect(latex).toMatch(/^x\{\\.\{o\}\}y$/);
    expect(readBack(latex)?.normalize('NFC')).toBe(`x${letter}y`);
  });

  it('writes o with U+0331 (macron below) as \\b, LaTeX\'s bar-under accent, which bibtex-parser does not read', () => {
    expect(latexText('o\u0331', true)).toBe('{\\b{o}}');
  });

  it('writes a dotless i as \\i, and a mark that no command puts on a letter as \\symbol', () => {
    expect(latexText('\u0131', true)).toBe('{\\i}');
    expect(latexText('o\u0305', true)).toBe('o{\\symbol{773}}');
    expect(latexText('\u00df\u0301', true)).toBe('{\\ss}{\\symbol{769}}');
  });
});

const DFU_DIR = '/usr/share/texlive/texmf-dist/tex/latex/base';
const DFU_FILES = ['t1enc.dfu', 'ts1enc.dfu'].map((name) => `${DFU_DIR}/${name}`);
const hasDfu = DFU_FILES.every((file) => existsSync(file));

/** The code points a .dfu file gives a definition, as `\DeclareUnicodeCharacter{00E9}{…}`. */
const declared = (file: string): number[] =>
  [...readFileSync(file, 'utf8').matchAll(/\\DeclareUnicodeCharacter\{([0-9A-F]+)\}/g)].map((m) => parseInt(m[1]!, 16));

function reported(text: string): string[] {
  const heard: string[] = [];
  latexText(text, false, (char) => heard.push(char));
  return heard;
}

describe.skipIf(!hasDfu)(`what pdflatex typesets (UTF-8 mode), as ${DFU_FILES.join(' and ')} declare it (texlive-latex-base)`, () => {
  // Zero-width characters are dropped before this question arises.
  const DROPPED = new Set([0x200c, 0xfeff]);
  // A character that NFC replaces (U+2126 OHM SIGN is U+03A9 once normalised) never reaches the question either.
  const kept = (code: number): boolean => String.fromCodePoint(code).normalize('NFC') === String.fromCodePoint(code);
  const typeset = hasDfu ? [...new Set(DFU_FILES.flatMap(declared))].filter((code) => code > 0x7e && !DROPPED.has(code) && kept(code)) : [];

  it('declares the characters of Western European text', () => {
    for (const char of 'éèàçœŒß€«»’–—') expect(typeset).toContain(char.codePointAt(0));
  });

  it('reports none of the characters the T1 and TS1 encodings declare', () => {
    const text = typeset.map((code) => String.fromCodePoint(code)).join(' ');
    expect(reported(text)).toEqual([]);
  });

  it('reports none of printable ASCII, nor the cedilla, circumflex, tilde and ellipsis signs pdflatex typesets (checked with pdflatex 2022)', () => {
    const ascii = Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    expect(reported(ascii)).toEqual([]);
    expect(reported('\u00b8\u02c6\u02dc\u2026')).toEqual([]);
  });

  it('reports each character they do not declare, once per occurrence', () => {
    const others = ['Ж', 'Ω', 'ع', '中', 'ア', '한', '🎙', '\u0126', '\u0138', '\u017f', '\u1e00', '\u2100'];
    for (const char of others) expect(typeset).not.toContain(char.codePointAt(0));
    expect(reported(others.join(''))).toEqual(others);
  });
});

describe('marks without an accent command, and broken URLs', () => {
  it('writes a letter whose marks are not all accents as symbols, never as an unknown command', () => {
    // NFC makes o + U+0301 one letter, ó, which no text command writes: it and the overline go as \symbol.
    expect(latexText('o\u0301\u0305', true)).toBe('{\\symbol{243}}{\\symbol{773}}');
  });

  it('writes a lone surrogate in a URL as U+FFFD, %-encoded in ASCII mode', () => {
    expect(latexUrl('https://example.org/\ud800', true)).toBe('https://example.org/%EF%BF%BD');
    expect(latexUrl('https://example.org/\ud800', false)).toBe('https://example.org/\ufffd');
  });
});
