// The walk beside a cache read: what the worker posts must give back exactly the listing and the
// stats of a walk on the main thread, names that are not UTF-8 included; and the bundled worker
// must be there and post it (a missing worker would only make warm loads slower, unseen).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { listingFrom, postWalk, type WalkMessage } from '../../src/fs/parallel-walk.js';
import { listCorpusFiles, statFiles, STAT_VALUES } from '../../src/fs/walk.js';
import { entryText, makeCorpus, ROOT } from '../support/cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Nested folders, a folder whose name is not UTF-8, a skipped file, a link out of the corpus, a `.markdown`. */
function corpus(): string {
  const dir = makeCorpus({ 'a.md': entryText(), 'y2020/b.md': entryText(), 'y2020/deep/c.md': entryText(), '_draft.md': entryText(), 'd.markdown': entryText() });
  made.push(dir);
  const folder = Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('dir')]);
  mkdirSync(folder);
  writeFileSync(Buffer.concat([folder, Buffer.from('/inside.md')]), entryText());
  const outside = makeCorpus({ 'secret.md': entryText() });
  made.push(outside);
  symlinkSync(join(outside, 'secret.md'), join(dir, 'linked.md'));
  return dir;
}

const expectedOf = (dir: string) => {
  const listing = listCorpusFiles(dir);
  return { listing, stats: statFiles(listing.locations) };
};

describe('the walk beside a cache read', () => {
  it('posts, through a port, the listing and stats of a walk on the main thread', () => {
    const dir = corpus();
    const { port1, port2 } = new MessageChannel();
    const signals = new Int32Array(new SharedArrayBuffer(8));
    postWalk({ root: dir, port: port2, signals });
    expect(Atomics.load(signals, 0)).toBe(1);
    // One folder visit counted for each folder: the corpus, y2020, deep, bad\xffdir.
    expect(Atomics.load(signals, 1)).toBe(4);
    const received = receiveMessageOnPort(port1)!.message as WalkMessage;
    const expected = expectedOf(dir);
    expect(expected.listing.files).toEqual(['a.md', 'bad\\xffdir/inside.md', 'y2020/b.md', 'y2020/deep/c.md']);
    expect(expected.listing.outside.map((problem) => problem.path)).toEqual(['linked.md']);
    expect(expected.listing.unreadable.map((file) => file.path)).toEqual(['d.markdown']);
    const got = listingFrom(dir, received);
    expect(got.listing).toEqual(expected.listing);
    // The location that is bytes is a Buffer again, as the loader opens it.
    expect(Buffer.isBuffer(got.listing.locations[1])).toBe(true);
    expect([...got.stats]).toEqual([...expected.stats]);
    expect(got.stats[0]).toBeGreaterThan(0);
    port1.close();
  });

  it('says it failed, posting nothing, when the folder cannot be walked', () => {
    const { port1, port2 } = new MessageChannel();
    const signals = new Int32Array(new SharedArrayBuffer(8));
    postWalk({ root: join(ROOT, 'no-such-folder'), port: port2, signals });
    expect(Atomics.load(signals, 0)).toBe(2);
    expect(receiveMessageOnPort(port1)).toBeUndefined();
    port1.close();
  });

  it('stats a file that is gone, or is a folder now, as NaN', () => {
    const dir = corpus();
    const stats = statFiles([join(dir, 'a.md'), join(dir, 'gone.md'), join(dir, 'y2020')]);
    expect(stats).toHaveLength(3 * STAT_VALUES);
    expect(stats[0]).toBe(entryText().length);
    expect([...stats.subarray(STAT_VALUES)].every(Number.isNaN)).toBe(true);
  });

  it('is bundled: dist/walk-worker.js walks and posts as the main thread would', async () => {
    const dir = corpus();
    const { port1, port2 } = new MessageChannel();
    const signals = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(join(ROOT, 'dist', 'walk-worker.js'), { workerData: { root: dir, port: port2, signals }, transferList: [port2] });
    const message = await new Promise<WalkMessage>((resolve, reject) => {
      port1.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    port1.close();
    expect(listingFrom(dir, message)).toEqual(expectedOf(dir));
  });
});
