// A worker thread of loadFiles(): claims chunks of paths, loads them and posts the outcomes.
import { workerData } from 'node:worker_threads';
import { claimChunks, loadChunk, ReadBuffer, signalPosted, type ChunkMessage, type WorkerInput } from './load-files.js';

const { locations, paths, bodies, counters, port } = workerData as WorkerInput;
const buffer = new ReadBuffer();
claimChunks(counters, paths, (chunk) => {
  port.postMessage({ chunk, outcomes: loadChunk(locations, paths, chunk, bodies, buffer) } satisfies ChunkMessage);
  signalPosted(counters);
});
port.close();
