// Citation keys, as citation-js and Better BibTeX make them: the first person's family name (an
// organisation's first significant word), the year and the first significant word of the title (`casilli2020ouvriers`), ASCII only. An
// entry's `key` wins and is reserved. Suffixes a, b… go only to entries that share a whole stem,
// by date then id, so that adding or editing an entry never changes the keys of another stem.
import { compareDates } from './dates.js';
import { fold } from './fold.js';
import { splitName } from './names.js';
import type { Entry, Person } from './schema.js';
import { byId } from './sort.js';

// French and English words that say nothing about a title or an outlet, folded (no accents).
const STOP_WORDS = new Set([
  'a', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'chez', 'comme', 'comment', 'contre', 'd', 'dans',
  'de', 'des', 'du', 'elle', 'elles', 'en', 'entre', 'est', 'et', 'etre', 'il', 'ils', 'l', 'la', 'le',
  'les', 'leur', 'leurs', 'lui', 'mais', 'mes', 'mon', 'ne', 'nos', 'notre', 'nous', 'on', 'ou', 'par',
  'pas', 'plus', 'pour', 'pourquoi', 'quand', 'que', 'quel', 'quelle', 'quelles', 'quels', 'qui', 'quoi',
  's', 'sa', 'sans', 'se', 'selon', 'ses', 'son', 'sont', 'sous', 'sur', 'ta', 'tes', 'ton', 'tous',
  'tout', 'toute', 'toutes', 'tres', 'un', 'une', 'vers', 'vos', 'votre', 'vous', 'y',
  'about', 'after', 'all', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'for', 'from',
  'has', 'have', 'how', 'in', 'into', 'is', 'it', 'its', 'not', 'of', 'or', 'our', 'over', 'so',
  'than', 'that', 'the', 'their', 'this', 'to', 'was', 'we', 'what', 'when', 'where', 'which', 'who',
  'why', 'will', 'with', 'you', 'your',
]);
/** Title words shorter than this are never the significant one. */
const MIN_TITLE_WORD = 3;
/** How many words of the outlet make the stem when no person does. */
const OUTLET_WORDS = 2;
const NO_NAME = 'anon';

const asciiWords = (text: string): string[] => fold(text).match(/[a-z]+/g) ?? [];

/** The family name as lower-case ASCII letters: "Marie-Amélie Carpio" → "carpio", "Florent Le Bot" → "lebot". */
export function familyStem(name: string): string {
  const parsed = splitName(name);
  if (parsed.kind === 'split') return asciiWords(parsed.family).join('');
  // A name kept whole: "Family, Given" when it has a comma, else its last word.
  const words = asciiWords(parsed.literal.split(',')[0]!);
  return words[words.length - 1] ?? '';
}

function outletStem(outlet: string): string {
  return asciiWords(outlet).filter((w) => !STOP_WORDS.has(w)).slice(0, OUTLET_WORDS).join('');
}

/** An organisation by its first significant word: "France Télévisions" → "france", "La Quadrature du Net" → "quadrature". */
export function organisationStem(name: string): string {
  return asciiWords(name).find((w) => !STOP_WORDS.has(w)) ?? '';
}

const personStem = (person: Person): string => (person.org === true ? organisationStem(person.name) : familyStem(person.name));

/** The first word of the title that is neither short nor a stop word, or '' when there is none. */
export function significantWord(title: string): string {
  return asciiWords(title).find((w) => w.length >= MIN_TITLE_WORD && !STOP_WORDS.has(w)) ?? '';
}

/** The key an entry gets before suffixes: name (or outlet), year, significant title word. */
export function keyStem(entry: Pick<Entry, 'people' | 'outlet' | 'date' | 'title'>): string {
  const first = entry.people[0];
  const name = (first ? personStem(first) : '') || outletStem(entry.outlet) || NO_NAME;
  return `${name}${entry.date.slice(0, 4)}${significantWord(entry.title)}`;
}

/** a, b, … z, aa, ab, …: the n-th suffix (0-based). */
export function suffix(n: number): string {
  let text = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) text = String.fromCharCode(97 + ((i - 1) % 26)) + text;
  return text;
}

export interface CitationKeys {
  /** Entry id → citation key, unique ignoring case (BibTeX ignores it). */
  byId: Map<string, string>;
  /** Keys that several entries set in their front matter; they get suffixes like stems. */
  sharedKeys: string[];
}

const byDateThenId = (a: Entry, b: Entry): number => compareDates(a.date, b.date) || byId(a, b);

/**
 * Keys for every entry of a corpus. Give it the whole corpus, not a filtered part, so that a key
 * does not depend on what else is exported. The one case where another stem matters: a suffixed
 * key that would equal another entry's stem (`x2020grand` + `e` = `x2020grande`) skips that suffix.
 */
export function assignCitationKeys(entries: readonly Entry[]): CitationKeys {
  const byId = new Map<string, string>();
  // A front-matter key set by one entry is that entry's; by several, it is a stem they share.
  const setBy = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.key !== null) setBy.set(entry.key.toLowerCase(), [...(setBy.get(entry.key.toLowerCase()) ?? []), entry]);
  }
  const reserved = new Set<string>();
  const sharedKeys: string[] = [];
  for (const [key, owners] of setBy) {
    if (owners.length === 1) {
      byId.set(owners[0]!.id, owners[0]!.key!);
      reserved.add(key);
    } else {
      sharedKeys.push(owners[0]!.key!);
    }
  }
  const pools = new Map<string, { stem: string; entry: Entry }[]>();
  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    const stem = entry.key ?? keyStem(entry);
    pools.set(stem.toLowerCase(), [...(pools.get(stem.toLowerCase()) ?? []), { stem, entry }]);
  }
  // A suffixed key must equal no stem and no front-matter key.
  const taken = new Set([...reserved, ...pools.keys()]);
  for (const [stem, pool] of pools) {
    if (pool.length === 1 && !reserved.has(stem)) {
      byId.set(pool[0]!.entry.id, pool[0]!.stem);
      continue;
    }
    let n = 0;
    for (const member of [...pool].sort((a, b) => byDateThenId(a.entry, b.entry))) {
      while (taken.has(`${stem}${suffix(n)}`)) n++;
      byId.set(member.entry.id, `${member.stem}${suffix(n++)}`);
    }
  }
  return { byId, sharedKeys };
}
