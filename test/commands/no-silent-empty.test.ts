// Filters that can match nothing by mistake are errors with a suggestion, not an empty result.
import { describe, expect, it } from 'vitest';
import { clic, entryText, makeCorpus } from '../support/cli.js';

const corpus = makeCorpus({
  '2021-05-wired-uk.md': entryText({ outlet: 'Wired UK', date: '2021-05', language: 'en' }),
  '2020-arte.md': entryText({ outlet: 'Arte', date: '2020', language: 'fr' }),
});

describe('usage errors instead of silent empty results', () => {
  it.each([
    [['list', '--lang', 'english'], 2, 'clic: --lang: `english` is not an ISO 639-1 language code\ndid you mean --lang en?\n'],
    [['stats', '--lang', 'Français'], 2, 'clic: --lang: `Français` is not an ISO 639-1 language code\ndid you mean --lang fr?\n'],
    [['list', '--lang', 'xx'], 2, 'clic: --lang: `xx` is not an ISO 639-1 language code\nuse a two-letter code such as fr or en\n'],
    [['list', '--since', '2022', '--until', '2021'], 2, 'clic: --since 2022 is after --until 2021: no entry can match\nswap them: --since 2021 --until 2022\n'],
    [['export', '--format', 'bibtex', '--since', '2021-06', '--until', '2021-05-31'], 2, 'clic: --since 2021-06 is after --until 2021-05-31: no entry can match\nswap them: --since 2021-05-31 --until 2021-06\n'],
    [['list', '--id', '2021-05-wired'], 1, 'clic: no entry has the id `2021-05-wired`; did you mean `2021-05-wired-uk`?\n'],
    [['export', '--format', 'ris', '--id', '2020-arte,2021-05-wired-ku'], 1, 'clic: no entry has the id `2021-05-wired-ku`; did you mean `2021-05-wired-uk`?\n'],
    [['stats', '--id', 'nope'], 1, 'clic: no entry has the id `nope`\n'],
    [['list', 'video'], 2, 'clic: unexpected argument `video`\ndid you mean --type video?\n'],
    [['stats', '2020'], 2, 'clic: unexpected argument `2020`\ndid you mean --year 2020?\n'],
    [['list', 'robots'], 2, 'clic: unexpected argument `robots`\nfilters are flags (--type, --outlet, --person…); to find text, use clic search "robots"\n'],
    [['list', '--type', 'talk'], 2, 'clic: --type: unknown type `talk`, did you mean `event`?\nvalid types: interview, podcast, video, op-ed, press, award, event, book\n'],
  ])('clic %j: exit %i', async (argv, code, stderr) => {
    const result = await clic([...argv, '--corpus', corpus]);
    expect(result).toEqual({ code, stdout: '', stderr });
  });

  it('a language code in another case, and same-day spans, still match', async () => {
    expect((await clic(['list', '--lang', 'EN', '--format', 'ids', '--corpus', corpus])).stdout).toBe('2021-05-wired-uk\n');
    expect((await clic(['list', '--since', '2021-05', '--until', '2021-05', '--format', 'ids', '--corpus', corpus])).stdout).toBe('2021-05-wired-uk\n');
  });
});
