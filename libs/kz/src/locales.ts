/** Languages the platform serves: Kazakh and Russian are required (Constitution Art. 7), English optional. */
export const SUPPORTED_LANGUAGES = ['kk', 'ru', 'en'] as const;

export type Lang = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * Kazakh is the state language (Constitution Art. 7) and the default of government tooling
 * such as NCALayer, so a client that states no usable preference gets Kazakh, not Russian.
 */
export const DEFAULT_LANGUAGE: Lang = 'kk';

/** Display zone for times stored in UTC. Since 1 March 2024 the whole country is UTC+5 (tzdata ≥ 2024a). */
export const KZ_DEFAULT_TIME_ZONE = 'Asia/Almaty';

/** Text in several languages, e.g. built from data.egov.kz `nameKk/nameRu/nameEn`. */
export type Multilingual = Partial<Record<Lang, string>>;

/**
 * What to show when the requested language is missing. Kazakh and Russian fall back to each
 * other (both are required, so one is nearly always present); English readers get Russian
 * first because it is more widely read outside Kazakhstan than Kazakh.
 */
export const FALLBACK_ORDER: Readonly<Record<Lang, readonly Lang[]>> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/** `kz` is a common mistake for Kazakh (it is the country code; the language is `kk`), seen in gov APIs as `nameKz`. */
const LANGUAGE_ALIASES: Readonly<Record<string, Lang>> = { kz: 'kk' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag (`kk-KZ`, `ru_RU`, `EN-us`, `kk-Latn-KZ`) to a supported language by its primary subtag. */
export function toLang(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (isLang(primary)) return primary;
  return Object.hasOwn(LANGUAGE_ALIASES, primary) ? LANGUAGE_ALIASES[primary] : undefined;
}

interface WeightedTag {
  tag: string;
  q: number;
}

/** Parses `Accept-Language` entries; entries with a malformed q-value are dropped (RFC 9110 §12.4.2). */
function parseAcceptLanguage(header: string): WeightedTag[] {
  const entries: WeightedTag[] = [];
  for (const raw of header.split(',')) {
    const [tag, ...params] = raw.split(';').map((s) => s.trim());
    if (!tag) continue;
    const q = parseQuality(params);
    if (q !== null) entries.push({ tag, q });
  }
  // Array.prototype.sort is stable, so equal q-values keep the client's order.
  return entries.sort((a, b) => b.q - a.q);
}

function parseQuality(params: string[]): number | null {
  const qParam = params.find((p) => /^q\s*=/i.test(p));
  if (qParam === undefined) return 1;
  const value = qParam.replace(/^q\s*=\s*/i, '');
  if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return null;
  return Number(value);
}

/** Order in which we offer languages when the client leaves the choice to us. */
const OUR_PREFERENCE: readonly Lang[] = [
  DEFAULT_LANGUAGE,
  ...SUPPORTED_LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE),
];

/**
 * Chooses the response language. An explicit, supported `query` (e.g. `?lang=ru`, as gov.kz
 * does) wins; then the best `Accept-Language` match by q-value, where region and script
 * subtags are ignored (`ru-RU` → ru) and `*` means "any language not named"; then the default.
 * A language the client refused with `q=0` is only returned when all three are refused, since a
 * page in some language beats a 406 for this audience.
 */
export function negotiateLanguage(acceptLanguageHeader: string | undefined, query?: string): Lang {
  // A repeated `?lang=` arrives as an array: it names no one language (and is refused as input).
  const fromQuery = typeof query === 'string' ? toLang(query) : undefined;
  if (fromQuery) return fromQuery;

  const entries = parseAcceptLanguage(typeof acceptLanguageHeader === 'string' ? acceptLanguageHeader : '');
  const named = new Set(entries.map((e) => toLang(e.tag)).filter(isDefined));
  const unnamed = OUR_PREFERENCE.filter((lang) => !named.has(lang));
  const langsOf = (tag: string): Lang[] => (tag === '*' ? unnamed : [toLang(tag)].filter(isDefined));
  const refused = new Set(entries.filter((e) => e.q === 0).flatMap((e) => langsOf(e.tag)));

  for (const { tag, q } of entries) {
    if (q === 0) break; // sorted by q, so only refusals remain
    const lang = langsOf(tag).find((l) => !refused.has(l));
    if (lang) return lang;
  }
  return OUR_PREFERENCE.find((lang) => !refused.has(lang)) ?? DEFAULT_LANGUAGE;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** Picks the text for `lang`, falling back along FALLBACK_ORDER; blank strings count as missing. */
export function pickLocalized(text: Multilingual, lang: Lang): string | undefined {
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = text[candidate];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}
