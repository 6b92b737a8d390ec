// The same page as one Markdown file, for Hugo, Jekyll or Quarto to include. Corpus text is
// escaped so that it stays text there too; bodies are parsed by markdown-it and written back
// with only what it accepted (no raw HTML, links to http, https and mailto only).
import type { Entry, Quote } from '../../core/schema.js';
import { parseBody } from './body.js';
import { linkTarget } from './escape.js';
import { dateInWords, roleLabel, WORDS } from './labels.js';
import { groupEntries, type SiteOptions } from './page.js';

type Token = ReturnType<typeof parseBody>[number];

/**
 * Text that Markdown shows as written, on one line: the characters that start emphasis, code,
 * links, images, raw HTML, entities, attributes or tables escaped, and a leading list or heading marker.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/[\\`*_[\]{}<>#|~&!]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const destination = (url: string): string => `<${url.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c))}>`;

function inline(tokens: readonly Token[]): string {
  let out = '';
  const links: (string | undefined)[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text': out += markdownText(token.content); break;
      case 'softbreak': out += '\n'; break;
      case 'hardbreak': out += '\\\n'; break;
      case 'code_inline': {
        const fence = token.content.includes('`') ? '`` ' : '`';
        out += `${fence}${token.content.replace(/\n/g, ' ')}${fence === '`' ? '`' : ' ``'}`;
        break;
      }
      case 'em_open': case 'em_close': out += '*'; break;
      case 'strong_open': case 'strong_close': out += '**'; break;
      case 's_open': case 's_close': out += '~~'; break;
      case 'link_open': {
        const href = linkTarget(token.attrGet('href'));
        links.push(href);
        if (href !== undefined) out += '[';
        break;
      }
      case 'link_close': {
        const href = links.pop();
        if (href !== undefined) out += `](${destination(href)})`;
        break;
      }
      default: out += markdownText(token.content);
    }
  }
  return out;
}

/** A body's blocks as Markdown lines: paragraphs, headings (below the entry's), lists, quotes, code. */
export function bodyMarkdown(body: string): string {
  const lines: string[] = [];
  const prefixes: string[] = [];
  let pendingItem: string | undefined;
  const ordered: number[] = [];
  const push = (text: string) => {
    const prefix = prefixes.join('');
    const [first, ...rest] = text.split('\n');
    const lead = pendingItem ?? '';
    const indent = ' '.repeat(lead.length);
    lines.push(`${prefix}${lead}${first}`, ...rest.map((line) => `${prefix}${indent}${line}`));
    pendingItem = undefined;
  };
  for (const token of parseBody(body)) {
    switch (token.type) {
      case 'inline': push(inline(token.children ?? [])); break;
      case 'paragraph_close': case 'heading_close': if (prefixes.length === 0) lines.push(''); break;
      case 'heading_open': pendingItem = `${'#'.repeat(Number(token.tag.slice(1)))} `; break;
      case 'blockquote_open': prefixes.push('> '); break;
      case 'blockquote_close': prefixes.pop(); if (prefixes.length === 0) lines.push(''); break;
      case 'bullet_list_open': ordered.push(0); break;
      case 'ordered_list_open': ordered.push(1); break;
      case 'bullet_list_close': case 'ordered_list_close': ordered.pop(); if (ordered.length === 0) lines.push(''); break;
      case 'list_item_open': {
        const depth = ordered.length - 1;
        const number = ordered[depth]!;
        pendingItem = `${'   '.repeat(depth)}${number === 0 ? '- ' : `${number}. `}`;
        if (number > 0) ordered[depth] = number + 1;
        break;
      }
      case 'fence': case 'code_block': {
        const fence = token.content.includes('```') ? '~~~~' : '```';
        push(`${fence}\n${token.content.replace(/\n$/, '')}\n${fence}`);
        lines.push('');
        break;
      }
      case 'hr': push('* * *'); lines.push(''); break;
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function quoteMarkdown(quote: Quote, options: SiteOptions): string {
  const caption = [quote.speaker === null ? '' : markdownText(quote.speaker),
    quote.at === null ? '' : `${WORDS[options.language].at} ${markdownText(quote.at)}`].filter((part) => part !== '');
  return `> ${markdownText(quote.text)}${caption.length > 0 ? `\n>\n> — ${caption.join(', ')}` : ''}`;
}

function entryMarkdown(entry: Entry, onPage: ReadonlySet<string>, options: SiteOptions): string {
  const words = WORDS[options.language];
  const url = linkTarget(entry.url);
  const title = url === undefined ? markdownText(entry.title) : `[${markdownText(entry.title)}](${destination(url)})`;
  const meta = [`*${markdownText(entry.outlet)}*`, entry.program, entry.issue, entry.place]
    .filter((part): part is string => part !== null)
    .map((part, index) => (index === 0 ? part : markdownText(part)));
  meta.push(dateInWords(entry.date, options.language));
  const { quotes, body } = options.full(entry);
  const related = entry.related.map((id) => {
    const text = markdownText(options.titles.get(id) ?? id);
    return onPage.has(id) ? `[${text}](#${id})` : text;
  });
  return [
    `### ${markdownText(words.types[entry.type])} · ${title} {#${entry.id}}`,
    meta.join(' · '),
    entry.people.map(({ name, role }) => `- ${role === null ? '' : `${markdownText(roleLabel(role, options.language))}${words.colon}`}${markdownText(name)}`).join('\n'),
    ...quotes.map((quote) => quoteMarkdown(quote, options)),
    bodyMarkdown(body),
    related.length === 0 ? '' : `${markdownText(words.related)}${words.colon}${related.join(', ')}`,
    entry.updates.map((u) => `- ${dateInWords(u.date, options.language)} — ${markdownText(u.note)}`).join('\n'),
  ].filter((part) => part !== '').join('\n\n');
}

export function buildMarkdownPage(entries: readonly Entry[], options: SiteOptions): string {
  const words = WORDS[options.language];
  const onPage = new Set(entries.map((e) => e.id));
  const groups = groupEntries(entries, options.group).map((g) => [
    `## ${markdownText(options.group === 'type' ? words.typeGroups[g.entries[0]!.type] : g.key)}`,
    ...g.entries.map((entry) => entryMarkdown(entry, onPage, options)),
  ].join('\n\n'));
  return `# ${markdownText(options.title)}\n\n${groups.join('\n\n')}\n`;
}
