// A hit as one quotes it: « the quote » — Speaker, *Outlet*, date. What `clic search -i` prints
// by default and what Ctrl-Y copies; Markdown emphasis on the outlet, as a title is set.
import type { Hit } from '../core/search.js';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function formatQuoteCitation(hit: Hit): string {
  const text = oneLine(hit.text);
  const passage = hit.field === 'quotes' ? `« ${text} »` : text;
  const source = [hit.speaker === null ? null : oneLine(hit.speaker), `*${oneLine(hit.outlet)}*`, hit.date].filter((part) => part !== null);
  return `${passage} — ${source.join(', ')}`;
}

export function formatQuoteCitations(hits: readonly Hit[]): string {
  return hits.map((hit) => `${formatQuoteCitation(hit)}\n`).join('');
}
