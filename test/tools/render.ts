// Renders clic's exports the way a reader sees them — pdflatex with biblatex and biber, pdflatex
// with bibtex, pandoc's citeproc — and reads the rendered text back, reference by reference.
// One document per style holds every entry, so that a corpus costs one run per style.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clic } from '../support/cli.js';
import { run } from './support.js';

export interface Rendered {
  /** Citation key → the text of its reference, as rendered. */
  references: Map<string, string>;
  /** Citation key → the text of `\citet{key}`, for natbib. */
  citations: Map<string, string>;
  /** The LaTeX errors of the log (`! …` lines), the tools' own errors, and what the tools said. */
  errors: string[];
  output: string;
}

export interface Exported {
  dir: string;
  file: string;
  stderr: string;
}

/** `clic export` of a whole corpus into a fresh folder. */
export async function exportCorpus(format: string, corpus: string, dir: string, file: string): Promise<Exported> {
  const result = await clic(['export', '--format', format, '--corpus', corpus]);
  if (result.code !== 0) throw new Error(`clic export failed: ${result.stderr}`);
  writeFileSync(join(dir, file), result.stdout);
  return { dir, file, stderr: result.stderr };
}

// A standard French preamble, as the issue's user has it, with Type 1 fonts so that pdftotext
// reads the text back; no hyphenation, so that no word is cut in the text read back.
const PREAMBLE = String.raw`\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{mathptmx}
\usepackage[english,french]{babel}
\usepackage{csquotes}
\usepackage[hyphens]{url}
`;
const UNHYPHENATED = String.raw`\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000
`;

/** Where each reference starts in the text: `@@key@@`. */
const MARK = /@@([A-Za-z0-9:-]+)@@/g;
const CITE_MARK = /\+\+([A-Za-z0-9:-]+)\+\+/g;
const END_OF_CITATIONS = '==END==';

function split(text: string, mark: RegExp): Map<string, string> {
  const parts = new Map<string, string>();
  const matches = [...text.matchAll(mark)];
  matches.forEach((match, i) => {
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    parts.set(match[1]!, text.slice(match.index + match[0].length, end).trim());
  });
  return parts;
}

/** `! …` lines of a LaTeX log, each with the line after it (where the message goes on). */
function latexErrors(log: string): string[] {
  const lines = log.split('\n');
  return lines.flatMap((line, i) => (line.startsWith('! ') ? [`${line} ${lines[i + 1] ?? ''}`.trim()] : []));
}

function pdflatex(dir: string, outputs: string[]): void {
  const result = run('pdflatex', ['-interaction=nonstopmode', 'paper.tex'], dir);
  outputs.push(result.stdout, result.stderr);
}

function readBack(dir: string, outputs: string[], citations: boolean): Rendered {
  const log = readFileSync(join(dir, 'paper.log'), 'latin1');
  const text = run('pdftotext', ['-enc', 'UTF-8', '-nopgbrk', 'paper.pdf', '-'], dir).stdout;
  const [cited, bibliography] = citations ? text.split(END_OF_CITATIONS) : ['', text];
  return {
    references: split(bibliography ?? '', MARK),
    citations: split(cited ?? '', CITE_MARK),
    errors: latexErrors(log),
    output: outputs.join('\n'),
  };
}

/** pdflatex, biber, pdflatex over the BibLaTeX export `media.bib` in `dir`, with a biblatex style. */
export function renderBiblatex(dir: string, style: 'authoryear' | 'apa'): Rendered {
  writeFileSync(join(dir, 'paper.tex'), `${PREAMBLE}\\usepackage[style=${style},backend=biber]{biblatex}
\\addbibresource{media.bib}
\\renewbibmacro*{begentry}{@@\\thefield{entrykey}@@ }
\\begin{document}
${UNHYPHENATED}\\nocite{*}
\\printbibliography
\\end{document}
`);
  const outputs: string[] = [];
  pdflatex(dir, outputs);
  const biber = run('biber', ['paper'], dir);
  outputs.push(biber.stdout, biber.stderr);
  pdflatex(dir, outputs);
  const rendered = readBack(dir, outputs, false);
  rendered.errors.push(...`${biber.stdout}${biber.stderr}`.split('\n').filter((line) => /^ERROR/.test(line)));
  if (biber.status !== 0) rendered.errors.push(`biber exited with ${biber.status}`);
  return rendered;
}

/**
 * pdflatex, bibtex, pdflatex twice over the BibTeX export `media.bib` in `dir`. With plainnat,
 * the document cites every key with natbib's `\citet` first, so that the labels can be read.
 */
export function renderBibtex(dir: string, style: 'plain' | 'plainnat', keys: readonly string[]): Rendered {
  const natbib = style === 'plainnat';
  const cites = natbib ? `${keys.map((key) => `\\noindent ++${key}++ \\citet{${key}}\\par`).join('\n')}\n${END_OF_CITATIONS}\n` : '';
  writeFileSync(join(dir, 'paper.tex'), `${PREAMBLE}${natbib ? '\\usepackage[round,authoryear]{natbib}\n' : ''}\\begin{document}
${UNHYPHENATED}${cites}\\nocite{*}
\\bibliographystyle{${style}}
\\bibliography{media}
\\end{document}
`);
  const outputs: string[] = [];
  pdflatex(dir, outputs);
  const bibtex = run('bibtex', ['paper'], dir);
  outputs.push(bibtex.stdout, bibtex.stderr);
  // Each reference starts with its key, written after its \bibitem before LaTeX reads the .bbl.
  const bbl = readFileSync(join(dir, 'paper.bbl'), 'utf8');
  writeFileSync(join(dir, 'paper.bbl'), bbl.replace(/(\\bibitem(?:\[[^\]]*\])?\{([^}]+)\})/g, '$1@@$2@@ '));
  pdflatex(dir, outputs);
  pdflatex(dir, outputs);
  const rendered = readBack(dir, outputs, natbib);
  const blg = readFileSync(join(dir, 'paper.blg'), 'utf8');
  rendered.errors.push(...blg.split('\n').filter((line) => /error message|I was expecting|I'm skipping|illegal/i.test(line)));
  return rendered;
}

/** The `\bibitem[label]` labels of the last BibTeX run in `dir`, by key. */
export function bibitemLabels(dir: string): Map<string, string> {
  const bbl = readFileSync(join(dir, 'paper.bbl'), 'utf8');
  return new Map([...bbl.matchAll(/\\bibitem\[([^\]]*)\]\{([^}]+)\}/g)].map((m) => [m[2]!, m[1]!.replace(/\s+/g, ' ')]));
}

// Puts `@@key@@` before each reference that citeproc makes, so that pandoc's plain text can be split.
const MARK_FILTER = `function Div(div)
  if div.classes:includes('csl-entry') then
    local key = div.identifier:gsub('^ref%-', '')
    table.insert(div.content, 1, pandoc.Plain({ pandoc.Str('@@' .. key .. '@@') }))
    return div
  end
end
`;

/** `pandoc --citeproc` over the CSL-JSON export `media.json` in `dir`, with a CSL style, to plain text. */
export function renderCiteproc(dir: string, style: string): Rendered {
  writeFileSync(join(dir, 'paper.md'), '---\nnocite: "@*"\n---\n');
  writeFileSync(join(dir, 'mark.lua'), MARK_FILTER);
  const result = run('pandoc', ['paper.md', '--citeproc', '--lua-filter', 'mark.lua', '--bibliography', 'media.json', '--csl', style, '-t', 'plain', '--wrap=none'], dir);
  const errors = result.status === 0 ? [] : [`pandoc exited with ${result.status}`];
  const references = unsubstituted(split(result.stdout, MARK));
  return { references, citations: new Map(), errors: [...errors, ...result.stderr.split('\n').filter((l) => l !== '')], output: result.stderr };
}

/**
 * Chicago prints "———." for the author of a reference whose author is the previous one's (its
 * subsequent-author-substitute): the names are put back, so that each reference reads whole.
 */
function unsubstituted(references: Map<string, string>): Map<string, string> {
  let author = '';
  for (const [key, text] of references) {
    if (text.startsWith('———')) {
      references.set(key, `${author}${text.slice('———'.length)}`);
    } else {
      author = /^(.*?)\. (?=\d{4}|n\.d\.)/.exec(text)?.[1] ?? '';
    }
  }
  return references;
}
