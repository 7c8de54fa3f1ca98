/**
 * The three-day programme of the demo event (reference/demo-event.md). Times are local Astana
 * time of February 2024 (UTC+6). Speakers are named by their English name, as in DEMO_SPEAKERS.
 */
type Room = 'hall' | 'groupA' | 'groupB' | 'groupC';

export const DEMO_ROOMS: Record<
  Room,
  { name: { kk: string; ru: string; en: string }; capacity: number; position: number }
> = {
  hall: {
    name: { kk: 'Мәжіліс залы', ru: 'Конференц-зал', en: 'Conference hall' },
    capacity: 60,
    position: 1,
  },
  groupA: { name: { kk: '201 аудитория', ru: 'Аудитория 201', en: 'Room 201' }, capacity: 20, position: 2 },
  groupB: { name: { kk: '202 аудитория', ru: 'Аудитория 202', en: 'Room 202' }, capacity: 20, position: 3 },
  groupC: { name: { kk: '203 аудитория', ru: 'Аудитория 203', en: 'Room 203' }, capacity: 20, position: 4 },
};

export const DEMO_TRACKS = {
  basics: {
    name: {
      kk: 'Шығармашылық экономика негіздері',
      ru: 'Основы креативной экономики',
      en: 'Creative economy basics',
    },
    colour: '#0a7cbf',
  },
  practice: { name: { kk: 'Тәжірибе', ru: 'Практика', en: 'Practice' }, colour: '#e8a317' },
  roadmaps: {
    name: { kk: 'Өңірлік жол карталары', ru: 'Региональные дорожные карты', en: 'Regional roadmaps' },
    colour: '#2e8b57',
  },
};

export interface DemoSession {
  day: '2024-02-05' | '2024-02-06' | '2024-02-07';
  start: string;
  end: string;
  room: Room;
  type: 'keynote' | 'talk' | 'panel' | 'case-study' | 'workshop' | 'break';
  track: keyof typeof DEMO_TRACKS | null;
  language: 'kk' | 'ru' | 'en';
  title: { kk: string; ru: string; en: string };
  speakers: string[];
  capacity?: number;
}

const breakTitle = { kk: 'Кофе-брейк', ru: 'Кофе-брейк', en: 'Coffee break' };
const lunchTitle = { kk: 'Түскі ас', ru: 'Обед', en: 'Lunch' };

export const DEMO_SESSIONS: DemoSession[] = [
  {
    day: '2024-02-05',
    start: '09:00',
    end: '09:30',
    room: 'hall',
    type: 'keynote',
    track: 'basics',
    language: 'en',
    title: {
      kk: 'Ашылу сөзі: шығармашылық индустриялар әлемдік ЖІӨ-нің 3%-дан астамы',
      ru: 'Открытие: креативные индустрии — более 3% мирового ВВП',
      en: 'Opening: creative industries are more than 3% of global GDP',
    },
    speakers: ['Katarzyna Wawiernia'],
  },
  {
    day: '2024-02-05',
    start: '09:30',
    end: '10:30',
    room: 'hall',
    type: 'talk',
    track: 'basics',
    language: 'ru',
    title: {
      kk: 'Шығармашылық экономиканың даму тарихы: Ұлыбритания, Нидерланды және Бельгия тәжірибесі',
      ru: 'История креативной экономики: опыт Великобритании, Нидерландов и Бельгии',
      en: 'History of the creative economy: the United Kingdom, the Netherlands and Belgium',
    },
    speakers: [],
  },
  {
    day: '2024-02-05',
    start: '10:30',
    end: '10:45',
    room: 'hall',
    type: 'break',
    track: null,
    language: 'kk',
    title: breakTitle,
    speakers: [],
  },
  {
    day: '2024-02-05',
    start: '10:45',
    end: '11:45',
    room: 'hall',
    type: 'talk',
    track: 'basics',
    language: 'ru',
    title: {
      kk: 'Министрліктің шығармашылық сектордағы жоспарлары мен стратегиясы',
      ru: 'Планы и стратегия министерства в креативном секторе',
      en: "The ministry's plans and strategy for the creative sector",
    },
    speakers: ['Yevgeny Kochetov'],
  },
  {
    day: '2024-02-05',
    start: '11:45',
    end: '12:45',
    room: 'hall',
    type: 'talk',
    track: 'basics',
    language: 'kk',
    title: {
      kk: 'Шығармашылық индустриялар туралы заң жобасы',
      ru: 'Законопроект о креативных индустриях',
      en: 'The bill on creative industries',
    },
    speakers: ['Zhanna Asanova'],
  },
  {
    day: '2024-02-05',
    start: '12:45',
    end: '14:00',
    room: 'hall',
    type: 'break',
    track: null,
    language: 'kk',
    title: lunchTitle,
    speakers: [],
  },
  {
    day: '2024-02-05',
    start: '14:00',
    end: '15:30',
    room: 'hall',
    type: 'panel',
    track: 'practice',
    language: 'ru',
    title: {
      kk: 'Практиктердің көзқарасы: шығармашылық кеңістіктерді құру',
      ru: 'Взгляд практиков: как создаются креативные пространства',
      en: "Practitioners' insights: building creative spaces",
    },
    speakers: ['Erkanat Zaitov', 'Dauren Tuleev'],
  },
  {
    day: '2024-02-06',
    start: '09:00',
    end: '10:30',
    room: 'hall',
    type: 'case-study',
    track: 'practice',
    language: 'ru',
    title: {
      kk: 'БҰҰДБ Акселератор зертханасының Семей, Қызылорда және Алматыдағы зерттеуі',
      ru: 'Исследование Лаборатории ускорения ПРООН в Семее, Кызылорде и Алматы',
      en: 'UNDP Accelerator Lab research in Semey, Kyzylorda and Almaty',
    },
    speakers: ['Katarzyna Wawiernia'],
  },
  {
    day: '2024-02-06',
    start: '10:30',
    end: '10:45',
    room: 'hall',
    type: 'break',
    track: null,
    language: 'kk',
    title: breakTitle,
    speakers: [],
  },
  {
    day: '2024-02-06',
    start: '10:45',
    end: '12:00',
    room: 'hall',
    type: 'talk',
    track: 'basics',
    language: 'ru',
    title: {
      kk: 'Шығармашылық индустриялар және Тұрақты даму мақсаттары',
      ru: 'Креативные индустрии и Цели устойчивого развития',
      en: 'Creative industries and the Sustainable Development Goals',
    },
    speakers: ['Yevgeny Kochetov'],
  },
  {
    day: '2024-02-06',
    start: '12:00',
    end: '13:00',
    room: 'hall',
    type: 'panel',
    track: 'basics',
    language: 'kk',
    title: {
      kk: 'Шығармашылық индустриялардағы гендерлік аспектілер және инклюзия',
      ru: 'Гендерные аспекты и инклюзия в креативных индустриях',
      en: 'Gender aspects and inclusion in the creative industries',
    },
    speakers: ['Zhanna Asanova', 'Katarzyna Wawiernia'],
  },
  {
    day: '2024-02-06',
    start: '13:00',
    end: '14:00',
    room: 'hall',
    type: 'break',
    track: null,
    language: 'kk',
    title: lunchTitle,
    speakers: [],
  },
  {
    day: '2024-02-06',
    start: '14:00',
    end: '15:30',
    room: 'hall',
    type: 'case-study',
    track: 'practice',
    language: 'ru',
    title: {
      kk: 'Кейстер: «NeSanatorium» және «Dom36»',
      ru: 'Кейсы: «NeSanatorium» и «Dom36»',
      en: 'Cases: "NeSanatorium" and "Dom36"',
    },
    speakers: ['Erkanat Zaitov', 'Dauren Tuleev'],
  },
  ...(['groupA', 'groupB', 'groupC'] as const).map((room, index): DemoSession => ({
    day: '2024-02-07',
    start: '09:00',
    end: '12:30',
    room,
    type: 'workshop',
    track: 'roadmaps',
    language: index === 1 ? 'ru' : 'kk',
    capacity: 20,
    title: {
      kk: `Өңірлік жол карталары, ${index + 1}-топ: 90 күндік іс-қимыл жоспары`,
      ru: `Региональные дорожные карты, группа ${index + 1}: план действий на 90 дней`,
      en: `Regional roadmaps, group ${index + 1}: a 90-day action plan`,
    },
    speakers: [],
  })),
  {
    day: '2024-02-07',
    start: '12:30',
    end: '14:00',
    room: 'hall',
    type: 'break',
    track: null,
    language: 'kk',
    title: lunchTitle,
    speakers: [],
  },
  {
    day: '2024-02-07',
    start: '14:00',
    end: '16:00',
    room: 'hall',
    type: 'workshop',
    track: 'roadmaps',
    language: 'kk',
    title: {
      kk: 'Жол карталарының таныстырылымы',
      ru: 'Презентация дорожных карт',
      en: 'Presentation of the roadmaps',
    },
    speakers: [],
  },
];
