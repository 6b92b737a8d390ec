// Personal names as written in the corpus ("Antonio A. Casilli") split into the parts that
// bibliographies sort and print by. A name that cannot be split safely stays whole (literal).

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
// Letters and marks, with inner hyphens, apostrophes and periods: "Marie-Amélie", "d'Alembert", "A.".
const PLAIN_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.\-]*$/u;

/** Whitespace of any kind (line breaks included) as single spaces, trimmed. */
function collapseSpaces(text: string): string {
  return text.replace(/[\s\u0085]+/gu, ' ').trim();
}

/**
 * Given names first, family name last, as the corpus writes them. Anything else (a comma, a
 * digit, brackets, the word "and" that BibTeX reads as a separator) is kept whole.
 */
export function splitName(name: string): PersonName {
  const words = collapseSpaces(name).split(' ').filter((w) => w !== '');
  const literal = { kind: 'literal' as const, literal: collapseSpaces(name) };
  if (words.length === 0 || !words.every((w) => PLAIN_WORD.test(w) && w.toLowerCase() !== 'and')) return literal;
  let suffix = '';
  if (words.length > 2 && SUFFIXES.has(words[words.length - 1]!.toLowerCase())) suffix = words.pop()!;
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

function isLowerCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}
