// Reading and loading files, on every core when there are enough of them. The API stays
// synchronous: the main thread loads chunks too, then blocks until the workers' chunks arrive.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
import { loadFile, type BodyKeeping, type LoadedFile, type UnreadableFile } from '../core/corpus.js';
import type { FileStats } from './cache/codec.js';
import { busyCores } from './cores.js';
import { describeError, type Location } from './walk.js';

/**
 * A file's entry and problems with the size and times of what was read (and, kept as bytes, its
 * body), or why it could not be read.
 */
export type FileOutcome = (LoadedFile & { stats: FileStats }) | UnreadableFile;

export const isUnreadable = (outcome: FileOutcome): outcome is UnreadableFile => 'problem' in outcome;

/**
 * Reads one file and loads it. Opened without blocking and checked once open: a FIFO or a
 * device put in a file's place after the folder was listed is refused, never waited on.
 */
export function readAndLoad(location: Location, path: string, bodies: BodyKeeping, buffer: ReadBuffer): FileOutcome {
  const read = readRegularFile(location, buffer);
  if ('error' in read) return { path, problem: { path, line: 1, field: 'file', severity: 'error', message: `cannot read: ${read.error}` } };
  return { ...loadFile({ path, bytes: read.bytes }, bodies, isUtf8), stats: read.stats };
}

/**
 * One buffer that file after file is read into, growing as needed: a load then allocates no
 * buffer per file (at 100,000 files, 200 MB of them waited for the collector). What it gives is
 * valid until its next read.
 */
export class ReadBuffer {
  #buffer = Buffer.allocUnsafe(64 * 1024);

  /** All of `fd` to its end (a file may have grown since `size` was read). */
  readAll(fd: number, size: number): Buffer {
    if (this.#buffer.length <= size) this.#buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === this.#buffer.length) {
        const bigger = Buffer.allocUnsafe(2 * length);
        this.#buffer.copy(bigger, 0, 0, length);
        this.#buffer = bigger;
      }
      const n = readSync(fd, this.#buffer, length, this.#buffer.length - length, null);
      if (n === 0) return this.#buffer.subarray(0, length);
      length += n;
    }
  }
}

/**
 * A regular file's bytes and the size and times of what was read, or why it could not be read.
 * Read into `buffer` when one is given (the bytes then last until its next read).
 */
export function readRegularFile(location: Location, buffer?: ReadBuffer): { bytes: Buffer; stats: FileStats } | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(location, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { error: 'not a regular file (a FIFO, socket or device took its place)' };
    const bytes = buffer ? buffer.readAll(fd, opened.size) : readFileSync(fd);
    return { bytes, stats: { size: opened.size, mtimeMs: opened.mtimeMs, ctimeMs: opened.ctimeMs } };
  } catch (error) {
    return { error: describeError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Below this many files a worker hardly helps: its first results arrive about 110 ms after it
 * is started (measured on a busy 2-core machine), time in which this thread loads some 2,400
 * files by itself.
 */
export const PARALLEL_THRESHOLD = 5000;
/** Files per unit of work: small enough to share the work evenly, large enough to post few messages. */
const CHUNK_SIZE = 128;
/** A worker silent this long is taken to be stuck or dead: its chunk is loaded here instead. */
const STALL_MS = 2000;
/** Slots of the shared counters: the next chunk to claim, and how many chunks workers have posted. */
const NEXT_CHUNK = 0;
const POSTED = 1;

/** What the main thread hands each worker. */
export interface WorkerInput {
  locations: Location[];
  paths: string[];
  bodies: BodyKeeping;
  counters: Int32Array;
  port: MessagePort;
}

/** What a worker posts for each chunk it has loaded. */
export interface ChunkMessage {
  chunk: number;
  outcomes: FileOutcome[];
}

export function loadChunk(locations: Location[], paths: string[], chunk: number, bodies: BodyKeeping, buffer: ReadBuffer): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  for (let i = chunk * CHUNK_SIZE; i < Math.min(paths.length, (chunk + 1) * CHUNK_SIZE); i++) outcomes.push(readAndLoad(locations[i]!, paths[i]!, bodies, buffer));
  return outcomes;
}

/** Claims chunks, shared with the other threads, until none is left. */
export function claimChunks(counters: Int32Array, paths: string[], load: (chunk: number) => void): void {
  const chunks = Math.ceil(paths.length / CHUNK_SIZE);
  for (let chunk = Atomics.add(counters, NEXT_CHUNK, 1); chunk < chunks; chunk = Atomics.add(counters, NEXT_CHUNK, 1)) load(chunk);
}

export function signalPosted(counters: Int32Array): void {
  Atomics.add(counters, POSTED, 1);
  Atomics.notify(counters, POSTED);
}

/** Bundled beside the main bundle by build.mjs; absent when running from source. */
const WORKER_URL = new URL('./load-files-worker.js', import.meta.url);

/**
 * On two cores, a worker pays only from this many files. Measured on a 2-core virtual
 * machine, idle (hyperfine, CLIC_WORKERS=0 against 1): 10,000 files 0.99 times as fast with
 * a worker, 20,000 1.07 times, 30,000 1.13 times, 100,000 1.34 times. Two clic processes
 * loading at once each ran 1.45 times slower than one alone: parsing is bound by memory, which
 * the two cores share, so a second thread adds a third rather than doubling, after a start of
 * about 120 ms.
 */
const TWO_CORE_THRESHOLD = 20_000;

/**
 * One worker per idle core, when there is work enough for it and a bundled worker to run. On a
 * busy machine a worker only takes time from this thread: measured on 2 cores with other work
 * running, a worker made loading 10,000 files 25% slower.
 */
function workerCount(files: number, wanted: number | undefined): number {
  const useful = Math.min(Math.ceil(files / CHUNK_SIZE) - 1, wanted ?? Math.floor(files / PARALLEL_THRESHOLD));
  if (useful <= 0 || !existsSync(fileURLToPath(WORKER_URL))) return 0;
  if (wanted !== undefined) return useful;
  const cores = availableParallelism();
  if (cores <= 2 && files < TWO_CORE_THRESHOLD) return 0;
  return Math.max(0, Math.min(useful, Math.round(cores - 1 - busyCores())));
}

/**
 * Reads and loads every path, keeping bodies as `bodies` says: the same outcomes, in the same
 * order, whether workers help or not. `wanted` overrides how many worker threads to start.
 */
export function loadFiles(locations: Location[], paths: string[], bodies: BodyKeeping, wanted?: number): FileOutcome[] {
  const outcomes: FileOutcome[] = new Array(paths.length);
  loadEach(locations, paths, bodies, wanted, (index, outcome) => (outcomes[index] = outcome));
  return outcomes;
}

/**
 * The same, each outcome handed to `loaded` with its index as soon as it is there: in order on
 * one thread, by chunks in about that order with workers. A caller can then let go of what it is
 * done with (the cache writes a shard, and drops its bodies, once its last file is loaded).
 */
export function loadEach(locations: Location[], paths: string[], bodies: BodyKeeping, wanted: number | undefined, loaded: (index: number, outcome: FileOutcome) => void): void {
  const workers = workerCount(paths.length, wanted);
  const buffer = new ReadBuffer();
  if (workers === 0) {
    paths.forEach((path, i) => loaded(i, readAndLoad(locations[i]!, path, bodies, buffer)));
    return;
  }
  // Loaded here rather than imported: a millisecond of start-up that most runs never need.
  const { MessageChannel, Worker, receiveMessageOnPort } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

  const chunks = Math.ceil(paths.length / CHUNK_SIZE);
  const done = new Uint8Array(chunks);
  let doneCount = 0;
  const store = (chunk: number, outcomes: FileOutcome[]): void => {
    if (done[chunk]) return;
    done[chunk] = 1;
    doneCount++;
    outcomes.forEach((outcome, i) => loaded(chunk * CHUNK_SIZE + i, outcome));
  };

  const counters = new Int32Array(new SharedArrayBuffer(8));
  const threads = Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { locations, paths, bodies, counters, port: port2 };
    const worker = new Worker(WORKER_URL, { workerData: input, transferList: [port2] });
    // A worker that fails only leaves its chunks to this thread; it must not end the process.
    worker.on('error', () => {});
    worker.unref();
    return { worker, port: port1 };
  });
  const drain = (): void => {
    for (const { port } of threads) {
      for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
        const message = received.message as ChunkMessage;
        store(message.chunk, message.outcomes);
      }
    }
  };

  try {
    claimChunks(counters, paths, (chunk) => {
      store(chunk, loadChunk(locations, paths, chunk, bodies, buffer));
      // Taking the workers' results as they come keeps them from piling up in memory.
      drain();
    });
    while (doneCount < chunks) {
      const posted = Atomics.load(counters, POSTED);
      drain();
      if (doneCount < chunks && Atomics.wait(counters, POSTED, posted, STALL_MS) === 'timed-out') {
        const stalled = done.indexOf(0);
        store(stalled, loadChunk(locations, paths, stalled, bodies, buffer));
      }
    }
  } finally {
    for (const { worker, port } of threads) {
      port.close();
      void worker.terminate();
    }
  }
}
