// `clic export --format F | clic import --from F -` into an empty corpus gives back the bundled
// corpus, field by field, as far as F carries them. What today's exports cannot carry is listed
// here, once, so that a change to an export (or to the import tables) shows up as a failure.
import { describe, expect, it } from 'vitest';
import { clic, makeCorpus } from '../support/cli.js';

type Listed = Record<string, unknown> & { id: string; title: string; people: { name: string; role: string | null }[]; tags: string[] };

async function list(corpus?: string): Promise<Listed[]> {
  const result = await clic(['list', '--format', 'json', '--no-cache', ...(corpus ? ['--corpus', corpus] : [])]);
  return JSON.parse(result.stdout) as Listed[];
}

const shown = (entry: Listed, field: string, roles: boolean): string => {
  if (field === 'people') return JSON.stringify(entry.people.map((p) => (roles ? `${p.name} (${p.role})` : p.name)).sort());
  if (field === 'tags') return JSON.stringify([...entry.tags].sort());
  return JSON.stringify(entry[field]);
};

/** Every field that differs after the round trip, as `id field: before → after`. */
async function differences(format: string, fields: readonly string[], roles: boolean): Promise<string[]> {
  const exported = await clic(['export', '--format', format]);
  const corpus = makeCorpus({});
  const imported = await clic(['import', '--from', format === 'biblatex' ? 'bibtex' : format, '-', '--corpus', corpus], { stdin: exported.stdout });
  expect(imported.code).toBe(0);
  expect(imported.stderr.trim().split('\n').pop()).toBe('25 items: 25 written');
  const before = await list();
  const after = new Map((await list(corpus)).map((e) => [e.title, e]));
  expect(after.size).toBe(before.length);
  const found: string[] = [];
  for (const entry of before) {
    const back = after.get(entry.title);
    if (back === undefined) {
      found.push(`${entry.id}: title not given back`);
      continue;
    }
    for (const field of fields) {
      const [was, is] = [shown(entry, field, roles), shown(back, field, roles)];
      if (was !== is) found.push(`${entry.id} ${field}: ${was} → ${is}`);
    }
  }
  return found;
}

describe('round trip through the exports', () => {
  it('csl-json gives back type, date, outlet, program, issue, place, people and roles, url, language and tags', async () => {
    const found = await differences('csl-json', ['type', 'date', 'outlet', 'program', 'issue', 'place', 'language', 'url', 'tags', 'people'], true);
    // CSL writes op-eds and press articles as article-newspaper, and interviewees, journalists
    // and authors all as `author`: they come back as press, with the author role of the type.
    expect(found).toEqual([
      '2020-02-13-l-humanite people: ["Henri Poulain (interviewee)"] → ["Henri Poulain (journalist)"]',
      '2020-02-06-le-monde type: "op-ed" → "press"',
      '2020-02-06-le-monde people: ["Antonio A. Casilli (author)"] → ["Antonio A. Casilli (journalist)"]',
    ]);
  });

  it.each([
    // BibLaTeX: @article or @misc with no medium, so the type is inferred; roles are author or a note.
    ['biblatex', ['date', 'outlet', 'program', 'place', 'language', 'url', 'tags', 'people']],
    // RIS: its TY, T2/PB, T3, IS, CY, LA, UR, KW and the N1 note of credits.
    ['ris', ['date', 'outlet', 'program', 'issue', 'place', 'language', 'url', 'tags', 'people']],
  ])('%s gives back the fields it carries, and every person', async (format, fields) => {
    expect(await differences(format, fields, false)).toEqual([]);
  });

  it('ris gives back the types it has a code for', async () => {
    const found = await differences('ris', ['type'], false);
    // NEWS is an interview, an op-ed or a press article: only a cue in the title tells.
    expect(found).toEqual([
      '2020-10-15-national-geographic type: "interview" → "press"',
      '2020-02-06-le-monde type: "op-ed" → "press"',
    ]);
  });
});
