// Problems no single file shows: one person written two ways (two authors in every
// bibliography), and one appearance entered twice under two ids. Warnings, found across entries.
import { fold } from './fold.js';
import type { Problem } from './problem.js';
import type { Entry } from './schema.js';
import { byId, compareText } from './sort.js';

/** A name as compared: no case, accents, spacing or middle initials (`Antonio A. Casilli` is `antonio casilli`). */
export function nameKey(name: string): string {
  const words = fold(name).replace(/[.\s]+/g, ' ').trim().split(' ');
  const kept = words.filter((word, i) => i === 0 || i === words.length - 1 || !/^[a-z]$/.test(word));
  return kept.join(' ').replace(/\s*-\s*/g, '-');
}

interface Occurrence {
  name: string;
  entry: Entry;
  index: number;
}

/** Every spelling but the most used one of each person, at each place it is used. */
function nameProblems(entries: readonly Entry[]): Problem[] {
  const byKey = new Map<string, Occurrence[]>();
  for (const entry of entries) {
    entry.people.forEach((person, index) => {
      const key = nameKey(person.name);
      const occurrences = byKey.get(key) ?? [];
      occurrences.push({ name: person.name, entry, index });
      byKey.set(key, occurrences);
    });
  }
  const problems: Problem[] = [];
  for (const occurrences of byKey.values()) {
    const counts = new Map<string, number>();
    for (const { name } of occurrences) counts.set(name, (counts.get(name) ?? 0) + 1);
    // The most used spelling, the longer one on a tie (it keeps the initial), then the first in order.
    const [preferred] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || compareText(a[0], b[0]))[0]!;
    for (const { name, entry, index } of occurrences) {
      if (name === preferred) continue;
      problems.push({
        path: entry.path, line: entry.lines.people ?? 1, field: `people[${index + 1}]`, severity: 'warning',
        message: `\`${name}\` is written \`${preferred}\` elsewhere (${timesText(counts.get(preferred)!)})`,
        hint: `write one person one way, or every bibliography lists two: name: ${preferred}`,
      });
    }
  }
  return problems;
}

const timesText = (count: number): string => (count === 1 ? 'once' : `${count} times`);

/** A URL as compared: no scheme, `www.`, fragment, tracking parameters, case of the host or trailing slash. */
export function urlKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  for (const name of [...parsed.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/.test(name)) parsed.searchParams.delete(name);
  const query = parsed.searchParams.toString();
  return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
}

const titleWords = (title: string): Set<string> => new Set(fold(title).match(/[\p{L}\p{N}]+/gu));

/** Dice's coefficient of the titles' word sets: 1 for the same words, 0 for none in common. */
export function titleSimilarity(a: string, b: string): number {
  const [wordsA, wordsB] = [titleWords(a), titleWords(b)];
  if (wordsA.size + wordsB.size === 0) return 1;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return (2 * shared) / (wordsA.size + wordsB.size);
}

/** Titles this alike, from the same outlet on the same date, are one appearance entered twice. */
const NEAR_IDENTICAL = 0.8;
const PAIRWISE_LIMIT = 50;

/** Each entry that looks like a copy of an earlier one (in id order), with why. */
function duplicateProblems(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  const firstByUrl = new Map<string, Entry>();
  const byOutletAndDate = new Map<string, Entry[]>();
  const firstByTitleWords = new Map<string, Entry>();
  for (const entry of [...entries].sort(byId)) {
    const report = (earlier: Entry, why: string, field: 'url' | 'title') =>
      problems.push({
        path: entry.path, line: entry.lines[field] ?? 1, field, severity: 'warning',
        message: `probably the same appearance as \`${earlier.id}\` (${why})`,
        hint: `merge the two files, or tell them apart (${earlier.path})`,
      });
    if (entry.url !== null) {
      const key = urlKey(entry.url);
      const earlier = firstByUrl.get(key);
      if (earlier) {
        report(earlier, 'the same URL', 'url');
        continue;
      }
      firstByUrl.set(key, entry);
    }
    const key = `${fold(entry.outlet).trim()}\n${entry.date}`;
    const sameDay = byOutletAndDate.get(key) ?? [];
    // Titles are compared pairwise within one outlet and day, which a person's corpus keeps small;
    // past that (a generated corpus), only the same words are looked up, so the cost stays linear.
    const words = [...titleWords(entry.title)].sort().join(' ');
    const twin = sameDay.length <= PAIRWISE_LIMIT
      ? sameDay.find((other) => titleSimilarity(other.title, entry.title) >= NEAR_IDENTICAL)
      : firstByTitleWords.get(`${key}\n${words}`);
    if (!firstByTitleWords.has(`${key}\n${words}`)) firstByTitleWords.set(`${key}\n${words}`, entry);
    if (twin) report(twin, 'the same outlet and date, and a near-identical title', 'title');
    sameDay.push(entry);
    byOutletAndDate.set(key, sameDay);
  }
  return problems;
}

/** What `clic validate` adds to the problems of each file, looking across the whole corpus. */
export function hygieneProblems(entries: readonly Entry[]): Problem[] {
  return [...nameProblems(entries), ...duplicateProblems(entries)];
}
