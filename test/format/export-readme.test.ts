// The README's export mapping tables are made from the writers' own tables: if one changes,
// this test shows the table the README must hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES, ROLES } from '../../src/core/schema.js';
import { AUTHOR_ROLES } from '../../src/format/bibliography.js';
import { BIB_TYPES, BIBLATEX_FIELDS, BIBTEX_FIELDS } from '../../src/format/bibtex.js';
import { CSL_ROLES, CSL_TYPES } from '../../src/format/csl.js';
import { RIS_TYPES } from '../../src/format/ris.js';
import { ROOT } from '../support/cli.js';

const table = (header: string[], rows: string[][]): string =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const code = (text: string | null): string => (text === null ? '—' : `\`${text}\``);

/** A BibTeX or BibLaTeX table: each type's entry type, then where its fields go. */
const bibTable = (fields: typeof BIBTEX_FIELDS): string =>
  table(
    ['clic type', 'entry type', '`outlet`', '`program`', '`place`', '`issue`'],
    [
      ...ENTRY_TYPES.map((type) => [code(type), code(`@${BIB_TYPES[type]}`), ...FIELDS.map((f) => code(fields[BIB_TYPES[type]][f]))]),
      ['nobody credited as author', code('@misc'), ...FIELDS.map((f) => code(fields.misc[f]))],
    ],
  );
const FIELDS = ['outlet', 'program', 'place', 'issue'] as const;

const EXPORT_TABLES: Record<string, string> = {
  bibtex: bibTable(BIBTEX_FIELDS),
  biblatex: bibTable(BIBLATEX_FIELDS),
  csl: table(
    ['clic type', '`type`', '`outlet`', '`program`', '`place`'],
    ENTRY_TYPES.map((type) => [code(type), ...(['type', 'outlet', 'program', 'place'] as const).map((k) => code(CSL_TYPES[type][k]))]),
  ),
  ris: table(
    ['clic type', '`TY`', '`outlet`'],
    ENTRY_TYPES.map((type) => [code(type), code(RIS_TYPES[type].type), code(RIS_TYPES[type].outlet)]),
  ),
  roles: table(
    ['role', 'CSL-JSON', 'BibTeX, BibLaTeX', 'RIS'],
    ROLES.map((role) => {
      const author = (AUTHOR_ROLES as readonly string[]).includes(role);
      const label = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
      return [code(role), code(CSL_ROLES[role]), author ? code('author') : `\`note\`: ${label}: …`, author ? code('AU') : `\`N1\`: ${label}: …`];
    }),
  ),
};

describe('README export tables', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it.each(Object.entries(EXPORT_TABLES))('holds the %s table as the code has it', (_, markdown) => {
    expect(readme, `README.md must hold this table (paste it in the Export section):\n\n${markdown}\n`).toContain(markdown);
  });
});
