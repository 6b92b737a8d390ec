// An entry's Markdown body as HTML. markdown-it with `html: false` shows raw HTML as text, and
// its link check is narrowed to http, https and mailto: a body can format text and link out,
// never inject markup or a script.
import MarkdownIt from 'markdown-it';
import { linkTarget } from './escape.js';

// Built when the module loads: only `clic site` loads it (commands are imported on demand).
const renderer = createRenderer();

function createRenderer(): MarkdownIt {
  // No linkify: a bare address stays text (write <https://…> to link it). Linkify scanned every
  // body and took a third of the time of `clic site` on 10,000 entries.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // Images would load from outside the page; they are shown as their text instead.
  md.disable('image');
  md.validateLink = (url) => linkTarget(url) !== undefined;
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  // A link out of the page leaves nothing of the page behind it.
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

/**
 * The body's tokens, its headings moved below the entry's own title (an h3): the body's highest
 * heading becomes an h4 and the others keep their distance to it, so no level is skipped.
 */
export function parseBody(body: string): ReturnType<MarkdownIt['parse']> {
  const tokens = renderer.parse(body, {});
  const headings = tokens.filter((token) => token.type === 'heading_open' || token.type === 'heading_close');
  const highest = Math.min(...headings.map((token) => Number(token.tag.slice(1))));
  for (const token of headings) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) - highest + 4)}`;
  return tokens;
}

/** The body as HTML. */
export function renderBody(body: string): string {
  return renderer.renderer.render(parseBody(body), renderer.options, {});
}
