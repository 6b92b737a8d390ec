// The README's export mapping tables are made from the writers' own tables: if one changes,
// this test shows the table the README must hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES, ROLES } from '../../src/core/schema.js';
import { AUTHOR_ROLES, roleLabel } from '../../src/format/bibliography.js';
import { BIB_FIELDS, BIB_TYPES, BIBLATEX_FIELDS, BIBTEX_FIELDS } from '../../src/format/bibtex.js';
import { CSL_ROLES, CSL_TYPES } from '../../src/format/csl.js';
import { RIS_TYPES } from '../../src/format/ris.js';
import { ROOT } from '../support/cli.js';
import { makeEntry } from '../support/entry.js';

const table = (header: string[], rows: string[][]): string =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const code = (text: string | null): string => (text === null ? '—' : `\`${text}\``);

/** A BibTeX or BibLaTeX table: each type's entry type, then where its fields go. */
const bibTable = (fields: typeof BIBTEX_FIELDS): string =>
  table(
    ['clic type', 'entry type', ...BIB_FIELDS.map((f) => code(f))],
    [
      ...ENTRY_TYPES.map((type) => [code(type), code(`@${BIB_TYPES[type]}`), ...BIB_FIELDS.map((f) => code(fields[BIB_TYPES[type]][f]))]),
      ['nobody credited as author', code('@misc'), ...BIB_FIELDS.map((f) => code(fields.authorless[f]))],
    ],
  );

/** RIS creators: each role's tag, by tag; the roles without one go to the note. */
const risCreators = (creators: Readonly<Partial<Record<string, string>>>): string => {
  const byTag = new Map<string, string[]>();
  for (const role of ROLES) byTag.set(creators[role] ?? 'N1', [...(byTag.get(creators[role] ?? 'N1') ?? []), role]);
  return [...byTag].sort(([a], [b]) => (a === 'N1' ? 1 : b === 'N1' ? -1 : a.localeCompare(b))).map(([tag, roles]) => `${code(tag)}: ${roles.join(', ')}`).join('; ');
};

const EXPORT_TABLES: Record<string, string> = {
  bibtex: bibTable(BIBTEX_FIELDS),
  biblatex: bibTable(BIBLATEX_FIELDS),
  csl: table(
    ['clic type', '`type`', 'medium in', '`outlet`', '`program`', '`place`'],
    ENTRY_TYPES.map((type) => [code(type), ...(['type', 'medium', 'outlet', 'program', 'place'] as const).map((k) => code(CSL_TYPES[type][k]))]),
  ),
  ris: table(
    ['clic type', '`TY`', 'Zotero item', '`outlet`', '`program`', 'people'],
    ENTRY_TYPES.map((type) => {
      const ris = RIS_TYPES[type];
      return [code(type), code(ris.type), ris.zotero, code(ris.outlet), code(ris.program), risCreators(ris.creators)];
    }),
  ),
  roles: table(
    ['role', 'CSL-JSON', 'BibTeX, BibLaTeX'],
    ROLES.map((role) => {
      const author = (AUTHOR_ROLES as readonly string[]).includes(role);
      const note = `\`note\`: ${roleLabel(role, 1, makeEntry({ language: 'en' }))}: … (${roleLabel(role, 1, makeEntry({ language: 'fr' }))} : …)`;
      return [code(role), code(CSL_ROLES[role]), author ? code('author') : note];
    }),
  ),
};

describe('README export tables', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it.each(Object.entries(EXPORT_TABLES))('holds the %s table as the code has it', (_, markdown) => {
    expect(readme, `README.md must hold this table (paste it in the Export section):\n\n${markdown}\n`).toContain(markdown);
  });
});
