// Bundles the CLI into dist/ so start-up loads a few files instead of hundreds of modules.
// Code splitting keeps heavy modules (fuse.js, cli-table3) out of the start-up path:
// commands load them with dynamic import() only when they need them. The worker that loads
// files on a second core is its own entry, sharing the loader's chunk with main.js; so is the one
// that walks the corpus folder beside a read of the cache.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

// The cache of parsed files is stamped with this: a build from other sources or dependencies
// (a changed validator, a new js-yaml) never reads a cache that another build wrote.
const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `src/${name}`)
  .sort();
const hash = createHash('sha256');
// package-lock.json is absent when clic is installed from a packed tarball.
for (const file of [...sources, 'package.json', 'package-lock.json'].filter(existsSync)) hash.update(file).update(readFileSync(file));

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', 'load-files-worker': 'src/fs/load-files-worker.ts', 'walk-worker': 'src/fs/walk-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minifySyntax: true,
  logLevel: 'warning',
  define: { __CLIC_BUILD__: JSON.stringify(hash.digest('hex').slice(0, 16)) },
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: { js: "import { createRequire as __clicCreateRequire } from 'node:module'; const require = __clicCreateRequire(import.meta.url);" },
  // commander requires node:child_process at load for executable subcommands (`git`-style
  // `clic-foo` files), which clic has none of: loading it was 3-5 ms of every start-up. Only
  // commander's require gets a stub; clic's own imports (the editor, the picker) are untouched.
  plugins: [{
    name: 'commander-without-child-process',
    setup(build) {
      build.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes('/node_modules/commander/') ? { path: 'child-process-stub', namespace: 'clic-stub' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'clic-stub' }, () => ({ contents: "module.exports = { spawn() { throw new Error('clic runs no executable subcommand'); } };", loader: 'js' }));
    },
  }],
});
