// Cleaning imported text: HTML tags and entities, LaTeX accents left by hand-written files,
// stray whitespace, and language names turned into ISO 639-1 codes. Each function says whether
// it changed anything, so that the change can be reported.
import { fold } from '../fold.js';
import { LANGUAGE_CODES } from '../languages.js';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', eacute: 'é', egrave: 'è',
  agrave: 'à', ccedil: 'ç', ecirc: 'ê', ocirc: 'ô', iuml: 'ï', uuml: 'ü', ouml: 'ö', auml: 'ä', copy: '©',
};

/** `&amp;`, `&#233;`, `&#xE9;` → their characters; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const HREF = /<a\s[^>]*?href\s*=\s*(["'])(.*?)\1/i;
// A tag is `<` then a letter or `/`: a lone `<` in "a < b" is text.
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6])\b[^<>]*>/gi;

// Terminal escape sequences whole (not only their ESC), and bidirectional overrides, which
// would reorder what a reader sees.
const ESCAPE_SEQUENCES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const withoutEscapes = (text: string): string => text.replace(ESCAPE_SEQUENCES, '').replace(BIDI_CONTROLS, '');

export interface Cleaned {
  text: string;
  /** What was done, for the report: `HTML removed`, `entities decoded`… */
  changes: string[];
  /** The target of an `<a href>` in the text. */
  href?: string;
}

/** One line of text (a title, an outlet): tags removed, entities and accents decoded, spaces collapsed. */
export function cleanLine(text: string): Cleaned {
  const changes: string[] = [];
  const href = HREF.exec(text)?.[2];
  const visible = withoutEscapes(text);
  if (visible !== text) changes.push('control sequences removed');
  let out = visible.replace(TAG, ' ');
  if (out !== visible) changes.push('HTML removed');
  const decoded = decodeLatexAccents(decodeEntities(out));
  if (decoded !== out) changes.push('entities or LaTeX accents decoded');
  // Typographic spaces (the no-break space before `:` and inside « » in French) are kept.
  const collapsed = decoded.replace(/[\u0000-\u001F\u007F-\u009F ]+/g, ' ');
  out = collapsed.replace(/^ | $/g, '').normalize('NFC');
  if (out !== collapsed.normalize('NFC')) changes.push('spaces trimmed');
  return { text: out, changes, href: href === undefined ? undefined : decodeEntities(href) };
}

/** Text of several lines (a description, a note): block tags become line breaks, the others go. */
export function cleanBlock(text: string): string {
  return decodeLatexAccents(decodeEntities(withoutEscapes(text).replace(BLOCK_TAG, '\n').replace(TAG, '')))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}

const LATEX_ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', c: '\u0327', '=': '\u0304', u: '\u0306', v: '\u030C', H: '\u030B', '.': '\u0307', k: '\u0328', r: '\u030A',
};

/** `{\'e}`, `\'{e}`, `\'e`, `{\c c}` → é, ç: what hand-written BibTeX leaves in other files. */
export function decodeLatexAccents(text: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; without a backslash neither replacement matches
  if (!text.includes('\\')) return text;
  return text
    // The pattern captures only the accents of the table.
    .replace(/\{?\\([`'^"~=.]|[cuvHkr](?=[\s{]))\s*\{?([A-Za-z])\}?\}?/g, (_whole, accent: string, letter: string) => `${letter}${LATEX_ACCENTS[accent]!}`.normalize('NFC'))
    .replace(/\{\\(oe|OE|ae|AE|ss|o|O|l|L)\}/g, (_whole, name: string) => ({ oe: 'œ', OE: 'Œ', ae: 'æ', AE: 'Æ', ss: 'ß', o: 'ø', O: 'Ø', l: 'ł', L: 'Ł' })[name] ?? name);
}

// Names of languages in English, French and in the language itself, from the ICU data that
// Node.js carries, plus the names babel and biblatex use (`langid`).
const BABEL_NAMES: Record<string, string> = {
  ngerman: 'de', german: 'de', american: 'en', british: 'en', ukenglish: 'en', usenglish: 'en', magyar: 'hu', norsk: 'nb',
  nynorsk: 'nn', slovene: 'sl', brazil: 'pt', brazilian: 'pt', portuges: 'pt', francais: 'fr', austrian: 'de', swissgerman: 'de',
};

let languageNames: Map<string, string> | undefined;

function namesOfLanguages(): Map<string, string> {
  if (languageNames) return languageNames;
  const names = new Map<string, string>(Object.entries(BABEL_NAMES));
  for (const code of LANGUAGE_CODES) {
    for (const locale of ['en', 'fr', code]) {
      try {
        const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
        if (name !== undefined && !names.has(fold(name))) names.set(fold(name), code);
      } catch {
        // A locale ICU does not know: its own name is simply not among the names.
      }
    }
  }
  languageNames = names;
  return names;
}

/** An ISO 639-1 code for `fr`, `FR`, `fr-CA`, `fre`/`fra`-less names like `French`, `français`, `Azerbaijani`. */
export function languageCode(text: string): string | undefined {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (LANGUAGE_CODES.has(lower)) return lower;
  const region = /^([a-z]{2})[-_][a-z0-9]{2,8}$/i.exec(trimmed);
  if (region && LANGUAGE_CODES.has(region[1]!.toLowerCase())) return region[1]!.toLowerCase();
  return namesOfLanguages().get(fold(trimmed));
}
