// The floor for a warm load: walk the folder and stat every Markdown file, reading nothing.
// A cache that is checked file by file cannot load faster than this.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let bytes = 0;
const walk = (dir) => {
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    if (dirent.name.startsWith('.') || dirent.name.startsWith('_')) continue;
    const path = join(dir, dirent.name);
    if (dirent.isDirectory()) walk(path);
    else if (dirent.name.endsWith('.md')) {
      bytes += statSync(path).size;
      files++;
    }
  }
};
walk(process.argv[2]);
process.stdout.write(`${files} files, ${bytes} bytes\n`);
