/** ISO 639-1 two-letter language codes. */
export const LANGUAGE_CODES: ReadonlySet<string> = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km ' +
    'kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om ' +
    'or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ' +
    'ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);

/** Language names people write instead of codes, in English and French. */
const CODES_BY_NAME: Readonly<Record<string, string>> = {
  english: 'en', anglais: 'en', french: 'fr', francais: 'fr', german: 'de', allemand: 'de', deutsch: 'de',
  spanish: 'es', espagnol: 'es', espanol: 'es', italian: 'it', italien: 'it', italiano: 'it', portuguese: 'pt',
  portugais: 'pt', dutch: 'nl', neerlandais: 'nl', russian: 'ru', russe: 'ru', chinese: 'zh', chinois: 'zh',
  japanese: 'ja', japonais: 'ja', arabic: 'ar', arabe: 'ar', greek: 'el', grec: 'el',
};

/** The code meant by a name or a mistyped code (`English`, `EN`, `fre`), if one is clear. */
export function suggestLanguageCode(text: string): string | undefined {
  const folded = text.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (LANGUAGE_CODES.has(folded)) return folded;
  if (CODES_BY_NAME[folded]) return CODES_BY_NAME[folded];
  const start = folded.slice(0, 2);
  return LANGUAGE_CODES.has(start) ? start : undefined;
}
