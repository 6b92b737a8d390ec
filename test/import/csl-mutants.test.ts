// CSL-JSON import, case by case (round 4 of mutation testing, test/mutation-notes/m4-import.md).
// Expectations are written by hand from the CSL-JSON schema (csl-data.json: item types, name
// and date variables) and the README's import section.
import { describe, expect, it } from 'vitest';
import { parseCslJson } from '../../src/core/import/csl.js';
import { planImport } from '../../src/core/import/plan.js';

const none = new Map();
const issued = { 'date-parts': [[2020, 5, 14]] };
const planOf = (items: unknown) => planImport([{ name: 'in', text: JSON.stringify(items) }], [], new Set(), { overrides: none, from: 'csl-json' });
const draftOf = (item: Record<string, unknown>) => {
  const parsed = parseCslJson(JSON.stringify([item]));
  expect(parsed.drafts).toHaveLength(1);
  return parsed.drafts[0]!;
};

describe('item types', () => {
  it.each(['Thing', 'constructor', 'toString', '__proto__'])('reads type %j, which is no CSL type, as a stated type that names none', (type) => {
    expect(draftOf({ type, title: 'T', 'container-title': 'J', issued }).statedType).toEqual({ value: type, from: 'type' });
    const [item] = planOf([{ type, title: 'T', 'container-title': 'J', issued }]).items;
    expect(item!.notes).toEqual([`type press, by default (no cue in outlet, title, URL or notes) (type "${type}" names no type)`]);
  });
});
