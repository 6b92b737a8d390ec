// The floor for a warm load: walk the folder and stat every Markdown file, reading nothing.
// A cache that is checked file by file cannot load faster than this.
import { statSync } from 'node:fs';
import { walkMarkdown } from './walk.mjs';

let files = 0;
let bytes = 0;
walkMarkdown(process.argv[2], (path) => {
  bytes += statSync(path).size;
  files++;
});
process.stdout.write(`${files} files, ${bytes} bytes\n`);
