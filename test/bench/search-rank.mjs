// In-process search time over generated entries, apart from loading them, as a ratio to a bare
// scan (every passage folded and tested with `includes` for each query word), side by side:
// `searchEntries` (index built, candidates ranked, 10 hits located), and where the sources have
// them, the index built alone (`buildSearchIndex`) and a search of a built index
// (`searchIndexed`: what a caller that keeps the index, or a cache that stores it, pays).
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
  stdin: { contents: "export * from './src/core/search.ts'; export { readCorpus } from './src/fs/read-corpus.ts';", resolveDir: ROOT, loader: 'ts' },
  bundle: true, format: 'esm', platform: 'node', outfile: join(out, 'search.mjs'), logLevel: 'warning',
});
const { searchEntries, searchIndexed, buildSearchIndex, passagesOf, readCorpus } = await import(pathToFileURL(join(out, 'search.mjs')).href);
const indexed = searchIndexed !== undefined;
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

const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`${entries.length} entries, ${args.runs} runs each, medians; ratios to the bare scan`);
console.log(`| query | in | hits | bare scan | searchEntries |${indexed ? ' index built | search of the built index |' : ''}`);
console.log(`|---|---|---:|---:|---:|${indexed ? '---:|---:|' : ''}`);
for (const scope of SCOPES) {
  const passages = indexed ? passagesOf(entries, scope) : [];
  const index = indexed ? buildSearchIndex(passages) : undefined;
  for (const query of QUERIES) {
    const hits = searchEntries(entries, query, { scope }).total;
    scan(query, scope);
    const times = { search: [], scan: [], build: [], indexed: [] };
    for (let run = 0; run < Number(args.runs); run++) {
      times.search.push(time(() => searchEntries(entries, query, { scope, limit: 10 }).hits.forEach((hit) => hit.matches)));
      times.scan.push(time(() => scan(query, scope)));
      if (indexed) {
        times.build.push(time(() => buildSearchIndex(passagesOf(entries, scope))));
        times.indexed.push(time(() => searchIndexed(passages, index, query, { limit: 10 })));
      }
    }
    const base = median(times.scan);
    const cell = (values) => `${ms(median(values))} (${(median(values) / base).toFixed(2)}×)`;
    console.log(`| ${query} | ${scope} | ${hits} | ${ms(base)} | ${cell(times.search)} |${indexed ? ` ${cell(times.build)} | ${cell(times.indexed)} |` : ''}`);
  }
}
