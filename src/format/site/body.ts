// An entry's Markdown body as HTML. markdown-it with `html: false` shows raw HTML as text, and
// its link check is narrowed to http, https and mailto: a body can format text and link out,
// never inject markup or a script.
import MarkdownIt from 'markdown-it';
import { linkTarget } from './escape.js';

let renderer: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (renderer) return renderer;
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Images would load from outside the page; they are shown as their text instead.
  md.disable('image');
  md.validateLink = (url) => linkTarget(url) !== undefined;
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  // A link out of the page leaves nothing of the page behind it.
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  renderer = md;
  return md;
}

/** The body as HTML (headings demoted below the entry's own title). */
export function renderBody(body: string): string {
  const md = markdown();
  const tokens = md.parse(body, {});
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 3)}`;
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

/** The body's inline structure, for writers that are not HTML (the Markdown page). */
export function parseBody(body: string): ReturnType<MarkdownIt['parse']> {
  return markdown().parse(body, {});
}
