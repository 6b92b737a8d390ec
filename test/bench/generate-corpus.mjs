// Deterministic synthetic corpora for the benchmark: realistic French front matter, 1–4 quotes
// of 12–30 words, bodies of a few paragraphs, in year folders. The same size and seed always
// give the same bytes, so a corpus that is already on disk is reused.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the generated text changes, so stale corpora on disk are rebuilt. */
const GENERATOR_VERSION = 1;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'travail plateforme numérique intelligence artificielle données algorithme micro-travail ' +
  'travailleurs clic précarité automatisation machine apprentissage annotation modération ' +
  'réseaux sociaux usagers exploitation salariat capitalisme économie chaîne valeur invisible ' +
  'tâcherons sous-traitance Madagascar Kenya Philippines Venezuela France Europe sociologie ' +
  'enquête terrain entretien témoignage rémunération centimes tâche image étiquette vidéo ' +
  'contenu reconnaissance vocale assistant voiture autonome livreur chauffeur Uber Amazon ' +
  'Facebook Google Microsoft startup entreprise État régulation droit protection sociale ' +
  'syndicat coopérative collectif revendication grève politique démocratie citoyen public ' +
  'recherche université laboratoire chercheur thèse livre documentaire émission série ' +
  'télévision radio podcast presse journal hebdomadaire quotidien débat conférence ' +
  'colloque séminaire forum festival projection rencontre lecture prix récompense ' +
  'la le les des du de un une et ou mais donc car ni que qui dont où ce cette ces ' +
  'leur leurs nos vos notre votre son sa ses pour par avec sans sous sur dans entre ' +
  'vers chez depuis pendant avant après très plus moins aussi encore toujours jamais ' +
  'souvent parfois déjà bien mal vite lentement ensemble seul nouveau nouvelle ancien ' +
  'grand petit fort faible humain humaine mondial local global réel réelle virtuel ' +
  'caché cachée visible précaire payé payée gratuit gratuite massif massive ' +
  'l’essor l’humain l’intelligence l’économie l’emploi l’usager d’autres d’abord ' +
  'qu’il qu’elle c’est n’est s’agit aujourd’hui jusqu’à lorsqu’on'
).split(/\s+/);

const OUTLETS = [
  'France Inter', 'France Culture', 'Le Monde', 'Libération', 'L’Humanité', 'Télérama',
  'Mediapart', 'Le Figaro', 'Les Échos', 'Arte', 'France 24', 'RFI', 'Alternatives économiques',
  'National Geographic France', 'Le Nouvel Obs', 'La Croix', 'Usbek & Rica', 'Socialter',
  'Radio Canada', 'The Guardian', 'El País', 'Der Spiegel', 'Éditions du Seuil', 'Forum des images',
];
const PROGRAMS = ['La Grande Table', 'Le Téléphone sonne', 'L’été comme jamais', 'Entendez-vous l’éco ?', 'Le Débat de midi', 'Petits déjeuners Durkheim'];
const PLACES = ['Paris', 'Lyon', 'Marseille', 'Nantes', 'Bruxelles', 'Genève', 'Montréal', 'Lille'];
const TYPES = ['interview', 'podcast', 'video', 'op-ed', 'press', 'award', 'event', 'book'];
const ROLES = ['interviewee', 'interviewer', 'guest', 'host', 'author', 'director', 'journalist', 'moderator', 'speaker'];
const FIRST = ['Antonio', 'Marie-Amélie', 'Hélène', 'Jérôme', 'Sophie', 'François', 'Léa', 'Benoît', 'Chloé', 'Mathieu', 'Émilie', 'Paola', 'Clément', 'Inès'];
const LAST = ['Casilli', 'Carpio', 'Dupont', 'Lefèvre', 'Tubaro', 'Le Ludec', 'Wahal', 'Moreau', 'Girard', 'Bérenger', 'Nguyen', 'Rousseau', 'Lambert', 'Faure'];
const TAGS = ['digital labor', 'micro-travail', 'plateformes', 'intelligence artificielle', 'travailleurs du clic', 'données', 'modération', 'sociologie', 'économie', 'automatisation', 'droit du travail', 'réseaux sociaux'];

function generator(seed) {
  const random = mulberry32(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (min, max) => Array.from({ length: int(min, max) }, () => pick(WORDS)).join(' ');
  const sentence = (min, max) => {
    const text = words(min, max);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const slug = (text) =>
    text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const yamlString = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

  let previousId;
  return (index) => {
    const year = 2000 + (index % 26);
    const month = int(1, 12);
    const day = int(1, 28);
    const precision = random();
    const date = precision < 0.08 ? `${year}` : precision < 0.2 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const outlet = pick(OUTLETS);
    const title = sentence(4, 12).slice(0, -1);
    const id = `${date}-${slug(outlet)}-${slug(title).split('-').slice(0, 4).join('-')}-${index}`;
    const lines = ['---', `title: ${yamlString(title)}`, `type: ${pick(TYPES)}`, `date: ${date}`, `outlet: ${yamlString(outlet)}`];
    if (random() < 0.3) lines.push(`program: ${yamlString(pick(PROGRAMS))}`);
    if (random() < 0.2) lines.push(`place: ${pick(PLACES)}`);
    lines.push(`language: ${random() < 0.85 ? 'fr' : 'en'}`);
    if (random() < 0.7) lines.push(`url: https://www.example.org/${year}/${slug(title)}`);
    lines.push('people:');
    for (let p = int(1, 3); p > 0; p--) lines.push(`  - { name: ${yamlString(`${pick(FIRST)} ${pick(LAST)}`)}, role: ${pick(ROLES)} }`);
    lines.push(`tags: [${Array.from({ length: int(1, 5) }, () => yamlString(pick(TAGS))).join(', ')}]`);
    lines.push('quotes:');
    const quotes = [];
    for (let q = int(1, 4); q > 0; q--) {
      quotes.push(sentence(12, 30));
      const text = yamlString(quotes.at(-1));
      if (random() < 0.25) lines.push(`  - text: ${text}`, `    speaker: ${yamlString(`${pick(FIRST)} ${pick(LAST)}`)}`, `    at: "${int(0, 59)}:${String(int(0, 59)).padStart(2, '0')}"`);
      else lines.push(`  - ${text}`);
    }
    if (previousId && random() < 0.1) lines.push(`related: [${previousId}]`);
    previousId = id;
    lines.push('---', '');
    const paragraphs = Array.from({ length: int(2, 4) }, () => Array.from({ length: int(2, 4) }, () => sentence(8, 22)).join(' '));
    return { folder: String(year), id, quotes, text: `${lines.join('\n')}\n${paragraphs.join('\n\n')}\n` };
  };
}

/**
 * The corpus of `size` files under `root`, generated once, with `.quotes.txt` beside the entries
 * (skipped by clic, as every dot file): every quote, one per line, for `fzf --filter`.
 */
export function ensureCorpus(root, size, seed = 20200215) {
  const dir = join(root, `corpus-${size}-s${seed}-g${GENERATOR_VERSION}`);
  const stamp = join(dir, '.complete');
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const next = generator(seed);
  const quotes = [];
  for (let index = 0; index < size; index++) {
    const file = next(index);
    const folder = join(dir, file.folder);
    if (index < 26) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${file.id}.md`), file.text);
    quotes.push(...file.quotes);
  }
  writeFileSync(quotesFile(dir), `${quotes.join('\n')}\n`);
  writeFileSync(stamp, `${size}\n`);
  return dir;
}

/** Every quote of the corpus, one per line: the input `fzf --filter` searches. */
export function quotesFile(dir) {
  return join(dir, '.quotes.txt');
}
