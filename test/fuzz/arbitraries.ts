// Generators shared by the fuzz tests: text that mixes every character a terminal obeys with
// any other code point, and YAML-shaped noise for the front matter parser.
import fc from 'fast-check';

/** Characters that drive a terminal or reorder text: C0, ESC sequences, DEL, C1, bidi controls. */
export const TERMINAL_CONTROLS = [
  '\x00', '\x07', '\x08', '\x0b', '\x0c', '\r', '\x1b', '\x1b[31m', '\x1b[2J', '\x1b]0;title\x07', '\x1b]8;;http://x\x1b\\',
  '\x7f', '\x85', '\x9b', '\x9d', '\u061c', '\u200e', '\u200f', '\u2028', '\u2029',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff',
];

/** What must never reach a terminal from data (tab and newline aside, for multi-line text). */
export const UNSAFE_ON_ONE_LINE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
export const UNSAFE_IN_TEXT = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Any text, with terminal controls much more frequent than chance would make them. */
export const hostileText = (constraints: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(fc.constantFrom(...TERMINAL_CONTROLS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(' ', 'a', 'é', '#', ':', '"')),
    maxLength: constraints.maxLength ?? 30,
    minLength: constraints.minLength ?? 0,
  });

/** Non-empty text (after trimming), as required fields need. */
export const hostileFilledText = (): fc.Arbitrary<string> => fc.tuple(hostileText(), fc.constantFrom('x', 'é', '1', '\u202e!'), hostileText()).map(([a, b, c]) => a + b + c);

const YAML_TOKENS = [
  '---', '...', '\n', '\r\n', ' ', '  ', '\t', ':', ': ', '- ', '-', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '#', '!!str ', '!!js/function ',
  '!', '|', '>-', '?', '%YAML 1.2', '@', '`', '\\', '\0', '\x1b', '\ufeff', '\u2028', 'title', 'type', 'date', 'outlet', 'people', 'quotes',
  'tags', 'updates', 'related', 'name', 'role', 'text', 'interview', '2020-10-15', '2020-02-30', '2020', 'yes', '010', '1e3', '12:30', '~', 'null',
  '<<', '__proto__', 'é', '\u202e',
];

/** YAML-shaped noise: keys, indicators, indentation and values in random order. */
export const yamlNoise = (): fc.Arbitrary<string> => fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 80 }).map((tokens) => tokens.join(''));
