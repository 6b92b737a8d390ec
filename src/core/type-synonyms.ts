// Words people use for an appearance that the contract names otherwise: `type: talk` means `event`.
// Near misses (`oped`, `vidoe`) need no entry: `closest` finds them.
import { closest } from './problem.js';
import { ENTRY_TYPES, type EntryType } from './schema.js';

const TYPE_SYNONYMS: Readonly<Record<string, EntryType>> = {
  talk: 'event', keynote: 'event', conference: 'event', lecture: 'event', seminar: 'event', panel: 'event', workshop: 'event',
  article: 'press', newspaper: 'press', magazine: 'press', radio: 'podcast', tv: 'video', television: 'video', film: 'video',
  documentary: 'video', prize: 'award', opinion: 'op-ed', column: 'op-ed', tribune: 'op-ed',
};

/** The type meant by a synonym (`talk` → `event`) or a near miss (`vidoe` → `video`), if any. */
export function suggestType(text: string): EntryType | undefined {
  const word = text.trim().toLowerCase();
  return TYPE_SYNONYMS[word] ?? (closest(word, ENTRY_TYPES) as EntryType | undefined);
}
