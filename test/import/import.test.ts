// `clic import` on realistic inputs of each shape: what is written (read back through
// `clic list`), what the report says, line by line, and what is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clic, makeCorpus, ROOT } from '../support/cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/import');
const fixture = (name: string): string => join(FIXTURES, name);
const mdFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

interface Listed {
  id: string;
  title: string;
  type: string;
  date: string;
  outlet: string;
  program?: string | null;
  place?: string | null;
  language: string | null;
  url: string | null;
  people: { name: string; role: string | null }[];
  tags: string[];
}

async function listed(corpus: string): Promise<Listed[]> {
  const result = await clic(['list', '--corpus', corpus, '--format', 'json', '--no-cache']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Listed[];
}

const byTitle = (entries: Listed[], title: string): Listed => {
  const entry = entries.find((e) => e.title === title);
  if (!entry) throw new Error(`no entry titled ${title}: ${entries.map((e) => e.title).join(' | ')}`);
  return entry;
};

async function importInto(files: string[], extra: string[] = [], corpus = makeCorpus({})) {
  const result = await clic(['import', ...files, '--corpus', corpus, ...extra], { cwd: FIXTURES });
  return { corpus, ...result };
}

async function expectValid(corpus: string): Promise<void> {
  const validate = await clic(['validate', '--corpus', corpus, '--no-cache']);
  expect(validate.stdout + validate.stderr).toMatch(/no problems/);
}

describe('clic import: spreadsheets', () => {
  it('reads M/D/YY dates, trims " Harvard Gazette", guesses the byline, reports the short row and the duplicate', async () => {
    const { corpus, code, stdout, stderr } = await importInto(['harvard.csv']);
    expect(code).toBe(1);
    const entries = await listed(corpus);
    expect(entries.map((e) => [e.date, e.type, e.outlet])).toEqual([
      ['2026-05-14', 'press', 'Harvard Gazette'],
      ['2025-01-18', 'podcast', 'Tech Policy Press'],
      ['2024-12-03', 'interview', 'The Conversation'],
    ]);
    expect(byTitle(entries, 'Why click workers matter').people).toEqual([{ name: 'Gregory Perreault', role: 'journalist' }]);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(stderr).toContain('harvard.csv:1: dates M/D/Y, as 3 dates have a day above 12 second');
    expect(stderr).toContain('harvard.csv:1: 3 dates with a two-digit year: 00–68 read as 20xx, 69–99 as 19xx');
    expect(stderr).toContain('harvard.csv:5: not imported: row has 3 cells, the header 5');
    expect(stderr).toContain('harvard.csv:6: not imported: duplicate of harvard.csv:2 (same URL)');
    expect(stderr).toContain('harvard.csv:3: type podcast, from Title "Podcast: The hidden labour of AI"');
    expect(stderr).toContain('harvard.csv:2: journalist "Gregory Perreault" guessed');
    expect(stderr).toContain('harvard.csv:2: Outlet: spaces trimmed');
    expect(stderr.trim().split('\n').pop()).toBe('5 items: 3 written, 1 duplicate, 1 unreadable');
    await expectValid(corpus);
  });

  it('reads date-times as their day, reports the empty date with its line, keeps paper_id in the body', async () => {
    const { corpus, code, stderr } = await importInto(['papers.csv']);
    expect(code).toBe(1);
    const entries = await listed(corpus);
    expect(byTitle(entries, 'The People Behind the Chatbots')).toMatchObject({ date: '2025-10-22', outlet: 'New York Times', type: 'press' });
    expect(byTitle(entries, 'The Gig economy episode')).toMatchObject({ date: '2024-11-30', type: 'podcast' });
    expect(stderr).toContain('papers.csv:4: not imported: no date');
    expect(stderr).toContain('papers.csv:1: 2 dates with a time of day: the day kept as written, the time dropped');
    expect(stderr).toContain('papers.csv:5: type podcast, from publication "The Gig Podcast"');
    const file = readFileSync(join(corpus, '2025-10-22-new-york-times.md'), 'utf8');
    expect(file).toContain('\npaper_id: p1\n');
    expect(stderr.trim().split('\n').pop()).toBe('4 items: 3 written, 1 without a date');
  });

  it('keeps partial dates partial and takes the type from a kind column', async () => {
    const { corpus, code } = await importInto(['kinds.csv']);
    expect(code).toBe(0);
    expect((await listed(corpus)).map((e) => [e.date, e.type])).toEqual([['2024-12', 'press'], ['2024', 'video']]);
  });

  it('places a column with --map and sets the type and language of items that give none', async () => {
    const corpus = makeCorpus({});
    const csv = 'Headline,Show,Station,When\nOn air,Le Grand Face-à-face,France Inter,2021-02-03\n';
    const result = await clic(['import', '-', '--corpus', corpus, '--map', 'Show=program', '--type', 'podcast', '--lang', 'French'], { stdin: csv });
    expect(result.code).toBe(0);
    expect(await listed(corpus)).toMatchObject([{ title: 'On air', program: 'Le Grand Face-à-face', outlet: 'France Inter', type: 'podcast', language: 'fr', date: '2021-02-03' }]);
  });
});

describe('clic import: YAML data lists', () => {
  it('keeps the good items of a list whose last items are mis-indented, and reports the broken ones by line', async () => {
    const { corpus, code, stderr } = await importInto(['press.yml']);
    expect(code).toBe(1);
    expect((await listed(corpus)).map((e) => [e.date, e.outlet, e.title])).toEqual([
      ['2023-06-01', 'BBC News', 'Ghost workers of AI'],
      ['2022-11-15', 'Libération', 'Les travailleurs du clic'],
      ['2021-09', 'The Guardian', 'Micro-work explained'],
    ]);
    expect(stderr).toContain('press.yml:13: not imported: `-date: 2021-03-02` is not an item of the list');
    expect(stderr).toContain('press.yml:16: not imported: `title: Broken item two` is not an item of the list');
  });
});

describe('clic import: al-folio BibTeX', () => {
  it('reads radio and podcasts from @article journals, month macros, HTML titles, custom fields and duplicate keys', async () => {
    const { corpus, code, stderr } = await importInto(['al-folio.bib']);
    expect(code).toBe(1);
    const entries = await listed(corpus);
    expect(byTitle(entries, 'Who trains AI? On KIRO Newsradio')).toMatchObject({ type: 'podcast', date: '2021-09', url: 'https://mynorthwest.com/kiro/ai-workers' });
    expect(byTitle(entries, 'Romance, labour and the platform economy')).toMatchObject({
      type: 'podcast', date: '2020-03', url: 'https://fatedmates.net/episodes/s03e14',
      people: [{ name: 'Sarah MacLean', role: 'host' }, { name: 'Jennifer Prokop', role: 'host' }],
    });
    expect(byTitle(entries, 'Le travail du clic au café')).toMatchObject({ outlet: 'Télérama', date: '2019-10-05', language: 'fr' });
    expect(byTitle(entries, 'Duplicate key, another item')).toMatchObject({ outlet: 'NPR', date: '2018-12' });
    expect(stderr).toContain('al-folio.bib:16: type podcast, from journal "Fated Mates Podcast"');
    expect(stderr).toContain('al-folio.bib:6: url taken from the link in title');
    expect(stderr).toContain('al-folio.bib:35: key `kiro2021` is also the key of the entry at line 6');
    expect(stderr).toMatch(/al-folio\.bib:42: not imported: entry `broken2017` not read/);
    const kiro = readFileSync(join(corpus, '2021-09-kiro-newsradio.md'), 'utf8');
    expect(kiro).toContain('Live segment with the host & callers');
    expect(kiro).toContain('color: #ff0000');
    expect(kiro).not.toMatch(/<b>|¡|¿/);
    await expectValid(corpus);
  });
});

describe('clic import: other sites\' pages', () => {
  it('maps platform, channel, host, video_url, a language name, description and summary; reports the unclosed page', async () => {
    const { corpus, code, stderr } = await importInto(['pages/2022-baku-talk.md', 'pages/2021-entretien.md', 'pages/broken.md']);
    expect(code).toBe(1);
    const entries = await listed(corpus);
    expect(byTitle(entries, 'Süni intellekt və iş')).toMatchObject({
      type: 'video', date: '2022-04-09', outlet: 'Baku Tech Talks', language: 'az', url: 'https://www.youtube.com/watch?v=xyz789',
      people: [{ name: 'Leyla Aliyeva', role: 'host' }],
    });
    expect(byTitle(entries, 'Entretien avec Le Temps')).toMatchObject({ type: 'interview', date: '2021-03-15', url: 'https://www.letemps.ch/entretien-clic' });
    const baku = readFileSync(join(corpus, '2022-04-09-baku-tech-talks.md'), 'utf8');
    expect(baku).toMatch(/\n---\n\nA conversation about AI and labour\.\n\nRecorded in Baku\.\n\nplatform: YouTube\n\nSome notes from the page body\.\n$/);
    expect(stderr).toContain('pages/2022-baku-talk.md:1: language "Azerbaijani" written as az');
    expect(stderr).toContain('pages/2022-baku-talk.md:1: layout: left out');
    expect(stderr).toContain('pages/broken.md:1: not imported: front matter not read');
  });
});

describe('clic import: Zotero', () => {
  it('reads CSL-JSON interviews, podcasts, radio and TV broadcasts, videos, articles, talks and books', async () => {
    const { corpus, code, stderr } = await importInto(['zotero.json']);
    expect(code).toBe(1);
    const entries = await listed(corpus);
    expect(entries.map((e) => [e.title, e.type, e.date, e.outlet, e.program ?? null])).toEqual([
      ['Episode 12: ghost work', 'podcast', '2021-06', "Tech Won't Save Us", "Tech Won't Save Us"],
      ['Les ouvriers du clic', 'interview', '2020-10-15', 'National Geographic France', null],
      ['La Méthode scientifique', 'podcast', '2020-03-15', 'France Culture', 'La Méthode scientifique'],
      ['Invisibles', 'video', '2020-02-12', 'France Télévisions', null],
      ['Tribune : le travail invisible', 'op-ed', '2020-02-06', 'Le Monde', null],
      ['Talk at the IEA', 'video', '2020-01-14', 'YouTube', null],
      ['Keynote: digital labour', 'event', '2019-05-03', 'Université de Montréal', null],
      ['En attendant les robots', 'book', '2019-01-03', 'Éditions du Seuil', null],
      ['The gig economy\'s hidden workforce', 'press', '2019', 'The Atlantic', null],
    ]);
    expect(byTitle(entries, 'Les ouvriers du clic').people).toEqual([
      { name: 'Antonio A. Casilli', role: 'interviewee' },
      { name: 'Marie-Amélie Carpio', role: 'interviewer' },
    ]);
    expect(byTitle(entries, 'Episode 12: ghost work').people).toEqual([{ name: 'Paris Marx', role: 'host' }, { name: 'Antonio Casilli', role: 'guest' }]);
    expect(stderr).toContain('zotero.json:33: director "France Télévisions" is an organisation');
    expect(stderr).toContain('zotero.json:1: medium: no field takes them; kept in the body');
    expect(stderr).toContain('zotero.json:1: id, accessed: left out');
    expect(readFileSync(join(corpus, '2021-06-tech-won-t-save-us.md'), 'utf8')).toMatch(/\n---\n\nmedium: MP3\n$/);
    expect(stderr).toContain('zotero.json:64: not imported: no usable date in issued "sometime"');
  });

  it('reads RIS interviews, sound, TV, video, news, magazine, blog, slides and books', async () => {
    const { corpus, code, stderr } = await importInto(['zotero.ris']);
    expect(code).toBe(1);
    const entries = await listed(corpus);
    expect(byTitle(entries, 'Entretien sur le micro-travail')).toMatchObject({
      type: 'interview', date: '2020-05', outlet: 'Relations', language: 'fr',
      people: [{ name: 'Antonio A. Casilli', role: 'interviewee' }, { name: 'Claire Dupont', role: 'interviewer' }],
    });
    expect(byTitle(entries, 'Intelligences artificielles')).toMatchObject({ type: 'podcast', date: '2020-08-18', outlet: 'France Inter', program: 'L’été comme jamais' });
    expect(byTitle(entries, 'JT 20H')).toMatchObject({ type: 'video', date: '2020', outlet: 'France 2' });
    expect(byTitle(entries, 'Les travailleurs du clic sortent de l’ombre')).toMatchObject({ type: 'press', tags: ['micro-travail', 'plateformes'] });
    expect(byTitle(entries, 'Présentation au Forum')).toMatchObject({ type: 'event', place: 'Paris' });
    expect(byTitle(entries, 'En attendant les robots')).toMatchObject({ type: 'book', people: [{ name: 'Antonio A. Casilli', role: 'author' }] });
    expect(stderr).toContain('zotero.ris:46: not imported: no date');
    expect(byTitle(entries, 'Le travail du clic')).toMatchObject({
      type: 'podcast', outlet: 'France Culture', program: 'La Méthode scientifique', people: [{ name: 'Antonio A. Casilli', role: 'host' }],
    });
    expect(stderr.trim().split('\n').pop()).toBe('10 items: 9 written, 1 without a date');
  });
});

describe('clic import: writing', () => {
  it('writes nothing the second time the same file is imported', async () => {
    const first = await importInto(['kinds.csv']);
    const files = mdFiles(first.corpus);
    const second = await importInto(['kinds.csv'], [], first.corpus);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain('kinds.csv:2: not imported: duplicate of 2024-12-le-monde.md (same URL)');
    expect(second.stderr.trim().split('\n').pop()).toBe('2 items: 0 written, 2 duplicates');
    expect(mdFiles(first.corpus)).toEqual(files);
  });

  it('finds a duplicate by outlet, date and a near-identical title when the URLs differ', async () => {
    const corpus = makeCorpus({});
    const csv = 'title,outlet,date,url\nLes forçats du clic,Le Monde,2024-12,https://a.example/1\nLes forcats du clic !,Le Monde,2024-12,https://b.example/2\n';
    const result = await clic(['import', '-', '--corpus', corpus], { stdin: csv });
    expect(result.stderr).toContain('-:3: not imported: duplicate of -:2 (same outlet, date and title)');
  });

  it('--dry-run writes nothing and prints the same report and paths', async () => {
    const dry = await importInto(['zotero.ris'], ['--dry-run']);
    expect(mdFiles(dry.corpus)).toEqual([]);
    const real = await importInto(['zotero.ris'], [], dry.corpus);
    expect(dry.stdout).toBe(real.stdout);
    expect(dry.stderr.replaceAll('would write', 'written as').replace(' to write', ' written').replace(' (dry run: nothing was written)', '')).toBe(real.stderr);
  });

  it('never overwrites: an id already taken gets the next free one', async () => {
    const existing = '---\ntitle: "Other"\ntype: press\ndate: 2024-12\noutlet: Le Monde\n---\n';
    const { corpus, code } = await importInto(['kinds.csv'], [], makeCorpus({ '2024-12-le-monde.md': existing }));
    expect(code).toBe(0);
    expect(readFileSync(join(corpus, '2024-12-le-monde.md'), 'utf8')).toBe(existing);
    expect(mdFiles(corpus)).toEqual(['2024-12-le-monde-2.md', '2024-12-le-monde.md', '2024-arte.md']);
  });

  it('keeps titles with quotes, colons, hashes and YAML words exactly', async () => {
    const corpus = makeCorpus({});
    const csv = 'title,outlet,date\n"Re: ""yes"" # no: 1984",no,2020\n';
    const result = await clic(['import', '-', '--corpus', corpus], { stdin: csv });
    expect(result.code).toBe(0);
    expect(await listed(corpus)).toMatchObject([{ title: 'Re: "yes" # no: 1984', outlet: 'no', date: '2020' }]);
  });

  it('--format json gives scripts every item with its outcome', async () => {
    const { stdout, stderr } = await importInto(['papers.csv'], ['--format', 'json', '--dry-run']);
    const report = JSON.parse(stdout);
    expect(stderr).toBe('');
    expect(report.summary).toBe('4 items: 3 to write, 1 without a date');
    expect(report.items.map((i: { line: number; outcome: string }) => [i.line, i.outcome])).toEqual([[2, 'write'], [3, 'write'], [4, 'no-date'], [5, 'write']]);
    expect(report.items[0].entry).toMatchObject({ title: 'The People Behind the Chatbots', date: '2025-10-22' });
  });

  it.each<[string, string[], RegExp]>([
    ['the bundled corpus', [], /the corpus bundled with clic is read-only: nothing was written/],
    ['an unknown --from', ['--from', 'xls'], /--from/],
    ['a bad --map', ['--map', 'nothing'], /--map nothing: expected COLUMN=FIELD/],
    ['a --map to no field', ['--map', 'a=colour'], /expected COLUMN=FIELD/],
    ['an unknown --type', ['--type', 'vidoe'], /--type: unknown type `vidoe`/],
    ['a missing file', ['nope.csv'], /cannot read nope\.csv: no such file/],
    ['two `-`', ['-', '-'], /can be given once/],
  ])('refuses %s with exit 2 and writes nothing', async (_what, args, message) => {
    const corpus = makeCorpus({});
    const bundled = args.length === 0;
    const argv = ['import', ...(args[0] === 'nope.csv' || args[0] === '-' ? args : ['kinds.csv', ...args]), ...(bundled ? [] : ['--corpus', corpus])];
    const result = await clic(argv, { cwd: FIXTURES });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(mdFiles(corpus)).toEqual([]);
    expect(mdFiles(join(ROOT, 'corpus')).filter((f) => f !== 'README.md')).toHaveLength(25);
  });
});

describe('clic import: broken Zotero exports', () => {
  it.each<[string, string, string, RegExp]>([
    ['CSL-JSON that is not JSON', 'csl-json', '[{"type": "book", "title": "x",', /-:1: not imported: not JSON/],
    ['a CSL item that is not an object', 'csl-json', '[\n  "text",\n  {"type": "book", "title": "Kept", "publisher": "P", "issued": {"date-parts": [[2020]]}}\n]', /1 written, 1 unreadable/],
    ['RIS tags before any TY', 'ris', 'TI  - Lost\r\nTY  - BOOK\r\nTI  - Kept\r\nPB  - P\r\nPY  - 2020\r\nER  - \r\n', /-:1: not imported: tag TI outside a record/],
  ])('%s: reported by line, the good items kept', async (_what, from, input, message) => {
    const corpus = makeCorpus({});
    const result = await clic(['import', '--from', from, '-', '--corpus', corpus], { stdin: input });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect((await listed(corpus)).map((e) => e.title)).toEqual(from === 'csl-json' && input.startsWith('[{') ? [] : ['Kept']);
  });

  it('reads a RIS record whose ER is missing, and says so', async () => {
    const corpus = makeCorpus({});
    const result = await clic(['import', '--from', 'ris', '-', '--corpus', corpus], { stdin: 'TY  - VIDEO\r\nTI  - Talk\r\nPB  - YouTube\r\nDA  - 2021/02/03/\r\n' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('-:1: last record has no `ER  - `; read to the end');
    expect(await listed(corpus)).toMatchObject([{ title: 'Talk', type: 'video', date: '2021-02-03' }]);
  });
});

describe('clic import: hostile text', () => {
  it('writes no control character into a file or the report, and no markup into the body', async () => {
    const corpus = makeCorpus({});
    const csv = 'title,outlet,date,url,notes,\u001b[31mcolour\n"Red\u001b[31m title\u0007",Outlet\u202e,2020,javascript:alert(1),"<script>alert(1)</script>Fine","\u001b]0;x\u0007v"\n';
    const result = await clic(['import', '-', '--corpus', corpus], { stdin: csv });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    const [file] = mdFiles(corpus);
    const text = readFileSync(join(corpus, file!), 'utf8');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]|<script|\[31m/);
    expect(text).toMatch(/^title: "Red title"$/m);
    expect(text).not.toMatch(/^url: "/m);
    expect(result.stderr).toContain('url "javascript:alert(1)" is not an http(s) URL; kept in the body');
    await expectValid(corpus);
  });
});

it('refuses `-` when standard input is a terminal', async () => {
  const result = await clic(['import', '-', '--corpus', makeCorpus({})], { stdinIsTTY: true });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/standard input, but it is a terminal/);
});

describe('clic import: a list under a key', () => {
  it('reads the items of `press:` and leaves out, with a note, the keys after the list', async () => {
    const corpus = makeCorpus({});
    const yaml = '---\npress:\n  - date: 2020-01-02\n    title: A\n    venue: V\n  - date: 2020-01-03\n    title: B\n    venue: W\nother: 1\n';
    const result = await clic(['import', '--from', 'yaml', '-', '--corpus', corpus], { stdin: yaml });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('-:9: the list ends here; the rest of the file is left out');
    expect((await listed(corpus)).map((e) => e.title)).toEqual(['B', 'A']);
  });
});
