// `bibtex` with plain.bst over the BibTeX export: no error, no warning, every entry typeset.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/fs/read-corpus.js';
import { CORPORA, exportTo, installed, run, titleFor } from './support.js';

const available = installed('command -v bibtex') && installed('kpsewhich plain.bst');

describe.skipIf(!available)(titleFor('bibtex with plain.bst', available, 'texlive-binaries texlive-base'), () => {
  it.each(CORPORA)('runs clean on %s', async (_, corpus) => {
    const dir = await exportTo('bibtex', corpus, 'media.bib');
    // What LaTeX writes for \nocite{*}\bibliographystyle{plain}\bibliography{media}.
    writeFileSync(join(dir, 'paper.aux'), '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{media}\n');
    const result = run('bibtex', ['paper'], dir);
    const log = readFileSync(join(dir, 'paper.blg'), 'utf8');
    expect(result.status, result.stdout).toBe(0);
    // The log counts the calls to warning$: zero, and no message of another kind either.
    expect(log).toContain('warning$ -- 0');
    expect(`${result.stdout}${result.stderr}${log}`).not.toMatch(/Warning--|error message|I was expecting|I'm skipping|illegal/i);
    const bbl = readFileSync(join(dir, 'paper.bbl'), 'utf8');
    expect(bbl.match(/\\bibitem\{/g)).toHaveLength(readCorpus(corpus).entries.length);
  });
});
