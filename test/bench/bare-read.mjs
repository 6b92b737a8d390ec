// The floor for loading a corpus: walk the folder, read every Markdown file as text and split
// off its front matter, without parsing it. `clic list` is measured against this script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
let files = 0;
let matterChars = 0;
const walk = (dir) => {
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    if (dirent.name.startsWith('.') || dirent.name.startsWith('_')) continue;
    const path = join(dir, dirent.name);
    if (dirent.isDirectory()) walk(path);
    else if (dirent.name.endsWith('.md')) {
      const text = readFileSync(path, 'utf8');
      const end = text.indexOf('\n---', 3);
      matterChars += text.slice(4, end).length;
      files++;
    }
  }
};
walk(root);
process.stdout.write(`${files} files, ${matterChars} characters of front matter\n`);
