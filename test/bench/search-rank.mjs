// In-process ranking time of `searchEntries` over generated entries, apart from loading them:
// the time one search spends once the entries are in memory, as a ratio to a bare scan (every
// passage lower-cased and tested with `includes` for each query word), measured side by side.
//
//   node test/bench/search-rank.mjs [--size 10000] [--runs 9] [--query Q]...
import { build } from 'esbuild';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { ensureCorpus } from './generate-corpus.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '9' },
    query: { type: 'string', multiple: true },
    dir: { type: 'string', default: join(os.tmpdir(), 'clic-bench') },
  },
});
const QUERIES = args.query ?? ['travail', 'intelligence artificielle', 'precarite numerique', 'tacherons du clic', 'travial du clik'];
const SCOPES = ['quotes', 'all'];

// The sources as they are, bundled to one module: no build of the CLI needed.
const out = mkdtempSync(join(os.tmpdir(), 'clic-search-rank-'));
await build({
  stdin: { contents: "export { searchEntries } from './src/core/search.ts'; export { readCorpus } from './src/fs/read-corpus.ts';", resolveDir: ROOT, loader: 'ts' },
  bundle: true, format: 'esm', platform: 'node', outfile: join(out, 'search.mjs'), logLevel: 'warning',
});
const { searchEntries, readCorpus } = await import(pathToFileURL(join(out, 'search.mjs')).href);
rmSync(out, { recursive: true, force: true });

const entries = readCorpus(ensureCorpus(args.dir, Number(args.size))).entries;
const fold = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function scan(query, scope) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  let found = 0;
  for (const entry of entries) {
    const texts = scope === 'all' ? [entry.title, ...entry.quotes.map((q) => q.text), entry.body] : entry.quotes.map((q) => q.text);
    for (const text of texts) {
      const folded = fold(text);
      if (words.some((word) => folded.includes(word))) found++;
    }
  }
  return found;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const time = (f) => {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

console.log(`${entries.length} entries, ${args.runs} runs each, medians`);
console.log('| query | in | hits | search | bare scan | ratio |');
console.log('|---|---|---:|---:|---:|---:|');
for (const scope of SCOPES) {
  for (const query of QUERIES) {
    const hits = searchEntries(entries, query, { scope }).total;
    scan(query, scope);
    const searchTimes = [];
    const scanTimes = [];
    for (let run = 0; run < Number(args.runs); run++) {
      searchTimes.push(time(() => searchEntries(entries, query, { scope, limit: 10 }).hits.forEach((hit) => hit.matches)));
      scanTimes.push(time(() => scan(query, scope)));
    }
    const [s, b] = [median(searchTimes), median(scanTimes)];
    console.log(`| ${query} | ${scope} | ${hits} | ${s.toFixed(1)} ms | ${b.toFixed(1)} ms | ${(s / b).toFixed(2)}× |`);
  }
}
