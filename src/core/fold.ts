// Text folding for matching: what a person types on a plain keyboard must find what a
// typographer wrote. Used by the filters and by search, on both sides of every comparison.

// Only letters that NFKD leaves whole: it already spells out ﬁ, ﬂ, ﬀ, ﬃ and ﬄ.
const LIGATURES: Record<string, string> = {
  'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae', 'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th', 'ł': 'l', 'Ł': 'l', 'ı': 'i',
};
const LIGATURE_PATTERN = /[œŒæÆßøØđĐðÐþÞłŁı]/g;
// Apostrophes and primes, quotation marks, dashes and odd spaces that have a plain equivalent.
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const QUOTATION_MARKS = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u2039\u203A]/g;
const DASHES = /[\u2010-\u2015\u2212\u00AD]/g;
const SPACES = /[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, no accents, ligatures spelled out, typographic punctuation made plain. */
export function fold(text: string): string {
  return text
    .replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTATION_MARKS, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .toLowerCase();
}

/** True when `needle` appears in `haystack` once both are folded. */
export function containsFolded(haystack: string, needle: string): boolean {
  return fold(haystack).includes(fold(needle));
}
