// One long text, read, or read and searched (issue 14: search must grow linearly with the text).
//
//   node search-long.mjs read FILE            reads FILE: the baseline
//   node search-long.mjs search FILE BUNDLE   reads FILE and searches it as one quote for "ab abc"
//                                             at threshold 0.4, where both words match `ab`, with
//                                             searchEntries from BUNDLE (src/core/search.ts,
//                                             bundled by bench.mjs)
// A quote of 1 MB cannot come through `clic search`: front matter is capped at 256 KiB.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [mode, file, bundle] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
if (mode === 'read') {
  process.stdout.write(`${text.length} characters\n`);
} else {
  const { searchEntries } = await import(pathToFileURL(bundle).href);
  const entry = {
    id: 'long', path: 'long.md', title: 'Long', type: 'interview', date: '2020', outlet: 'Bench', program: null, issue: null, place: null,
    language: null, url: null, people: [], tags: [], related: [], updates: [], key: null,
    quotes: [{ text, speaker: null, at: null, line: 7 }], body: '', bodyLine: 10, lines: { title: 2 },
  };
  const { hits } = searchEntries([entry], 'ab abc', { scope: 'quotes', threshold: 0.4 });
  process.stdout.write(`${hits.length} hit, ${hits[0]?.matches.length ?? 0} words marked\n`);
}
