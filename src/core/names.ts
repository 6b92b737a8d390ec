// Personal names as written in the corpus ("Antonio A. Casilli") split into the parts that
// bibliographies sort and print by. A name that cannot be split safely stays whole (literal),
// and so do organisations (`org:` in the corpus) and names of one word ("Madonna").
import type { Person } from './schema.js';

export type PersonName =
  | { kind: 'split'; given: string; particle: string; family: string; suffix: string }
  | { kind: 'literal'; literal: string };

// Lower-case particles stay apart from the family name (de Gaulle sorts under G); capitalised
// ones belong to it (Le Bot sorts under L), as French and Dutch usage have them.
const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'des', 'di', 'du', 'da', 'dos', 'das', 'den', 'la', 'le', 'les',
  'van', 'von', 'ten', 'ter', 'zu', 'af', 'av', 'bin', 'ibn', 'al', 'el',
]);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
// Chinese, Japanese and Korean names are written family name first: "山田 太郎" is family 山田.
const FAMILY_FIRST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Letters and marks, with inner hyphens, apostrophes and periods: "Marie-Amélie", "d'Alembert", "A.".
const PLAIN_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.\-]*$/u;

/** Whitespace of any kind (line breaks included) as single spaces, trimmed. */
function collapseSpaces(text: string): string {
  return text.replace(/[\s\u0085]+/gu, ' ').trim();
}

/** A person's name as bibliographies take it: an organisation whole, a person split where it can be. */
export function personName(person: Pick<Person, 'name' | 'org'>): PersonName {
  return person.org === true ? { kind: 'literal', literal: collapseSpaces(person.name) } : splitName(person.name);
}

/**
 * Given names first, family name last, as the corpus writes them ("Martin Luther King Jr." or
 * "Martin Luther King, Jr."); in Chinese, Japanese and Korean script, family name first. Anything
 * else (one word, a name in braces, another comma, a digit, brackets, the word "and" that BibTeX
 * reads as a separator) is kept whole.
 */
export function splitName(name: string): PersonName {
  const whole = collapseSpaces(name);
  // "{Radio France}": braced as BibTeX users protect a name, it is one name, without the braces.
  const braced = /^\{([^{}]+)\}$/.exec(whole);
  if (braced) return { kind: 'literal', literal: braced[1]!.trim() };
  const literal = { kind: 'literal' as const, literal: whole };
  // "Martin Luther King, Jr.": the comma sets off a suffix and nothing else.
  const [head, tail, ...more] = whole.split(/\s*,\s*/);
  const commaSuffix = tail !== undefined && more.length === 0 && SUFFIXES.has(tail.toLowerCase()) ? tail : '';
  // Spaces are single and trimmed once collapsed: no word is empty but that of an empty text (too short anyway).
  const words = (commaSuffix === '' ? whole : head!).split(' ');
  if (words.length < 2 || !words.every((w) => PLAIN_WORD.test(w) && w.toLowerCase() !== 'and')) return literal;
  if (FAMILY_FIRST_SCRIPT.test(whole)) {
    if (commaSuffix !== '') return literal;
    return { kind: 'split', given: words.slice(1).join(' '), particle: '', family: words[0]!, suffix: '' };
  }
  const suffix = commaSuffix || (words.length > 2 && SUFFIXES.has(words[words.length - 1]!.toLowerCase()) ? words.pop()! : '');
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  const given = words.slice(0, start);
  const rest = words.slice(start);
  // Leading lower-case particles are the particle; from the first capitalised word on, the family name.
  let particleEnd = 0;
  while (particleEnd < rest.length - 1 && isLowerCase(rest[particleEnd]!)) particleEnd++;
  return {
    kind: 'split',
    given: given.join(' '),
    particle: rest.slice(0, particleEnd).join(' '),
    family: rest.slice(particleEnd).join(' '),
    suffix,
  };
}

/** Only particles reach this: Latin letters, which all have a case. */
function isLowerCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}
