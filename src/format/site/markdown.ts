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

/**
 * A block that holds others: a quote prefixes each line with `> `; a list item's first line
 * starts with its marker and the next lines are indented to its content, so that they stay in it.
 */
interface Container {
  first: string | undefined;
  rest: string;
  /** Lists only: the next item's number, null for a bullet list. */
  next?: number | null;
  /** Lists only: a tight list's items are not apart by a blank line (CommonMark, "Lists"). */
  tight?: boolean;
}

/** A body's blocks as Markdown lines: paragraphs, headings (below the entry's), lists, quotes, code. */
export function bodyMarkdown(body: string): string {
  const tokens = parseBody(body);
  const lines: string[] = [];
  const containers: Container[] = [];
  let heading = '';
  // Blocks are apart by one blank line, written when the next block opens, inside the containers
  // both blocks are in (a `>` line between two paragraphs of a quote, none before the quote), so a
  // quote or an item ends with its last line.
  let blankBefore = false;
  const writeBlank = () => {
    if (blankBefore) lines.push(containers.map((c) => c.rest).join('').trimEnd());
    blankBefore = false;
  };
  const push = (text: string) => {
    writeBlank();
    const [first, ...rest] = text.split('\n');
    lines.push(`${containers.map((c) => c.first ?? c.rest).join('')}${heading}${first}`);
    for (const container of containers) container.first = undefined;
    const indent = `${containers.map((c) => c.rest).join('')}${' '.repeat(heading.length)}`;
    lines.push(...rest.map((line) => `${indent}${line}`));
    heading = '';
  };
  tokens.forEach((token, index) => {
    switch (token.type) {
      case 'inline': push(inline(token.children ?? [])); break;
      // markdown-it hides the paragraphs of a tight list's items.
      case 'paragraph_close': if (!token.hidden) blankBefore = true; break;
      case 'heading_open': heading = `${'#'.repeat(Number(token.tag.slice(1)))} `; break;
      case 'heading_close': blankBefore = true; break;
      case 'blockquote_open': writeBlank(); containers.push({ first: undefined, rest: '> ' }); break;
      case 'bullet_list_open': case 'ordered_list_open': {
        const start = token.type === 'bullet_list_open' ? null : Number(token.attrGet('start') ?? 1);
        // Its first item paragraph, or its end when no item holds a paragraph.
        const probe = tokens.slice(index + 1).find((t) => (t.type === 'paragraph_open' && t.level === token.level + 2) || t.level === token.level);
        writeBlank();
        containers.push({ first: undefined, rest: '', next: start, tight: probe?.type !== 'paragraph_open' || probe.hidden });
        break;
      }
      case 'blockquote_close': case 'bullet_list_close': case 'ordered_list_close': containers.pop(); blankBefore = true; break;
      case 'list_item_open': {
        const list = containers.at(-1)!;
        const marker = typeof list.next === 'number' ? `${list.next}. ` : '- ';
        if (typeof list.next === 'number') list.next += 1;
        list.first = marker;
        list.rest = ' '.repeat(marker.length);
        break;
      }
      // What ends inside a tight list's item (a nested list, a quote) leaves no blank line before the next item.
      case 'list_item_close': if (containers.at(-1)!.tight) blankBefore = false; break;
      case 'fence': case 'code_block': {
        const fence = token.content.includes('```') ? '~~~~' : '```';
        push(`${fence}\n${token.content.replace(/\n$/, '')}\n${fence}`);
        blankBefore = true;
        break;
      }
      case 'hr': push('* * *'); blankBefore = true; break;
    }
  });
  return lines.join('\n').trim();
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
