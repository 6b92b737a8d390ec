// Duplicates, within an import and against the corpus: the same URL once normalised, or the
// same outlet and date with near-identical titles.
import { fold } from '../fold.js';
import { editDistance } from '../problem.js';

const TRACKING = /^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|ocid|cmpid|xtor)$/i;

/** A URL as compared: https, no `www.`, no tracking parameters, no fragment, no trailing slash. */
export function normaliseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text.trim();
  }
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
  // A YouTube video is its id: share links add `si`, `t`, `feature` or a playlist to the same video.
  if (host === 'youtu.be') return `youtube.com/watch?v=${url.pathname.slice(1)}`;
  const video = url.searchParams.get('v');
  if (host === 'youtube.com' && url.pathname === '/watch' && video) return `youtube.com/watch?v=${video}`;
  const params = new URLSearchParams([...url.searchParams].filter(([key]) => !TRACKING.test(key)));
  // By key in code-unit order, the values of one key kept in their order (a stable sort).
  params.sort();
  const query = params.size === 0 ? '' : `?${params.toString()}`;
  return `${host}${url.pathname.replace(/\/+$/, '').replace(/\/index\.html?$/, '')}${query}`;
}

const titleKey = (title: string): string => fold(title).replace(/[^a-z0-9]+/g, ' ').trim();

// Titles longer than this compare by prefix: the distance grows with the square of the length.
const COMPARED = 200;

const numbers = (key: string): string => key.replace(/[^0-9]+/g, ' ').trim();

/**
 * Equal once folded, or a few characters apart (a typo, a dropped article), with the same
 * numbers: "Episode 11" is not "Episode 12".
 */
export function nearlySameTitle(a: string, b: string): boolean {
  const [x, y] = [titleKey(a).slice(0, COMPARED), titleKey(b).slice(0, COMPARED)];
  if (x === y) return true;
  if (numbers(x) !== numbers(y)) return false;
  const allowed = Math.max(1, Math.floor(Math.max(x.length, y.length) / 15));
  return Math.abs(x.length - y.length) <= allowed && editDistance(x, y) <= allowed;
}

export interface Comparable {
  title: string;
  date: string;
  outlet: string;
  url?: string | null;
}

/** What has been seen, by URL and by outlet and date, with a label for each (a path, a source line). */
export class DuplicateIndex {
  private readonly byUrl = new Map<string, string>();
  private readonly byOutletDate = new Map<string, { title: string; label: string }[]>();

  add(item: Comparable, label: string): void {
    if (item.url) this.byUrl.set(normaliseUrl(item.url), label);
    const key = `${fold(item.outlet).trim()}\u0000${item.date}`;
    this.byOutletDate.set(key, [...(this.byOutletDate.get(key) ?? []), { title: item.title, label }]);
  }

  /** The label of what `item` duplicates, and why; undefined when it is new. */
  find(item: Comparable): { label: string; why: string } | undefined {
    if (item.url) {
      const label = this.byUrl.get(normaliseUrl(item.url));
      if (label !== undefined) return { label, why: 'same URL' };
    }
    const seen = this.byOutletDate.get(`${fold(item.outlet).trim()}\u0000${item.date}`) ?? [];
    const match = seen.find((other) => nearlySameTitle(other.title, item.title));
    return match === undefined ? undefined : { label: match.label, why: 'same outlet, date and title' };
  }
}
