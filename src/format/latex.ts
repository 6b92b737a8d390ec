// Text as LaTeX inside a brace-delimited BibTeX field. Whatever the text holds, the field stays
// one field: braces stay balanced (BibTeX counts `\{` too), `# $ % & _ ~ ^ \ < >` are commands,
// line breaks are spaces (a blank line would end the paragraph), control characters go, and
// TeX ligatures (`--`, `''`, `,,`, `!``) are broken with `{}` so that what prints is what was typed.
// In both modes, typographic spaces become the LaTeX that makes them (`\,`, `~`, `\enspace`) and
// zero-width characters go: pdflatex with utf8 inputenc has no definition for them and stops.
// In ASCII mode (BibTeX), accents and typographic signs become LaTeX commands; a character
// with no text command (other scripts, emoji) becomes `\symbol{N}`, which XeLaTeX and LuaLaTeX print.
// In UTF-8 mode (BibLaTeX), other characters stay as they are, and those that pdflatex with
// T1 fonts cannot typeset (CJK, Cyrillic, Greek, emoji…) are reported.
import { oneLine } from './bibliography.js';

const ASCII_SPECIALS: Record<string, string> = {
  '\\': '{\\textbackslash}', '#': '\\#', $: '\\$', '%': '\\%', '&': '\\&', _: '\\_',
  '~': '{\\textasciitilde}', '^': '{\\textasciicircum}', '<': '{\\textless}', '>': '{\\textgreater}',
};

/**
 * Spaces, hyphens and invisible characters that utf8 inputenc does not define, as LaTeX that
 * pdflatex typesets. (Text is NFC first: the en and em quads U+2000 and U+2001 arrive as the en
 * and em spaces U+2002 and U+2003.)
 */
const LAYOUT_COMMANDS: Record<string, string> = {
  '\u00A0': '~', '\u202F': '\\,', '\u2009': '\\,', '\u200A': '\\,', '\u2008': '\\,', '\u2006': '\\,',
  '\u2005': '\\,', '\u2004': '\\,', '\u205F': '\\,', '\u2002': '\\enspace{}',
  '\u2007': '\\enspace{}', '\u2003': '\\quad{}', '\u3000': '\\quad{}',
  '\u2011': '\\mbox{-}', '\u00AD': '\\-',
  '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
};

/**
 * What pdflatex with utf8 inputenc and T1 fonts can typeset: the characters that TeX Live 2022's
 * t1enc.dfu, ts1enc.dfu and utf8enc.dfu define (printable ASCII aside), as code point ranges.
 * The angle brackets U+2329 and U+232A, defined too, are left out: NFC makes them U+3008 and U+3009.
 */
const PDFLATEX_RANGES: readonly (readonly [number, number])[] = [
  [0x00a0, 0x0125], [0x0128, 0x0137], [0x0139, 0x013e], [0x0141, 0x0148], [0x014a, 0x0165], [0x0168, 0x017e],
  [0x0192, 0x0192], [0x01c4, 0x01d4], [0x01e2, 0x01e3], [0x01e6, 0x01eb], [0x01f0, 0x01f0], [0x01f4, 0x01f5],
  [0x0218, 0x021b], [0x0232, 0x0233], [0x0237, 0x0237], [0x02c6, 0x02c7], [0x02d8, 0x02d9], [0x02db, 0x02dd], [0x0e3f, 0x0e3f],
  [0x1e02, 0x1e03], [0x1e0d, 0x1e0d], [0x1e1e, 0x1e21], [0x1e25, 0x1e25], [0x1e30, 0x1e31], [0x1e37, 0x1e37],
  [0x1e43, 0x1e43], [0x1e45, 0x1e45], [0x1e47, 0x1e47], [0x1e5b, 0x1e5b], [0x1e63, 0x1e63], [0x1e6d, 0x1e6d],
  [0x1e8e, 0x1e91], [0x1e9e, 0x1e9e], [0x1ef2, 0x1ef3], [0x2010, 0x2016], [0x2018, 0x201a], [0x201c, 0x201e],
  [0x2020, 0x2022], [0x2026, 0x2026], [0x2030, 0x2031], [0x2039, 0x203b], [0x203d, 0x203d], [0x2044, 0x2044],
  [0x204e, 0x204e], [0x2052, 0x2052], [0x20a1, 0x20a1], [0x20a4, 0x20a4], [0x20a6, 0x20a6], [0x20a9, 0x20a9],
  [0x20ab, 0x20ac], [0x20b1, 0x20b1], [0x2103, 0x2103], [0x2116, 0x2117], [0x211e, 0x211e], [0x2120, 0x2120],
  [0x2122, 0x2122], [0x2126, 0x2127], [0x212e, 0x212e], [0x2190, 0x2193], [0x2422, 0x2423],
  [0x25e6, 0x25e6], [0x25ef, 0x25ef], [0x266a, 0x266a], [0x27e8, 0x27e9], [0x3008, 0x3009], [0xfb00, 0xfb06],
];

function pdflatexTypesets(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || PDFLATEX_RANGES.some(([low, high]) => code >= low && code <= high);
}

/** Non-ASCII characters with a LaTeX text command (ASCII mode); accented letters are built from ACCENTS. */
const TEXT_COMMANDS: Record<string, string> = {
  '’': '{\\textquoteright}', '‘': '{\\textquoteleft}', '“': '{\\textquotedblleft}', '”': '{\\textquotedblright}',
  '„': '{\\quotedblbase}', '‚': '{\\quotesinglbase}', '«': '{\\guillemotleft}', '»': '{\\guillemotright}',
  '‹': '{\\guilsinglleft}', '›': '{\\guilsinglright}', '–': '--', '—': '---', '…': '{\\ldots}',
  'ß': '{\\ss}', 'æ': '{\\ae}', 'Æ': '{\\AE}', 'œ': '{\\oe}', 'Œ': '{\\OE}', 'ø': '{\\o}', 'Ø': '{\\O}',
  'ł': '{\\l}', 'Ł': '{\\L}', 'ı': '{\\i}', 'ȷ': '{\\j}', 'đ': '{\\dj}', 'Đ': '{\\DJ}', 'þ': '{\\th}',
  'Þ': '{\\TH}', 'ð': '{\\dh}', 'Ð': '{\\DH}', 'ŋ': '{\\ng}', 'Ŋ': '{\\NG}',
  '£': '{\\pounds}', '€': '{\\texteuro}', '§': '{\\S}', '¶': '{\\P}', '©': '{\\copyright}',
  '®': '{\\textregistered}', '™': '{\\texttrademark}', '°': '{\\textdegree}', '¡': '{\\textexclamdown}',
  '¿': '{\\textquestiondown}', '•': '{\\textbullet}', '†': '{\\dag}', '‡': '{\\ddag}', '×': '{\\texttimes}',
  '÷': '{\\textdiv}', '±': '{\\textpm}', 'µ': '{\\textmu}',
};

/** Combining marks → the LaTeX accent command that puts them on a letter. */
const ACCENTS: Record<string, string> = {
  '\u0300': '`', '\u0301': "'", '\u0302': '^', '\u0303': '~', '\u0304': '=', '\u0306': 'u', '\u0307': '.',
  '\u0308': '"', '\u030A': 'r', '\u030B': 'H', '\u030C': 'v', '\u0323': 'd', '\u0327': 'c', '\u0328': 'k',
  '\u0331': 'b',
};

/** Pairs of characters that TeX fonts join into another sign. */
const LIGATURES = new Set(['--', "''", '``', ',,', '!`', '?`']);
/** A character and the combining marks that follow it. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** Positions of the braces that have a partner; the others cannot be written as `\{` `\}`. */
function pairedBraces(text: string): Set<number> {
  const paired = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}' && open.length > 0) {
      paired.add(open.pop()!);
      paired.add(i);
    }
  }
  return paired;
}

function accented(cluster: string): string | undefined {
  const [base, ...marks] = [...cluster.normalize('NFD')];
  if (base === undefined || !/^[A-Za-z]$/.test(base) || marks.some((m) => ACCENTS[m] === undefined)) return undefined;
  const nested = marks.reduce((inner, mark) => `\\${ACCENTS[mark]!}{${inner}}`, base);
  return `{${nested}}`;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]$/;

/**
 * One character and the combining marks on it, as LaTeX. `escaped` is the command for an ASCII
 * special or a brace; `symbols` writes characters as \symbol{N} (and reports them); `report`
 * names a character kept that pdflatex cannot typeset.
 */
function clusterLatex(
  base: string, marks: string, escaped: string | undefined, ascii: boolean, symbols: (chars: string) => string, report: (char: string) => void,
): string {
  if (marks === '' && LAYOUT_COMMANDS[base] !== undefined) return LAYOUT_COMMANDS[base]!;
  if (!ascii) {
    // An escaped base is printable ASCII; the marks on it are kept as they are, and told of too.
    for (const char of `${base}${marks}`) if (!pdflatexTypesets(char)) report(char);
    return `${escaped ?? base}${marks}`;
  }
  if (marks === '' && PRINTABLE_ASCII.test(base)) return escaped ?? base;
  if (marks === '' && TEXT_COMMANDS[base] !== undefined) return TEXT_COMMANDS[base]!;
  const accent = accented(`${base}${marks}`);
  if (accent !== undefined) return accent;
  // Marks that no accent command puts on this character: the character as usual, the marks as symbols.
  const head = escaped ?? (PRINTABLE_ASCII.test(base) ? base : TEXT_COMMANDS[base]);
  return head === undefined ? symbols(`${base}${marks}`) : `${head}${symbols(marks)}`;
}

/**
 * Text for a BibTeX field (without its delimiting braces). `onSymbol` hears each character
 * written as \symbol (ASCII mode), or kept although pdflatex cannot typeset it (UTF-8 mode).
 */
export function latexText(text: string, ascii: boolean, onSymbol?: (char: string) => void): string {
  // Runs of ASCII spaces are one space to TeX anyway.
  const clean = oneLine(text).normalize('NFC').replace(/ {2,}/g, ' ');
  const paired = pairedBraces(clean);
  const report = (char: string): void => onSymbol?.(char);
  const symbols = (chars: string): string =>
    [...chars].map((c) => {
      report(c);
      return `{\\symbol{${c.codePointAt(0)!}}}`;
    }).join('');
  let out = '';
  let offset = 0;
  for (const cluster of clean.match(CLUSTER) ?? []) {
    const base = String.fromCodePoint(cluster.codePointAt(0)!);
    const escaped = base === '{' || base === '}'
      ? (paired.has(offset) ? `\\${base}` : base === '{' ? '{\\textbraceleft}' : '{\\textbraceright}')
      : ASCII_SPECIALS[base];
    const piece = clusterLatex(base, cluster.slice(base.length), escaped, ascii, symbols, report);
    if (LIGATURES.has(`${out.slice(-1)}${piece.charAt(0)}`)) out += '{}';
    out += piece;
    offset += cluster.length;
  }
  return out;
}

/** A URL for a verbatim `url` field: characters that would end the field or the line are %-encoded, and in ASCII mode every non-ASCII one. */
export function latexUrl(url: string, ascii: boolean): string {
  const unsafe = ascii ? /[{}\\\s\u0000-\u001F\u007F-\u009F]|[^\x00-\x7F]/gu : /[{}\\\s\u0000-\u001F\u007F-\u009F]/gu;
  // A lone surrogate has no UTF-8 form: it becomes U+FFFD, as it would when the file is written.
  return url.replace(/\p{Cs}/gu, '\uFFFD').replace(unsafe, (c) => encodeURIComponent(c));
}
