// Bundles the CLI into dist/ so start-up loads a few files instead of hundreds of modules.
// Code splitting keeps heavy modules (fuse.js, cli-table3) out of the start-up path:
// commands load them with dynamic import() only when they need them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: { js: "import { createRequire as __clicCreateRequire } from 'node:module'; const require = __clicCreateRequire(import.meta.url);" },
});
