/**
 * The benchmark's event, generated deterministically from a seed: rooms × days × 30-minute slots,
 * sessions placed in distinct slots, speakers chosen so nobody is in two places at once. The model
 * keeps where every session is, so the conflicts of a move can be predicted and checked against
 * the server's answer.
 */

export type Lang = 'kk' | 'ru' | 'en';
export type Multilingual = Partial<Record<Lang, string>>;

export interface ProgrammeShape {
  rooms: number;
  days: number;
  /** Slots per room and day; sessions fill one slot each. */
  slotsPerDay: number;
  slotMinutes: number;
  sessions: number;
  speakers: number;
  tracks: number;
  /** First slot of day one, UTC milliseconds. */
  firstSlotUtcMs: number;
  timeZone: string;
}

/** 20 rooms, 3 days of 09:00–21:00 in Astana (UTC+5), 1,440 slots for 1,000 sessions. */
export const SHAPE: ProgrammeShape = {
  rooms: 20,
  days: 3,
  slotsPerDay: 24,
  slotMinutes: 30,
  sessions: 1_000,
  speakers: 250,
  tracks: 6,
  firstSlotUtcMs: Date.UTC(2026, 8, 15, 4, 0), // 2026-09-15 09:00 Asia/Almaty
  timeZone: 'Asia/Almaty',
};

export interface Slot {
  room: number;
  day: number;
  slot: number;
}

export interface PlannedSession {
  slot: Slot;
  speakers: number[];
  type: (typeof SESSION_TYPES)[number];
  language: Lang;
  track: number;
  title: Multilingual;
  abstract: Multilingual;
}

const SESSION_TYPES = ['talk', 'talk', 'talk', 'talk', 'panel', 'case-study', 'workshop', 'keynote'] as const;
const LANGS: Lang[] = ['kk', 'ru', 'en'];
const DAY_MS = 86_400_000;

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same event. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function eventWindow(shape: ProgrammeShape): { startsAt: string; endsAt: string } {
  const lastDayEnd =
    shape.firstSlotUtcMs + (shape.days - 1) * DAY_MS + shape.slotsPerDay * shape.slotMinutes * 60_000;
  return {
    startsAt: new Date(shape.firstSlotUtcMs).toISOString(),
    endsAt: new Date(lastDayEnd).toISOString(),
  };
}

export function slotTimes(shape: ProgrammeShape, slot: Slot): { startsAt: string; endsAt: string } {
  const start = shape.firstSlotUtcMs + slot.day * DAY_MS + slot.slot * shape.slotMinutes * 60_000;
  return {
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + shape.slotMinutes * 60_000).toISOString(),
  };
}

const timeKey = (slot: Slot) => slot.day * 1_000 + slot.slot;
const cellKey = (slot: Slot) => (slot.room * 1_000 + slot.day) * 1_000 + slot.slot;

/** Every session in its own slot; 1–3 speakers each, none booked twice in the same time slot. */
export function planProgramme(shape: ProgrammeShape, random: () => number): PlannedSession[] {
  const cells: Slot[] = [];
  for (let room = 0; room < shape.rooms; room += 1)
    for (let day = 0; day < shape.days; day += 1)
      for (let slot = 0; slot < shape.slotsPerDay; slot += 1) cells.push({ room, day, slot });
  if (shape.sessions > cells.length)
    throw new Error(`${shape.sessions} sessions do not fit ${cells.length} slots`);
  for (let i = cells.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [cells[i], cells[j]] = [cells[j] as Slot, cells[i] as Slot];
  }
  const chosen = cells
    .slice(0, shape.sessions)
    .sort((a, b) => a.day - b.day || a.slot - b.slot || a.room - b.room);

  const busy = new Map<number, Set<number>>();
  return chosen.map((slot, index) => {
    const taken = busy.get(timeKey(slot)) ?? new Set<number>();
    busy.set(timeKey(slot), taken);
    const wanted = random() < 0.5 ? 1 : random() < 0.7 ? 2 : 3;
    const speakers: number[] = [];
    for (let attempt = 0; speakers.length < wanted && attempt < 100; attempt += 1) {
      const speaker = Math.floor(random() * shape.speakers);
      if (taken.has(speaker)) continue;
      taken.add(speaker);
      speakers.push(speaker);
    }
    const topic = pick(random, TOPICS);
    const n = index + 1;
    return {
      slot,
      speakers,
      type: pick(random, SESSION_TYPES),
      language: pick(random, LANGS),
      track: Math.floor(random() * shape.tracks),
      title: { kk: `${topic.kk} — ${n}`, ru: `${topic.ru} — ${n}`, en: `${topic.en} — ${n}` },
      abstract: {
        ru: `${topic.ru}: практические кейсы, инструменты и опыт регионов Казахстана. Сессия ${n} для представителей акиматов и креативных предпринимателей.`,
        en: `${topic.en}: practical cases, tools and lessons from the regions of Kazakhstan. Session ${n} for akimat staff and creative entrepreneurs.`,
      },
    };
  });
}

export function speakerProfile(index: number): { fullName: Multilingual; languages: Lang[] } {
  const [firstCyr, firstLat] = FIRST_NAMES[index % FIRST_NAMES.length] as [string, string];
  const [lastCyr, lastLat] = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length] as [
    string,
    string,
  ];
  const suffix = index >= FIRST_NAMES.length * LAST_NAMES.length ? ` ${index}` : '';
  return {
    fullName: {
      kk: `${firstCyr} ${lastCyr}${suffix}`,
      ru: `${firstCyr} ${lastCyr}${suffix}`,
      en: `${firstLat} ${lastLat}${suffix}`,
    },
    languages: index % 3 === 0 ? ['kk', 'ru', 'en'] : ['kk', 'ru'],
  };
}

export interface PredictedConflicts {
  roomOverlap: number;
  speakerDoubleBooked: number;
}

/** Where each session is now, by index; moves update it. */
export class ProgrammeModel {
  private readonly positions: Slot[];
  private readonly byCell = new Map<number, Set<number>>();
  private readonly byTime = new Map<number, Set<number>>();

  constructor(
    private readonly shape: ProgrammeShape,
    private readonly planned: readonly PlannedSession[],
  ) {
    this.positions = planned.map((session) => session.slot);
    planned.forEach((session, index) => this.place(index, session.slot));
  }

  get size(): number {
    return this.positions.length;
  }

  position(index: number): Slot {
    return this.positions[index] as Slot;
  }

  move(index: number, to: Slot): void {
    const from = this.position(index);
    this.byCell.get(cellKey(from))?.delete(index);
    this.byTime.get(timeKey(from))?.delete(index);
    this.positions[index] = to;
    this.place(index, to);
  }

  freeSlots(): Slot[] {
    const free: Slot[] = [];
    for (let room = 0; room < this.shape.rooms; room += 1)
      for (let day = 0; day < this.shape.days; day += 1)
        for (let slot = 0; slot < this.shape.slotsPerDay; slot += 1) {
          const candidate = { room, day, slot };
          if (!this.byCell.get(cellKey(candidate))?.size) free.push(candidate);
        }
    return free;
  }

  /** What the server should answer for this session where it is now (conflicts it is part of). */
  predict(index: number): PredictedConflicts {
    const here = this.position(index);
    const speakers = new Set(this.planned[index]?.speakers);
    let roomOverlap = 0;
    let speakerDoubleBooked = 0;
    for (const other of this.byTime.get(timeKey(here)) ?? []) {
      if (other === index) continue;
      if (this.position(other).room === here.room) roomOverlap += 1;
      for (const speaker of new Set(this.planned[other]?.speakers))
        if (speakers.has(speaker)) speakerDoubleBooked += 1;
    }
    return { roomOverlap, speakerDoubleBooked };
  }

  private place(index: number, slot: Slot): void {
    const inCell = this.byCell.get(cellKey(slot)) ?? new Set<number>();
    inCell.add(index);
    this.byCell.set(cellKey(slot), inCell);
    const atTime = this.byTime.get(timeKey(slot)) ?? new Set<number>();
    atTime.add(index);
    this.byTime.set(timeKey(slot), atTime);
  }
}

const TOPICS: Required<Multilingual>[] = [
  { kk: 'Шығармашылық индустриялар', ru: 'Креативные индустрии', en: 'Creative industries' },
  { kk: 'Өңірлік брендинг', ru: 'Региональный брендинг', en: 'Regional branding' },
  { kk: 'Мәдени мұра және туризм', ru: 'Культурное наследие и туризм', en: 'Cultural heritage and tourism' },
  { kk: 'Цифрлық медиа', ru: 'Цифровые медиа', en: 'Digital media' },
  { kk: 'Дизайн және сәулет', ru: 'Дизайн и архитектура', en: 'Design and architecture' },
  { kk: 'Музыка индустриясы', ru: 'Музыкальная индустрия', en: 'The music industry' },
  { kk: 'Кино және анимация', ru: 'Кино и анимация', en: 'Film and animation' },
  { kk: 'Шығармашылық хабтар', ru: 'Креативные хабы', en: 'Creative hubs' },
  {
    kk: 'Мемлекеттік-жекеменшік әріптестік',
    ru: 'Государственно-частное партнёрство',
    en: 'Public–private partnership',
  },
  { kk: 'Зияткерлік меншік', ru: 'Интеллектуальная собственность', en: 'Intellectual property' },
  { kk: 'Қолөнер және сән', ru: 'Ремёсла и мода', en: 'Crafts and fashion' },
  { kk: 'Ойын индустриясы', ru: 'Игровая индустрия', en: 'The games industry' },
];

const FIRST_NAMES: [string, string][] = [
  ['Айгерім', 'Aigerim'],
  ['Нұрлан', 'Nurlan'],
  ['Динара', 'Dinara'],
  ['Ерлан', 'Erlan'],
  ['Гүлнар', 'Gulnar'],
  ['Асхат', 'Askhat'],
  ['Сәуле', 'Saule'],
  ['Бауыржан', 'Bauyrzhan'],
  ['Мадина', 'Madina'],
  ['Дәурен', 'Dauren'],
  ['Жанна', 'Zhanna'],
  ['Тимур', 'Timur'],
  ['Әсел', 'Assel'],
  ['Қайрат', 'Kairat'],
  ['Ләззат', 'Lazzat'],
  ['Арман', 'Arman'],
];

const LAST_NAMES: [string, string][] = [
  ['Ахметова', 'Akhmetova'],
  ['Сейітов', 'Seitov'],
  ['Нұрланова', 'Nurlanova'],
  ['Омаров', 'Omarov'],
  ['Жұмабаева', 'Zhumabayeva'],
  ['Тулеев', 'Tuleev'],
  ['Серікбаева', 'Serikbayeva'],
  ['Қасымов', 'Kassymov'],
  ['Әбілова', 'Abilova'],
  ['Бекова', 'Bekova'],
  ['Есенов', 'Yessenov'],
  ['Мұратова', 'Muratova'],
  ['Ибраев', 'Ibrayev'],
  ['Дүйсенова', 'Duissenova'],
  ['Садықов', 'Sadykov'],
  ['Кенжебаев', 'Kenzhebayev'],
];
