// The Markdown page keeps a body's lists as written: tight lists tight, an ordered list's first
// number, items nested under wide numbers. CommonMark (spec 0.31, "Lists"): a list is loose when
// items are apart by a blank line, its start number is the first item's, and a nested block
// belongs to an item when indented to the item's content column.
import { describe, expect, it } from 'vitest';
import { bodyMarkdown } from '../../src/format/site/markdown.js';
import { renderBody } from '../../src/format/site/body.js';

describe('bodyMarkdown: lists and the blocks in them', () => {
  it.each([
    ['a tight bullet list', '- a\n- b\n- c', '- a\n- b\n- c'],
    ['a loose bullet list', '- a\n\n- b', '- a\n\n- b'],
    ['an ordered list from 3', '3. a\n4. b', '3. a\n4. b'],
    ['an ordered list from 0', '0. a\n1. b', '0. a\n1. b'],
    ['a tight list nested in a tight list', '- a\n  - b\n- c', '- a\n  - b\n- c'],
    ['a list nested under a two-digit number', '9. a\n10. b\n    - c', '9. a\n10. b\n    - c'],
    ['a tight list, then a paragraph', '- a\n- b\n\nafter', '- a\n- b\n\nafter'],
  ])('writes %s as written', (_name, body, expected) => {
    expect(bodyMarkdown(body)).toBe(expected);
  });

  it.each([
    ['a tight list', '- a\n- b'],
    ['a list from 3', '3. a\n4. b'],
    ['a list nested under 10.', '9. a\n10. b\n    - c\n    - d\n11. e'],
    ['a tight list holding a loose one', '1. a\n   - b\n\n     more b\n2. c'],
    ['a quote in an item', '- a\n  > q\n- b'],
    ['code in a loose item', '- a\n\n  ```\n  x\n\n  y\n  ```\n- b'],
    ['a heading after a list', '- a\n\n# H'],
    ['a quote of two paragraphs', '> a\n>\n> b\n\nc'],
  ])('writes %s so that markdown-it reads the same HTML', (_name, body) => {
    expect(renderBody(bodyMarkdown(body))).toBe(renderBody(body));
  });
});
