// `clic validate --links` against a server this test starts on 127.0.0.1: never a real site.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/net/check-links.js';
import { nodeHttpClient } from '../../src/net/http-client.js';
import { clic, entryText, makeCorpus } from '../support/cli.js';

let server: Server;
let base: string;
/** Every request the server saw, as `METHOD /path`. */
const seen: string[] = [];
/** Requests in flight now, and the most there ever were at once. */
let inFlight = 0;
let maxInFlight = 0;

const routes: Record<string, (method: string) => { status: number; location?: string } | 'hang'> = {
  '/ok': () => ({ status: 200 }),
  '/missing': () => ({ status: 404 }),
  '/gone': () => ({ status: 410 }),
  '/broken': () => ({ status: 503 }),
  '/no-head': (method) => ({ status: method === 'HEAD' ? 405 : 200 }),
  '/moved': () => ({ status: 301, location: '/ok' }),
  '/hop': () => ({ status: 302, location: '/moved' }),
  '/moved-away': () => ({ status: 308, location: '/missing' }),
  '/loop': () => ({ status: 302, location: '/loop' }),
  '/slow': () => 'hang',
};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const route = routes[(req.url ?? '').replace(/\?.*/, '')];
    const answer = route ? route(req.method ?? 'GET') : { status: 404 };
    if (answer === 'hang') return;
    // A little delay so that concurrent requests overlap.
    setTimeout(() => res.writeHead(answer.status, answer.location ? { location: answer.location } : {}).end(), 20);
  });
  // Bounded: every test request ends in a timeout at worst, and the server closes them all at the end.
  server.requestTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const link = (path: string, id = path.slice(1)) => ({ id, path: `${id}.md`, line: 6, url: `${base}${path}` });
const client = () => nodeHttpClient('clic-test');

describe('link check', () => {
  it.each([
    ['/ok', 'ok', 200, /^200$/],
    ['/missing', 'error', 404, /404 not found/],
    ['/gone', 'error', 410, /410 gone/],
    ['/broken', 'warning', 503, /503 server error/],
    ['/no-head', 'ok', 200, /^200$/],
    ['/moved', 'redirect', 200, /moved permanently to http:\/\/127\.0\.0\.1:\d+\/ok/],
    ['/hop', 'redirect', 200, /redirects to http:\/\/127\.0\.0\.1:\d+\/ok/],
    ['/moved-away', 'error', 404, /404 not found \(after redirects to .*\/missing\)/],
    ['/loop', 'warning', 302, /more than 10 redirects/],
  ])('%s is %s', async (path, verdict, status, message) => {
    const [result] = await checkLinks([link(path)], client(), { timeoutMs: 2_000, concurrency: 2 });
    expect(result).toMatchObject({ verdict, status });
    expect(result!.message).toMatch(message);
  });

  it('asks with GET only when HEAD is refused', async () => {
    seen.length = 0;
    await checkLinks([link('/ok'), link('/no-head')], client(), { timeoutMs: 2_000, concurrency: 1 });
    expect(seen).toEqual(['HEAD /ok', 'HEAD /no-head', 'GET /no-head']);
  });

  it('reports each redirect followed', async () => {
    const [result] = await checkLinks([link('/hop')], client(), { timeoutMs: 2_000, concurrency: 1 });
    expect(result!.redirects).toEqual([{ status: 302, to: `${base}/moved` }, { status: 301, to: `${base}/ok` }]);
  });

  it('gives up on a silent server after the timeout, as a warning', async () => {
    const [result] = await checkLinks([link('/slow')], client(), { timeoutMs: 300, concurrency: 1 });
    expect(result).toMatchObject({ verdict: 'warning', status: null, message: 'no answer in 0.3 s' });
  });

  it('keeps at most `concurrency` requests in flight and asks each address once', async () => {
    maxInFlight = 0;
    seen.length = 0;
    const links = Array.from({ length: 12 }, (_, i) => ({ ...link(`/ok?n=${i % 6}`), id: `e${i}` }));
    const progress: string[] = [];
    const results = await checkLinks(links, client(), { timeoutMs: 2_000, concurrency: 3, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(results.map((r) => r.verdict)).toEqual(Array(12).fill('ok'));
    expect(seen).toHaveLength(6);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe('6/6');
  });

  it('does not request what is not a web address', async () => {
    seen.length = 0;
    const results = await checkLinks([{ ...link('/ok'), url: 'javascript:alert(1)' }, { ...link('/ok'), url: 'mailto:a@example.org' }], client(), { timeoutMs: 500, concurrency: 2 });
    expect(results.map((r) => r.verdict)).toEqual(['error', 'skipped']);
    expect(seen).toEqual([]);
  });
});

describe('clic validate --links', () => {
  const corpus = () => makeCorpus({
    'fine.md': entryText({ url: `"${base}/ok"` }),
    'dead.md': entryText({ url: `"${base}/gone"` }),
    'moved.md': entryText({ url: `"${base}/moved"` }),
    'slow.md': entryText({ url: `"${base}/slow"` }),
    'none.md': entryText(),
  });

  it('prints path:line for each link that needs attention, and exits 1 on an error', async () => {
    const result = await clic(['validate', '--links', '--timeout', '0.3', '--corpus', corpus()]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      `dead.md:6: url: ${base}/gone: 410 gone`,
      `moved.md:6: url: redirect: ${base}/moved: moved permanently to ${base}/ok`,
      `slow.md:6: url: warning: ${base}/slow: no answer in 0.3 s`,
      '4 links checked: 1 ok, 1 redirected, 1 warning, 1 error',
    ]);
    expect(result.stderr).toBe('');
  });

  it('writes every link as JSON with --format json', async () => {
    const result = await clic(['validate', '--links', '--timeout', '0.3', '--format', 'json', '--corpus', corpus()]);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: 1, redirect: 1, warning: 1, error: 1 });
    expect(report.links.map((l: { id: string; verdict: string }) => `${l.id} ${l.verdict}`)).toEqual(['dead error', 'fine ok', 'moved redirect', 'slow warning']);
  });

  it('shows a progress line on a terminal, and clears it', async () => {
    const result = await clic(['validate', '--links', '--timeout', '0.3', '--corpus', corpus()], { tty: true });
    expect(result.stderr).toContain('\rchecking links: 4/4');
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('refuses a timeout that is not a number of seconds', async () => {
    const result = await clic(['validate', '--links', '--timeout', 'soon', '--corpus', corpus()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--timeout must be a number of seconds/);
  });
});
