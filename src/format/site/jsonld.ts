// Each entry as schema.org JSON-LD, the vocabulary search engines and citation tools read.
import { isRole, type Entry, type EntryType, type Role } from '../../core/schema.js';
import { linkTarget } from './escape.js';

/** The schema.org type of each kind of appearance. */
export const SCHEMA_TYPES: Readonly<Record<EntryType, string>> = {
  interview: 'NewsArticle',
  press: 'NewsArticle',
  'op-ed': 'OpinionNewsArticle',
  video: 'VideoObject',
  podcast: 'PodcastEpisode',
  event: 'Event',
  book: 'Book',
  // An award is something a person received: the entry describes its recipients.
  award: 'Person',
};

/** Roles → the schema.org property that credits them; the others are contributors. */
const CREDITS: Partial<Record<Role, string>> = {
  author: 'author', interviewee: 'author', journalist: 'author', writer: 'author', speaker: 'performer',
  director: 'director', organizer: 'organizer', host: 'contributor', guest: 'contributor',
};

type Json = Record<string, unknown>;

const person = (name: string): Json => ({ '@type': 'Person', name });

function award(entry: Entry, id: string): Json {
  const recipients = entry.people.map((p) => p.name);
  const description = `${entry.title} (${entry.outlet}, ${entry.date})`;
  if (recipients.length === 0) return { '@context': 'https://schema.org', '@type': 'CreativeWork', '@id': id, name: entry.title, award: description };
  return recipients.length === 1
    ? { '@context': 'https://schema.org', '@id': id, ...person(recipients[0]!), award: description }
    : { '@context': 'https://schema.org', '@graph': recipients.map((name) => ({ ...person(name), award: description })), '@id': id };
}

/** `pageUrl` is the page's address (with --base-url) or '' for ids relative to the page. */
export function entryJsonLd(entry: Entry, pageUrl: string): Json {
  const id = `${pageUrl}#${entry.id}`;
  if (entry.type === 'award') return award(entry, id);
  const type = SCHEMA_TYPES[entry.type];
  const item: Json = { '@context': 'https://schema.org', '@type': type, '@id': id, name: entry.title };
  if (type.endsWith('Article')) item.headline = entry.title;
  item[entry.type === 'event' ? 'startDate' : 'datePublished'] = entry.date;
  const url = linkTarget(entry.url);
  if (url !== undefined) item.url = url;
  if (entry.language !== null) item.inLanguage = entry.language;
  const outlet = { '@type': 'Organization', name: entry.outlet };
  if (entry.type === 'event') item.organizer = outlet;
  else item.publisher = outlet;
  if (entry.program !== null) item.partOfSeries = { '@type': entry.type === 'podcast' ? 'PodcastSeries' : 'CreativeWorkSeries', name: entry.program };
  if (entry.place !== null) item[entry.type === 'event' ? 'location' : 'locationCreated'] = { '@type': 'Place', name: entry.place };
  for (const { name, role } of entry.people) {
    const credit = role !== null && isRole(role) ? (CREDITS[role] ?? 'contributor') : role === null ? 'author' : 'contributor';
    // Only an Event has performers; a speaker elsewhere contributed.
    const property = credit === 'performer' && type !== 'Event' ? 'contributor' : credit;
    // An event's organizer is its outlet already: a person organizing it joins it in a list.
    const credited = item[property] as Json | Json[] | undefined;
    item[property] = [...(credited === undefined ? [] : Array.isArray(credited) ? credited : [credited]), person(name)];
  }
  if (entry.tags.length > 0) item.keywords = entry.tags.join(', ');
  return item;
}
