// The walk both baselines share: every Markdown file under `root`, skipping names that start
// with `.` or `_`, as clic does.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function walkMarkdown(root, visit) {
  const walk = (dir) => {
    for (const dirent of readdirSync(dir, { withFileTypes: true })) {
      if (dirent.name.startsWith('.') || dirent.name.startsWith('_')) continue;
      const path = join(dir, dirent.name);
      if (dirent.isDirectory()) walk(path);
      else if (dirent.name.endsWith('.md')) visit(path);
    }
  };
  walk(root);
}
