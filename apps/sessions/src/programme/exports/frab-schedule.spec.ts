import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Ajv, { type AnySchemaObject } from 'ajv';
import addFormats from 'ajv-formats';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import type { ProgrammeSnapshot } from '../programme-snapshot';
import { frabScheduleJson, frabScheduleXml, type FrabEvent, type FrabScheduleJson } from './frab-schedule';

// The official validators live beside the clone (<repo>/../shared), here and in CI.
const CONFORMANCE = fileURLToPath(new URL('../../../conformance/frab-schedule/', import.meta.url));
const XSD = join(CONFORMANCE, 'schedule.xml.xsd');
const readJson = (name: string): object =>
  JSON.parse(readFileSync(join(CONFORMANCE, name), 'utf8')) as object;

const workDir = mkdtempSync(join(tmpdir(), 'jiyn-frab-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
let files = 0;

/** Runs xmllint on a document; status 0 means well-formed and valid against the XSD. */
function xmllint(xml: string, args: string[] = ['--noout', '--schema', XSD]) {
  const file = join(workDir, `schedule-${++files}.xml`);
  writeFileSync(file, xml);
  const { status, stdout, stderr } = spawnSync('xmllint', [...args, file], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

// The official schema is draft-06, so Ajv (draft-07 by default) needs the draft-06 meta-schema.
// It is loaded with createRequire: SWC drops `with { type: 'json' }` from a static import, which
// Jest warns about. The schema also carries `$oneOf` and `$todo`, notes rather than keywords,
// declared so strict mode accepts them; `color` is no standard format, #rrggbb as in the XSD.
const draft06MetaSchema = createRequire(import.meta.url)(
  'ajv/dist/refs/json-schema-draft-06.json',
) as AnySchemaObject;
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
ajv.addMetaSchema(draft06MetaSchema);
addFormats(ajv);
ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
ajv.addKeyword('$oneOf').addKeyword('$todo');
const validateSchedule = ajv.compile(readJson('schedule.schema.json'));
/** Errors of a document as served (serialised and parsed), or null when it is valid. */
function jsonSchemaErrors(document: object) {
  return validateSchedule(JSON.parse(JSON.stringify(document))) ? null : validateSchedule.errors;
}

// --- the demo event: 5–7 February 2024, Astana, when Asia/Almaty was UTC+6 -------------------------

const uuid = (n: number): string => `0190a1b2-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const at = (local: string): Date => new Date(`${local}:00+06:00`);
const BASE_URL = 'https://jiyn.example.kz/events/creative-industries-astana-2024/';
const NASTY_EN = `Tom & "Jerry" <script>alert('x')</script>`;
const KAZAKH_LETTERS = 'ә ғ қ ң ө ұ ү һ і';

const room = {
  hall: {
    id: uuid(0x101),
    name: { kk: 'Үлкен зал', ru: 'Большой зал', en: 'Main hall' },
    capacity: 200,
    position: 1,
  },
  r204: {
    id: uuid(0x102),
    name: { kk: '204-аудитория', ru: 'Аудитория 204', en: 'Room 204' },
    capacity: 40,
    position: 2,
  },
  r205: {
    id: uuid(0x103),
    name: { kk: '205-аудитория', ru: 'Аудитория 205', en: 'Room 205' },
    capacity: 40,
    position: 3,
  },
  // First by position but never used: must not appear anywhere.
  atrium: {
    id: uuid(0x104),
    name: { kk: 'Атриум', ru: 'Атриум', en: 'Atrium' },
    capacity: null,
    position: 0,
  },
};
const track = {
  basics: {
    id: uuid(0x201),
    name: {
      kk: 'Креативті экономика негіздері',
      ru: 'Основы креативной экономики',
      en: 'Creative economy basics',
    },
    colour: '#1F77B4',
  },
  practice: { id: uuid(0x202), name: { kk: 'Тәжірибе', ru: 'Практика', en: 'Practice' }, colour: '#2ca02c' },
  roadmaps: {
    id: uuid(0x203),
    name: { kk: 'Өңірлік жол карталары', ru: 'Региональные дорожные карты', en: 'Regional roadmaps' },
    colour: '#d62728',
  },
  unused: { id: uuid(0x204), name: { kk: 'Мұрағат', ru: 'Архив', en: 'Archive' }, colour: '#7f7f7f' },
};
const speaker = {
  wawiernia: {
    id: uuid(0x301),
    name: { kk: 'Катажина Ваверня', ru: 'Катажина Ваверня', en: 'Katarzyna Wawiernia' },
  },
  kochetov: {
    id: uuid(0x302),
    name: { kk: 'Евгений Кочетов', ru: 'Евгений Кочетов', en: 'Yevgeny Kochetov' },
  },
  asanova: { id: uuid(0x303), name: { kk: 'Жанна Асанова', ru: 'Жанна Асанова', en: 'Zhanna Asanova' } },
  zaitov: { id: uuid(0x304), name: { kk: 'Ерқанат Заитов', ru: 'Ерканат Заитов', en: 'Erkanat Zaitov' } },
  tuleev: { id: uuid(0x305), name: { kk: 'Дәурен Тулеев', ru: 'Даурен Тулеев', en: 'Dauren Tuleev' } },
};

type Session = ProgrammeSnapshot['sessions'][number];
function session(
  n: number,
  fields: Partial<Session> & Pick<Session, 'title' | 'startsAt' | 'endsAt'>,
): Session {
  return {
    id: uuid(0x400 + n),
    abstract: {},
    type: 'talk',
    trackId: null,
    language: 'ru',
    roomId: room.hall.id,
    speakers: [],
    ...fields,
  };
}

const workshopGroup = (group: number, roomId: string, language: Lang, speakers: Session['speakers']) =>
  session(20 + group, {
    title: {
      kk: `Өңірлік жол картасы: ${group}-топ`,
      ru: `Региональная дорожная карта: группа ${group}`,
      en: `Regional roadmap: group ${group}`,
    },
    abstract: { ru: 'Участники каждого региона составляют план действий на 90 дней.' },
    type: 'workshop',
    trackId: track.roadmaps.id,
    language,
    roomId,
    startsAt: at('2024-02-07T09:00'),
    endsAt: at('2024-02-07T12:00'),
    speakers,
  });

function demoSnapshot(): ProgrammeSnapshot {
  return {
    event: {
      id: uuid(0x001),
      slug: 'creative-industries-astana-2024',
      title: {
        kk: 'Жергілікті әкімдіктерге арналған креативті индустриялар бойынша тренинг',
        ru: 'Тренинг по креативным индустриям для представителей местных акиматов',
        en: 'Training on creative industries for local akimats',
      },
      description: { ru: 'ПРООН, Министерство культуры и информации, AlmaU.' },
      timeZone: 'Asia/Almaty',
      startsAt: at('2024-02-05T09:00'),
      endsAt: at('2024-02-07T18:00'),
      venue: { name: { ru: 'Академия государственного управления при Президенте РК' }, address: 'Астана' },
      url: 'https://jiyn.example.kz/events/creative-industries-astana-2024',
    },
    version: { name: 'v3', number: 3, publishedAt: new Date('2024-02-01T10:00:00Z') },
    rooms: [room.r204, room.atrium, room.hall, room.r205],
    tracks: [track.roadmaps, track.unused, track.practice, track.basics],
    sessions: [
      // Day 1: basics of the creative economy.
      session(1, {
        title: { kk: 'Ашылу сөзі', ru: 'Приветственное слово', en: 'Opening remarks' },
        abstract: {
          en: 'Creative industries account for more than 3% of global GDP and employ more than 6% of the working population.',
        },
        type: 'keynote',
        trackId: track.basics.id,
        language: 'en',
        startsAt: at('2024-02-05T09:00'),
        endsAt: at('2024-02-05T09:30'),
        speakers: [speaker.wawiernia],
      }),
      session(2, {
        title: {
          kk: 'Креативті экономиканың даму тарихы: Ұлыбритания, Нидерланды, Бельгия',
          ru: 'История развития креативной экономики: Великобритания, Нидерланды, Бельгия',
          en: 'History of the creative economy: the UK, the Netherlands, Belgium',
        },
        trackId: track.basics.id,
        startsAt: at('2024-02-05T09:30'),
        endsAt: at('2024-02-05T11:00'),
      }),
      session(3, {
        title: { ru: 'Планы и стратегия министерства', en: 'Plans and strategy of the ministry' },
        trackId: track.basics.id,
        startsAt: at('2024-02-05T11:30'),
        endsAt: at('2024-02-05T12:30'),
        speakers: [speaker.kochetov],
      }),
      session(4, {
        title: { kk: 'Түскі ас', ru: 'Обед', en: 'Lunch' },
        type: 'break',
        startsAt: at('2024-02-05T12:30'),
        endsAt: at('2024-02-05T14:00'),
      }),
      session(5, {
        title: {
          kk: 'Креативті индустриялар туралы заң жобасы',
          ru: 'Законопроект о креативных индустриях',
          en: 'The bill on creative industries',
        },
        trackId: track.basics.id,
        language: 'kk',
        startsAt: at('2024-02-05T14:00'),
        endsAt: at('2024-02-05T15:00'),
        speakers: [speaker.asanova],
      }),
      session(6, {
        title: {
          kk: `Практиктер: «НеСанаторий» & Dom36 — ${KAZAKH_LETTERS}`,
          ru: '«НеСанаторий» & Dom36: опыт <практиков>',
          en: NASTY_EN,
        },
        abstract: { ru: 'Бел\u0007л ]]> & "кавычки" \'апостроф\'\nвторая строка' },
        type: 'panel',
        trackId: track.practice.id,
        roomId: room.r204.id,
        startsAt: at('2024-02-05T15:30'),
        endsAt: at('2024-02-05T17:00'),
        speakers: [speaker.zaitov, speaker.tuleev],
      }),
      // Day 2: practical cases.
      session(7, {
        title: {
          kk: 'ПРООН Акселерациялық зертханасы: Семей, Қызылорда, Алматы',
          ru: 'Лаборатория ускорения ПРООН: Семей, Кызылорда, Алматы',
          en: 'UNDP Accelerator Lab: Semey, Kyzylorda, Almaty',
        },
        type: 'case-study',
        trackId: track.practice.id,
        startsAt: at('2024-02-06T09:00'),
        endsAt: at('2024-02-06T10:30'),
      }),
      session(8, {
        // No Kazakh title: a Kazakh export falls back to Russian.
        title: {
          ru: 'Креативные индустрии и Цели устойчивого развития',
          en: 'Creative industries and the Sustainable Development Goals',
        },
        trackId: track.practice.id,
        language: 'en',
        startsAt: at('2024-02-06T11:00'),
        endsAt: at('2024-02-06T12:00'),
      }),
      session(9, {
        title: {
          kk: 'Креативті индустриялардағы гендерлік аспектілер және инклюзия',
          ru: 'Гендерные аспекты и инклюзия в креативных индустриях',
          en: 'Gender aspects and inclusion in the creative industries',
        },
        type: 'panel',
        trackId: track.practice.id,
        language: 'kk',
        roomId: room.r204.id,
        startsAt: at('2024-02-06T14:00'),
        endsAt: at('2024-02-06T15:30'),
        speakers: [speaker.asanova, speaker.wawiernia],
      }),
      // Day 3: the roadmap workshop, one group per room at the same time.
      workshopGroup(1, room.hall.id, 'kk', [speaker.zaitov]),
      workshopGroup(2, room.r204.id, 'ru', [speaker.tuleev]),
      workshopGroup(3, room.r205.id, 'ru', []),
      session(30, {
        title: {
          kk: 'Қорытынды: 90 күндік жоспарлар',
          ru: 'Итоги: планы на 90 дней',
          en: 'Closing: 90-day plans',
        },
        startsAt: at('2024-02-07T16:00'),
        endsAt: at('2024-02-07T17:00'),
      }),
    ],
  };
}

/** A minimal one-room snapshot for the time-zone cases. */
function snapshotWith(
  sessions: Pick<Session, 'id' | 'startsAt' | 'endsAt'>[],
  event: Partial<ProgrammeSnapshot['event']>,
): ProgrammeSnapshot {
  const demo = demoSnapshot();
  return {
    ...demo,
    event: { ...demo.event, ...event },
    rooms: [room.hall],
    sessions: sessions.map((s, i) => session(100 + i, { title: { en: `Session ${i + 1}` }, ...s })),
  };
}

const events = (document: FrabScheduleJson): FrabEvent[] =>
  document.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
const eventFor = (document: FrabScheduleJson, n: number): FrabEvent | undefined =>
  events(document).find((e) => e.guid === uuid(0x400 + n));

describe('frab schedule exports', () => {
  it.each(SUPPORTED_LANGUAGES)('should write a schedule.xml the official XSD accepts (%s)', (lang) => {
    const result = xmllint(frabScheduleXml(demoSnapshot(), lang, { baseUrl: BASE_URL }));

    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('should have xmllint reject a broken schedule.xml (negative control)', () => {
    const xml = frabScheduleXml(demoSnapshot(), 'kk', { baseUrl: BASE_URL });
    const invalid = xml.replace(/<event guid="[^"]+"/, '<event guid="not-a-uuid"');
    const duplicateSlug = xml.replace(/<slug>[^<]+<\/slug>/g, '<slug>same_slug-1-talk</slug>');
    const malformed = xml.replace('&amp;', '&');

    expect(xmllint(invalid)).toMatchObject({
      status: 3,
      stderr: expect.stringContaining('fails to validate'),
    });
    expect(xmllint(duplicateSlug)).toMatchObject({
      status: 3,
      stderr: expect.stringContaining('slug_unique'),
    });
    expect(xmllint(malformed).status).not.toBe(0);
  });

  it.each(SUPPORTED_LANGUAGES)(
    'should write a schedule.json the official JSON Schema accepts (%s)',
    (lang) => {
      expect(jsonSchemaErrors(frabScheduleJson(demoSnapshot(), lang, { baseUrl: BASE_URL }))).toBeNull();
    },
  );

  it('should have the JSON Schema accept the pretalx example and reject broken documents (controls)', () => {
    const document = frabScheduleJson(demoSnapshot(), 'ru', { baseUrl: BASE_URL });
    const withConference = (patch: object) => ({
      ...document,
      schedule: { ...document.schedule, conference: { ...document.schedule.conference, ...patch } },
    });
    const [firstDay] = document.schedule.conference.days;
    const [roomName, [firstEvent]] = Object.entries(firstDay.rooms)[0];
    const withEvent = (patch: object) =>
      withConference({ days: [{ ...firstDay, rooms: { [roomName]: [{ ...firstEvent, ...patch }] } }] });

    expect(jsonSchemaErrors(readJson('example-pretalx-democon.json'))).toBeNull();
    // The event slug as it is: the schema allows hyphens in an acronym only as a -2024-name suffix.
    expect(jsonSchemaErrors(withConference({ acronym: 'creative-industries-astana-2024' }))).not.toBeNull();
    expect(jsonSchemaErrors(withEvent({ start: '9:00' }))).not.toBeNull();
    expect(jsonSchemaErrors(withEvent({ guid: 'not-a-uuid' }))).not.toBeNull();
    // A person must be either frab-style (id + public_name) or pretalx-style (name), not both.
    const person = { id: 1, public_name: 'Zhanna Asanova', name: 'Zhanna Asanova' };
    expect(jsonSchemaErrors(withEvent({ persons: [person] }))).not.toBeNull();
    expect(jsonSchemaErrors({ ...document, schedule: { ...document.schedule, rooms: [] } })).not.toBeNull();
  });

  it('should lay out the demo event as three days with the rooms used each day, in position order', () => {
    const { schedule } = frabScheduleJson(demoSnapshot(), 'kk', { baseUrl: BASE_URL });
    const { days, ...conference } = schedule.conference;

    expect(schedule).toMatchObject({ version: 'v3', base_url: BASE_URL });
    expect(conference).toEqual({
      acronym: 'creative_industries_astana_2024',
      title: 'Жергілікті әкімдіктерге арналған креативті индустриялар бойынша тренинг',
      description: 'ПРООН, Министерство культуры и информации, AlmaU.',
      start: '2024-02-05',
      end: '2024-02-07',
      daysCount: 3,
      timeslot_duration: '00:05',
      time_zone_name: 'Asia/Almaty',
      url: 'https://jiyn.example.kz/events/creative-industries-astana-2024',
      // Only the tracks in use, by name.
      tracks: [
        { name: 'Креативті экономика негіздері', color: '#1F77B4' },
        { name: 'Тәжірибе', color: '#2ca02c' },
        { name: 'Өңірлік жол карталары', color: '#d62728' },
      ],
      rooms: [
        { name: 'Үлкен зал', guid: room.hall.id, capacity: 200 },
        { name: '204-аудитория', guid: room.r204.id, capacity: 40 },
        { name: '205-аудитория', guid: room.r205.id, capacity: 40 },
      ],
    });
    expect(days.map(({ rooms, ...day }) => ({ ...day, rooms: Object.keys(rooms) }))).toEqual([
      {
        index: 1,
        date: '2024-02-05',
        day_start: '2024-02-05T00:00:00+06:00',
        day_end: '2024-02-05T23:59:00+06:00',
        rooms: ['Үлкен зал', '204-аудитория'],
      },
      {
        index: 2,
        date: '2024-02-06',
        day_start: '2024-02-06T00:00:00+06:00',
        day_end: '2024-02-06T23:59:00+06:00',
        rooms: ['Үлкен зал', '204-аудитория'],
      },
      {
        index: 3,
        date: '2024-02-07',
        day_start: '2024-02-07T00:00:00+06:00',
        day_end: '2024-02-07T23:59:00+06:00',
        rooms: ['Үлкен зал', '204-аудитория', '205-аудитория'],
      },
    ]);
    expect(days[0].rooms['Үлкен зал'].map((e) => e.start)).toEqual([
      '09:00',
      '09:30',
      '11:30',
      '12:30',
      '14:00',
    ]);
  });

  it('should describe a session with every field the format asks for', () => {
    const document = frabScheduleJson(demoSnapshot(), 'en', { baseUrl: BASE_URL });
    const opening = eventFor(document, 1);

    expect(opening).toEqual({
      guid: uuid(0x401),
      id: expect.any(Number),
      date: '2024-02-05T09:00:00+06:00',
      start: '09:00',
      end: '2024-02-05T09:30:00+06:00',
      duration: '00:30',
      room: 'Main hall',
      slug: `creative_industries_astana_2024-${opening?.id}-opening-remarks`,
      url: `https://jiyn.example.kz/events/creative-industries-astana-2024/sessions/${uuid(0x401)}`,
      title: 'Opening remarks',
      subtitle: '',
      track: 'Creative economy basics',
      type: 'keynote',
      language: 'en',
      abstract:
        'Creative industries account for more than 3% of global GDP and employ more than 6% of the working population.',
      description: '',
      persons: [{ guid: speaker.wawiernia.id, id: expect.any(Number), name: 'Katarzyna Wawiernia' }],
      links: [],
      attachments: [],
    });
    expect(opening?.id).toBeGreaterThanOrEqual(1);
    expect(opening?.id).toBeLessThan(2 ** 31);
    expect(eventFor(document, 4)).toMatchObject({
      type: 'break',
      track: null,
      persons: [],
      duration: '01:30',
    });

    const xml = frabScheduleXml(demoSnapshot(), 'en', { baseUrl: BASE_URL });
    expect(xml).toContain(`<room name="Main hall" guid="${room.hall.id}">`);
    expect(xml).toContain(
      `<person id="${opening?.persons[0].id}" guid="${speaker.wawiernia.id}">Katarzyna Wawiernia</person>`,
    );
    expect(xml).toContain('<track name="Creative economy basics" color="#1F77B4"/>');
  });

  it('should split the day-3 workshop into one event per group, each in its own room', () => {
    const document = frabScheduleJson(demoSnapshot(), 'ru', { baseUrl: BASE_URL });
    const day3 = document.schedule.conference.days[2].rooms;
    const groups = Object.values(day3)
      .flat()
      .filter((e) => e.type === 'workshop');

    expect(groups.map((e) => [e.room, e.title, e.language, e.start, e.duration])).toEqual([
      ['Большой зал', 'Региональная дорожная карта: группа 1', 'kk', '09:00', '03:00'],
      ['Аудитория 204', 'Региональная дорожная карта: группа 2', 'ru', '09:00', '03:00'],
      ['Аудитория 205', 'Региональная дорожная карта: группа 3', 'ru', '09:00', '03:00'],
    ]);
    const all = events(document);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.slug)).size).toBe(all.length);
  });

  it('should escape markup in the XML and keep Kazakh and Russian text intact', () => {
    const en = frabScheduleXml(demoSnapshot(), 'en', { baseUrl: BASE_URL });
    const kk = frabScheduleXml(demoSnapshot(), 'kk', { baseUrl: BASE_URL });
    const ru = frabScheduleXml(demoSnapshot(), 'ru', { baseUrl: BASE_URL });
    // xmllint ends its output with a newline of its own.
    const xpath = (xml: string, path: string) =>
      xmllint(xml, ['--xpath', `string(${path})`]).stdout.replace(/\n$/, '');
    const panel = `//event[@guid="${uuid(0x406)}"]`;

    expect(en).toContain('<title>Tom &amp; "Jerry" &lt;script&gt;alert(\'x\')&lt;/script&gt;</title>');
    expect(en).not.toContain('<script>');
    expect(xpath(en, `${panel}/title`)).toBe(NASTY_EN);
    expect(xpath(kk, `${panel}/title`)).toBe(`Практиктер: «НеСанаторий» & Dom36 — ${KAZAKH_LETTERS}`);
    // The BEL character cannot exist in XML 1.0 and is dropped; everything else survives.
    expect(xpath(ru, `${panel}/abstract`)).toBe('Белл ]]> & "кавычки" \'апостроф\'\nвторая строка');
    expect(xpath(ru, `${panel}/title`)).toBe('«НеСанаторий» & Dom36: опыт <практиков>');
    expect(eventFor(frabScheduleJson(demoSnapshot(), 'en', { baseUrl: BASE_URL }), 6)?.title).toBe(NASTY_EN);
  });

  it('should use the offset in force at each instant: +06:00 in February 2024, +05:00 from 1 March 2024', () => {
    const document = frabScheduleJson(
      snapshotWith(
        [
          {
            id: 'feb-2024',
            startsAt: new Date('2024-02-05T03:00:00Z'),
            endsAt: new Date('2024-02-05T04:00:00Z'),
          },
          {
            id: 'mar-2024',
            startsAt: new Date('2024-03-01T04:00:00Z'),
            endsAt: new Date('2024-03-01T05:00:00Z'),
          },
          {
            id: 'feb-2025',
            startsAt: new Date('2025-02-05T04:00:00Z'),
            endsAt: new Date('2025-02-05T05:30:00Z'),
          },
        ],
        { startsAt: new Date('2024-02-05T03:00:00Z'), endsAt: new Date('2024-02-05T12:00:00Z') },
      ),
      'en',
      { baseUrl: BASE_URL },
    );

    expect(events(document).map((e) => [e.date, e.start, e.end, e.duration])).toEqual([
      ['2024-02-05T09:00:00+06:00', '09:00', '2024-02-05T10:00:00+06:00', '01:00'],
      ['2024-03-01T09:00:00+05:00', '09:00', '2024-03-01T10:00:00+05:00', '01:00'],
      ['2025-02-05T09:00:00+05:00', '09:00', '2025-02-05T10:30:00+05:00', '01:30'],
    ]);
    // The event's own days plus the day of each session.
    expect(document.schedule.conference.days.map((d) => [d.date, d.day_start])).toEqual([
      ['2024-02-05', '2024-02-05T00:00:00+06:00'],
      ['2024-03-01', '2024-03-01T00:00:00+05:00'],
      ['2025-02-05', '2025-02-05T00:00:00+05:00'],
    ]);
  });

  it('should group sessions by local day across midnight and the night Almaty moved to UTC+5', () => {
    // At 2024-02-29T18:00Z (midnight, +06:00) clocks went back to 23:00: 23:00–24:00 happened twice.
    const snapshot = snapshotWith(
      [
        {
          id: 'across-midnight',
          startsAt: new Date('2024-02-29T16:30:00Z'),
          endsAt: new Date('2024-02-29T19:30:00Z'),
        },
        {
          id: 'first-23-30',
          startsAt: new Date('2024-02-29T17:30:00Z'),
          endsAt: new Date('2024-02-29T18:00:00Z'),
        },
        {
          id: 'second-23-30',
          startsAt: new Date('2024-02-29T18:30:00Z'),
          endsAt: new Date('2024-02-29T19:00:00Z'),
        },
        {
          id: 'midnight',
          startsAt: new Date('2024-02-29T19:00:00Z'),
          endsAt: new Date('2024-02-29T20:00:00Z'),
        },
      ],
      { startsAt: new Date('2024-02-29T03:00:00Z'), endsAt: new Date('2024-02-29T20:00:00Z') },
    );
    const document = frabScheduleJson(snapshot, 'en', { baseUrl: BASE_URL });
    const days = document.schedule.conference.days.map((day) => ({
      date: day.date,
      day_start: day.day_start,
      day_end: day.day_end,
      events: Object.values(day.rooms)
        .flat()
        .map((e) => [e.title, e.date, e.duration]),
    }));

    expect(days).toEqual([
      {
        date: '2024-02-29',
        day_start: '2024-02-29T00:00:00+06:00',
        day_end: '2024-02-29T23:59:00+05:00',
        events: [
          // Wall clock 22:30 → 00:30 is two hours, but three hours pass.
          ['Session 1', '2024-02-29T22:30:00+06:00', '03:00'],
          ['Session 2', '2024-02-29T23:30:00+06:00', '00:30'],
          ['Session 3', '2024-02-29T23:30:00+05:00', '00:30'],
        ],
      },
      {
        date: '2024-03-01',
        day_start: '2024-03-01T00:00:00+05:00',
        day_end: '2024-03-01T23:59:00+05:00',
        events: [['Session 4', '2024-03-01T00:00:00+05:00', '01:00']],
      },
    ]);
    expect(xmllint(frabScheduleXml(snapshot, 'en', { baseUrl: BASE_URL })).status).toBe(0);
    expect(jsonSchemaErrors(document)).toBeNull();
  });

  it('should be deterministic: equal exports of equal data, whatever the order of the input', () => {
    const shuffled = demoSnapshot();
    shuffled.rooms.reverse();
    shuffled.tracks.reverse();
    shuffled.sessions.reverse();

    for (const lang of SUPPORTED_LANGUAGES) {
      const xml = frabScheduleXml(demoSnapshot(), lang, { baseUrl: BASE_URL });
      expect(frabScheduleXml(demoSnapshot(), lang, { baseUrl: BASE_URL })).toBe(xml);
      expect(frabScheduleXml(shuffled, lang, { baseUrl: BASE_URL })).toBe(xml);
      expect(frabScheduleJson(shuffled, lang, { baseUrl: BASE_URL })).toEqual(
        frabScheduleJson(demoSnapshot(), lang, { baseUrl: BASE_URL }),
      );
    }
  });

  it('should keep ids and guids of a session when others are added, and derive UUIDs for non-UUID ids', () => {
    const before = frabScheduleJson(demoSnapshot(), 'ru', { baseUrl: BASE_URL });
    const grown = demoSnapshot();
    grown.sessions.push(
      session(40, {
        title: { ru: 'Новая сессия' },
        startsAt: at('2024-02-05T08:00'),
        endsAt: at('2024-02-05T08:30'),
      }),
    );
    const after = frabScheduleJson(grown, 'ru', { baseUrl: BASE_URL });
    const ids = (document: FrabScheduleJson) =>
      new Map(events(document).map((e) => [e.guid, [e.id, e.slug]]));

    expect(events(after)).toHaveLength(events(before).length + 1);
    for (const [guid, idAndSlug] of ids(before)) expect(ids(after).get(guid)).toEqual(idAndSlug);

    const plain = snapshotWith(
      [{ id: 's01', startsAt: at('2024-02-05T10:00'), endsAt: at('2024-02-05T11:00') }],
      {},
    );
    // uuid5(NAMESPACE_URL, 'urn:jiyn:session:s01'), as Python's uuid module computes it.
    expect(events(frabScheduleJson(plain, 'en', { baseUrl: BASE_URL }))[0].guid).toBe(
      '39e1353f-0945-5f34-82bb-dc3d09efa5b0',
    );
  });

  it('should export the snapshot sessions only, built field by field so nothing else leaks', () => {
    const snapshot = demoSnapshot();
    // What a careless caller might hand over: rows with private and internal columns still on them.
    const leaky = {
      ...snapshot,
      event: { ...snapshot.event, organiserNotes: 'PRIVATE-EVENT-NOTE' },
      sessions: [
        ...snapshot.sessions.map((s) => ({
          ...s,
          status: 'confirmed',
          internalNotes: 'PRIVATE-SESSION-NOTE',
          speakers: s.speakers.map((sp) => ({ ...sp, email: 'private@example.kz', iin: '900101300123' })),
        })),
        // Not placed in any room of this snapshot: it cannot be shown, so it is left out.
        session(50, {
          title: { en: 'PRIVATE-UNPLACED' },
          roomId: uuid(0x999),
          startsAt: at('2024-02-05T10:00'),
          endsAt: at('2024-02-05T11:00'),
        }),
      ],
    } as ProgrammeSnapshot;

    const json = JSON.stringify(frabScheduleJson(leaky, 'en', { baseUrl: BASE_URL }));
    const xml = frabScheduleXml(leaky, 'en', { baseUrl: BASE_URL });

    for (const output of [json, xml]) {
      for (const secret of ['PRIVATE', 'private@example.kz', '900101300123', 'Atrium', 'Archive']) {
        expect(output).not.toContain(secret);
      }
    }
    expect(
      events(JSON.parse(json) as FrabScheduleJson)
        .map((e) => e.guid)
        .sort(),
    ).toEqual(snapshot.sessions.map((s) => s.id).sort());
  });

  it('should fall back along the language order when a text is missing', () => {
    const snapshot = demoSnapshot();
    snapshot.event.title = { ru: 'Только по-русски' };
    snapshot.sessions[0].speakers = [{ id: speaker.kochetov.id, name: { kk: 'Евгений Кочетов' } }];
    const kk = frabScheduleJson(snapshot, 'kk', { baseUrl: BASE_URL });
    const en = frabScheduleJson(snapshot, 'en', { baseUrl: BASE_URL });

    expect(eventFor(kk, 8)?.title).toBe('Креативные индустрии и Цели устойчивого развития');
    expect(eventFor(kk, 3)?.title).toBe('Планы и стратегия министерства');
    expect(eventFor(en, 1)?.persons.map((p) => p.name)).toEqual(['Евгений Кочетов']);
    expect(kk.schedule.conference.title).toBe('Только по-русски');
    expect(en.schedule.conference.title).toBe('Только по-русски');
    // The session's own language stays what it is, whatever the export language.
    expect(eventFor(kk, 8)?.language).toBe('en');
    // Slugs come from the English title (or the type) so every language's export agrees.
    expect(eventFor(kk, 5)?.slug).toBe(eventFor(en, 5)?.slug);
    expect(eventFor(kk, 4)?.slug).toMatch(/^creative_industries_astana_2024-\d+-lunch$/);
  });
});
