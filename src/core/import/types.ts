// Entry types: read from what the input states, or inferred from the words of the outlet,
// title, URL and notes. Every inferred type names the field and value it came from.
import { fold } from '../fold.js';
import { typeOfMediumLabel } from '../labels.js';
import type { EntryType } from '../schema.js';
import type { Draft, Sourced } from './draft.js';

/** Words a type column uses for each entry type (folded, without punctuation). */
const TYPE_WORDS: Readonly<Record<string, EntryType>> = {
  press: 'press', article: 'press', news: 'press', newspaper: 'press', magazine: 'press', blog: 'press', blogpost: 'press', coverage: 'press', mention: 'press', print: 'press', web: 'press',
  interview: 'interview', entretien: 'interview', qa: 'interview',
  podcast: 'podcast', radio: 'podcast', audio: 'podcast', broadcast: 'podcast', radiobroadcast: 'podcast',
  video: 'video', tv: 'video', television: 'video', film: 'video', documentary: 'video', tvbroadcast: 'video', videorecording: 'video', youtube: 'video', webinar: 'video',
  oped: 'op-ed', opinion: 'op-ed', tribune: 'op-ed', column: 'op-ed', editorial: 'op-ed', commentary: 'op-ed',
  award: 'award', prize: 'award', prix: 'award', honor: 'award', honour: 'award',
  event: 'event', talk: 'event', presentation: 'event', panel: 'event', conference: 'event', lecture: 'event', screening: 'event',
  book: 'book', ouvrage: 'book', livre: 'book',
};

/** A type from the words of a type column (`Op-Ed`, `TV`, `radio`), if they name one. */
export function typeFromWord(text: string): EntryType | undefined {
  // Every type is a word of TYPE_WORDS under its own name (op-ed as `oped`, the form folding leaves).
  const word = fold(text).replace(/[^a-z0-9]/g, '');
  // hasOwn: `constructor` names the prototype's function, no type. Else the medium labels clic's exports write ("Événement"), in either language.
  return Object.hasOwn(TYPE_WORDS, word) ? TYPE_WORDS[word] : typeOfMediumLabel(text);
}

/** Cues, in order: the medium first (a radio interview is a podcast), then the genre. */
const CUES: readonly [EntryType, RegExp][] = [
  ['video', /youtube|youtu\.be|vimeo|dailymotion|\btv\b|t[ée]l[ée]vision|\btv5|\bvideo\b|vid[ée]o\b/i],
  ['podcast', /podcast|radio|\bspotify\.com\/(?:episode|show)|anchor\.fm|soundcloud|\bfm\b/i],
  ['interview', /interview|entretien|\bq\s?&\s?a\b/i],
  ['op-ed', /\bop-?ed\b|tribune|opinion|\bcolumn\b/i],
  ['award', /\bprize\b|\baward|\bprix\b|laur[ée]at/i],
];

const CUE_FIELDS = ['outlet', 'title', 'url'] as const;

export interface TypeDecision {
  type: EntryType;
  /** How it was decided, for the report: `from journal "Fated Mates Podcast"`, `by default`. */
  reason: string;
  inferred: boolean;
}

const quoted = (text: string): string => `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;

function inferType(draft: Draft, fallback: EntryType): TypeDecision {
  const places: Sourced[] = [...CUE_FIELDS.map((field) => draft.fields[field]).filter((place): place is Sourced => place !== undefined), ...draft.body.map((text) => ({ value: text, from: 'notes' }))];
  // A format's article type (RIS NEWS, CSL article-newspaper) is text: a title about a TV show
  // does not make it a video. The outlet, URL and notes still can (al-folio's radio @article).
  const textual = draft.defaultType !== undefined;
  for (const [type, cue] of CUES) {
    for (const place of places) {
      if (textual && (type === 'video' || type === 'podcast') && place === draft.fields.title) continue;
      const match = cue.exec(place.value);
      if (match) return { type, reason: `from ${place.from} ${quoted(place.from === 'notes' ? match[0] : place.value)}`, inferred: true };
    }
  }
  return { type: fallback, reason: fallback === 'press' ? 'by default (no cue in outlet, title, URL or notes)' : `by default for its type`, inferred: true };
}

/**
 * The type of a draft: decided by the parser, else the stated type when it names one, else
 * `forced` (--type), else inferred (with the parser's default for a format type such as
 * RIS `NEWS`, else press).
 */
export function decideType(draft: Draft, forced?: EntryType): TypeDecision {
  if (draft.type) return { type: draft.type.value, reason: `from ${draft.type.from}`, inferred: false };
  if (draft.statedType) {
    const stated = typeFromWord(draft.statedType.value);
    if (stated) return { type: stated, reason: `from ${draft.statedType.from} ${quoted(draft.statedType.value)}`, inferred: false };
  }
  if (forced) return { type: forced, reason: 'from --type', inferred: false };
  const inferred = inferType(draft, draft.defaultType ?? 'press');
  if (draft.statedType && draft.defaultType === undefined) inferred.reason += ` (${draft.statedType.from} ${quoted(draft.statedType.value)} names no type)`;
  return inferred;
}
