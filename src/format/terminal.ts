// Text from the corpus is data: before it reaches a terminal, every control character
// (C0, DEL, C1), bidirectional control and line separator is shown as a visible escape.

// C0 but tab and newline, DEL, C1, ALM, LRM/RLM, LS/PS, bidi embeddings/overrides and isolates,
// and a stray BOM, which is invisible: `\uFEFFplace` would print exactly like `place`.
const UNSAFE_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const UNSAFE_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (char === '\r') return '\\r';
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text, safe for a terminal: newlines and tabs become visible too. */
export function safeLine(text: string): string {
  return text.replace(UNSAFE_LINE, visible);
}

/** Text that may span lines (a body), safe for a terminal: newlines and tabs are kept. */
export function safeText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(UNSAFE_MULTILINE, visible);
}

/** Widest terminal clic lays out for; a wider one gets lines of this width. */
export const MAX_COLUMNS = 1000;
/** Narrowest: below this, columns would have no room for a word. */
export const MIN_COLUMNS = 20;

/** The width to lay out for, from what the terminal or $COLUMNS says (80 when it says nothing usable). */
export function terminalColumns(reported: number | undefined): number {
  if (reported === undefined || !Number.isFinite(reported) || reported <= 0) return 80;
  return Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, Math.floor(reported)));
}

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const ZERO_WIDTH = /[\u0300-\u036F\u200B-\u200D\uFE00-\uFE0F]/;

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) || (char.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
}

/** Columns a string takes on a terminal (wide CJK and emoji = 2, combining marks = 0). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Shortens to at most `width` columns, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let result = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    result += char;
    used += w;
  }
  return `${result}…`;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Wraps one line at spaces to `width` columns, keeping its leading blanks; continuation lines
 * start with `indent`. A word longer than the width stays whole rather than being cut.
 */
export function wrapLine(text: string, width: number, indent = ''): string[] {
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let current = '';
  for (const word of text.slice(lead.length).split(' ')) {
    const prefix = lines.length === 0 ? lead : indent;
    if (current !== '' && displayWidth(`${prefix}${current} ${word}`) > width) {
      lines.push(prefix + current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push((lines.length === 0 ? lead : indent) + current);
  return lines;
}
