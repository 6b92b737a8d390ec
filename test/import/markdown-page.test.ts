// A Markdown page imported (Hugo, Jekyll): one item, and nothing said of it when all is read.
import { describe, expect, it } from 'vitest';
import { parseMarkdownPage } from '../../src/core/import/markdown.js';

describe('a Markdown page, imported', () => {
  it('gives one draft, nothing broken and no note when its front matter is read', () => {
    const parsed = parseMarkdownPage('---\ntitle: A talk\nvenue: EHESS\ndate: 2022-03-01\n---\nThe talk.\n', new Map());
    expect(parsed.drafts).toHaveLength(1);
    expect(parsed.broken).toEqual([]);
    expect(parsed.notes).toEqual([]);
  });
});
