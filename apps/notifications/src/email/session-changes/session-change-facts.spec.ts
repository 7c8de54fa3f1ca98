import { describe, expect, it } from '@jest/globals';
import type { EmailDelivery } from '../../delivery-log/email-deliveries.repository';
import type { KnownEvent } from '../../event-projection/event-projection.repository';
import type { OwnerDirectory, PublishedSchedule } from '../../recipients/owner-directory';
import { SessionChangeFacts, formatSlot } from './session-change-facts';

const EVENT_ID = '0190f0e0-0000-7000-8000-000000000001';
const SESSION = '0190f0e0-0000-7000-8000-0000000000a1';
const HALL_A = '0190f0e0-0000-7000-8000-0000000000b1';
const HALL_B = '0190f0e0-0000-7000-8000-0000000000b2';
const EVENT: KnownEvent = {
  eventId: EVENT_ID,
  organisationId: null,
  slug: 'astana-2030',
  timeZone: 'Asia/Almaty',
  startsAt: new Date('2030-02-05T03:00:00Z'),
  endsAt: new Date('2030-02-07T12:00:00Z'),
};
const BEFORE_THE_EVENT = new Date('2030-01-20T00:00:00Z');

/** ICU keeps "2030 г." and "22:00 – 6" together with narrow and thin no-break spaces; compared as spaces. */
const spaced = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u2009\u202f]/g, ' ')) as T;

/** Two published versions: the session in Hall A at 10:00 local in v1, in the new Hall B at 14:00 in v2. */
function schedules(): Map<number, PublishedSchedule> {
  return new Map([
    [
      1,
      {
        eventId: EVENT_ID,
        timeZone: 'Asia/Almaty',
        rooms: new Map([[HALL_A, 'Зал A']]),
        sessions: new Map([
          [
            SESSION,
            {
              title: 'Цифровой Казахстан',
              roomId: HALL_A,
              startsAt: '2030-02-05T05:00:00.000Z',
              endsAt: '2030-02-05T06:30:00.000Z',
            },
          ],
        ]),
      },
    ],
    [
      2,
      {
        eventId: EVENT_ID,
        timeZone: 'Asia/Almaty',
        rooms: new Map([[HALL_B, 'Зал B']]),
        sessions: new Map([
          [
            SESSION,
            {
              title: 'Цифровой Казахстан 2030',
              roomId: HALL_B,
              startsAt: '2030-02-05T09:00:00.000Z',
              endsAt: '2030-02-05T10:30:00.000Z',
            },
          ],
        ]),
      },
    ],
  ]);
}

/** The public schedule as the sessions service would answer it; what is asked is recorded. */
function directory(versions = schedules()) {
  const asked: string[] = [];
  const owners = {
    scheduleVersion: async (slug: string, number: number, lang: string) => {
      asked.push(`${slug}#${number}:${lang}`);
      const found = versions.get(number);
      if (!found) throw new Error(`no version ${number}`);
      return found;
    },
  } as unknown as OwnerDirectory;
  return { facts: new SessionChangeFacts(owners), asked };
}

function delivery(template: EmailDelivery['template'], params: EmailDelivery['params']): EmailDelivery {
  return {
    id: 'd1',
    messageId: '<d1@notifications.jiyn>',
    sourceEventId: 'schedule-published-event',
    template,
    transactional: true,
    recipientKind: 'participant',
    recipientRef: 'r1',
    eventId: EVENT_ID,
    params,
    status: 'sending',
    attempts: 1,
    lastReply: null,
    language: null,
    createdAt: BEFORE_THE_EVENT,
    sentAt: null,
  };
}

const MOVE = {
  sessionId: SESSION,
  scheduleVersion: 2,
  previousRoomId: HALL_A,
  previousStartsAt: '2030-02-05T05:00:00.000Z',
  previousEndsAt: '2030-02-05T06:30:00.000Z',
  newRoomId: HALL_B,
  newStartsAt: '2030-02-05T09:00:00.000Z',
  newEndsAt: '2030-02-05T10:30:00.000Z',
};

describe('a session slot in words', () => {
  it.each([
    ['kk', '2030 ж. 5 ақпан, 10:00–11:30'],
    ['ru', '5 февраля 2030 г., 10:00–11:30'],
    ['en', '5 February 2030, 10:00–11:30'],
  ] as const)('should say it in the event’s zone (%s)', (lang, expected) => {
    expect(
      spaced(
        formatSlot(new Date('2030-02-05T05:00:00Z'), new Date('2030-02-05T06:30:00Z'), lang, 'Asia/Almaty'),
      ),
    ).toBe(expected);
  });

  it('should name both days of a session that runs past midnight', () => {
    expect(
      spaced(
        formatSlot(new Date('2030-02-05T17:00:00Z'), new Date('2030-02-05T19:30:00Z'), 'en', 'Asia/Almaty'),
      ),
    ).toBe('5 February 2030 at 22:00 – 6 February 2030 at 00:30');
  });
});

describe('what a session message says', () => {
  it('should say where a moved session was and is, naming each room as its version did', async () => {
    const { facts, asked } = directory();
    const said = await facts.of(delivery('session-changed', MOVE), EVENT, 'ru', BEFORE_THE_EVENT);
    expect(spaced(said)).toEqual({
      kind: 'facts',
      values: {
        sessionTitle: 'Цифровой Казахстан 2030',
        previousTime: '5 февраля 2030 г., 10:00–11:30',
        previousRoom: 'Зал A',
        newTime: '5 февраля 2030 г., 14:00–15:30',
        newRoom: 'Зал B',
      },
      facts: [
        { label: 'Сессия', value: 'Цифровой Казахстан 2030' },
        { label: 'Было', value: '5 февраля 2030 г., 10:00–11:30, Зал A' },
        { label: 'Стало', value: '5 февраля 2030 г., 14:00–15:30, Зал B' },
      ],
    });
    expect(asked.sort()).toEqual(['astana-2030#1:ru', 'astana-2030#2:ru']);
  });

  it('should say what a session taken off was, from the version before', async () => {
    const { facts } = directory();
    const said = await facts.of(
      delivery('session-cancelled', { sessionId: SESSION, scheduleVersion: 2 }),
      EVENT,
      'en',
      BEFORE_THE_EVENT,
    );
    expect(spaced(said)).toEqual({
      kind: 'facts',
      values: {
        sessionTitle: 'Цифровой Казахстан',
        sessionTime: '5 February 2030, 10:00–11:30',
        sessionRoom: 'Зал A',
      },
      facts: [
        { label: 'Session', value: 'Цифровой Казахстан' },
        { label: 'When and where', value: '5 February 2030, 10:00–11:30, Зал A' },
      ],
    });
  });

  it('should send nothing about a session that is over', async () => {
    const { facts } = directory();
    const afterwards = new Date('2030-02-05T11:00:00Z');
    expect(await facts.of(delivery('session-changed', MOVE), EVENT, 'kk', afterwards)).toEqual({
      kind: 'skip',
      reason: 'the session is over',
    });
    expect(
      await facts.of(
        delivery('session-cancelled', { sessionId: SESSION, scheduleVersion: 2 }),
        EVENT,
        'kk',
        new Date('2030-02-05T07:00:00Z'),
      ),
    ).toEqual({ kind: 'skip', reason: 'the session is over' });
  });

  it('should refuse a schedule that a slug now names for another event (asked again later)', async () => {
    const versions = schedules();
    for (const schedule of versions.values()) schedule.eventId = '0190f0e0-0000-7000-8000-00000000ffff';
    const { facts } = directory(versions);
    await expect(facts.of(delivery('session-changed', MOVE), EVENT, 'en', BEFORE_THE_EVENT)).rejects.toThrow(
      'belongs to another event',
    );
  });

  it('should leave other messages alone', async () => {
    const { facts, asked } = directory();
    expect(await facts.of(delivery('registration-confirmed', {}), EVENT, 'en')).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
