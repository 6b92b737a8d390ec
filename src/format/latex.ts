// Text as LaTeX inside a brace-delimited BibTeX field. Whatever the text holds, the field stays
// one field: braces stay balanced (BibTeX counts `\{` too), `# $ % & _ ~ ^ \ < >` are commands,
// line breaks are spaces (a blank line would end the paragraph), control characters go, and
// TeX ligatures (`--`, `''`, `,,`, `!``) are broken with `{}` so that what prints is what was typed.
// In ASCII mode (BibTeX), accents and typographic signs become LaTeX commands; a character
// with no text command (other scripts, emoji) becomes `\symbol{N}`, which XeLaTeX and LuaLaTeX print.
import { oneLine } from './bibliography.js';

const ASCII_SPECIALS: Record<string, string> = {
  '\\': '{\\textbackslash}', '#': '\\#', $: '\\$', '%': '\\%', '&': '\\&', _: '\\_',
  '~': '{\\textasciitilde}', '^': '{\\textasciicircum}', '<': '{\\textless}', '>': '{\\textgreater}',
};

/** Non-ASCII characters with a LaTeX text command (ASCII mode); accented letters are built from ACCENTS. */
const TEXT_COMMANDS: Record<string, string> = {
  '\u00A0': '~', '\u2009': '\\,', '\u202F': '\\,',
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
 * special or a brace; `symbols` writes characters as \symbol{N} (and reports them).
 */
function clusterLatex(base: string, marks: string, escaped: string | undefined, ascii: boolean, symbols: (chars: string) => string): string {
  if (!ascii) return `${escaped ?? base}${marks}`;
  if (marks === '' && PRINTABLE_ASCII.test(base)) return escaped ?? base;
  if (marks === '' && TEXT_COMMANDS[base] !== undefined) return TEXT_COMMANDS[base]!;
  const accent = accented(`${base}${marks}`);
  if (accent !== undefined) return accent;
  // Marks that no accent command puts on this character: the character as usual, the marks as symbols.
  const head = escaped ?? (PRINTABLE_ASCII.test(base) ? base : TEXT_COMMANDS[base]);
  return head === undefined ? symbols(`${base}${marks}`) : `${head}${symbols(marks)}`;
}

/** Text for a BibTeX field (without its delimiting braces). `onSymbol` hears each character written as \symbol. */
export function latexText(text: string, ascii: boolean, onSymbol?: (char: string) => void): string {
  // Runs of ASCII spaces are one space to TeX anyway.
  const clean = oneLine(text).normalize('NFC').replace(/ {2,}/g, ' ');
  const paired = pairedBraces(clean);
  const symbols = (chars: string): string =>
    [...chars].map((c) => {
      onSymbol?.(c);
      return `{\\symbol{${c.codePointAt(0)!}}}`;
    }).join('');
  let out = '';
  let offset = 0;
  for (const cluster of clean.match(CLUSTER) ?? []) {
    const base = String.fromCodePoint(cluster.codePointAt(0)!);
    const escaped = base === '{' || base === '}'
      ? (paired.has(offset) ? `\\${base}` : base === '{' ? '{\\textbraceleft}' : '{\\textbraceright}')
      : ASCII_SPECIALS[base];
    const piece = clusterLatex(base, cluster.slice(base.length), escaped, ascii, symbols);
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
