// A shard file: a magic line, a header line (JSON), the files section (one JSON array of
// records, see codec.ts) and the bodies section (one JSON string a line, in the same order).
// The header carries a CRC-32 of each section: a shard whose bytes changed in any way is not
// used, and its files are read again. A shard is read with one read of one file, so everything
// taken from it (an entry and, later, its body) is of the same version; it is written to a
// temporary file renamed over the old one, so a reader never sees half of one.
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { decodeFile, encodeFile, type CachedFile } from './codec.js';
import { makeFolder, shardFile } from './folder.js';

/** Replaced by build.mjs with a hash of the sources: another build never trusts this one's cache. */
declare const __CLIC_BUILD__: string | undefined;
const BUILD = typeof __CLIC_BUILD__ === 'string' ? __CLIC_BUILD__ : `source-${Date.now()}-${Math.random()}`;
const MAGIC = 'clic cache\n';
const FORMAT = 5;
/**
 * A file changed this recently may change again within the same timestamp tick (FAT keeps
 * times to 2 s) without its size or times showing it: it is left out of the cache until older.
 */
const RACY_MS = 2000;
const NEWLINE = 0x0a;

/** What a cache must carry to be trusted: this corpus, this version and build of clic. */
export interface CacheIdentity {
  corpus: string;
  version: string;
}

interface Section {
  length: number;
  crc: number;
}

interface Header {
  format: number;
  version: string;
  build: string;
  corpus: string;
  files: Section;
  bodies: Section;
}

/** A shard read: its files in path order, and each one's body, kept as bytes until asked for. */
export class Shard {
  #starts: number[] | undefined;

  constructor(readonly files: CachedFile[], private readonly bodies: Buffer) {}

  /** Where each body line starts, and one past the last: found on first use. */
  #lineStarts(): number[] | undefined {
    if (this.#starts) return this.#starts;
    const starts = [0];
    for (let at = this.bodies.indexOf(NEWLINE); at !== -1; at = this.bodies.indexOf(NEWLINE, at + 1)) starts.push(at + 1);
    if (starts.length !== this.files.length + 1 || starts.at(-1) !== this.bodies.length) return undefined;
    return (this.#starts = starts);
  }

  /** The JSON of file `index`'s body, as bytes. */
  bodyJson(index: number): Buffer | undefined {
    const starts = this.#lineStarts();
    return starts && this.bodies.subarray(starts[index]!, starts[index + 1]! - 1);
  }

  /** File `index`'s body, or undefined when its line is not a JSON string. */
  body(index: number): string | undefined {
    const json = this.bodyJson(index);
    if (json === undefined) return undefined;
    try {
      const body: unknown = JSON.parse(json.toString('utf8'));
      return typeof body === 'string' ? body : undefined;
    } catch {
      return undefined;
    }
  }
}

function readWhole(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return undefined;
    const buffer = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    return buffer;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

const isSection = (value: unknown): value is Section =>
  typeof value === 'object' && value !== null && Number.isInteger((value as Section).length) && Number.isInteger((value as Section).crc);

/**
 * Shard `shard` of the cache folder, when it is whole, unchanged since written (its checksums),
 * written for this corpus and build, and every record in it is valid; else undefined.
 */
export function readShard(folder: string, shard: number, identity: CacheIdentity): Shard | undefined {
  const bytes = readWhole(shardFile(folder, shard));
  if (!bytes || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const headerEnd = bytes.indexOf(NEWLINE, MAGIC.length);
  if (headerEnd === -1) return undefined;
  try {
    const header = JSON.parse(bytes.toString('utf8', MAGIC.length, headerEnd)) as Header;
    if (header.format !== FORMAT || header.build !== BUILD || header.version !== identity.version || header.corpus !== identity.corpus) return undefined;
    if (!isSection(header.files) || !isSection(header.bodies)) return undefined;
    const filesStart = headerEnd + 1;
    const bodiesStart = filesStart + header.files.length;
    if (bodiesStart + header.bodies.length !== bytes.length) return undefined;
    const filesBytes = bytes.subarray(filesStart, bodiesStart);
    const bodies = bytes.subarray(bodiesStart);
    if (crc32(filesBytes) !== header.files.crc || crc32(bodies) !== header.bodies.crc) return undefined;
    const records: unknown = JSON.parse(filesBytes.toString('latin1'));
    if (!Array.isArray(records)) return undefined;
    const files: CachedFile[] = [];
    for (const record of records) {
      const file = decodeFile(record);
      if (!file || (files.length > 0 && files.at(-1)!.path >= file.path)) return undefined;
      files.push(file);
    }
    return new Shard(files, bodies);
  } catch {
    return undefined;
  }
}

/**
 * JSON with every character above U+007F written as a \u escape: read back with a Latin-1
 * decode (a copy, one byte a character) instead of a UTF-8 one, which took as long as the parse.
 */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A file to cache, with its body as JSON (as read from an older shard, or made anew). */
export interface FileToCache {
  file: CachedFile;
  bodyJson: Buffer | string;
}

/**
 * Writes one shard atomically, leaving out files changed too recently to be trusted. Any failure
 * (read-only or missing folder, full disk) only leaves the cache as it was.
 */
export function writeShard(folder: string, shard: number, identity: CacheIdentity, files: FileToCache[], now: number): void {
  const kept = files.filter(({ file }) => now - file.mtimeMs > RACY_MS && now - file.ctimeMs > RACY_MS);
  const filesBytes = Buffer.from(asciiJson(kept.map(({ file }) => encodeFile(file))), 'latin1');
  const bodies = Buffer.concat(kept.flatMap(({ bodyJson }) => [typeof bodyJson === 'string' ? Buffer.from(bodyJson) : bodyJson, Buffer.from('\n')]));
  const header: Header = {
    format: FORMAT, version: identity.version, build: BUILD, corpus: identity.corpus,
    files: { length: filesBytes.length, crc: crc32(filesBytes) },
    bodies: { length: bodies.length, crc: crc32(bodies) },
  };
  const file = shardFile(folder, shard);
  const temporary = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | undefined;
  let created = false;
  try {
    makeFolder(folder);
    fd = openSync(temporary, 'w');
    created = true;
    for (const piece of [Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), filesBytes, bodies]) {
      for (let written = 0; written < piece.length; ) written += writeSync(fd, piece, written);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch {
    if (fd !== undefined) closeSync(fd);
    if (created) rmSync(temporary, { force: true });
  }
}
