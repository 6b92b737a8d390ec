// A shard file: a magic line, a header line (JSON), the files section (one JSON object of
// columns, a value per file in each, see codec.ts), the quotes section (one JSON array of each file's quotes, in the same
// order), the words section (the quotes' words as search numbers them, one file's quotes after
// another: a search of a warm cache does not visit them again; see codec.ts) and the bodies section (a line with the JSON array of each body's length in bytes, then
// the bodies as UTF-8, one after another, in the same order: a body is taken by slicing and
// decoding, where one JSON string per body took a JSON.parse each).
// The header carries a CRC-32 of each section: a shard whose bytes changed in any way is not
// used, and its files are read again. A shard is read from one open file, so everything taken
// from it (an entry and, later, its quotes and body) is of the same version; it is written to a temporary
// file renamed over the old one, so a reader never sees half of one.
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import type { Quote } from '../../core/schema.js';
import { passageWords, type PassageRun, type PassageWords } from '../../core/search/index.js';
import { asciiJson, decodeBody, decodeFiles, decodeQuotes, decodeWords, encodeFiles, encodeWords, type CachedFile } from './codec.js';
import { makeFolder, shardFile } from './folder.js';

/** Replaced by build.mjs with a hash of the sources: another build never trusts this one's cache. */
declare const __CLIC_BUILD__: string | undefined;
const BUILD = typeof __CLIC_BUILD__ === 'string' ? __CLIC_BUILD__ : `source-${Date.now()}-${Math.random()}`;
const MAGIC = 'clic cache\n';
const FORMAT = 9;
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
  quotes: Section;
  words: Section;
  bodies: Section;
}

/** What a read takes of a shard besides its records. */
export interface ShardParts {
  quotes: boolean;
  bodies: boolean;
  /** The quotes' words (read with the quotes only). */
  words?: boolean;
}

/** A shard's bodies: their bytes, one after another, and where each starts (one more: the end). */
interface Bodies {
  bytes: Buffer;
  starts: number[];
}

/**
 * A shard read: its files in path order, each one's quotes when they were read, and each one's
 * body, kept as bytes until asked for, when the bodies were read.
 */
export class Shard {
  /**
   * `records` is the header's account of the records section: two reads of a shard file with the
   * same one read the same version.
   */
  constructor(
    readonly files: CachedFile[],
    readonly records: Section,
    readonly quotes: Quote[][] | undefined,
    private readonly bodies: Bodies | undefined,
    private readonly words: QuoteWords | undefined,
  ) {}

  /** File `index`'s quotes' words, when the words were read. */
  quoteRun(index: number): PassageRun | undefined {
    if (!this.words) return undefined;
    const first = this.words.firstQuote[index]!;
    return { words: this.words.words, first, count: this.words.firstQuote[index + 1]! - first };
  }

  /** Whether this read took its quotes and bodies: what writing it again needs. */
  get isWhole(): boolean {
    return this.quotes !== undefined && this.bodies !== undefined;
  }

  /** File `index`'s body as UTF-8 bytes; undefined when the bodies were not read. */
  bodyBytes(index: number): Buffer | undefined {
    return this.bodies?.bytes.subarray(this.bodies.starts[index]!, this.bodies.starts[index + 1]!);
  }

  /** File `index`'s body; undefined when the bodies were not read. */
  body(index: number): string | undefined {
    const bytes = this.bodyBytes(index);
    return bytes && decodeBody(bytes);
  }
}

/** A shard's words, and where each file's quotes start among them (one more: the end). */
interface QuoteWords {
  words: PassageWords;
  firstQuote: number[];
}

/** Where each file's quotes start among all of a shard's, one after another (one more: the end). */
function firstQuotes(quotes: readonly Quote[][]): number[] {
  const starts = [0];
  for (const list of quotes) starts.push(starts.at(-1)! + list.length);
  return starts;
}

/** The bodies of a bodies section for `files` files, when its lengths line accounts for every byte. */
function bodiesOf(section: Buffer, files: number): Bodies | undefined {
  const lineEnd = section.indexOf(NEWLINE);
  if (lineEnd === -1) return undefined;
  const lengths: unknown = JSON.parse(section.toString('latin1', 0, lineEnd));
  if (!Array.isArray(lengths) || lengths.length !== files) return undefined;
  const bytes = section.subarray(lineEnd + 1);
  const starts = [0];
  for (const length of lengths) {
    if (!Number.isInteger(length) || length < 0) return undefined;
    starts.push(starts.at(-1)! + (length as number));
  }
  return starts.at(-1) === bytes.length ? { bytes, starts } : undefined;
}

/** Reads `length` bytes at `position` of `fd` into `buffer`; false when the file ends first. */
function readAt(fd: number, buffer: Buffer, length: number, position: number): boolean {
  for (let read = 0; read < length; ) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) return false;
    read += n;
  }
  return true;
}

const isSection = (value: unknown): value is Section =>
  typeof value === 'object' && value !== null && Number.isInteger((value as Section).length) && Number.isInteger((value as Section).crc);

/** `buffer` if it holds `size` bytes, else a larger one (contents not kept), at least twice its size. */
const roomFor = (buffer: Buffer, size: number): Buffer => (buffer.length >= size ? buffer : Buffer.allocUnsafe(Math.max(size, 2 * buffer.length)));

/** The most a header line may take: a corpus path is at most a few KiB. */
const HEADER_MAX = 64 * 1024;

/**
 * Reads the shards of one load through one buffer of its own: a load then holds one shard's
 * records at a time, where a buffer per shard held every shard's bytes (260 MB at 100,000 files)
 * until the collector ran. The bodies section is read only when asked for, into a buffer of its
 * own that the shard keeps.
 */
export class ShardReader {
  #buffer: Buffer = Buffer.allocUnsafe(HEADER_MAX);

  constructor(private readonly folder: string, private readonly identity: CacheIdentity) {}

  /**
   * Shard `shard`, when it is whole, unchanged since written (its checksums: those of the quotes
   * and the bodies only when they are read), written for this corpus and build, and every record
   * (and quote) in it is valid; else undefined.
   */
  read(shard: number, parts: ShardParts): Shard | undefined {
    let fd: number;
    try {
      fd = openSync(shardFile(this.folder, shard), 'r');
    } catch {
      return undefined;
    }
    try {
      return this.#parse(fd, parts);
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  #parse(fd: number, parts: ShardParts): Shard | undefined {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return undefined;
    const size = stats.size;
    const start = Math.min(size, HEADER_MAX);
    if (!readAt(fd, this.#buffer, start, 0) || this.#buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const headerEnd = this.#buffer.indexOf(NEWLINE, MAGIC.length);
    if (headerEnd === -1 || headerEnd >= start) return undefined;
    const header = JSON.parse(this.#buffer.toString('utf8', MAGIC.length, headerEnd)) as Header;
    if (header.format !== FORMAT || header.build !== BUILD || header.version !== this.identity.version || header.corpus !== this.identity.corpus) return undefined;
    const sections = [header.files, header.quotes, header.words, header.bodies];
    if (!sections.every((section) => isSection(section) && section.length >= 0)) return undefined;
    const filesStart = headerEnd + 1;
    const quotesStart = filesStart + header.files.length;
    const wordsStart = quotesStart + header.quotes.length;
    const bodiesStart = wordsStart + header.words.length;
    if (bodiesStart + header.bodies.length !== size) return undefined;
    const files = decodeFiles(this.#json(fd, header.files, filesStart));
    if (!files) return undefined;
    let quotes: Quote[][] | undefined;
    if (parts.quotes) {
      quotes = decodeQuotes(this.#json(fd, header.quotes, quotesStart), files.length);
      if (!quotes) return undefined;
    }
    let words: QuoteWords | undefined;
    if (quotes && parts.words) {
      const firstQuote = firstQuotes(quotes);
      const section = this.#bytes(fd, header.words, wordsStart);
      const decoded = section && decodeWords(section, firstQuote.at(-1)!);
      if (!decoded) return undefined;
      words = { words: decoded, firstQuote };
    }
    let bodies: Bodies | undefined;
    if (parts.bodies) {
      const section = Buffer.allocUnsafe(header.bodies.length);
      if (!readAt(fd, section, section.length, bodiesStart) || crc32(section) !== header.bodies.crc) return undefined;
      bodies = bodiesOf(section, files.length);
      if (!bodies) return undefined;
    }
    return new Shard(files, header.files, quotes, bodies, words);
  }

  /** The JSON of an ASCII section read into the buffer; undefined when its bytes are not those written. */
  #json(fd: number, section: Section, position: number): unknown {
    const bytes = this.#bytes(fd, section, position);
    return bytes && JSON.parse(bytes.toString('latin1'));
  }

  /** A section's bytes read into the buffer (until the next read); undefined when they are not those written. */
  #bytes(fd: number, section: Section, position: number): Buffer | undefined {
    this.#buffer = roomFor(this.#buffer, section.length);
    const bytes = this.#buffer.subarray(0, section.length);
    return readAt(fd, bytes, bytes.length, position) && crc32(bytes) === section.crc ? bytes : undefined;
  }
}

/** A file to cache, with its quotes and its body as UTF-8 bytes (as read from an older shard, or made anew). */
export interface FileToCache {
  file: CachedFile;
  quotes: Quote[];
  body: Uint8Array;
}

/**
 * Writes the shards of one load, atomically each, through one buffer of its own: the sections of
 * a shard are laid out in it and written at once, where a buffer per section and shard left
 * hundreds of MB for the collector at 100,000 files. Files changed too recently to be trusted
 * are left out. Any failure (read-only or missing folder, full disk) only leaves the cache as it
 * was.
 */
export class ShardWriter {
  #buffer: Buffer = Buffer.allocUnsafe(HEADER_MAX);

  constructor(private readonly folder: string, private readonly identity: CacheIdentity) {}

  write(shard: number, files: FileToCache[], now: number): void {
    const kept = files.filter(({ file }) => now - file.mtimeMs > RACY_MS && now - file.ctimeMs > RACY_MS);
    const records = asciiJson(encodeFiles(kept.map(({ file }) => file)));
    const quotes = asciiJson(kept.map(({ quotes }) => quotes));
    const words = encodeWords(passageWords(kept.flatMap(({ quotes }) => quotes.map(({ text }) => text))));
    const lengths = `${JSON.stringify(kept.map(({ body }) => body.byteLength))}\n`;
    const size = records.length + quotes.length + words.length + lengths.length + kept.reduce((sum, { body }) => sum + body.byteLength, 0);
    this.#buffer = roomFor(this.#buffer, size);
    // ASCII JSON: one byte a character.
    const quotesStart = this.#buffer.write(records, 0, 'latin1');
    const wordsStart = quotesStart + this.#buffer.write(quotes, quotesStart, 'latin1');
    this.#buffer.set(words, wordsStart);
    const bodiesStart = wordsStart + words.length;
    let at = bodiesStart + this.#buffer.write(lengths, bodiesStart, 'latin1');
    for (const { body } of kept) {
      this.#buffer.set(body, at);
      at += body.byteLength;
    }
    const sectionOf = (start: number, end: number): Section => ({ length: end - start, crc: crc32(this.#buffer.subarray(start, end)) });
    const header: Header = {
      format: FORMAT, version: this.identity.version, build: BUILD, corpus: this.identity.corpus,
      files: sectionOf(0, quotesStart), quotes: sectionOf(quotesStart, wordsStart), words: sectionOf(wordsStart, bodiesStart), bodies: sectionOf(bodiesStart, size),
    };
    const file = shardFile(this.folder, shard);
    const temporary = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
    let fd: number | undefined;
    let created = false;
    try {
      makeFolder(this.folder);
      fd = openSync(temporary, 'w');
      created = true;
      for (const piece of [Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), this.#buffer.subarray(0, size)]) {
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
}
