// `clic validate --links`: every entry's url asked for, a few at a time, before publishing.
import type { Context } from '../context.js';
import { EXIT_NOT_FOUND, EXIT_OK, UsageError } from '../errors.js';
import { toJson } from '../format/json.js';
import { formatLinksText, linksToJson } from '../format/links.js';
import { checkLinks, type LinkToCheck } from '../net/check-links.js';
import { nodeHttpClient } from '../net/http-client.js';
import { loadCorpusFor, paintFor, type CommonOptions } from './shared.js';

/** Requests in flight at once: enough to be quick, few enough to be polite to the sites. */
const CONCURRENCY = 8;

export interface LinkCheckOptions extends CommonOptions {
  timeout?: string;
  format: 'text' | 'json';
}

function timeoutMs(text: string | undefined): number {
  if (text === undefined) return 10_000;
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) <= 0) throw new UsageError(`--timeout must be a number of seconds, not \`${text}\``, 'e.g. --timeout 5');
  return Number(text) * 1000;
}

export async function runLinkCheck(options: LinkCheckOptions, ctx: Context): Promise<number> {
  const timeout = timeoutMs(options.timeout);
  const corpus = await loadCorpusFor(options, ctx);
  const links: LinkToCheck[] = corpus.entries.flatMap((e) => (e.url === null ? [] : [{ id: e.id, path: e.path, line: e.lines.url ?? 1, url: e.url }]));
  // A progress line for a person watching; never in a pipe or a log.
  const progress = ctx.io.stderrIsTTY ? (done: number, total: number) => ctx.io.err(`\rchecking links: ${done}/${total}`) : undefined;
  const results = await checkLinks(links, nodeHttpClient(`clic/${ctx.version} (link check)`), { timeoutMs: timeout, concurrency: CONCURRENCY, onProgress: progress });
  if (progress && links.length > 0) ctx.io.err('\r\x1b[K');
  ctx.io.out(options.format === 'json' ? toJson(linksToJson(results)) : formatLinksText(results, paintFor(options, ctx)));
  return results.some((r) => r.verdict === 'error') ? EXIT_NOT_FOUND : EXIT_OK;
}
