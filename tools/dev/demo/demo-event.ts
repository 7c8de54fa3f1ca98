import { REGIONS, generateIin } from '@jiyn/kz';

/**
 * The first real event (reference/demo-event.md): UNDP and the Ministry of Culture and Information
 * train akimat staff from every region on creative industries, Astana, 5–7 February 2024.
 * Astana was UTC+6 then (UTC+5 since 1 March 2024), hence the explicit offsets.
 */
export const DEMO_EVENT = {
  slug: 'creative-industries-astana-2024',
  title: {
    kk: 'Жергілікті әкімдіктер өкілдеріне арналған шығармашылық индустриялар бойынша оқыту',
    ru: 'Обучение по креативным индустриям для представителей местных акиматов',
    en: 'Training on creative industries for representatives of local akimats',
  },
  description: {
    kk: 'БҰҰДБ, Мәдениет және ақпарат министрлігі және AlmaU. Қазақстан Республикасы Президенті жанындағы Мемлекеттік басқару академиясы, Астана.',
    ru: 'ПРООН, Министерство культуры и информации и AlmaU. Академия государственного управления при Президенте Республики Казахстан, Астана.',
    en: 'UNDP, the Ministry of Culture and Information and AlmaU. Academy of Public Administration under the President of the Republic of Kazakhstan, Astana.',
  },
  requiredLanguages: ['kk', 'ru'],
  timeZone: 'Asia/Almaty',
  startsAt: '2024-02-05T09:00:00+06:00',
  endsAt: '2024-02-07T18:00:00+06:00',
  capacity: 60,
  requiresApproval: false,
  waitlistEnabled: true,
};

export const DEMO_SPEAKERS = [
  {
    fullName: { kk: 'Катаржина Вавьерня', ru: 'Катажина Вавьерня', en: 'Katarzyna Wawiernia' },
    position: {
      kk: 'БҰҰДБ-ның Қазақстандағы тұрақты өкілі',
      ru: 'Постоянный представитель ПРООН в Казахстане',
      en: 'UNDP Resident Representative in Kazakhstan',
    },
    languages: ['en', 'ru'],
  },
  {
    fullName: { kk: 'Евгений Кочетов', ru: 'Евгений Кочетов', en: 'Yevgeny Kochetov' },
    position: {
      kk: 'Мәдениет және ақпарат вице-министрі',
      ru: 'Вице-министр культуры и информации',
      en: 'Deputy Minister of Culture and Information',
    },
    languages: ['kk', 'ru'],
  },
  {
    fullName: { kk: 'Жанна Асанова', ru: 'Жанна Асанова', en: 'Zhanna Asanova' },
    position: { kk: 'Сенатор', ru: 'Сенатор', en: 'Senator' },
    languages: ['kk', 'ru'],
  },
  {
    fullName: { kk: 'Еркінат Заитов', ru: 'Еркинат Заитов', en: 'Erkanat Zaitov' },
    position: {
      kk: '«NeSanatorium» негізін қалаушы',
      ru: 'Основатель «NeSanatorium»',
      en: 'Founder of "NeSanatorium"',
    },
    languages: ['kk', 'ru'],
  },
  {
    fullName: { kk: 'Дәурен Төлеев', ru: 'Даурен Тулеев', en: 'Dauren Tuleev' },
    position: {
      kk: '«Dom36» Алматы шығармашылық хабының негізін қалаушы',
      ru: 'Основатель алматинского креативного хаба «Dom36»',
      en: 'Founder of the Almaty creative hub "Dom36"',
    },
    languages: ['kk', 'ru', 'en'],
  },
];

const FIRST_NAMES = [
  ['Айгерім', 'female'],
  ['Нұрлан', 'male'],
  ['Динара', 'female'],
  ['Ерлан', 'male'],
  ['Гүлнар', 'female'],
  ['Асхат', 'male'],
  ['Сәуле', 'female'],
  ['Бауыржан', 'male'],
] as const;
const SURNAMES = [
  'Сәрсенов',
  'Жақсылықов',
  'Омаров',
  'Беков',
  'Қасымов',
  'Тоқтаров',
  'Әбенов',
  'Мұратов',
  'Ермеков',
  'Исаев',
];

/**
 * One representative of each region's akimat. IINs are generated with the check-digit rule from
 * test serials (9000+), so they are valid but belong to nobody.
 */
export function demoParticipants(): {
  fullName: string;
  email: string;
  phone: string;
  iin: string;
  regionCode: string;
  organisation: string;
  position: string;
  preferredLanguage: 'kk' | 'ru';
}[] {
  return REGIONS.map((region, index) => {
    const [firstName, sex] = FIRST_NAMES[index % FIRST_NAMES.length] as (typeof FIRST_NAMES)[number];
    const surname = `${SURNAMES[index % SURNAMES.length]}${sex === 'female' ? 'а' : ''}`;
    const year = 1975 + ((index * 3) % 25);
    const birthDate = `${year}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`;
    return {
      fullName: `${surname} ${firstName}`,
      email: `participant${String(index + 1).padStart(2, '0')}@akimat.example.kz`,
      phone: `+7701${String(5550000 + index).padStart(7, '0')}`,
      iin: generateIin({ birthDate, sex, serial: 9000 + index }),
      regionCode: region.code,
      organisation: `${region.names.ru}: акимат`,
      position: 'Главный специалист отдела культуры',
      preferredLanguage: index % 3 === 0 ? 'ru' : 'kk',
    };
  });
}
