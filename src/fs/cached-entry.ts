// An entry read from the cache, whose fields are parsed when first read. Every run needs each
// entry's id, path, date and related ids (to check ids, filter by date and sort); the rest is
// kept as the JSON text it was cached as, and parsed on first use, so that `clic show ID`,
// `clic list --format ids` or a search with few hits never builds what it does not print.
// It reads like any Entry; JSON.stringify gives the same object, in the same key order. Entries
// just loaded are held in the same forms (LoadedEntry, heldAsCacheText) to take less memory.
import type { Entry, Person, Quote, Update } from '../core/schema.js';
import type { KeptWords } from '../core/search-words.js';
import { NotFoundError } from '../errors.js';

/** The fields of an entry cached as text, in the order validate.ts makes them. */
type Rest = Pick<Entry, 'title' | 'type' | 'outlet' | 'program' | 'issue' | 'place' | 'language' | 'url' | 'people' | 'tags' | 'updates' | 'key' | 'bodyLine' | 'lines'>;

/** Where a cached entry's later fields are: its shard's sections, read on first use. */
export interface EntryStore {
  /** The JSON of the entry's fields but id, path, date, related, quotes and body. */
  restText(index: number): string;
  wordsAt(index: number): KeptWords | undefined;
  quotesLine(index: number): string | undefined;
  bodyLine(index: number): string | undefined;
  /** The entry loaded again from its file, for when its cached record is unreadable. */
  reload(path: string): Entry | undefined;
}

const isRest = (value: unknown): value is Rest =>
  typeof value === 'object' && value !== null && typeof (value as Rest).title === 'string' && Array.isArray((value as Rest).people) &&
  Array.isArray((value as Rest).tags) && Array.isArray((value as Rest).updates) && typeof (value as Rest).lines === 'object';

function parseOr<T>(json: string | undefined, isValid: (value: unknown) => value is T): T | undefined {
  if (json === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isQuotes = (value: unknown): value is Quote[] => Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

export class CachedEntry implements Entry {
  #rest: Rest | undefined;
  #quotes: Quote[] | undefined;
  #body: string | undefined;

  constructor(
    public id: string,
    public path: string,
    public date: string,
    public related: string[],
    private readonly store: EntryStore,
    private readonly index: number,
  ) {}

  /**
   * The entry from its file, when a part of its record cannot be read: only a cache damaged
   * while keeping its lengths does that. Should the file have broken since it was checked, the
   * command fails with its name rather than make up an entry.
   */
  #reloaded(): Entry {
    const entry = this.store.reload(this.path);
    if (!entry) throw new NotFoundError(`${this.path} changed while it was read`, 'run the command again');
    return entry;
  }

  #full(): Rest {
    return (this.#rest ??= parseOr(this.store.restText(this.index), isRest) ?? restOf(this.#reloaded()));
  }

  get title(): string { return this.#full().title; }
  set title(value: string) { this.#full().title = value; }
  get type(): Entry['type'] { return this.#full().type; }
  set type(value: Entry['type']) { this.#full().type = value; }
  get outlet(): string { return this.#full().outlet; }
  set outlet(value: string) { this.#full().outlet = value; }
  get program(): string | null { return this.#full().program; }
  set program(value: string | null) { this.#full().program = value; }
  get issue(): string | null { return this.#full().issue; }
  set issue(value: string | null) { this.#full().issue = value; }
  get place(): string | null { return this.#full().place; }
  set place(value: string | null) { this.#full().place = value; }
  get language(): string | null { return this.#full().language; }
  set language(value: string | null) { this.#full().language = value; }
  get url(): string | null { return this.#full().url; }
  set url(value: string | null) { this.#full().url = value; }
  get people(): Person[] { return this.#full().people; }
  set people(value: Person[]) { this.#full().people = value; }
  get tags(): string[] { return this.#full().tags; }
  set tags(value: string[]) { this.#full().tags = value; }
  get updates(): Update[] { return this.#full().updates; }
  set updates(value: Update[]) { this.#full().updates = value; }
  get key(): string | null { return this.#full().key; }
  set key(value: string | null) { this.#full().key = value; }
  get bodyLine(): number { return this.#full().bodyLine; }
  set bodyLine(value: number) { this.#full().bodyLine = value; }
  get lines(): Entry['lines'] { return this.#full().lines; }
  set lines(value: Entry['lines']) { this.#full().lines = value; }

  #readQuotes(): Quote[] {
    return parseOr(this.store.quotesLine(this.index), isQuotes) ?? this.#reloaded().quotes;
  }

  get quotes(): Quote[] {
    return (this.#quotes ??= this.#readQuotes());
  }

  set quotes(value: Quote[]) {
    this.#quotes = value;
  }

  get body(): string {
    return (this.#body ??= parseOr(this.store.bodyLine(this.index), isText) ?? this.#reloaded().body);
  }

  set body(value: string) {
    this.#body = value;
  }

  /** The words of its quotes as the cache keeps them. */
  keptWords(): KeptWords | undefined {
    return this.store.wordsAt(this.index);
  }

  /** Its fields but id, path, date, related, quotes and body, as JSON: as read when never parsed. */
  restJson(): string {
    return this.#rest === undefined ? this.store.restText(this.index) : JSON.stringify(this.#rest);
  }

  /** Its quotes, without keeping them parsed when they were not: for writing the cache. */
  quotesOnce(): Quote[] {
    return this.#quotes ?? this.#readQuotes();
  }

  /** Its quotes as JSON: as read when never parsed (a damaged line is caught when it is parsed). */
  quotesJson(): string {
    return (this.#quotes === undefined ? this.store.quotesLine(this.index) : undefined) ?? JSON.stringify(this.quotes);
  }

  /** Its body as JSON: as read when never parsed (a damaged line is caught when it is parsed). */
  bodyJson(): string {
    return (this.#body === undefined ? this.store.bodyLine(this.index) : undefined) ?? JSON.stringify(this.body);
  }

  toJSON(): Entry {
    return entryJson(this);
  }
}

function restOf(entry: Entry): Rest {
  const { title, type, outlet, program, issue, place, language, url, people, tags, updates, key, bodyLine, lines } = entry;
  return { title, type, outlet, program, issue, place, language, url, people, tags, updates, key, bodyLine, lines };
}

/** The JSON of an entry's fields but id, path, date, related, quotes and body, as the cache keeps them. */
export function restJsonOf(entry: Entry): string {
  return entry instanceof CachedEntry ? entry.restJson() : JSON.stringify(restOf(entry));
}

/** `text` with every character above U+00FF written as a \u escape: pure Latin-1, one byte a character. */
export const latin1Escaped = (text: string): string => text.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * `value` as JSON in Latin-1, stored one byte a character: V8 keeps the result of replacing in
 * a two-byte string as two-byte, so it is copied through bytes.
 */
const latin1Json = (value: unknown): string => Buffer.from(latin1Escaped(JSON.stringify(value)), 'latin1').toString('latin1');

// LoadedEntry's fields but the body are declared by Entry itself, through this interface.
export interface LoadedEntry extends Omit<Entry, 'body'> {}

/**
 * An entry just loaded from its file, holding its body as the cache writes it: JSON in
 * Latin-1, made text again when first read. A body is most of an entry, French text with
 * typographic apostrophes is held by V8 at two bytes a character, and as a slice of the file's
 * text it kept all of that text alive; this takes about half as much, and the cache writes it
 * as it is. Loading 10,000 files: the entries' live heap went from 79 MB to 52 MB.
 */
export class LoadedEntry implements Entry {
  #bodyJson: string | undefined;
  #body: string | undefined;

  constructor(entry: Entry) {
    ({
      id: this.id, path: this.path, title: this.title, type: this.type, date: this.date, outlet: this.outlet,
      program: this.program, issue: this.issue, place: this.place, language: this.language, url: this.url,
      people: this.people, tags: this.tags, quotes: this.quotes, related: this.related, updates: this.updates,
      key: this.key, bodyLine: this.bodyLine, lines: this.lines,
    } = entry);
    if (entry.body === '') this.#body = '';
    else this.#bodyJson = latin1Json(entry.body);
  }

  get body(): string {
    return (this.#body ??= JSON.parse(this.#bodyJson!) as string);
  }

  set body(value: string) {
    this.#body = value;
    this.#bodyJson = undefined;
  }

  /** Its body as the cache writes it. */
  bodyJson(): string {
    return this.#bodyJson ?? JSON.stringify(this.body);
  }

  toJSON(): Entry {
    return entryJson(this);
  }
}

/** An entry as a plain object, its fields in the order validate.ts makes them. */
function entryJson(entry: Entry): Entry {
  const { id, path, title, type, date, outlet, program, issue, place, language, url, people, tags, quotes, related, updates, key, body, bodyLine, lines } = entry;
  return { id, path, title, type, date, outlet, program, issue, place, language, url, people, tags, quotes, related, updates, key, body, bodyLine, lines };
}

/** An entry's body as the cache writes it: as held, when it is. */
export function bodyJsonOf(entry: Entry): string {
  return entry instanceof CachedEntry || entry instanceof LoadedEntry ? entry.bodyJson() : JSON.stringify(entry.body);
}

/** An entry's quotes as the cache writes them: as held, when they are. */
export function quotesJsonOf(entry: Entry): string {
  return entry instanceof CachedEntry ? entry.quotesJson() : JSON.stringify(entry.quotes);
}

/** The rest, quotes and body of one entry, held as the cache writes them. */
class TextStore implements EntryStore {
  constructor(
    private readonly rest: string,
    private readonly quotes: string,
    private readonly body: string,
    readonly reload: (path: string) => Entry | undefined,
  ) {}

  restText(): string {
    return this.rest;
  }

  wordsAt(): undefined {
    return undefined;
  }

  quotesLine(): string {
    return this.quotes;
  }

  bodyLine(): string {
    return this.body;
  }
}

/**
 * An entry just loaded, about to be cached, held as the text the cache will write: Latin-1
 * JSON, one byte a character, parsed again only if a field is read. The strings that YAML
 * parsing gives are slices of the front matter's text and keep all of it alive, as two-byte
 * text when it holds a typographic apostrophe; the writer then copies these texts as they are.
 */
export function heldAsCacheText(entry: Entry, reload: (path: string) => Entry | undefined): CachedEntry {
  const related = entry.related.length === 0 ? [] : (JSON.parse(JSON.stringify(entry.related)) as string[]);
  const store = new TextStore(latin1Json(restOf(entry)), latin1Json(entry.quotes), latin1Json(entry.body), reload);
  return new CachedEntry(entry.id, entry.path, entry.date, related, store, 0);
}
