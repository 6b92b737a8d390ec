// Queries a person might type for a quote of the bundled corpus they remember approximately,
// each with the quote (or title, or body paragraph) that must come first: its entry and its line
// in the file, and passages that must not be found at all. Written from the corpus, not from the
// search's output; kinds say what was done to the words (`fields`: what no quote holds, typed
// without --in; `missing`: a word the passage lacks).
import type { SearchScope } from '../../src/core/search.js';

export const RELEVANCE_KINDS = ['accents', 'typos', 'order', 'apostrophes', 'partial', 'capitals', 'mixed', 'fields', 'missing'] as const;

export interface RelevanceCase {
  query: string;
  kind: (typeof RELEVANCE_KINDS)[number];
  id: string;
  line: number;
  scope?: SearchScope;
  /** `id:line` of passages that must not be hits. */
  absent?: string[];
}

const NATGEO = '2020-10-15-national-geographic';
const LE_MONDE = '2020-02-06-le-monde';
const SEUIL = '2019-01-seuil-en-attendant-les-robots';
const IEA = '2020-01-14-iea-nantes';
const FRANCE_TV = '2020-02-12-france-televisions';
const FRANCE_INTER = '2020-08-18-france-inter';
const FORUM = '2020-02-04-forum-des-images';
const ARIFTS = '2020-02-06-arifts';

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Accents left out.
  { kind: 'accents', query: 'remplissent trois fonctions entrainer les machines', id: NATGEO, line: 17 },
  { kind: 'accents', query: 'prophetie lancinante', id: SEUIL, line: 11 },
  { kind: 'accents', query: 'theatre de marionnettes', id: SEUIL, line: 12 },
  { kind: 'accents', query: 'reseaux sociaux donnees personnelles', id: SEUIL, line: 13 },
  { kind: 'accents', query: 'destinee manifeste', id: IEA, line: 15 },
  { kind: 'accents', query: 'celent en realite la perennisation', id: IEA, line: 17 },
  { kind: 'accents', query: 'prix de l ecrit social prix culturel', id: ARIFTS, line: 12 },
  { kind: 'accents', query: 'la frontiere est parfois fine', id: NATGEO, line: 19 },
  { kind: 'accents', query: 'reconnaissance faciale gens masques', id: NATGEO, line: 31 },
  // One or two typos.
  { kind: 'typos', query: 'inteligence artficielle assistée par l’homme', id: NATGEO, line: 12 },
  { kind: 'typos', query: 'coulisses du théâtre de marionettes', id: SEUIL, line: 12 },
  { kind: 'typos', query: 'activité tâcheronisée sous-payée', id: IEA, line: 16 },
  { kind: 'typos', query: 'pérénisation d’un travail humain précaire', id: IEA, line: 17 },
  { kind: 'typos', query: 'visioconférance et téléconsultation', id: FRANCE_INTER, line: 13 },
  { kind: 'typos', query: 'syndicts et ouvriers du clic', id: NATGEO, line: 32 },
  { kind: 'typos', query: 'la migraton virtuelle', id: NATGEO, line: 24 },
  { kind: 'typos', query: 'dreseur d’intelligences artificielles, acordeur des algorithmes', id: LE_MONDE, line: 17 },
  { kind: 'typos', query: 'pas de voix colective pour défendre leur droits', id: NATGEO, line: 27 },
  // Words in another order.
  { kind: 'order', query: 'fantasmes de l’intelligence artificielle', id: '2020-01-19-cliquetv', line: 13 },
  { kind: 'order', query: 'myriades de tâcherons du clic', id: SEUIL, line: 14 },
  { kind: 'order', query: 'conquis sociaux et nouvelles luttes', id: LE_MONDE, line: 20 },
  { kind: 'order', query: 'brisent le silence les travailleurs qui luttent', id: FRANCE_TV, line: 14 },
  { kind: 'order', query: 'données carburant de l’intelligence artificielle', id: NATGEO, line: 13 },
  { kind: 'order', query: 'finalité des micro-tâches et opacité', id: NATGEO, line: 26 },
  { kind: 'order', query: 'personnes employées à jouer les robots', id: FRANCE_TV, line: 16 },
  // Plain apostrophes, `oe` for `œ`.
  { kind: 'apostrophes', query: "l'ingredient secret de notre automatisation", id: LE_MONDE, line: 19 },
  { kind: 'apostrophes', query: "main d'oeuvre doigt d'oeuvre", id: NATGEO, line: 24 },
  { kind: 'apostrophes', query: "ils n'ont pas de voix collective", id: NATGEO, line: 27 },
  { kind: 'apostrophes', query: "les syndicats commencent a s'interesser a ce sujet", id: NATGEO, line: 32 },
  { kind: 'apostrophes', query: "d'ores et deja en passe de se metamorphoser", id: LE_MONDE, line: 11 },
  { kind: 'apostrophes', query: 'livrer conduire manoeuvrer', id: LE_MONDE, line: 17 },
  { kind: 'apostrophes', query: "main-d'oeuvre docile et bon marche", id: LE_MONDE, line: 15 },
  // The start of words only.
  { kind: 'partial', query: 'automatis trompeur', id: '2020-05-relations', line: 13 },
  { kind: 'partial', query: 'visioconf crise sanit', id: FRANCE_INTER, line: 13 },
  { kind: 'partial', query: 'numérisation grandiss professions manuel', id: LE_MONDE, line: 14 },
  { kind: 'partial', query: 'rhétor automatisation modér', id: NATGEO, line: 15 },
  { kind: 'partial', query: 'occasion de poser les bonnes quest', id: FRANCE_INTER, line: 14 },
  { kind: 'partial', query: 'envout réactif projection', id: FORUM, line: 14 },
  // Capitals anywhere.
  { kind: 'capitals', query: 'IA WASHING ARNAQUE', id: NATGEO, line: 19 },
  { kind: 'capitals', query: 'Stratégies De Résistance', id: FRANCE_TV, line: 15 },
  { kind: 'capitals', query: 'DIGITAL LABOR se METAMORPHOSER', id: LE_MONDE, line: 11 },
  { kind: 'capitals', query: 'l’École Nationale Supérieure De Sécurité Sociale', id: ARIFTS, line: 13 },
  // Several at once.
  { kind: 'mixed', query: 'travail du doigt qui clique', id: LE_MONDE, line: 12 },
  { kind: 'mixed', query: 'debat riche et vivant', id: FORUM, line: 15 },
  { kind: 'mixed', query: 'Feigenbaum destinee', id: IEA, line: 15 },
  { kind: 'mixed', query: 'recours au micro travail toujours necessaire', id: NATGEO, line: 29 },
  { kind: 'mixed', query: 'recruter sur une plateforme microtaches effectuees', id: NATGEO, line: 22 },
  { kind: 'mixed', query: 'aujourdhui insufisamment encadre', id: LE_MONDE, line: 19 },
  { kind: 'mixed', query: 'gratuit sous paye sud global', id: '2020-05-relations', line: 13 },
  { kind: 'mixed', query: 'forcats du numerique', id: '2020-02-13-telerama', line: 2, scope: 'title' },
  { kind: 'mixed', query: 'proletariat 2.0 ouvriers', id: NATGEO, line: 2, scope: 'all' },
  // No quote holds these words: a title or a body paragraph does (issue 17: the help's example).
  { kind: 'fields', query: 'proletariat numerique', id: '2020-02-14-slate', line: 11 },
  { kind: 'fields', query: 'caisse des depots en3s', id: '2019-grand-prix-protection-sociale', line: 13 },
  { kind: 'fields', query: 'travailleurs du clic sortent de l ombre', id: '2020-03-01-l-usine-nouvelle', line: 2 },
  { kind: 'fields', query: 'webconference casilli moatti', id: '2020-05-29-msh-paris-saclay', line: 20 },
  // A word the passage lacks, or one that only stands inside another word.
  { kind: 'missing', query: 'machine learning', id: NATGEO, line: 17 },
  { kind: 'missing', query: "doigt d'oeuvre", id: NATGEO, line: 24, absent: [`${LE_MONDE}:17`] },
  { kind: 'missing', query: 'syndicats ouvriers du clic blockchain', id: NATGEO, line: 32 },
  { kind: 'missing', query: 'livre en attendant les robots enquete amazon', id: '2020-05-29-msh-paris-saclay', line: 15 },
];
