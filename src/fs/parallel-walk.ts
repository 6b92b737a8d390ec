// The walk and stat of a warm load on a second core, beside the read of the cache: the two are
// the whole of a warm load at 100,000 files, and neither needs the other until files are matched
// with records. The API stays synchronous: the main thread reads the shards, then blocks until the
// walk's message has come (receiveMessageOnPort takes it without an event loop turn).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
import { busyCores } from './cores.js';
import { listCorpusFiles, statFiles, withSeparator, type CorpusListing } from './walk.js';

/** A listing with the size and times of each of its files (statFiles()). */
export interface StatedListing {
  listing: CorpusListing;
  stats: Float64Array;
}

/** What the main thread hands the walking worker. */
export interface WalkInput {
  root: string;
  port: MessagePort;
  /** [STATE]: WALKING, POSTED or FAILED; [PROGRESS]: folders walked so far, to tell a slow walk from a stuck worker. */
  signals: Int32Array;
}

const STATE = 0;
const PROGRESS = 1;
const WALKING = 0;
const POSTED = 1;
const FAILED = 2;

/**
 * What the worker posts: paths joined by NUL (no file name holds one; one string is copied
 * between threads at once, where a string each took a clone each), the locations that are bytes
 * by index (the others are the corpus folder and the path), and the stats, transferred.
 */
export interface WalkMessage {
  paths: string;
  byteLocations: [number, Uint8Array][];
  unreadable: CorpusListing['unreadable'];
  outside: CorpusListing['outside'];
  stats: Float64Array;
}

/** In the worker: walks, stats, posts, signals. A failure posts nothing, and the main thread walks. */
export function postWalk({ root, port, signals }: WalkInput): void {
  try {
    const listing = listCorpusFiles(root, () => Atomics.add(signals, PROGRESS, 1));
    const stats = statFiles(listing.locations);
    const byteLocations = listing.locations.flatMap((location, i): [number, Uint8Array][] => (typeof location === 'string' ? [] : [[i, location]]));
    const message: WalkMessage = { paths: listing.files.join('\0'), byteLocations, unreadable: listing.unreadable, outside: listing.outside, stats };
    port.postMessage(message, [stats.buffer]);
    Atomics.store(signals, STATE, POSTED);
  } catch {
    // The main thread then walks itself, and reports what went wrong where it happens.
    Atomics.store(signals, STATE, FAILED);
  } finally {
    Atomics.notify(signals, STATE);
    port.close();
  }
}

/** Bundled beside the main bundle by build.mjs; absent when running from source. */
const WORKER_URL = new URL('./walk-worker.js', import.meta.url);

/**
 * A worker walks from this many files, as the cache last held them. Measured on two idle cores
 * (hyperfine, warm `list --format ids`, CLIC_WORKERS=1 against 0): 100,000 files 1.14 times as
 * fast (1.27 against 1.45 s), 30,000 1.03 times, 10,000 0.95 times (the worker's start costs
 * more than the walk it takes over).
 */
const WALK_THRESHOLD = 50_000;
/** A walk that has visited no new folder for this long is taken to be dead: the main thread walks. */
const STALL_MS = 2000;

/**
 * Starts walking `root` on a worker when that pays: the cache held `expected` files or more,
 * a core is idle and the worker is bundled. `wanted` (CLIC_WORKERS) forces it on (> 0) or off
 * (0). Gives the way to take the listing, or undefined to walk here.
 */
export function walkBeside(root: string, expected: number, wanted: number | undefined): (() => StatedListing | undefined) | undefined {
  if (wanted === 0 || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
  if (wanted === undefined && (expected < WALK_THRESHOLD || availableParallelism() - 1 - busyCores() < 1)) return undefined;
  const { MessageChannel, Worker, receiveMessageOnPort } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  const signals = new Int32Array(new SharedArrayBuffer(8));
  const input: WalkInput = { root, port: port2, signals };
  const worker = new Worker(WORKER_URL, { workerData: input, transferList: [port2] });
  // A worker that fails only leaves the walk to this thread; it must not end the process.
  worker.on('error', () => {});
  worker.unref();
  return () => {
    try {
      for (let progress = -1; Atomics.load(signals, STATE) === WALKING && Atomics.load(signals, PROGRESS) !== progress; ) {
        progress = Atomics.load(signals, PROGRESS);
        Atomics.wait(signals, STATE, WALKING, STALL_MS);
      }
      const received = Atomics.load(signals, STATE) === POSTED ? receiveMessageOnPort(port1) : undefined;
      return received && listingFrom(root, received.message as WalkMessage);
    } finally {
      port1.close();
      void worker.terminate();
    }
  };
}

/** The listing a WalkMessage carries, as listCorpusFiles() gives it, with its stats. */
export function listingFrom(root: string, { paths, byteLocations, unreadable, outside, stats }: WalkMessage): StatedListing {
  const files = paths === '' ? [] : paths.split('\0');
  const prefix = withSeparator(root);
  const locations: CorpusListing['locations'] = files.map((path) => prefix + path);
  // A Buffer posted between threads arrives as a Uint8Array.
  for (const [index, bytes] of byteLocations) locations[index] = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { listing: { files, locations, unreadable, outside }, stats };
}
