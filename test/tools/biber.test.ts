// biber validates the BibLaTeX export against its default data model and has nothing to say.
import { describe, expect, it } from 'vitest';
import { CORPORA, exportTo, installed, run, titleFor } from './support.js';

const available = installed('command -v biber');

describe.skipIf(!available)(titleFor('biber', available, 'biber'), () => {
  it.each(CORPORA)('validates %s against the default data model without a message', async (_, corpus) => {
    const dir = await exportTo('biblatex', corpus, 'media.bib');
    const result = run('biber', ['--tool', '--validate-datamodel', '--dieondatamodel', 'media.bib'], dir);
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).not.toMatch(/^(WARN|ERROR)/m);
    expect(output).toContain('Datamodel validation complete');
  });
});
