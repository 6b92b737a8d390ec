// The words exports print for roles, programs and media, in English and in French, and how
// `clic import` reads them back: without case, with outer blanks, composed or decomposed.
import { describe, expect, it, vi } from 'vitest';

// labels.ts builds its lookups when it loads, and each test loads it afresh: a change that breaks
// that build then fails the tests that read it. Imported once at the top, such a change fails the
// file's collection instead, which Stryker's vitest runner counts as "survived" with no test run
// (test/mutation-notes/m3-format-core.md).
const load = async () => {
  vi.resetModules();
  return import('../../src/core/labels.js');
};

describe('role labels, singular and plural, in both languages', () => {
  it.each([
    ['Author', 'Authors', 'Auteur', 'Auteurs', 'author'],
    ['Interviewee', 'Interviewees', 'Interviewé', 'Interviewés', 'interviewee'],
    ['Interviewer', 'Interviewers', 'Intervieweur', 'Intervieweurs', 'interviewer'],
    ['Guest', 'Guests', 'Invité', 'Invités', 'guest'],
    ['Host', 'Hosts', 'Animateur', 'Animateurs', 'host'],
    ['Director', 'Directors', 'Réalisateur', 'Réalisateurs', 'director'],
    ['Writer', 'Writers', 'Scénariste', 'Scénaristes', 'writer'],
    ['Discussant', 'Discussants', 'Discutant', 'Discutants', 'discussant'],
    ['Moderator', 'Moderators', 'Modérateur', 'Modérateurs', 'moderator'],
    ['Speaker', 'Speakers', 'Intervenant', 'Intervenants', 'speaker'],
    ['Organizer', 'Organizers', 'Organisateur', 'Organisateurs', 'organizer'],
    ['Journalist', 'Journalists', 'Journaliste', 'Journalistes', 'journalist'],
  ])('%s, %s, %s, %s name the role %s', async (...labels) => {
    const { roleOfLabel } = await load();
    const role = labels.pop();
    for (const label of labels) expect(roleOfLabel(label), label).toBe(role);
  });

  it('reads a label without case, outer blanks or composition', async () => {
    const { roleOfLabel } = await load();
    expect(roleOfLabel('  INVITÉS ')).toBe('guest');
    expect(roleOfLabel('Re\u0301alisateur')).toBe('director');
  });

  // Without case means as lower case: a dotless ı (Turkish) or a long ſ is another letter, though
  // both are I and S in capitals.
  it('takes a letter whose capital is I or S for no other letter', async () => {
    const { isProgramLabel, roleOfLabel, typeOfMediumLabel } = await load();
    expect(typeOfMediumLabel('Interv\u0131ew')).toBeUndefined();
    expect(roleOfLabel('Gue\u017ft')).toBeUndefined();
    expect(isProgramLabel('Serie\u017f')).toBe(false);
  });

  it.each(['', 'Guests of honour', 'Invitée', 'Producer'])('%j names no role', async (label) => {
    const { roleOfLabel } = await load();
    expect(roleOfLabel(label)).toBeUndefined();
  });
});

describe('program labels', () => {
  it('name a section, a broadcast or a series by type', async () => {
    const { PROGRAM_LABELS } = await load();
    expect(PROGRAM_LABELS).toEqual({
      en: { interview: 'Section', 'op-ed': 'Section', press: 'Section', podcast: 'Program', video: 'Program', award: 'Series', event: 'Series', book: 'Series' },
      fr: { interview: 'Rubrique', 'op-ed': 'Rubrique', press: 'Rubrique', podcast: 'Émission', video: 'Émission', award: 'Cycle', event: 'Cycle', book: 'Collection' },
    });
  });

  it.each(['Section', 'Program', 'Series', 'Rubrique', 'émission', 'E\u0301mission', ' Cycle ', 'COLLECTION'])('%j is a program label', async (label) => {
    const { isProgramLabel } = await load();
    expect(isProgramLabel(label)).toBe(true);
  });

  it.each(['', 'Note', 'Programme', 'Serie'])('%j is not', async (label) => {
    const { isProgramLabel } = await load();
    expect(isProgramLabel(label)).toBe(false);
  });
});

describe('medium labels', () => {
  it('say what an item is, and nothing for a press article or a book', async () => {
    const { MEDIUM_LABELS } = await load();
    expect(MEDIUM_LABELS).toEqual({
      en: { interview: 'Interview', podcast: 'Audio', video: 'Video', 'op-ed': 'Op-ed', press: null, award: 'Award', event: 'Event', book: null },
      fr: { interview: 'Entretien', podcast: 'Audio', video: 'Vidéo', 'op-ed': 'Tribune', press: null, award: 'Prix', event: 'Événement', book: null },
    });
  });

  it.each([
    ['Interview', 'interview'], ['Entretien', 'interview'], ['Audio', 'podcast'], ['Video', 'video'], ['Vidéo', 'video'],
    ['Op-ed', 'op-ed'], ['Tribune', 'op-ed'], ['Award', 'award'], ['Prix', 'award'], ['Event', 'event'], ['Événement', 'event'],
    [' vide\u0301o ', 'video'],
  ])('%j is the label of %s', async (label, type) => {
    const { typeOfMediumLabel } = await load();
    expect(typeOfMediumLabel(label)).toBe(type);
  });

  it.each(['', 'Press', 'Article', 'Book', 'null', 'S'])('%j names no type', async (label) => {
    const { typeOfMediumLabel } = await load();
    expect(typeOfMediumLabel(label)).toBeUndefined();
  });
});
