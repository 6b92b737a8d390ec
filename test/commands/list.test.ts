import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus } from '../support/cli.js';

const corpus = makeCorpus({
  'may.md': entryText({ title: '"Partial May"', type: 'podcast', date: '2020-05', outlet: 'France Inter', language: 'fr', tags: '[micro-travail, ia]' }),
  'may-mid.md': entryText({ title: '"Mid May"', type: 'video', date: '2020-05-14', outlet: 'Europe 1', people: '[{ name: Marie-Amélie Carpio, role: interviewer }]' }),
  'year.md': entryText({ title: '"Whole year"', type: 'press', date: '2020', outlet: 'L’Œuvre', language: 'en' }),
  'later.md': entryText({ title: '"Later"', type: 'video', date: '2021-01-02', outlet: 'Nova' }),
  'tie-a.md': entryText({ title: '"Tie A"', type: 'book', date: '2019-03-01', outlet: 'Seuil' }),
  'tie-b.md': entryText({ title: '"Tie B"', type: 'book', date: '2019-03-01', outlet: 'Seuil' }),
});
const ids = async (...args: string[]) => {
  const result = await clic(['list', '--corpus', corpus, '--format', 'ids', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.trim().split('\n').filter(Boolean);
};

describe('clic list: filters', () => {
  it.each<[string, string[], string[]]>([
    ['newest first, partial dates after the days they cover, ties by id', [], ['later', 'may-mid', 'may', 'year', 'tie-a', 'tie-b']],
    ['--type=video', ['--type=video'], ['later', 'may-mid']],
    ['--type video (same thing)', ['--type', 'video'], ['later', 'may-mid']],
    ['--type in capitals', ['--type=VIDEO'], ['later', 'may-mid']],
    ['comma list', ['--type', 'video,press'], ['later', 'may-mid', 'year']],
    ['repeated flag', ['--type', 'video', '--type', 'press'], ['later', 'may-mid', 'year']],
    ['outlet part and case', ['--outlet', 'inter'], ['may']],
    ['outlet with œ typed as oe', ['--outlet', "l'oeuvre"], ['year']],
    ['person without accents', ['--person', 'marie-amelie'], ['may-mid']],
    ['tag part', ['--tag', 'travail'], ['may']],
    ['language', ['--lang', 'en'], ['year']],
    ['id', ['--id', 'later,tie-a'], ['later', 'tie-a']],
    ['--since inside a partial month', ['--since', '2020-05-15'], ['later', 'may', 'year']],
    ['--until a year keeps all of it', ['--until', '2020'], ['may-mid', 'may', 'year', 'tie-a', 'tie-b']],
    ['--since and --until as months', ['--since', '2020-02', '--until', '2020-03'], ['year']],
    ['--year', ['--year', '2021'], ['later']],
    ['two years', ['--year', '2019,2021'], ['later', 'tie-a', 'tie-b']],
    ['different flags must all hold', ['--type', 'video', '--year', '2020'], ['may-mid']],
    ['no match is still success', ['--outlet', 'nothing like it'], []],
    ['--sort title', ['--sort', 'title'], ['later', 'may-mid', 'may', 'tie-a', 'tie-b', 'year']],
    ['--reverse', ['--reverse'], ['tie-a', 'tie-b', 'year', 'may', 'may-mid', 'later']],
    ['--limit', ['--limit', '2'], ['later', 'may-mid']],
  ])('%s', async (_name, args, expected) => {
    expect(await ids(...args)).toEqual(expected);
  });

  it.each([
    [['--type', 'vidoe'], /unknown type `vidoe`, did you mean `video`\?[\s\S]*valid types: interview, podcast, video/],
    [['--since', '2020-02-30'], /--since: `2020-02-30` is not a valid date[\s\S]*YYYY-MM-DD/],
    [['--until', 'Oct 2020'], /--until: `Oct 2020` is not a valid date/],
    [['--year', '20'], /--year: `20` is not a year/],
    [['--limit', 'ten'], /--limit must be a whole number/],
    [['--sort', 'size'], /argument 'size' is invalid. Allowed choices are date, title, outlet, type/],
    [['--format', 'xml'], /Allowed choices are table, tsv, json, ndjson, csv, ids/],
    [['--colour', 'never'], /unknown option '--colour'[\s\S]*Did you mean --color\?/],
  ])('%j is a usage error that names the valid forms', async (args, message) => {
    const result = await clic(['list', '--corpus', corpus, ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});

describe('clic list: formats', () => {
  it('writes TSV into a pipe by default, with a header', async () => {
    const result = await clic(['list', '--corpus', corpus, '--id', 'may']);
    expect(result.stdout).toBe('id\tdate\ttype\toutlet\ttitle\nmay\t2020-05\tpodcast\tFrance Inter\tPartial May\n');
  });

  it('writes a table on a terminal', async () => {
    const result = await clic(['list', '--corpus', corpus, '--id', 'may'], { tty: true, env: { NO_COLOR: '1' } });
    expect(result.stdout).toBe('DATE     TYPE     OUTLET        TITLE\n2020-05  podcast  France Inter  Partial May\n');
  });

  it('gives JSON objects with every field normalised and no body', async () => {
    const result = await clic(['list', '--corpus', corpus, '--id', 'may-mid', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([{
      id: 'may-mid', path: 'may-mid.md', title: 'Mid May', type: 'video', date: '2020-05-14', outlet: 'Europe 1',
      program: null, issue: null, place: null, language: null, url: null,
      people: [{ name: 'Marie-Amélie Carpio', role: 'interviewer' }], tags: [], quotes: [], related: [], updates: [], key: null,
    }]);
  });

  it('gives one JSON object per line as NDJSON', async () => {
    const result = await clic(['list', '--corpus', corpus, '--format', 'ndjson', '--limit', '3']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['later', 'may-mid', 'may']);
  });

  it('gives RFC 4180 CSV that a parser reads back', async () => {
    const result = await clic(['list', '--corpus', corpus, '--format', 'csv', '--id', 'year']);
    expect(result.stdout).toContain('\r\n');
    const [header, row] = parse(result.stdout) as string[][];
    expect(header?.slice(0, 5)).toEqual(['id', 'date', 'type', 'title', 'outlet']);
    expect(row?.slice(0, 5)).toEqual(['year', '2020', 'press', 'Whole year', 'L’Œuvre']);
  });

  it('quotes a CSV cell that holds a bare line feed, as RFC 4180 readers need', async () => {
    const dir = makeCorpus({ 'two.md': entryText({ quotes: '["first", "second"]' }) });
    const result = await clic(['list', '--corpus', dir, '--format', 'csv']);
    expect(result.stdout).toContain(',"first\nsecond",');
  });

  it('keeps dates as written in every time zone', async () => {
    const result = await clic(['list', '--corpus', corpus, '--format', 'json', '--id', 'later'], { env: { TZ: 'Pacific/Kiritimati' } });
    expect(JSON.parse(result.stdout)[0].date).toBe('2021-01-02');
  });
});

describe('clic list: a broken file among good ones', () => {
  it('lists the good entries and says on stderr how many files were skipped', async () => {
    const dir = makeCorpus({ 'good.md': entryText(), 'bad.md': '---\ntitle: [\n---\n', 'worse.md': 'no front matter' });
    const result = await clic(['list', '--corpus', dir, '--format', 'ids']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('good\n');
    expect(result.stderr).toBe('clic: 2 files skipped because of errors (run `clic validate` to see them)\n');
  });
});
