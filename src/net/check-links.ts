// Checking every url of the corpus: HEAD, then GET when HEAD is refused; redirects followed and
// reported; 404 and 410 are errors, 5xx, timeouts and unreachable hosts warnings. A few
// requests at a time, each address asked once however many entries give it.
import { RequestTimeout, type HttpClient, type HttpMethod } from './http-client.js';

export interface LinkToCheck {
  id: string;
  path: string;
  line: number;
  url: string;
}

export type LinkVerdict = 'ok' | 'redirect' | 'warning' | 'error' | 'skipped';

export interface LinkResult extends LinkToCheck {
  verdict: LinkVerdict;
  /** The last status received, or null when none came. */
  status: number | null;
  /** Each redirect followed: its status and where it led. */
  redirects: { status: number; to: string }[];
  message: string;
}

export interface CheckOptions {
  timeoutMs: number;
  concurrency: number;
  /** Called after each address is checked, with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
}

const MAX_REDIRECTS = 10;
/** Statuses servers give when they do not answer HEAD (or answer it wrongly). */
const HEAD_REFUSED = new Set([400, 403, 405, 501]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Outcome = Omit<LinkResult, keyof LinkToCheck>;

async function ask(client: HttpClient, url: string, timeoutMs: number) {
  let method: HttpMethod = 'HEAD';
  let response = await client.request(method, url, timeoutMs);
  if (HEAD_REFUSED.has(response.status)) {
    method = 'GET';
    response = await client.request(method, url, timeoutMs);
  }
  return response;
}

async function checkUrl(client: HttpClient, url: string, timeoutMs: number): Promise<Outcome> {
  const redirects: Outcome['redirects'] = [];
  if (/^mailto:/i.test(url)) return { verdict: 'skipped', status: null, redirects, message: 'mailto: address, not checked' };
  if (!/^https?:\/\//i.test(url)) return { verdict: 'error', status: null, redirects, message: 'not an http or https address' };
  let current = url;
  try {
    for (;;) {
      const response = await ask(client, current, timeoutMs);
      if (REDIRECTS.has(response.status) && response.location !== undefined) {
        if (redirects.length === MAX_REDIRECTS) return { verdict: 'warning', status: response.status, redirects, message: `more than ${MAX_REDIRECTS} redirects` };
        current = new URL(response.location, current).href;
        redirects.push({ status: response.status, to: current });
        continue;
      }
      const { status } = response;
      const via = redirects.length > 0 ? ` (after redirects to ${current})` : '';
      if (status === 404 || status === 410) return { verdict: 'error', status, redirects, message: `${status} ${status === 404 ? 'not found' : 'gone'}${via}` };
      if (status >= 500) return { verdict: 'warning', status, redirects, message: `${status} server error${via}` };
      if (status < 200 || status >= 300) return { verdict: 'warning', status, redirects, message: `${status}${via}` };
      if (redirects.length > 0) {
        const permanent = redirects.every((r) => r.status === 301 || r.status === 308);
        return { verdict: 'redirect', status, redirects, message: `${permanent ? 'moved permanently' : 'redirects'} to ${current}` };
      }
      return { verdict: 'ok', status, redirects, message: `${status}` };
    }
  } catch (error) {
    const message = error instanceof RequestTimeout ? error.message : `unreachable: ${(error as Error).message}`;
    return { verdict: 'warning', status: redirects.at(-1)?.status ?? null, redirects, message };
  }
}

/** Every link's result, in the order given. */
export async function checkLinks(links: readonly LinkToCheck[], client: HttpClient, options: CheckOptions): Promise<LinkResult[]> {
  const urls = [...new Set(links.map((link) => link.url))];
  const outcomes = new Map<string, Outcome>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      outcomes.set(url, await checkUrl(client, url, options.timeoutMs));
      options.onProgress?.(outcomes.size, urls.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, urls.length)) }, worker));
  return links.map((link) => ({ ...link, ...outcomes.get(link.url)! }));
}
