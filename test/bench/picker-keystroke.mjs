// Bundles picker-keystroke.ts (TypeScript sources of the picker's core) and runs it:
//   node test/bench/picker-keystroke.mjs CORPUS_DIR CACHE_DIR
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = mkdtempSync(join(os.tmpdir(), 'clic-bench-picker-'));
try {
  const outfile = join(dir, 'picker-keystroke.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./picker-keystroke.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    define: { __CLIC_BUILD__: '"bench"' },
    banner: { js: "import { createRequire as __clicCreateRequire } from 'node:module'; const require = __clicCreateRequire(import.meta.url);" },
  });
  // Twice: the first run fills the cache (the picker of a person's corpus reads it warm).
  for (let run = 0; run < 2; run++) {
    const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: ['ignore', run === 1 ? 'inherit' : 'ignore', 'inherit'] });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
