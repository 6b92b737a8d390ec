// `npm run bench`: whole clic processes against bare baselines on synthetic corpora, as ratios
// measured side by side in one run (absolute times drift on a shared machine). Writes BENCH.md.
//
//   npm run bench                                  1k, 10k and 100k files
//   npm run bench -- --sizes 1000,10000 --runs 5   a quicker run
//   options: --sizes N,N  --runs N  --query Q (repeatable)  --dir DIR  --out FILE  --no-build
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus, quotesFile } from './generate-corpus.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const NODE = process.execPath;

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string' },
    query: { type: 'string', multiple: true },
    dir: { type: 'string', default: join(os.tmpdir(), 'clic-bench') },
    out: { type: 'string', default: join(ROOT, 'BENCH.md') },
    'no-build': { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '10000' },
  },
});
const SIZES = args.sizes.split(',').map(Number).filter((size) => size > 0);
const QUERIES = args.query ?? ['travail', 'intelligence artificielle', 'precarite numerique', 'tacherons du clic'];
/** Fewer runs where one run takes seconds; the median of 5 is still stable there. */
const runsFor = (size) => Number(args.runs ?? (size <= 1000 ? 15 : size <= 10_000 ? 9 : 5));
/** Issue 12's targets, by corpus size; smaller corpora are shown without. */
const TARGETS = {
  0: { startup: 1.3 },
  10_000: { cold: 2.6, warm: 0.9, floor: 1.6, search: 1.3 },
  100_000: { cold: 2.0, warm: 0.5, floor: 1.6, search: 0.6 },
};
const targetOf = (size, name) => TARGETS[size]?.[name];
const RSS_TARGETS_MB = { 10_000: 150, 100_000: 450 };

const log = (text) => process.stderr.write(`${text}\n`);

/** Temporary folders, removed however the run ends. */
const temporaries = [];
const temporaryDir = (prefix) => {
  const dir = mkdtempSync(join(os.tmpdir(), prefix));
  temporaries.push(dir);
  return dir;
};
process.on('exit', () => temporaries.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Builds (unless --no-build) and copies bin/ and dist/ aside under the build lock, so that an
 * engineer rebuilding dist/ during the run cannot break or change what is measured.
 */
function snapshotApp() {
  const app = temporaryDir('clic-bench-app-');
  const copy = `cp -R bin dist package.json '${app}'`;
  const script = args['no-build'] ? copy : `node build.mjs && ${copy}`;
  const result = spawnSync('flock', ['/tmp/clic-build.lock', 'sh', '-c', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
  return app;
}

const APP = snapshotApp();
const CLIC = [NODE, join(APP, 'bin', 'clic.js')];

/** A command to time: argv, and optionally a file for stdin and extra environment. */
const command = (label, argv, options = {}) => ({ label, argv, ...options });

function spawn(spec, prefix = []) {
  const stdin = spec.stdin ? openSync(spec.stdin, 'r') : 'ignore';
  const env = { ...process.env, FZF_DEFAULT_OPTS: '', NO_COLOR: '1', ...(spec.env ? spec.env() : {}) };
  const [file, ...argv] = [...prefix, ...spec.argv];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    stdio: [stdin, spec.capture ? 'pipe' : 'ignore', 'pipe'],
    env,
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (typeof stdin === 'number') closeSync(stdin);
  spec.after?.();
  // search and fzf exit 1 when nothing matches: that is a result, not a failure.
  if (result.status !== 0 && !(spec.mayFind && result.status === 1)) {
    throw new Error(`${spec.label} exited ${result.status}: ${result.stderr.toString().slice(-2000)}`);
  }
  return { ms, stdout: result.stdout?.toString() ?? '', stderr: result.stderr.toString() };
}

/** Peak resident memory in MB, from GNU time. */
function peakRssMb(spec) {
  const { stderr } = spawn(spec, ['/usr/bin/time', '-f', 'clic-bench-rss %M']);
  const match = /clic-bench-rss (\d+)/.exec(stderr);
  return match ? Number(match[1]) / 1024 : null;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * One warm-up run of each command (under GNU time, for the peak RSS), then `runs` rounds that
 * run every command once, starting each round one command further so no command always follows
 * the same neighbour. Returns the median time and the peak RSS of each.
 */
function measure(specs, runs) {
  const rss = specs.map((spec) => (existsSync('/usr/bin/time') ? peakRssMb(spec) : null));
  const times = specs.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < specs.length; k++) {
      const index = (round + k) % specs.length;
      times[index].push(spawn(specs[index]).ms);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return specs.map((spec, i) => ({ label: spec.label, ms: median(times[i]), rss: rss[i] }));
}

const hasSearch = /^ {2}search\b/m.test(spawnSync(CLIC[0], [CLIC[1], '--help'], { encoding: 'utf8' }).stdout);

const rows = [];
const misses = [];
const checks = [];
const row = (size, measureName, clicResult, baseResult, anyTarget) => {
  const target = anyTarget;
  const ratio = clicResult.ms / baseResult.ms;
  rows.push({ size, measure: measureName, clic: clicResult, base: baseResult, ratio, target });
  if (target !== undefined && ratio > target) {
    misses.push(`${measureName}${size ? ` at ${size} files` : ''}: ${ratio.toFixed(2)}× against ≤ ${target}× (${Math.round((ratio / target - 1) * 100)}% over)`);
  }
};

log('start-up');
{
  const [node, clic] = measure([command('node -e 0', [NODE, '-e', '0']), command('clic --version', [...CLIC, '--version'])], 20);
  row(0, 'start-up: `clic --version` / `node -e 0`', clic, node, targetOf(0, 'startup'));
}

/** A spreadsheet of press mentions, as researchers keep them: M/D/YY dates, a type to infer. */
function importCsv(rows) {
  const outlets = ['Harvard Gazette', 'Le Monde', 'KIRO Newsradio', 'Fated Mates Podcast', 'The Conversation', 'France Télévisions'];
  const lines = ['Title,Outlet,Date,URL,Description'];
  for (let i = 0; i < rows; i++) {
    const outlet = outlets[i % outlets.length];
    lines.push(`"Mention ${i}: travail, ""clic"" et plateformes",${outlet},${1 + (Math.floor(i / 28) % 12)}/${1 + (i % 28)}/${String(Math.floor(i / 336) % 26).padStart(2, '0')},https://example.org/${i},"By Jane Doe, item ${i}"`);
  }
  return `${lines.join('\n')}\n`;
}

const IMPORT_ROWS = Number(args['import-rows']);
if (IMPORT_ROWS > 0) {
  log(`import of ${IMPORT_ROWS} CSV rows`);
  const dir = temporaryDir('clic-bench-import-');
  const csv = join(dir, 'press.csv');
  writeFileSync(csv, importCsv(IMPORT_ROWS));
  const result = join(dir, 'result');
  const scratch = join(dir, 'scratch');
  mkdirSync(result);
  mkdirSync(scratch);
  const importInto = (target) => command(`clic import ${IMPORT_ROWS} rows`, [...CLIC, 'import', csv, '--corpus', target, '--no-cache'], { mayFind: true });
  spawn(importInto(result));
  const listed = spawn({ ...command('ids', [...CLIC, 'list', '--format', 'ids', '--no-cache', '--corpus', result]), capture: true }).stdout.split('\n').filter(Boolean).length;
  checks.push(`import: ${IMPORT_ROWS} CSV rows gave ${listed} entries`);
  const [list, imported] = measure([
    command('clic list --no-cache over the result', [...CLIC, 'list', '--format', 'ids', '--no-cache', '--corpus', result]),
    { ...importInto(scratch), after: () => (rmSync(scratch, { recursive: true, force: true }), mkdirSync(scratch)) },
  ], Number(args.runs ?? 3));
  row(0, `import: \`clic import\` of ${IMPORT_ROWS} CSV rows / \`clic list --no-cache\` over the result`, imported, list);
}

log('long texts');
{
  // The issue's hostile cases, at the sizes it names: one quote of `ab ` repeated (every word
  // matches both query words) and one body paragraph of 10 MB of corpus words.
  const dir = temporaryDir('clic-bench-long-');
  const quote = join(dir, 'quote.txt');
  writeFileSync(quote, 'ab '.repeat(350_000).trimEnd());
  const corpus = join(dir, 'corpus');
  const words = readFileSync(quotesFile(ensureCorpus(args.dir, 1000)), 'utf8').replace(/\s+/g, ' ');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'long.md'), `---\ntitle: "Long"\ntype: interview\ndate: 2020\noutlet: "Bench"\n---\n\n${words.repeat(Math.ceil(10e6 / words.length)).slice(0, 10e6)}\n`);
  const bundle = join(APP, 'search-core.mjs');
  await build({ stdin: { contents: "export { searchEntries } from './src/core/search.ts';", resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'warning' });
  const long = join(HERE, 'search-long.mjs');
  const [readQuote, searchQuote, readBody, searchBody] = measure([
    command('read the 1 MB quote', [NODE, long, 'read', quote]),
    command('search it for "ab abc"', [NODE, long, 'search', quote, bundle]),
    command('bare read of a 10 MB body', [NODE, join(HERE, 'bare-read.mjs'), corpus]),
    command('clic search --in body', [...CLIC, 'search', 'travail clic', '--in', 'body', '--no-cache', '--format', 'ids', '--corpus', corpus], { mayFind: true }),
  ], Math.min(runsFor(1000), 5));
  row(0, 'search a 1 MB quote of `ab ` repeated for `ab abc` at --threshold 0.4 (in-process: front matter is capped at 256 KiB) / reading it', searchQuote, readQuote);
  row(0, 'search a 10 MB body paragraph: `clic search --in body --no-cache` / bare read', searchBody, readBody);
}

const memory = [];
for (const size of SIZES) {
  log(`${size} files: corpus`);
  const corpus = ensureCorpus(args.dir, size);
  const cacheDir = temporaryDir('clic-bench-cache-');
  const warmEnv = () => ({ CLIC_CACHE_DIR: cacheDir });
  let firstCacheDir;
  const list = (label, extra, options) => command(label, [...CLIC, 'list', '--format', 'ids', '--corpus', corpus, ...extra], options);

  const cold = list('clic list --no-cache', ['--no-cache'], { env: warmEnv });
  const coldWorker = list('clic list --no-cache, one worker', ['--no-cache'], { env: () => ({ CLIC_WORKERS: '1' }) });
  const warm = list('clic list (cache filled)', [], { env: warmEnv });
  // The walk beside the cache read (src/fs/parallel-walk.ts) off and forced on: what its threshold rests on.
  const warmMain = list('clic list (cache filled), walk on the main thread', [], { env: () => ({ ...warmEnv(), CLIC_WORKERS: '0' }) });
  const warmWorker = list('clic list (cache filled), walk on a worker', [], { env: () => ({ ...warmEnv(), CLIC_WORKERS: '1' }) });
  const first = list('clic list (empty cache: loads and writes it)', [], {
    env: () => ({ CLIC_CACHE_DIR: (firstCacheDir = temporaryDir('clic-bench-first-')) }),
    after: () => rmSync(firstCacheDir, { recursive: true, force: true }),
  });
  // Fill the cache twice: files written in the last seconds are not trusted to it on the first pass.
  const coldIds = spawn({ ...cold, capture: true }).stdout;
  spawn(warm);
  const warmIds = spawn({ ...warm, capture: true }).stdout;
  const listed = coldIds.split('\n').filter(Boolean).length;
  checks.push(`${size} files: \`clic list\` gives ${listed} ids; with the cache ${warmIds === coldIds ? 'the same output' : 'A DIFFERENT OUTPUT'}`);
  if (warmIds !== coldIds) log(`warning: ${size} files: the cache changes the output of clic list`);

  const specs = [
    command('bare read', [NODE, join(HERE, 'bare-read.mjs'), corpus]),
    command('walk and stat', [NODE, join(HERE, 'walk-stat.mjs'), corpus]),
    cold,
    warm,
    first,
    coldWorker,
    warmMain,
    warmWorker,
  ];
  const searches = (hasSearch ? QUERIES : []).map((query) => ({
    query,
    fzf: command(`fzf --filter ${query}`, ['fzf', '--filter', query], { stdin: quotesFile(corpus), mayFind: true }),
    clic: command(`clic search ${query}`, [...CLIC, 'search', query, '--format', 'ids', '--corpus', corpus], { env: warmEnv, mayFind: true }),
  }));
  for (const search of searches) specs.push(search.fzf, search.clic);
  log(`${size} files: ${runsFor(size)} rounds of ${specs.length} commands`);
  const results = measure(specs, runsFor(size));
  const [bare, walkStat, coldResult, warmResult, firstResult, coldWorkerResult, warmMainResult, warmWorkerResult, ...search] = results;
  row(size, 'cold load: `clic list --no-cache` / bare read', coldResult, bare, targetOf(size, 'cold'));
  row(size, 'cold load with a worker thread forced (`CLIC_WORKERS=1`) / bare read', coldWorkerResult, bare);
  row(size, 'warm load: `clic list`, cache filled / bare read', warmResult, bare, targetOf(size, 'warm'));
  row(size, 'warm load / its floor (walk and stat)', warmResult, walkStat, targetOf(size, 'floor'));
  row(size, 'warm load, the walk and stat on a worker beside the cache read (`CLIC_WORKERS=1`) / on the main thread (`CLIC_WORKERS=0`)', warmWorkerResult, warmMainResult);
  row(size, 'first load: `clic list`, empty cache / bare read', firstResult, bare);
  row(size, 'floor of a warm load: walk and stat / bare read', walkStat, bare);
  searches.forEach(({ query, clic }, i) => {
    const hits = spawn({ ...clic, capture: true }).stdout.split('\n').filter(Boolean).length;
    row(size, `search \`${query}\` (${hits} hits) / \`fzf --filter\``, search[2 * i + 1], search[2 * i], targetOf(size, 'search'));
  });
  if (size === 10_000) {
    // The press page over the same corpus as the JSON list, both with the cache filled: what
    // rendering every entry as HTML (bodies through markdown-it, JSON-LD, the feed) costs.
    const siteDir = temporaryDir('clic-bench-site-');
    const site = command('clic site', [...CLIC, 'site', '--corpus', corpus, '-o', siteDir, '--force'], { env: warmEnv });
    const json = command('clic list --format json', [...CLIC, 'list', '--format', 'json', '--corpus', corpus], { env: warmEnv });
    const [siteResult, jsonResult] = measure([site, json], runsFor(size));
    row(size, '`clic site` / `clic list --format json`', siteResult, jsonResult);
    const megabytes = (name) => (statSync(join(siteDir, name)).size / 1e6).toFixed(1);
    checks.push(`${size} files: \`clic site\` writes index.html of ${megabytes('index.html')} MB and feed.xml of ${megabytes('feed.xml')} MB`);
  }
  if (hasSearch && size >= 10_000) {
    // The picker (`clic search -i`), in-process: a keystroke answered against a bare redraw.
    log(`${size} files: picker keystrokes`);
    const picker = spawnSync(NODE, [join(HERE, 'picker-keystroke.mjs'), corpus, temporaryDir('clic-bench-picker-cache-')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (picker.status !== 0) throw new Error('picker-keystroke.mjs failed');
    const timings = JSON.parse(picker.stdout);
    const bareRedraw = { ms: timings.bareMs, rss: null };
    row(size, `picker: a keystroke to its first redraw (${timings.keystrokes} keystrokes, median; indexed, ranked in steps of a frame's budget) / a bare redraw`, { ms: timings.firstMs, rss: null }, bareRedraw);
    row(size, 'picker: a keystroke to its ranking complete (median) / a bare redraw', { ms: timings.completeMs, rss: null }, bareRedraw);
    row(size, 'picker: the slowest keystroke to its ranking complete / a bare redraw', { ms: timings.slowestCompleteMs, rss: null }, bareRedraw);
    row(size, 'picker: the longest step of those rankings (what a key may wait) / a bare redraw', { ms: timings.slowestStepMs, rss: null }, bareRedraw);
    row(size, 'picker: the listing before a query (every quote, newest first, once) / a bare redraw', { ms: timings.listingMs, rss: null }, bareRedraw);
    row(size, "picker: the session's first query (`travial du clik`, before any index is built) to its first hits shown, the quotes' / a bare redraw", { ms: timings.firstHitsMs, rss: null }, bareRedraw);
    row(size, "picker: the same query to its complete hits, building its indexes (quotes and all fields, once, in steps) / a bare redraw", { ms: timings.buildMs, rss: null }, bareRedraw);
    row(size, 'picker: the longest step of that building (what a key may wait) / a bare redraw', { ms: timings.slowestBuildStepMs, rss: null }, bareRedraw);
  }
  const searchRss = search.filter((_, i) => i % 2 === 1).map((r) => r.rss ?? 0);
  const peak = Math.max(...[coldResult, warmResult, firstResult, coldWorkerResult].map((r) => r.rss ?? 0), ...searchRss);
  memory.push({ size, peak, bare: bare.rss, cold: coldResult.rss, coldWorker: coldWorkerResult.rss, warm: warmResult.rss, first: firstResult.rss, search: Math.max(0, ...searchRss) });
  const rssTarget = RSS_TARGETS_MB[size];
  if (rssTarget !== undefined && peak > rssTarget) misses.push(`peak RSS at ${size} files: ${peak.toFixed(0)} MB against ≤ ${rssTarget} MB (${Math.round((peak / rssTarget - 1) * 100)}% over)`);
}

const version = (argv) => {
  const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split('\n')[0] : 'unknown';
};
const git = (...argv) => version(['git', '-C', ROOT, ...argv]);
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const mb = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(0)} MB`);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const dirty = spawnSync('git', ['-C', ROOT, 'status', '--porcelain'], { encoding: 'utf8' }).stdout.trim() !== '';

const lines = [
  '# Benchmark',
  '',
  `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; do not edit by hand.`,
  'Whole processes, medians after a warm-up run; every command of a size runs once per round, so',
  'each ratio compares runs made side by side. Ratios are what counts: absolute times drift on a shared machine.',
  '',
  `- machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  `- clic ${pkg.version} (commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}), Node ${process.version}, ${version(['fzf', '--version'])} (fzf)`,
  `- corpora: ${SIZES.join(', ')} generated files (test/bench/generate-corpus.mjs); rounds: ${SIZES.map((s) => `${runsFor(s)} at ${s}`).join(', ')}, 20 for start-up`,
  '',
  '| files | measure | clic | baseline | ratio | target |',
  '|---:|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.size || ''} | ${r.measure} | ${ms(r.clic.ms)} | ${ms(r.base.ms)} | ${r.ratio.toFixed(2)}× | ${r.target === undefined ? '' : `≤ ${r.target}× ${r.ratio <= r.target ? '✓' : '✗'}`} |`),
  '',
  '## Peak memory (RSS)',
  '',
  '| files | bare read | `clic list --no-cache` | the same, one worker | `clic list` warm | `clic list` first | `clic search` | clic peak | target |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...memory.map((m) => {
    const target = RSS_TARGETS_MB[m.size];
    return `| ${m.size} | ${mb(m.bare)} | ${mb(m.cold)} | ${mb(m.coldWorker)} | ${mb(m.warm)} | ${mb(m.first)} | ${hasSearch ? mb(m.search) : '–'} | ${mb(m.peak)} | ${target ? `≤ ${target} MB ${m.peak <= target ? '✓' : '✗'}` : ''} |`;
  }),
  '',
  '## Checks',
  '',
  ...checks.map((c) => `- ${c}`),
  ...(hasSearch ? [] : ['- `clic search` does not exist in this build: search was not measured.']),
  '',
  '## Targets missed',
  '',
  ...(misses.length ? misses.map((m) => `- ${m}`) : ['None.']),
  '',
];
const notes = join(HERE, 'notes.md');
if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8').trimEnd(), '');
writeFileSync(args.out, lines.join('\n'));
process.stdout.write(lines.join('\n'));
log(`written to ${args.out}`);
