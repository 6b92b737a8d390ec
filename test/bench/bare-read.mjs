// The floor for loading a corpus: walk the folder, read every Markdown file as text and split
// off its front matter, without parsing it. `clic list` is measured against this script.
import { readFileSync } from 'node:fs';
import { walkMarkdown } from './walk.mjs';

let files = 0;
let matterChars = 0;
walkMarkdown(process.argv[2], (path) => {
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---', 3);
  matterChars += text.slice(4, end).length;
  files++;
});
process.stdout.write(`${files} files, ${matterChars} characters of front matter\n`);
