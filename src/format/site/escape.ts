// Corpus text into HTML, XML and JSON-in-HTML: always as text, never as markup or code.

const HTML_SPECIALS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// Control characters other than tab and line breaks are not allowed in HTML or XML text.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** Text for an element's content or a quoted attribute value, in HTML and in XML alike. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROLS, '').replace(/[&<>"']/g, (c) => HTML_SPECIALS[c]!);
}

/** The schemes that may become links: `javascript:`, `data:`, `vbscript:` and the rest never do. */
const LINK_SCHEMES = /^(https?|mailto):/i;

/** The URL when it may be a link target (http, https, mailto, with no control character or space), else undefined. */
export function linkTarget(url: string | null): string | undefined {
  if (url === null) return undefined;
  const trimmed = url.trim();
  if (!LINK_SCHEMES.test(trimmed) || /[\u0000-\u0020\u007F-\u009F]/.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is written `\u003c`, so `</script>`
 * or `<!--` in a title cannot end the block; `>`, `&` and the two JavaScript line separators too.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
