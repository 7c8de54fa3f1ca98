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

/**
 * The five speakers of the news item, with multilingual profiles. Biographies are Markdown and say
 * only what the item says. Contacts are private and fictitious (example.kz, a 555 test range): only
 * organisers and the speaker see them. Links go to the institutions' public sites.
 */
export const DEMO_SPEAKERS = [
  {
    fullName: { kk: 'Катаржина Вавьерня', ru: 'Катажина Вавьерня', en: 'Katarzyna Wawiernia' },
    position: {
      kk: 'БҰҰДБ-ның Қазақстандағы тұрақты өкілі',
      ru: 'Постоянный представитель ПРООН в Казахстане',
      en: 'UNDP Resident Representative in Kazakhstan',
    },
    organisation: {
      kk: 'БҰҰ Даму бағдарламасы (БҰҰДБ)',
      ru: 'Программа развития ООН (ПРООН)',
      en: 'United Nations Development Programme (UNDP)',
    },
    biography: {
      kk: 'БҰҰДБ-ның Қазақстандағы **тұрақты өкілі**. Оқытуды ашады: шығармашылық индустриялар әлемдік ЖІӨ-нің **3%-дан астамын** құрайды және жұмыспен қамтылғандардың **6%-дан астамын** жұмыспен қамтиды.',
      ru: '**Постоянный представитель** ПРООН в Казахстане. Открывает обучение: на креативные индустрии приходится **более 3%** мирового ВВП и **более 6%** занятого населения.',
      en: 'UNDP **Resident Representative** in Kazakhstan. Opens the training: creative industries account for **more than 3%** of global GDP and employ **more than 6%** of the working population.',
    },
    links: [{ label: 'UNDP Kazakhstan', url: 'https://www.undp.org/kazakhstan' }],
    languages: ['en', 'ru'],
    email: 'k.wawiernia@speakers.example.kz',
    phone: '+77015550101',
  },
  {
    fullName: { kk: 'Евгений Кочетов', ru: 'Евгений Кочетов', en: 'Yevgeny Kochetov' },
    position: {
      kk: 'Мәдениет және ақпарат вице-министрі',
      ru: 'Вице-министр культуры и информации',
      en: 'Deputy Minister of Culture and Information',
    },
    organisation: {
      kk: 'ҚР Мәдениет және ақпарат министрлігі',
      ru: 'Министерство культуры и информации РК',
      en: 'Ministry of Culture and Information of Kazakhstan',
    },
    biography: {
      kk: 'Мәдениет және ақпарат **вице-министрі**. Министрліктің шығармашылық сектор бойынша жоспарлары мен стратегиясын таныстырады.',
      ru: '**Вице-министр** культуры и информации. Представляет планы и стратегию министерства в креативном секторе.',
      en: '**Deputy Minister** of Culture and Information. Presents the ministry’s plans and strategy for the creative sector.',
    },
    links: [{ label: 'gov.kz', url: 'https://www.gov.kz' }],
    languages: ['kk', 'ru'],
    email: 'y.kochetov@speakers.example.kz',
    phone: '+77015550102',
  },
  {
    fullName: { kk: 'Жанна Асанова', ru: 'Жанна Асанова', en: 'Zhanna Asanova' },
    position: { kk: 'Сенатор', ru: 'Сенатор', en: 'Senator' },
    organisation: {
      kk: 'ҚР Парламентінің Сенаты',
      ru: 'Сенат Парламента РК',
      en: 'Senate of the Parliament of Kazakhstan',
    },
    biography: {
      kk: 'ҚР Парламенті Сенатының **депутаты**. Шығармашылық индустриялар туралы заң жобасын таныстырады.',
      ru: '**Депутат** Сената Парламента РК. Представляет законопроект о креативных индустриях.',
      en: '**Member** of the Senate of Kazakhstan. Introduces the bill on creative industries.',
    },
    links: [{ label: 'Senate', url: 'https://senate.parlam.kz' }],
    languages: ['kk', 'ru'],
    email: 'zh.asanova@speakers.example.kz',
    phone: '+77015550103',
  },
  {
    fullName: { kk: 'Еркінат Заитов', ru: 'Еркинат Заитов', en: 'Erkanat Zaitov' },
    position: {
      kk: '«NeSanatorium» негізін қалаушы',
      ru: 'Основатель «NeSanatorium»',
      en: 'Founder of "NeSanatorium"',
    },
    organisation: { kk: 'NeSanatorium', ru: 'NeSanatorium', en: 'NeSanatorium' },
    biography: {
      kk: '**«NeSanatorium»** негізін қалаушы. Практиктің көзқарасы: өңірлерде шығармашылық жобаларды қалай бастау керек.',
      ru: 'Основатель **«NeSanatorium»**. Взгляд практика: как запускать креативные проекты в регионах.',
      en: 'Founder of **NeSanatorium**. A practitioner’s view: starting creative projects in the regions.',
    },
    links: [],
    languages: ['kk', 'ru'],
    email: 'e.zaitov@speakers.example.kz',
    phone: '+77015550104',
  },
  {
    fullName: { kk: 'Дәурен Төлеев', ru: 'Даурен Тулеев', en: 'Dauren Tuleev' },
    position: {
      kk: '«Dom36» Алматы шығармашылық хабының негізін қалаушы',
      ru: 'Основатель алматинского креативного хаба «Dom36»',
      en: 'Founder of the Almaty creative hub "Dom36"',
    },
    organisation: { kk: 'Dom36', ru: 'Dom36', en: 'Dom36' },
    biography: {
      kk: 'Алматыдағы **«Dom36»** шығармашылық хабының негізін қалаушы. Практиктің тәжірибесі:\n\n- қоғамдастық құру\n- шығармашылық кеңістікті басқару',
      ru: 'Основатель алматинского креативного хаба **«Dom36»**. Опыт практика:\n\n- создание сообщества\n- управление креативным пространством',
      en: 'Founder of the Almaty creative hub **Dom36**. A practitioner’s experience:\n\n- building a community\n- running a creative space',
    },
    links: [],
    languages: ['kk', 'ru', 'en'],
    email: 'd.tuleev@speakers.example.kz',
    phone: '+77015550105',
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
 * Representatives per region: one or two from most akimats, more from the three cities of republican
 * significance and the Karaganda region, as a ministry list would have it. Enough in a few regions for
 * an evaluation's breakdown by region to show them while the small regions stay suppressed.
 */
const REPRESENTATIVES: Partial<Record<string, number>> = {
  'KZ-71': 6, // Astana
  'KZ-75': 6, // Almaty
  'KZ-79': 5, // Shymkent
  'KZ-35': 5, // Karaganda region
  'KZ-19': 2,
  'KZ-55': 2,
  'KZ-63': 2,
  'KZ-10': 2,
  'KZ-43': 2,
  'KZ-47': 2,
  'KZ-23': 2,
  'KZ-61': 2,
};

/**
 * The akimats' representatives (46, from every region). IINs are generated with the check-digit rule
 * from test serials (9000+), so they are valid but belong to nobody.
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
  const seats = REGIONS.flatMap((region) =>
    Array.from({ length: REPRESENTATIVES[region.code] ?? 1 }, () => region),
  );
  return seats.map((region, index) => {
    const [firstName, sex] = FIRST_NAMES[index % FIRST_NAMES.length] as (typeof FIRST_NAMES)[number];
    const surname = `${SURNAMES[(index + Math.floor(index / SURNAMES.length)) % SURNAMES.length]}${sex === 'female' ? 'а' : ''}`;
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
