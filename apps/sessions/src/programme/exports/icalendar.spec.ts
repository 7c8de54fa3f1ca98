import { afterEach, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type { ProgrammeSnapshot } from '../programme-snapshot';
import { programmeCalendar } from './icalendar';

type Session = ProgrammeSnapshot['sessions'][number];

const speakers = {
  wawiernia: {
    id: 'wawiernia',
    name: { kk: 'Катажина Вавернья', ru: 'Катажина Вавернья', en: 'Katarzyna Wawiernia' },
  },
  kochetov: {
    id: 'kochetov',
    name: { kk: 'Евгений Кочетов', ru: 'Евгений Кочетов', en: 'Yevgeny Kochetov' },
  },
  asanova: { id: 'asanova', name: { kk: 'Жанна Асанова', ru: 'Жанна Асанова', en: 'Zhanna Asanova' } },
  zaitov: { id: 'zaitov', name: { kk: 'Ерканат Заитов', ru: 'Ерканат Заитов', en: 'Erkanat Zaitov' } },
  tuleev: { id: 'tuleev', name: { kk: 'Дәурен Тулеев', ru: 'Даурен Тулеев', en: 'Dauren Tuleev' } },
};

/** Long enough to need several folds, with 2- and 4-byte UTF-8 characters throughout. */
const casesAbstractKk = [
  'БҰҰДБ-ның Қазақстандағы Акселератор зертханасының Семей, Қызылорда және Алматы қалаларындағы зерттеулері; ',
  'шығармашылық индустриялардың тұрақты даму мақсаттарымен байланысы, гендерлік аспектілер және инклюзия 🎨.\n',
  'Өңірлік әкімдіктердің өкілдері үшін практикалық кейстер: «NeSanatorium» және «Dom36» тәжірибесі, ',
  'қаржыландыру көздері, серіктестік үлгілері және шағын қалалардағы шығармашылық кластерлер.\r\n',
  'Соңғы бөлім — сұрақтар мен жауаптар\\талқылау.',
].join('');

function session(id: string, start: string, end: string, overrides: Partial<Session> = {}): Session {
  return {
    id,
    title: { kk: `${id} (kk)`, ru: `${id} (ru)`, en: `${id} (en)` },
    abstract: {},
    type: 'talk',
    trackId: 'economy',
    language: 'ru',
    roomId: 'hall',
    startsAt: new Date(start),
    endsAt: new Date(end),
    speakers: [],
    ...overrides,
  };
}

/** The demo event: 5–7 February 2024 in Astana, then UTC+6. Times below are UTC. */
function demoSnapshot(sessions?: Session[], timeZone = 'Asia/Almaty'): ProgrammeSnapshot {
  return {
    event: {
      id: 'event-1',
      slug: 'creative-industries-2024',
      title: {
        kk: 'Шығармашылық индустриялар: әкімдіктерге арналған оқыту',
        ru: 'Креативные индустрии: обучение для акиматов',
        en: 'Creative industries: training for akimats',
      },
      description: {},
      timeZone,
      startsAt: new Date('2024-02-05T03:00:00Z'),
      endsAt: new Date('2024-02-07T12:00:00Z'),
      venue: {
        name: {
          kk: 'ҚР Президенті жанындағы Мемлекеттік басқару академиясы',
          ru: 'Академия государственного управления при Президенте РК',
          en: 'Academy of Public Administration under the President of Kazakhstan',
        },
        address: 'Астана, Абай даңғылы, 33а',
      },
      url: null,
    },
    version: { name: 'v3', number: 3, publishedAt: new Date('2024-02-01T10:15:30Z') },
    rooms: [
      {
        id: 'hall',
        name: { kk: 'Мәжіліс залы', ru: 'Конференц-зал', en: 'Conference hall' },
        capacity: 200,
        position: 1,
      },
      {
        id: 'room-2',
        name: { kk: '2-аудитория', ru: 'Аудитория 2', en: 'Room 2' },
        capacity: 40,
        position: 2,
      },
    ],
    tracks: [
      {
        id: 'economy',
        name: { kk: 'Шығармашылық экономика', ru: 'Креативная экономика', en: 'Creative economy' },
        colour: '#0468B1',
      },
      { id: 'practice', name: { kk: 'Тәжірибе', ru: 'Практика', en: 'Practice' }, colour: '#E5243B' },
    ],
    sessions: sessions ?? [
      session('opening', '2024-02-05T03:00:00Z', '2024-02-05T04:00:00Z', {
        type: 'keynote',
        title: {
          kk: 'Ашылу: шығармашылық индустриялар, әлемдік ЖІӨ-нің 3%-дан астамы; жұмыспен қамтудың 6%-ы',
          ru: 'Открытие: креативные индустрии, более 3% мирового ВВП; более 6% занятых',
          en: 'Opening: creative industries, over 3% of global GDP; over 6% of jobs',
        },
        speakers: [speakers.wawiernia],
      }),
      session('coffee', '2024-02-05T05:30:00Z', '2024-02-05T06:00:00Z', {
        type: 'break',
        trackId: null,
        title: { kk: 'Кофе-брейк', ru: 'Кофе-брейк', en: 'Coffee break' },
      }),
      session('strategy', '2024-02-05T04:30:00Z', '2024-02-05T05:30:00Z', {
        title: {
          kk: 'Министрліктің жоспарлары\nжәне стратегиясы',
          ru: 'Планы министерства\nи стратегия',
          en: 'Ministry plans\nand strategy',
        },
        speakers: [speakers.kochetov],
      }),
      session('bill', '2024-02-05T06:00:00Z', '2024-02-05T07:00:00Z', {
        title: {
          kk: 'Заң жобасы \\ шығармашылық индустриялар туралы',
          ru: 'Законопроект о креативных индустриях',
        },
        speakers: [speakers.asanova],
      }),
      session('cases', '2024-02-06T03:00:00Z', '2024-02-06T05:00:00Z', {
        type: 'case-study',
        trackId: 'practice',
        roomId: 'room-2',
        abstract: { kk: casesAbstractKk, ru: 'Кейсы Лаборатории инноваций ПРООН; гендер, инклюзия.' },
        speakers: [speakers.zaitov, speakers.tuleev],
      }),
      session('gender', '2024-02-06T08:00:00Z', '2024-02-06T09:00:00Z', {
        type: 'panel',
        trackId: 'practice',
        speakers: [speakers.wawiernia, speakers.tuleev],
      }),
      session('roadmaps', '2024-02-07T03:00:00Z', '2024-02-07T06:00:00Z', {
        type: 'workshop',
        title: {
          kk: 'Өңірлік жол карталары: 90 күндік жоспар',
          ru: 'Региональные дорожные карты: план на 90 дней',
        },
      }),
    ],
  };
}

/** What a calendar client does: read the file, register its VTIMEZONE, then read the events. */
function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

const utc = (time: ICAL.Time): string => time.toJSDate().toISOString();
const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');
const contentLines = (ics: string): string[] => unfold(ics).split('\r\n');

function observances(calendar: ICAL.Component): string[] {
  const zone = calendar.getFirstSubcomponent('vtimezone');
  return (zone?.getAllSubcomponents() ?? []).map((observance) => {
    const value = (name: string): string =>
      String(observance.getFirstProperty(name)?.toICALString()).split(':')[1];
    return `${observance.name} ${value('dtstart')} ${value('tzoffsetfrom')}→${value('tzoffsetto')}`;
  });
}

afterEach(() => ICAL.TimezoneService.reset());

describe(programmeCalendar.name, () => {
  it('should emit one VEVENT per session, in time order, with stable UIDs and the version as DTSTAMP and SEQUENCE', () => {
    const ics = programmeCalendar(demoSnapshot(), 'kk');
    const { calendar, events } = parse(ics);

    expect(events.map((e) => e.uid)).toEqual(
      ['opening', 'strategy', 'coffee', 'bill', 'cases', 'gender', 'roadmaps'].map((id) => `${id}@jiyn.kz`),
    );
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Шығармашылық индустриялар: әкімдіктерге арналған оқыту',
    );
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Almaty');
    const opening = contentLines(ics).slice(contentLines(ics).indexOf('UID:opening@jiyn.kz'));
    expect(opening.slice(0, 3)).toEqual([
      'UID:opening@jiyn.kz',
      'DTSTAMP:20240201T101530Z',
      'DTSTART;TZID=Asia/Almaty:20240205T090000',
    ]);
    expect(opening).toContain('DTEND;TZID=Asia/Almaty:20240205T100000');
    for (const { component } of events) {
      expect(component.getFirstPropertyValue('sequence')).toBe(3);
      expect(component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    }
  });

  it('should convert February 2024 times at UTC+6, as a client reading the VTIMEZONE does', () => {
    const snapshot = demoSnapshot();
    const { calendar, events } = parse(programmeCalendar(snapshot, 'ru'));

    expect(observances(calendar)).toEqual(['standard 20240205T000000 +0600→+0600']);
    const opening = events[0];
    expect(opening.startDate.zone.tzid).toBe('Asia/Almaty');
    expect([opening.startDate.hour, opening.startDate.minute]).toEqual([9, 0]);
    expect(utc(opening.startDate)).toBe('2024-02-05T03:00:00.000Z');
    const byId = new Map(snapshot.sessions.map((s) => [`${s.id}@jiyn.kz`, s]));
    for (const event of events) {
      expect(utc(event.startDate)).toBe(byId.get(event.uid)?.startsAt.toISOString());
      expect(utc(event.endDate)).toBe(byId.get(event.uid)?.endsAt.toISOString());
    }
  });

  it('should convert times after 1 March 2024 at UTC+5 (tzdata 2024a), not at a fixed +6', () => {
    const ics = programmeCalendar(
      demoSnapshot([session('march', '2024-03-05T04:00:00Z', '2024-03-05T05:00:00Z')]),
      'en',
    );
    const { calendar, events } = parse(ics);

    expect(contentLines(ics)).toContain('DTSTART;TZID=Asia/Almaty:20240305T090000');
    expect(observances(calendar)).toEqual(['standard 20240305T000000 +0500→+0500']);
    expect(utc(events[0].startDate)).toBe('2024-03-05T04:00:00.000Z');
  });

  it('should get both offsets right for a programme spanning the 1 March 2024 switch', () => {
    const snapshot = demoSnapshot([
      session('before', '2024-02-29T03:00:00Z', '2024-02-29T04:00:00Z'),
      session('after', '2024-03-01T04:00:00Z', '2024-03-01T05:00:00Z'),
      session('later', '2024-03-02T04:00:00Z', '2024-03-02T05:00:00Z'),
    ]);
    const { calendar, events } = parse(programmeCalendar(snapshot, 'kk'));

    // Clocks went from 00:00 (UTC+6) back to 23:00 (UTC+5) on 1 March 2024.
    expect(observances(calendar)).toEqual([
      'standard 20240229T000000 +0600→+0600',
      'standard 20240301T000000 +0600→+0500',
    ]);
    expect(events.map((e) => [e.startDate.hour, utc(e.startDate)])).toEqual([
      [9, '2024-02-29T03:00:00.000Z'],
      [9, '2024-03-01T04:00:00.000Z'],
      [9, '2024-03-02T04:00:00.000Z'],
    ]);
  });

  it('should describe daylight saving time for zones that have it', () => {
    const snapshot = demoSnapshot(
      [
        session('winter', '2024-03-30T09:00:00Z', '2024-03-30T10:00:00Z'),
        session('summer', '2024-04-02T08:00:00Z', '2024-04-02T09:00:00Z'),
      ],
      'Europe/Berlin',
    );
    const { calendar, events } = parse(programmeCalendar(snapshot, 'en'));

    expect(observances(calendar)).toEqual([
      'standard 20240330T000000 +0100→+0100',
      'daylight 20240331T020000 +0100→+0200',
    ]);
    expect(events.map((e) => [e.startDate.hour, utc(e.startDate)])).toEqual([
      [10, '2024-03-30T09:00:00.000Z'],
      [10, '2024-04-02T08:00:00.000Z'],
    ]);
  });

  it('should describe a session from 2027 to 9999 with a short zone, at once (it took 33 s of CPU)', () => {
    const snapshot = demoSnapshot(
      [session('forever', '2027-03-01T05:00:00Z', '9999-12-30T06:00:00Z')],
      'Europe/Berlin',
    );
    const began = performance.now();
    const { calendar, events } = parse(programmeCalendar(snapshot, 'en'));

    // Generous, so a loaded machine does not fail it; the libs/icalendar tests count zone reads.
    expect(performance.now() - began).toBeLessThan(2_000);
    // Both ends are in winter: the 7,973 summers between them are no time of this calendar.
    expect(observances(calendar)).toEqual(['standard 20270301T000000 +0100→+0100']);
    expect(events.map((e) => [utc(e.startDate), utc(e.endDate)])).toEqual([
      ['2027-03-01T05:00:00.000Z', '9999-12-30T06:00:00.000Z'],
    ]);
  });

  it('should end every physical line with CRLF and fold at 75 octets without splitting a UTF-8 character', () => {
    const bytes = Buffer.from(programmeCalendar(demoSnapshot(), 'kk'), 'utf8');
    const text = bytes.toString('latin1'); // one char per byte, so indices are octet offsets
    expect(text.endsWith('\r\n')).toBe(true);
    const lines: Buffer[] = [];
    for (let start = 0; start < text.length;) {
      const end = text.indexOf('\r\n', start);
      lines.push(bytes.subarray(start, end));
      start = end + 2;
    }

    const decoder = new TextDecoder('utf-8', { fatal: true });
    const decoded = lines.map((line) => decoder.decode(line)); // throws on a split character
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(line.includes(0x0d) || line.includes(0x0a)).toBe(false);
    }
    const continuations = decoded.filter((line) => line.startsWith(' '));
    expect(continuations.length).toBeGreaterThan(10);
    expect(continuations.some((line) => /\p{Script=Cyrillic}/u.test(line))).toBe(true);
  });

  it('should restore the original text exactly on unfolding', () => {
    const ics = programmeCalendar(demoSnapshot(), 'kk');
    const description = `${casesAbstractKk}\n\nСпикерлер: Ерканат Заитов, Дәурен Тулеев`;
    const escaped = description.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\n/g, '\\n');

    expect(contentLines(ics)).toContain(`DESCRIPTION:${escaped}`);
    const cases = parse(ics).events.find((e) => e.uid === 'cases@jiyn.kz');
    expect(cases?.description).toBe(description.replace('\r\n', '\n'));
  });

  it('should escape commas, semicolons, backslashes and newlines in TEXT values so that they round-trip', () => {
    const snapshot = demoSnapshot();
    const ics = programmeCalendar(snapshot, 'kk');
    const { events } = parse(ics);
    const byUid = new Map(events.map((e) => [e.uid, e]));

    expect(contentLines(ics)).toContain(
      'SUMMARY:Ашылу: шығармашылық индустриялар\\, әлемдік ЖІӨ-нің 3%-дан астамы\\; жұмыспен қамтудың 6%-ы',
    );
    for (const s of snapshot.sessions) expect(byUid.get(`${s.id}@jiyn.kz`)?.summary).toBe(s.title.kk);
    expect(byUid.get('strategy@jiyn.kz')?.summary).toBe('Министрліктің жоспарлары\nжәне стратегиясы');
    expect(byUid.get('bill@jiyn.kz')?.summary).toBe('Заң жобасы \\ шығармашылық индустриялар туралы');

    const opening = byUid.get('opening@jiyn.kz');
    expect(opening?.location).toBe(
      'Мәжіліс залы, ҚР Президенті жанындағы Мемлекеттік басқару академиясы, Астана, Абай даңғылы, 33а',
    );
    expect(opening?.description).toBe('Спикерлер: Катажина Вавернья');
    expect(opening?.component.getFirstProperty('categories')?.getValues()).toEqual([
      'keynote',
      'Шығармашылық экономика',
    ]);
    expect(byUid.get('coffee@jiyn.kz')?.component.getFirstProperty('categories')?.getValues()).toEqual([
      'break',
    ]);
  });

  it('should fall back to another language when the requested one is missing', () => {
    const { events } = parse(programmeCalendar(demoSnapshot(), 'en'));
    const byUid = new Map(events.map((e) => [e.uid, e]));

    expect(byUid.get('opening@jiyn.kz')?.summary).toBe(
      'Opening: creative industries, over 3% of global GDP; over 6% of jobs',
    );
    expect(byUid.get('roadmaps@jiyn.kz')?.summary).toBe('Региональные дорожные карты: план на 90 дней');
    expect(byUid.get('cases@jiyn.kz')?.description).toBe(
      'Кейсы Лаборатории инноваций ПРООН; гендер, инклюзия.\n\nSpeakers: Erkanat Zaitov, Dauren Tuleev',
    );
  });

  it('should export only the chosen sessions, or only one speaker’s', () => {
    const snapshot = demoSnapshot();
    const uids = (options: Parameters<typeof programmeCalendar>[2]): string[] =>
      parse(programmeCalendar(snapshot, 'ru', options)).events.map((e) => e.uid);

    expect(uids({ sessionIds: ['gender', 'bill', 'unknown'] })).toEqual(['bill@jiyn.kz', 'gender@jiyn.kz']);
    expect(uids({ speakerId: 'tuleev' })).toEqual(['cases@jiyn.kz', 'gender@jiyn.kz']);
    expect(uids({ speakerId: 'wawiernia', sessionIds: ['gender'] })).toEqual(['gender@jiyn.kz']);

    // A speaker with no sessions still gets a valid calendar: RFC 5545 wants at least one component.
    const { calendar, events } = parse(programmeCalendar(snapshot, 'ru', { speakerId: 'nobody' }));
    expect(events).toHaveLength(0);
    expect(observances(calendar)).toEqual(['standard 20240205T000000 +0600→+0600']);
  });

  it('should be deterministic and honour the calendar name, product id and base URL', () => {
    const options = {
      calendarName: 'Менің кестем, 2024',
      productId: '-//Jiyn//Programme 1.0//KK',
      baseUrl: 'https://jiyn.kz/e/creative-industries-2024/',
    };
    const ics = programmeCalendar(demoSnapshot(), 'kk', options);

    expect(programmeCalendar(demoSnapshot(), 'kk', options)).toBe(ics);
    const { calendar, events } = parse(ics);
    // X- properties are TEXT by default (RFC 5545 §3.8.8.2); ical.js keeps their raw, escaped form.
    expect(contentLines(ics)).toContain('X-WR-CALNAME:Менің кестем\\, 2024');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Jiyn//Programme 1.0//KK');
    expect(events[0].component.getFirstPropertyValue('url')).toBe(
      'https://jiyn.kz/e/creative-industries-2024/sessions/opening',
    );
    expect(programmeCalendar(demoSnapshot(), 'kk')).not.toContain('URL:');
  });
});
