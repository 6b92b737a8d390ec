// A strict reader for the shapes front matter takes in practice: `key: value` lines whose value
// is a quoted or plain scalar, a flow list or a flow map of scalars, and block lists of such
// values. It returns exactly what js-yaml (core schema) returns for those lines, or undefined
// for anything else — a tab, an escape, a comment after a value, a multi-line scalar, a
// duplicate key — which js-yaml then reads, with its errors and their lines. It exists for
// speed: js-yaml is most of the cost of loading a corpus without its cache, and this reads the
// usual front matter in a fraction of that (`npm run bench`, cold rows). A property test
// (test/core/simple-yaml.test.ts) holds it to js-yaml's answers on generated and hostile input.
import yaml from 'js-yaml';

/**
 * The types js-yaml's core schema gives a plain scalar (null, bool, int, float), in its order.
 * A plain scalar is the first one that claims it, made by that type, as js-yaml makes it; else text.
 */
const IMPLICIT_TYPES = (yaml.CORE_SCHEMA as unknown as { implicit: yaml.Type[] }).implicit;
function plainScalar(text: string): unknown {
  for (const type of IMPLICIT_TYPES) if (type.resolve!(text)) return type.construct!(text);
  return text;
}

/**
 * Lines of printable characters only, without tabs, line or paragraph separators, byte-order
 * marks or surrogates (astral characters): js-yaml's rules for those are left to js-yaml.
 */
const PRINTABLE_LINE = /^[\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]*$/;
const SIMPLE_KEY = /^([a-z][a-z0-9_]*):( +|$)/;
const FLOW_KEY = /[a-z][a-z0-9_]*/y;
/** What may not start a plain scalar here: YAML's indicators, and `-`, `?`, `:` even before a letter. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** What ends a plain scalar in a flow collection, or makes it one this reader leaves to js-yaml. */
const FLOW_PLAIN = /[^,[\]{}#:"']*/y;

type Scalar = unknown;
type Value = Scalar | Scalar[] | Record<string, Scalar>;

/**
 * A double-quoted scalar without escapes, or a single-quoted one up to its next quote. In
 * `'it''s'` (one scalar with a quote in it) that quote is followed by another, which no caller
 * accepts after a scalar (they need the end of the line, a comma or the closing bracket): the
 * line is left to js-yaml.
 */
function quoted(text: string, at: number): { value: string; end: number } | undefined {
  const quote = text[at];
  if (quote !== '"' && quote !== "'") return undefined;
  const close = text.indexOf(quote, at + 1);
  if (close === -1) return undefined;
  const value = text.slice(at + 1, close);
  if (quote === '"' && value.includes('\\')) return undefined;
  return { value, end: close + 1 };
}

const skipSpaces = (text: string, at: number): number => {
  while (text.charCodeAt(at) === 0x20) at++;
  return at;
};

/** A scalar inside a flow collection, from `at`: quoted, or plain without `:` or `#`. */
function flowScalar(text: string, at: number): { value: Scalar; end: number } | undefined {
  const inQuotes = quoted(text, at);
  if (inQuotes) return inQuotes;
  if (INDICATOR.test(text.slice(at, at + 1))) return undefined;
  FLOW_PLAIN.lastIndex = at;
  const raw = FLOW_PLAIN.exec(text)![0];
  const plain = raw.trimEnd();
  if (plain === '') return undefined;
  return { value: plainScalar(plain), end: at + plain.length };
}

/**
 * `[a, "b"]` or `{ name: "X", role: y }` starting at `at`, which must reach the end of `text`:
 * scalars only, no empty item, no trailing comma, no key twice.
 */
function flowCollection(text: string, at: number): Scalar[] | Record<string, Scalar> | undefined {
  const isMap = text[at] === '{';
  const close = isMap ? '}' : ']';
  const list: Scalar[] = [];
  const map: Record<string, Scalar> = {};
  let position = skipSpaces(text, at + 1);
  if (text[position] === close) return position === text.length - 1 ? (isMap ? map : list) : undefined;
  for (;;) {
    if (isMap) {
      FLOW_KEY.lastIndex = position;
      const key = FLOW_KEY.exec(text)?.[0];
      if (key === undefined || Object.hasOwn(map, key)) return undefined;
      position += key.length;
      if (text[position] !== ':' || text[position + 1] !== ' ') return undefined;
      const item = flowScalar(text, skipSpaces(text, position + 1));
      if (!item) return undefined;
      map[key] = item.value;
      position = item.end;
    } else {
      const item = flowScalar(text, position);
      if (!item) return undefined;
      list.push(item.value);
      position = item.end;
    }
    position = skipSpaces(text, position);
    if (text[position] === close) return position === text.length - 1 ? (isMap ? map : list) : undefined;
    if (text[position] !== ',') return undefined;
    position = skipSpaces(text, position + 1);
    if (text[position] === close) return undefined;
  }
}

/** A value written on one line, in block context: the whole of `text`. */
function lineValue(text: string): Value | undefined {
  // Nothing (an empty node, which js-yaml makes null) or trailing blanks: left to js-yaml.
  if (text === '' || text.endsWith(' ')) return undefined;
  const first = text[0];
  if (first === '"' || first === "'") {
    const inQuotes = quoted(text, 0);
    return inQuotes?.end === text.length ? inQuotes.value : undefined;
  }
  if (first === '[' || first === '{') return flowCollection(text, 0);
  // A plain scalar: `: ` or a final `:` would make it a mapping, ` #` a comment.
  if (INDICATOR.test(text) || text.includes(': ') || text.endsWith(':') || text.includes(' #')) return undefined;
  return plainScalar(text);
}

/** `key: value` with a one-line value (SIMPLE_KEY's key), or undefined. */
function keyAndValue(text: string): [string, Value] | undefined {
  const key = SIMPLE_KEY.exec(text);
  if (!key || key[2] === '') return undefined;
  const value = lineValue(text.slice(key[0].length));
  return value === undefined ? undefined : [key[1]!, value];
}

/** The front matter's lines read as js-yaml would read them, or undefined to let js-yaml read them. */
export function readSimpleFrontMatter(lines: readonly string[]): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  // The block list being read: its key, its items, and their indentation once the first is read.
  let list: { key: string; items: Value[]; indent: number | undefined } | undefined;
  // The block mapping its last item opened (`- text: …` then `  speaker: …`), and its column.
  let mapping: { fields: Record<string, Value>; column: number } | undefined;
  const endList = (): void => {
    if (list) data[list.key] = list.items.length > 0 ? list.items : null;
    list = undefined;
    mapping = undefined;
  };
  for (const line of lines) {
    if (line === '' || line[0] === '#') continue;
    if (!PRINTABLE_LINE.test(line)) return undefined;
    if (line[0] === ' ' || line[0] === '-') {
      if (!list) return undefined;
      const column = skipSpaces(line, 0);
      if (mapping && column === mapping.column) {
        // One more field of the item's mapping.
        const field = keyAndValue(line.slice(column));
        if (!field || Object.hasOwn(mapping.fields, field[0])) return undefined;
        mapping.fields[field[0]] = field[1];
        continue;
      }
      if (line[column] !== '-' || line[column + 1] !== ' ') return undefined;
      list.indent ??= column;
      if (column !== list.indent) return undefined;
      const start = skipSpaces(line, column + 1);
      const text = line.slice(start);
      const field = keyAndValue(text);
      if (field) {
        mapping = { fields: { [field[0]]: field[1] }, column: start };
        list.items.push(mapping.fields);
        continue;
      }
      mapping = undefined;
      const item = lineValue(text);
      if (item === undefined) return undefined;
      list.items.push(item);
      continue;
    }
    endList();
    const key = SIMPLE_KEY.exec(line);
    if (!key || Object.hasOwn(data, key[1]!)) return undefined;
    const rest = line.slice(key[0].length);
    if (rest === '') {
      // Nothing after the colon: a block list follows, or the value is null.
      if (key[2] !== '') return undefined;
      list = { key: key[1]!, items: [], indent: undefined };
      data[key[1]!] = null;
      continue;
    }
    const value = lineValue(rest);
    if (value === undefined) return undefined;
    data[key[1]!] = value;
  }
  endList();
  return Object.keys(data).length > 0 ? data : undefined;
}
