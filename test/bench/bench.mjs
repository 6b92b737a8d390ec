// `npm run bench`: whole clic processes against bare baselines on synthetic corpora, as ratios
// measured side by side in one run (absolute times drift on a shared machine). Writes BENCH.md.
//
//   npm run bench                                  1k, 10k and 100k files
//   npm run bench -- --sizes 1000,10000 --runs 5   a quicker run
//   options: --sizes N,N  --runs N  --query Q (repeatable)  --dir DIR  --out FILE  --no-build
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  },
});
const SIZES = args.sizes.split(',').map(Number);
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
  ];
  const searches = (hasSearch ? QUERIES : []).map((query) => ({
    query,
    fzf: command(`fzf --filter ${query}`, ['fzf', '--filter', query], { stdin: quotesFile(corpus), mayFind: true }),
    clic: command(`clic search ${query}`, [...CLIC, 'search', query, '--format', 'ids', '--corpus', corpus], { env: warmEnv, mayFind: true }),
  }));
  for (const search of searches) specs.push(search.fzf, search.clic);
  log(`${size} files: ${runsFor(size)} rounds of ${specs.length} commands`);
  const results = measure(specs, runsFor(size));
  const [bare, walkStat, coldResult, warmResult, firstResult, coldWorkerResult, ...search] = results;
  row(size, 'cold load: `clic list --no-cache` / bare read', coldResult, bare, targetOf(size, 'cold'));
  row(size, 'cold load with a worker thread forced (`CLIC_WORKERS=1`) / bare read', coldWorkerResult, bare);
  row(size, 'warm load: `clic list`, cache filled / bare read', warmResult, bare, targetOf(size, 'warm'));
  row(size, 'warm load / its floor (walk and stat)', warmResult, walkStat, targetOf(size, 'floor'));
  row(size, 'first load: `clic list`, empty cache / bare read', firstResult, bare);
  row(size, 'floor of a warm load: walk and stat / bare read', walkStat, bare);
  searches.forEach(({ query, clic }, i) => {
    const hits = spawn({ ...clic, capture: true }).stdout.split('\n').filter(Boolean).length;
    row(size, `search \`${query}\` (${hits} hits) / \`fzf --filter\``, search[2 * i + 1], search[2 * i], targetOf(size, 'search'));
  });
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
