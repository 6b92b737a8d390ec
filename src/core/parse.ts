// Text → raw front matter, with the line of every field. Only the strict YAML subset of the
// contract is read: the split is done here (gray-matter's is looser than the contract: it takes
// `----x` as a closing line and an unclosed block as all front matter) and js-yaml reads the
// block with the core schema, so no text is ever evaluated.
import yaml from 'js-yaml';
import type { Problem } from './problem.js';
import { readSimpleFrontMatter } from './simple-yaml.js';

export const MAX_FRONT_MATTER_BYTES = 256 * 1024;

export interface RawEntry {
  data: Record<string, unknown>;
  /** 1-based file line of each top-level key. */
  keyLines: Map<string, number>;
  /** 1-based file lines of the items of each top-level block list. */
  itemLines: Map<string, number[]>;
  /** The raw text after each top-level key on its own line, for hints about unquoted values. */
  rawValues: Map<string, string>;
  /** The front matter's lines as written (file line n is matterLines[n - 2]), for hints inside lists. */
  matterLines: readonly string[];
  body: string;
  bodyLine: number;
}

type Failure = { ok: false; problem: Problem };
export type ParseResult = { ok: true; raw: RawEntry } | Failure;

const BOM = '\uFEFF';
// No two `[ \t]*` may meet around an optional part: on a long run of blanks they backtrack
// quadratically (seconds per line), and these run on untrusted text.
const OPENING = /^---(?:[ \t]*([A-Za-z0-9_-]+))?[ \t]*$/;
const CLOSING = /^---[ \t]*$/;
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

function failure(path: string, line: number, field: string, message: string, hint?: string): Failure {
  return { ok: false, problem: { path, line, field, message, hint, severity: 'error' } };
}

/**
 * The range the second byte of a sequence must be in, by its first byte (Unicode, table 3-7):
 * narrower than 80..BF after E0 and F0 (overlong forms), ED (CESU-8 surrogates) and F4 (above
 * U+10FFFF).
 */
function secondByteRange(first: number): [number, number] {
  if (first === 0xe0) return [0xa0, 0xbf];
  if (first === 0xed) return [0x80, 0x9f];
  if (first === 0xf0) return [0x90, 0xbf];
  if (first === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

// One decoder for every file: a fatal decoder starts afresh at each decode() call.
const STRICT_DECODER = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly, throwing on a byte that is not: the loader's one decoder of front matter and files. */
export const strictDecoder = (bytes: Uint8Array): string => STRICT_DECODER.decode(bytes);

/**
 * Decodes UTF-8 strictly: invalid bytes are a problem, not replacement characters. `decode` is
 * the decoder, replaceable so that a test can meet its size limit without a half-gigabyte file.
 */
export function decodeUtf8(bytes: Uint8Array, path: string, decode: (bytes: Uint8Array) => string = strictDecoder): { ok: true; text: string } | { ok: false; problem: Problem } {
  try {
    return { ok: true, text: decode(bytes) };
  } catch {
    let line = 1;
    let valid = 0;
    // Find the first bad byte to name its line: decode growing prefixes is too slow, so scan.
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i]!;
      const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      if (size === 0 || i + size > bytes.length) break;
      const [low, high] = secondByteRange(b);
      let ok = size === 1 || (bytes[i + 1]! >= low && bytes[i + 1]! <= high);
      for (let k = 2; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
      if (!ok) break;
      if (b === 0x0a) line++;
      i += size;
      valid = i;
    }
    if (valid === bytes.length) {
      // Every byte is right: the decoder refused the size (V8 strings stop near 2^29 characters).
      return {
        ok: false,
        problem: {
          path, line: 1, field: 'file', severity: 'error',
          message: `is valid UTF-8 but too large to read (${bytes.length} bytes)`,
          hint: 'split it into several entries: an entry is read as one string of at most about 512 Mi characters',
        },
      };
    }
    return {
      ok: false,
      problem: {
        path, line, field: 'file', severity: 'error',
        message: `not valid UTF-8 (byte ${valid + 1})`,
        hint: 'save the file as UTF-8',
      },
    };
  }
}

const NEWLINE = 0x0a;
const LINE_DECODER = new TextDecoder('utf-8');

/** Line `start`..`end` of `bytes` as text, without the `\r` of a CRLF end: what parseEntryText tests. */
function lineOfBytes(bytes: Uint8Array, start: number, end: number): string {
  const line = LINE_DECODER.decode(bytes.subarray(start, end));
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Where the body starts in the bytes of a file: just after its closing `---` line, when line 1
 * opens the front matter; -1 otherwise. In UTF-8 no byte of a character but `\n` is 0x0A, so the
 * lines found here are those parseEntryText finds in the decoded text, and a loader can decode
 * the front matter alone (the body, most of a file, is then decoded only if it is kept as text).
 * A byte-order mark is skipped, as the decoder drops it.
 */
export function bodyStartInBytes(bytes: Uint8Array): number {
  const start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? UTF8_BOM.length : 0;
  let end = bytes.indexOf(NEWLINE, start);
  if (end === -1 || !OPENING.test(lineOfBytes(bytes, start, end))) return -1;
  for (;;) {
    const lineStart = end + 1;
    end = bytes.indexOf(NEWLINE, lineStart);
    const lineEnd = end === -1 ? bytes.length : end;
    // Only a line that starts with `-` can close; decoding every line would cost what is saved.
    if (bytes[lineStart] === 0x2d && CLOSING.test(lineOfBytes(bytes, lineStart, lineEnd))) return end === -1 ? bytes.length : end + 1;
    if (end === -1) return -1;
  }
}

/** Splits a file into front matter and body, then reads the front matter as YAML. */
export function parseEntryText(text: string, path: string): ParseResult {
  if (text.startsWith(BOM)) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    return failure(path, line, 'file', 'contains a NUL byte: this is not a text file');
  }
  // Only the front matter is split into lines: the body, often most of the file, is one slice.
  const lineAt = (start: number): { line: string; next: number } => {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    return { line, next: newline === -1 ? -1 : newline + 1 };
  };
  const first = lineAt(0);
  const opening = OPENING.exec(first.line);
  if (!opening) {
    if (text.trim() === '') return failure(path, 1, 'front-matter', 'empty file', 'an entry starts with a `---` line, its fields, then `---`');
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const firstFilled = lines.findIndex((l) => l.trim() !== '');
    if (firstFilled > 0 && OPENING.test(lines[firstFilled]!)) {
      return failure(path, 1, 'front-matter', `front matter must start on line 1, not line ${firstFilled + 1}`, 'remove the blank lines before `---`');
    }
    return failure(path, 1, 'front-matter', 'no front matter: the file must start with a `---` line', 'add `---`, the fields, and `---` at the top');
  }
  const language = (opening[1] ?? '').toLowerCase();
  if (!YAML_LANGUAGES.has(language)) {
    return failure(path, 1, 'front-matter', `front matter in \`${opening[1]}\` is not read: only YAML is`, 'write the fields as YAML after a plain `---` line');
  }
  const fileLines: string[] = [];
  let bodyStart = -1;
  for (let position = first.next; position !== -1; ) {
    const { line, next } = lineAt(position);
    if (CLOSING.test(line)) {
      bodyStart = next === -1 ? text.length : next;
      break;
    }
    fileLines.push(line);
    position = next;
  }
  if (bodyStart === -1) {
    return failure(path, 1, 'front-matter', 'front matter is never closed', 'end the fields with a line that is exactly `---`');
  }
  // The lines are slices of the file's text, and so are the values read from them: the
  // validator gives each value as a string of its own (validate.ts), so no entry keeps the file.
  const matterLines = fileLines;
  const matterLength = matterLines.reduce((length, line) => length + line.length + 1, -1);
  if (matterLength > MAX_FRONT_MATTER_BYTES / 4 && new TextEncoder().encode(matterLines.join('\n')).length > MAX_FRONT_MATTER_BYTES) {
    return failure(path, 1, 'front-matter', `front matter is larger than ${MAX_FRONT_MATTER_BYTES / 1024} KiB`, 'move long text into the body');
  }

  // The usual shapes are read without js-yaml, which gives the same data (simple-yaml.ts).
  const read = readSimpleFrontMatter(matterLines);
  const loaded = read === undefined ? loadYaml(matterLines.join('\n'), matterLines, path) : { ok: true as const, data: read };
  if (!loaded.ok) return loaded;
  const { data } = loaded;
  if (data === null || data === undefined) {
    return failure(path, 1, 'front-matter', 'front matter is empty', 'add at least title, type, date and outlet');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return failure(path, 2, 'front-matter', 'front matter must be fields (`name: value`), not a single value or a list');
  }

  const { keyLines, itemLines, rawValues } = locateFields(matterLines, Object.keys(data));
  const body = text.slice(bodyStart);
  return {
    ok: true,
    raw: {
      data: data as Record<string, unknown>,
      keyLines,
      itemLines,
      rawValues,
      matterLines,
      body: body.includes('\r') ? body.replace(/\r\n/g, '\n') : body,
      // Line 1 opens, then the front matter's lines, then the closing line.
      bodyLine: matterLines.length + 3,
    },
  };
}

/** The front matter read by js-yaml (core schema, no anchors), or the problem it found. */
function loadYaml(matter: string, matterLines: string[], path: string): { ok: true; data: unknown } | Failure {
  try {
    const data = yaml.load(matter, {
      schema: yaml.CORE_SCHEMA,
      filename: path,
      // Anchors and aliases expand without bound; every alias needs an anchor, so refusing
      // anchors refuses both.
      listener(event, state) {
        // js-yaml's State has `anchor` at run time, but its types leave it out.
        const anchor = (state as typeof state & { anchor?: string | null }).anchor;
        if (event === 'close' && anchor !== null && anchor !== undefined) throw new AnchorRefused(state.line);
      },
    });
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AnchorRefused) {
      return failure(path, error.line + 2, 'yaml', 'YAML anchors and aliases are not allowed', 'write the value out in full');
    }
    if (error instanceof yaml.YAMLException) {
      const reason = error.reason ?? 'invalid YAML';
      const unclosed = unclosedQuote(reason, matterLines);
      if (unclosed) return failure(path, unclosed.line, 'yaml', `a ${unclosed.kind} quote opened here is never closed`, 'end the value with the quote it starts with');
      const line = (error.mark?.line ?? 0) + 2;
      const hint = /tab characters/.test(reason)
        ? 'indent with spaces, not tabs'
        : /duplicated mapping key/.test(reason)
          ? 'keep one of the two fields'
          : /non-printable/.test(reason)
            ? 'a raw control character such as ESC, BEL or DEL: remove it, or write it escaped in double quotes, as "\\e"'
            : /bad indentation of a mapping entry/.test(reason) && hasTwoColons(matterLines[line - 2] ?? '')
              ? 'a value that holds `: ` must be quoted: title: "Re: the answer"'
              : undefined;
      return failure(path, line, 'yaml', reason, hint);
    }
    if (error instanceof RangeError) return failure(path, 2, 'yaml', 'front matter is nested too deeply');
    throw error;
  }
}

/**
 * js-yaml reports a quote that is never closed at the end of the front matter: the line where
 * the value opens that quote is the one to fix. Undefined for other errors.
 */
function unclosedQuote(reason: string, matterLines: string[]): { line: number; kind: 'double' | 'single' } | undefined {
  const kind = /within a (double|single) quoted scalar/.exec(reason)?.[1] as 'double' | 'single' | undefined;
  if (kind === undefined) return undefined;
  const opens = kind === 'double' ? /(?:^|[\s:,[{-])"/ : /(?:^|[\s:,[{-])'/;
  for (let i = matterLines.length - 1; i >= 0; i--) if (opens.test(matterLines[i]!)) return { line: i + 2, kind };
  return undefined;
}

const hasTwoColons = (line: string): boolean => line.indexOf(': ') !== line.lastIndexOf(': ');

class AnchorRefused extends Error {
  constructor(readonly line: number) {
    super('anchor');
  }
}

// A key is words separated by blanks, so the blanks before `:` belong to it in one way only.
// `- name: x` at the margin is an item (PyYAML writes lists unindented), and the value may hold
// U+2028 and U+2029, which `.` does not match.
const TOP_LEVEL_KEY = /^(?!-(?:[ \t]|$))(["']?)([^ \t#"'](?:[^\s:#]|\s+[^\s:#])*)\1[ \t]*:(?:[ \t]+([^]*))?$/;
const ITEM = /^([ \t]*)-(?:[ \t]|$)/;
// `? [a, b]` at the margin: a complex key, which js-yaml turns into the text `a,b`.
const COMPLEX_KEY = /^\?(?:[ \t]|$)/;

/**
 * A double-quoted key's escapes (`"\ud800"`, `"ti\x74le"`) read as js-yaml reads them, so that the
 * key of `data` is found at its line. A line inside a multi-line scalar may only look like such a
 * key (`title: 'a` then `"\q": b'`), with an escape that is none: it names no key of `data`.
 */
function unescapedKey(written: string): string {
  try {
    return yaml.load(`"${written}"`, { schema: yaml.CORE_SCHEMA }) as string;
  } catch {
    return written;
  }
}

/**
 * Finds the line of each top-level key and of each item of a block list, by the shape of the
 * lines. Flow lists (`[a, b]`) have all their items on the key's line. The keys of `data` that no
 * line names this way are complex keys (`? [a, b]`) when there are as many as `?` lines: in order.
 */
function locateFields(matterLines: string[], dataKeys: readonly string[]): Pick<RawEntry, 'keyLines' | 'itemLines' | 'rawValues'> {
  const keyLines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  const rawValues = new Map<string, string>();
  let currentKey: string | undefined;
  let itemIndent: number | undefined;
  const complexKeyLines: number[] = [];
  for (let i = 0; i < matterLines.length; i++) {
    const line = matterLines[i]!;
    const fileLine = i + 2;
    if (COMPLEX_KEY.test(line)) {
      complexKeyLines.push(fileLine);
      currentKey = undefined;
      continue;
    }
    const key = TOP_LEVEL_KEY.exec(line);
    if (key) {
      currentKey = key[1] === '"' && key[2]!.includes('\\') ? unescapedKey(key[2]!) : key[2]!;
      itemIndent = undefined;
      if (!keyLines.has(currentKey)) keyLines.set(currentKey, fileLine);
      rawValues.set(currentKey, key[3] ?? '');
      continue;
    }
    if (currentKey === undefined) continue;
    const item = ITEM.exec(line);
    if (!item) continue;
    const indent = item[1]!.length;
    if (itemIndent === undefined) itemIndent = indent;
    if (indent !== itemIndent) continue;
    const items = itemLines.get(currentKey) ?? [];
    items.push(fileLine);
    itemLines.set(currentKey, items);
  }
  const unplaced = dataKeys.filter((key) => !keyLines.has(key));
  if (unplaced.length === complexKeyLines.length) unplaced.forEach((key, i) => keyLines.set(key, complexKeyLines[i]!));
  return { keyLines, itemLines, rawValues };
}
