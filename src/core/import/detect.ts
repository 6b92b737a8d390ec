// Which format an input is in: from its extension when it has a known one, else from its content.
import type { ImportSource } from './draft.js';

const EXTENSIONS: Readonly<Record<string, ImportSource>> = {
  csv: 'csv', tsv: 'csv', txt: 'csv', yml: 'yaml', yaml: 'yaml', bib: 'bibtex', bibtex: 'bibtex', json: 'csl-json', csljson: 'csl-json',
  ris: 'ris', md: 'markdown', markdown: 'markdown',
};

export function formatFromContent(text: string): ImportSource {
  const head = text.replace(/^\uFEFF/, '').slice(0, 64 * 1024);
  const start = head.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (/^TY {2}- /m.test(head)) return 'ris';
  if (/^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/m.test(head)) return 'bibtex';
  if (/^---[ \t]*\r?\n[^]*?\r?\n---[ \t]*(?:\r?\n|$)/.test(head) && !/^---\s*\r?\n\s*-\s/.test(head)) return 'markdown';
  // An item's first key: plain (`pub-date`, `dc.title`) or quoted (`"pub date"`).
  if (/^[ \t]*-[ \t]+(?:[\w.-]+|"[^"\n]*"|'[^'\n]*')[ \t]*:/m.test(head)) return 'yaml';
  return 'csv';
}

/** `press.bib` → bibtex; no or an unknown extension → by content. */
export function detectFormat(name: string, text: string): ImportSource {
  const extension = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  // hasOwn: `a.constructor` names the prototype's function, no format.
  return extension !== undefined && Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension]! : formatFromContent(text);
}
