// The link check's report: a line per link that needs attention, as path:line: url: …, and a
// summary; or JSON with every link.
import type { LinkResult, LinkVerdict } from '../net/check-links.js';
import type { Paint } from './paint.js';
import { safeLine } from './terminal.js';

export function countVerdicts(results: readonly LinkResult[]): Record<LinkVerdict, number> {
  const counts: Record<LinkVerdict, number> = { ok: 0, redirect: 0, warning: 0, error: 0, skipped: 0 };
  for (const result of results) counts[result.verdict]++;
  return counts;
}

const LABELS: Partial<Record<LinkVerdict, string>> = { warning: 'warning: ', redirect: 'redirect: ' };

export function formatLinksText(results: readonly LinkResult[], paint: Paint): string {
  const lines = results
    .filter((r) => r.verdict !== 'ok' && r.verdict !== 'skipped')
    .map((r) => {
      const text = safeLine(`${r.path}:${r.line}: url: ${LABELS[r.verdict] ?? ''}${r.url}: ${r.message}`);
      return r.verdict === 'error' ? paint.error(text) : paint.warning(text);
    });
  const counts = countVerdicts(results);
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const summary = `${n(results.length, 'link')} checked: ${counts.ok} ok, ${counts.redirect} redirected, ${n(counts.warning, 'warning')}, ${n(counts.error, 'error')}` +
    (counts.skipped > 0 ? `, ${counts.skipped} not checked` : '');
  return `${[...lines, summary].join('\n')}\n`;
}

export function linksToJson(results: readonly LinkResult[]) {
  return {
    ...countVerdicts(results),
    links: results.map((r) => ({ id: r.id, path: r.path, line: r.line, url: r.url, verdict: r.verdict, status: r.status, redirects: r.redirects, message: r.message })),
  };
}
