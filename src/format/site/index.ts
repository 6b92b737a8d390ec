// The files of a generated site, by name: entries and options in, text out. Writing them is
// the command's business (src/fs/site-dir.ts).
import type { Entry } from '../../core/schema.js';
import { STYLESHEET, SCRIPT } from './assets.js';
import { buildFeed } from './feed.js';
import { buildMarkdownPage } from './markdown.js';
import { buildPage, FEED_FILE, SCRIPT_FILE, STYLESHEET_FILE, type SiteOptions } from './page.js';

export type SiteFormat = 'html' | 'md';
export type { SiteOptions } from './page.js';

export function buildSite(entries: readonly Entry[], options: SiteOptions, format: SiteFormat): Record<string, string> {
  if (format === 'md') return { 'index.md': buildMarkdownPage(entries, options) };
  return {
    'index.html': buildPage(entries, options),
    [STYLESHEET_FILE]: STYLESHEET,
    [SCRIPT_FILE]: SCRIPT,
    [FEED_FILE]: buildFeed(entries, options, FEED_FILE),
  };
}
