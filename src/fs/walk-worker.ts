// The worker of walkBeside(): walks the corpus folder and stats what it found, while the main
// thread reads the cache, then posts the listing and signals that it has.
import { workerData } from 'node:worker_threads';
import { postWalk, type WalkInput } from './parallel-walk.js';

postWalk(workerData as WalkInput);
