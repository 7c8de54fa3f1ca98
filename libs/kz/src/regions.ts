import type { Lang } from './locales';

/**
 * ISO 3166-2:KZ numeric codes (in use since November 2022): 17 regions and 3 cities
 * of republican significance, after the decree of 4 May 2022 created Abai, Jetisu and Ulytau.
 */
export const REGION_CODES = [
  'KZ-10',
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-33',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-62',
  'KZ-63',
  'KZ-71',
  'KZ-75',
  'KZ-79',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

export interface Region {
  code: RegionCode;
  /** Top-level KATO code: the ISO number followed by seven zeros. */
  kato: string;
  kind: 'region' | 'city';
  names: Readonly<Record<Lang, string>>;
  /** Other spellings accepted by findRegion: ISO/legacy forms, transliterations, former names. */
  aliases: readonly string[];
}

type RegionSeed = Omit<Region, 'kato'>;

/*
 * Legacy letter codes (KZ-ALM, KZ-VOS, KZ-KAR …) predate the 2022 split, so they point at the
 * region that kept the name, whose territory is now smaller. Abai, Jetisu and Ulytau never had one.
 */
const SEEDS: readonly RegionSeed[] = [
  {
    code: 'KZ-10',
    kind: 'region',
    names: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' },
    aliases: ['Абайская область', 'Abay oblysy', 'Abai', 'Abay', 'Abay Region', 'Abai oblysy'],
  },
  {
    code: 'KZ-11',
    kind: 'region',
    names: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
    aliases: ['KZ-AKM', 'Aqmola oblysy', 'Akmola', 'Aqmola'],
  },
  {
    code: 'KZ-15',
    kind: 'region',
    names: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' },
    aliases: ['KZ-AKT', 'Aqtöbe oblysy', 'Aqtobe oblysy', 'Aktobe', 'Aqtobe'],
  },
  {
    code: 'KZ-19',
    kind: 'region',
    names: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
    aliases: ['KZ-ALM', 'Almaty oblysy', 'Almaty Oblast'],
  },
  {
    code: 'KZ-23',
    kind: 'region',
    names: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' },
    aliases: ['KZ-ATY', 'Atyraū oblysy', 'Atyrau oblysy', 'Atyrau'],
  },
  {
    code: 'KZ-27',
    kind: 'region',
    names: {
      kk: 'Батыс Қазақстан облысы',
      ru: 'Западно-Казахстанская область',
      en: 'West Kazakhstan Region',
    },
    aliases: ['KZ-ZAP', 'Batys Qazaqstan oblysy', 'West Kazakhstan', 'ЗКО'],
  },
  {
    code: 'KZ-31',
    kind: 'region',
    names: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' },
    aliases: ['KZ-ZHA', 'Zhambyl oblysy', 'Zhambyl', 'Jambyl', 'Jambyl Region'],
  },
  {
    code: 'KZ-33',
    kind: 'region',
    names: { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Zhetysu Region' },
    aliases: [
      'Жетысуская область',
      'область Жетысу',
      'Zhetisū oblysy',
      'Zhetisu oblysy',
      'Zhetysu',
      'Jetisu',
      'Zhetisu',
      'Jetisu Region',
      'Zhetisu Region',
    ],
  },
  {
    code: 'KZ-35',
    kind: 'region',
    names: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
    aliases: ['KZ-KAR', 'Qaraghandy oblysy', 'Karaganda', 'Karagandy', 'Qaraghandy'],
  },
  {
    code: 'KZ-39',
    kind: 'region',
    names: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' },
    aliases: ['KZ-KUS', 'Qostanay oblysy', 'Kostanay', 'Kostanai', 'Qostanay'],
  },
  {
    code: 'KZ-43',
    kind: 'region',
    names: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
    aliases: ['KZ-KZY', 'Qyzylorda oblysy', 'Kyzylorda', 'Qyzylorda'],
  },
  {
    code: 'KZ-47',
    kind: 'region',
    names: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' },
    aliases: ['KZ-MAN', 'Mangghystaū oblysy', 'Mangghystau oblysy', 'Mangystau', 'Mangistau'],
  },
  {
    code: 'KZ-55',
    kind: 'region',
    names: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' },
    aliases: ['KZ-PAV', 'Pavlodar oblysy', 'Pavlodar'],
  },
  {
    code: 'KZ-59',
    kind: 'region',
    names: {
      kk: 'Солтүстік Қазақстан облысы',
      ru: 'Северо-Казахстанская область',
      en: 'North Kazakhstan Region',
    },
    aliases: [
      'KZ-SEV',
      'Soltüstik Qazaqstan oblysy',
      'Soltustik Qazaqstan oblysy',
      'North Kazakhstan',
      'СКО',
    ],
  },
  {
    code: 'KZ-61',
    kind: 'region',
    names: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' },
    // KZ-YUZ was South Kazakhstan, renamed Turkistan in 2018 when Shymkent became a separate city.
    aliases: ['KZ-YUZ', 'Türkistan oblysy', 'Turkistan oblysy', 'Turkistan', 'Turkestan Region', 'Turkestan'],
  },
  {
    code: 'KZ-62',
    kind: 'region',
    names: { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' },
    aliases: ['Улытауская область', 'область Улытау', 'Ulytaū oblysy', 'Ulytau oblysy', 'Ulytau'],
  },
  {
    code: 'KZ-63',
    kind: 'region',
    names: {
      kk: 'Шығыс Қазақстан облысы',
      ru: 'Восточно-Казахстанская область',
      en: 'East Kazakhstan Region',
    },
    aliases: ['KZ-VOS', 'Shyghys Qazaqstan oblysy', 'East Kazakhstan', 'ВКО'],
  },
  {
    code: 'KZ-71',
    kind: 'city',
    names: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
    // Named Nur-Sultan from March 2019 to September 2022.
    aliases: [
      'KZ-AST',
      'Астана қаласы',
      'город Астана',
      'Astana city',
      'Nur-Sultan',
      'Нур-Султан',
      'Нұр-Сұлтан',
    ],
  },
  {
    code: 'KZ-75',
    kind: 'city',
    names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
    aliases: ['KZ-ALA', 'Алматы қаласы', 'город Алматы', 'Almaty city'],
  },
  {
    code: 'KZ-79',
    kind: 'city',
    names: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' },
    aliases: ['KZ-SHY', 'Шымкент қаласы', 'город Шымкент', 'Shymkent city'],
  },
];

export const REGIONS: readonly Readonly<Region>[] = Object.freeze(
  SEEDS.map((seed) => Object.freeze({ ...seed, kato: `${seed.code.slice(3)}0000000` })),
);

/** Case-, space- and ё/е-insensitive key; keeps hyphens and Kazakh letters, which are meaningful. */
function lookupKey(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}

function keysOf(region: Region): string[] {
  return [region.code, region.kato, ...Object.values(region.names), ...region.aliases];
}

const BY_KEY: ReadonlyMap<string, Region> = new Map(
  REGIONS.flatMap((region) => keysOf(region).map((key) => [lookupKey(key), region] as const)),
);

const BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

/**
 * Finds a region by ISO code (`KZ-10`, `kz-10`), top-level KATO code (`100000000`), a name in
 * kk/ru/en, or an alias. Matching ignores case and surrounding/repeated whitespace only: "Almaty"
 * is the city and "Almaty Region" the region, so words like "region" are never stripped.
 */
export function findRegion(input: string): Region | undefined {
  return BY_KEY.get(lookupKey(input));
}

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function regionName(code: RegionCode, lang: Lang): string {
  const region = BY_CODE.get(code);
  if (!region) throw new RangeError(`unknown region code: ${code}`);
  return region.names[lang];
}
