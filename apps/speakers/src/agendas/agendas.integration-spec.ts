import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS, type SchedulePublishedV1, type SessionChangedV1 } from '@jiyn/contracts';
import { anEventPublished, eventually } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

const { service, producer } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [],
});

async function createSpeaker(name: string): Promise<string> {
  const response = await service.request('POST', '/speakers', {
    body: { fullName: { ru: name, en: name }, email: `${randomUUID()}@mail.example.kz` },
  });
  expect(response.status).toBe(201);
  return response.body.id;
}

/** A session as the sessions service announces it after each change. */
function sessionEvent(
  base: { sessionId: string; eventId: string },
  version: number,
  occurredAt: string,
  overrides: Partial<SessionChangedV1> = {},
): SessionChangedV1 {
  return {
    ...base,
    version,
    title: { ru: 'Законопроект о креативных индустриях', en: 'The creative industries bill' },
    type: 'talk',
    language: 'ru',
    trackId: null,
    roomId: null,
    startsAt: null,
    endsAt: null,
    capacity: null,
    status: 'draft',
    speakerIds: [],
    occurredAt,
    ...overrides,
  };
}

function sendSession(type: string, data: SessionChangedV1) {
  return producer.send(TOPICS.programmeSessions, type, data.sessionId, data);
}

function sendSchedule(data: SchedulePublishedV1) {
  return producer.send(TOPICS.events, EVENT_TYPES.schedulePublished, data.eventId, data);
}

function schedule(eventId: string, version: number, publishedAt: string): SchedulePublishedV1 {
  return {
    eventId,
    version,
    name: `v${version}`,
    changes: { added: [], moved: [], changed: [], cancelled: [] },
    publishedAt,
  };
}

type Item = { sessionId: string; startsAt: string | null; status?: string; scheduleVersion?: number };
const ids = (body: { items: Item[] }) => body.items.map((item) => item.sessionId);

function parseIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe("speakers' agendas", () => {
  it('should follow the programme for organisers and show the public only what the published schedule shows', async () => {
    const event = anEventPublished();
    await sendEventPublished(producer, event);
    await untilEventProjected(service, 'speakers.event_projections', event);
    const asanova = await createSpeaker('Жанна Асанова');
    const zaitov = await createSpeaker('Ерканат Заитов');
    const { eventId } = event;
    const [bill, cases, dropped, cancelled, late] = Array.from({ length: 5 }, () => ({
      sessionId: randomUUID(),
      eventId,
    }));
    const slot = (start: string, end: string) => ({
      status: 'confirmed' as const,
      roomId: randomUUID(),
      startsAt: start,
      endsAt: end,
    });
    const billSlot = slot('2030-02-05T05:00:00.000Z', '2030-02-05T06:00:00.000Z'); // 10:00 in Astana
    const casesSlot = slot('2030-02-06T04:00:00.000Z', '2030-02-06T06:00:00.000Z');

    // Before the first publication: the bill is created and scheduled with Asanova; a session
    // with her is created and then given to someone else; another is cancelled.
    await sendSession(
      EVENT_TYPES.sessionCreated,
      sessionEvent(bill, 1, '2030-01-10T10:00:00.000Z', { speakerIds: [asanova] }),
    );
    await sendSession(
      EVENT_TYPES.sessionScheduled,
      sessionEvent(bill, 2, '2030-01-10T10:05:00.000Z', { ...billSlot, speakerIds: [asanova] }),
    );
    await sendSession(
      EVENT_TYPES.sessionCreated,
      sessionEvent(dropped, 1, '2030-01-10T10:10:00.000Z', { speakerIds: [asanova] }),
    );
    await sendSession(
      EVENT_TYPES.sessionUpdated,
      sessionEvent(dropped, 2, '2030-01-10T10:11:00.000Z', { speakerIds: [zaitov] }),
    );
    await sendSession(
      EVENT_TYPES.sessionScheduled,
      sessionEvent(cancelled, 1, '2030-01-10T10:12:00.000Z', { ...casesSlot, speakerIds: [asanova] }),
    );
    await sendSession(
      EVENT_TYPES.sessionCancelled,
      sessionEvent(cancelled, 2, '2030-01-10T10:13:00.000Z', {
        ...casesSlot,
        status: 'cancelled',
        speakerIds: [asanova],
      }),
    );
    await sendSchedule(schedule(eventId, 1, '2030-01-11T09:00:00.000Z'));
    // After it: the bill moves to the afternoon, a case study with both speakers is added.
    const billMoved = slot('2030-02-05T09:00:00.000Z', '2030-02-05T10:00:00.000Z');
    await sendSession(
      EVENT_TYPES.sessionMoved,
      sessionEvent(bill, 3, '2030-01-12T08:00:00.000Z', { ...billMoved, speakerIds: [asanova] }),
    );
    await sendSession(
      EVENT_TYPES.sessionScheduled,
      sessionEvent(cases, 1, '2030-01-12T08:30:00.000Z', { ...casesSlot, speakerIds: [asanova, zaitov] }),
    );
    // A change made before the first publication but delivered after it still counts for it.
    await sendSession(
      EVENT_TYPES.sessionScheduled,
      sessionEvent(late, 1, '2030-01-11T08:59:59.000Z', {
        ...slot('2030-02-07T04:00:00.000Z', '2030-02-07T05:00:00.000Z'),
        speakerIds: [asanova],
      }),
    );

    // Each session's events share a partition, but different sessions' do not: the list can be
    // complete while a session's later version is still on its way, so wait for those too.
    const organiser = await eventually(
      async () => {
        const response = await service.request('GET', `/speakers/${asanova}/agenda`);
        expect(response.status).toBe(200);
        expect(ids(response.body).sort()).toEqual(
          [bill, cases, cancelled, late].map((s) => s.sessionId).sort(),
        );
        expect(response.body.items.find((i: Item) => i.sessionId === bill.sessionId)).toMatchObject({
          startsAt: billMoved.startsAt,
          status: 'confirmed',
          version: 3,
          timeZone: 'Asia/Almaty',
          title: { ru: 'Законопроект о креативных индустриях', en: 'The creative industries bill' },
        });
        expect(response.body.items.find((i: Item) => i.sessionId === cancelled.sessionId).status).toBe(
          'cancelled',
        );
        return response.body;
      },
      { timeoutMs: 30_000 },
    );

    const publicAgenda = await eventually(
      async () => {
        const response = await service.request('GET', `/public/speakers/${asanova}/agenda`, {
          principal: ANONYMOUS,
        });
        expect(response.status).toBe(200);
        expect(ids(response.body)).toEqual([bill.sessionId, late.sessionId]);
        return response;
      },
      { timeoutMs: 30_000 },
    );
    expect(publicAgenda.headers['cache-control']).toBe('public, max-age=60');
    expect(publicAgenda.body.items[0]).toEqual({
      sessionId: bill.sessionId,
      eventId,
      title: { ru: 'Законопроект о креативных индустриях', en: 'The creative industries bill' },
      type: 'talk',
      language: 'ru',
      trackId: null,
      roomId: billSlot.roomId,
      startsAt: billSlot.startsAt,
      endsAt: billSlot.endsAt,
      timeZone: 'Asia/Almaty',
      scheduleVersion: 1,
    });
    const zaitovPublic = await service.request('GET', `/public/speakers/${zaitov}/agenda`, {
      principal: ANONYMOUS,
    });
    expect(zaitovPublic.body.items).toEqual([]);

    // The public iCalendar: local Astana times, parsed back by a real client library.
    const ics = await service.request('GET', `/public/speakers/${asanova}/agenda.ics?lang=en`, {
      principal: ANONYMOUS,
    });
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.body).toContain('DTSTART;TZID=Asia/Almaty:20300205T100000');
    const events = parseIcs(ics.body);
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      [`${bill.sessionId}@jiyn.kz`, 'The creative industries bill', billSlot.startsAt],
      [`${late.sessionId}@jiyn.kz`, 'The creative industries bill', '2030-02-07T04:00:00.000Z'],
    ]);
    const viaQuery = await service.request('GET', `/public/speakers/${asanova}/agenda?format=ics&lang=en`, {
      principal: ANONYMOUS,
    });
    expect(viaQuery.body).toBe(ics.body);

    // The next publication shows the move and the new session; the cancelled one never appears.
    await sendSchedule(schedule(eventId, 2, '2030-01-13T09:00:00.000Z'));
    await eventually(
      async () => {
        const response = await service.request('GET', `/public/speakers/${asanova}/agenda`, {
          principal: ANONYMOUS,
        });
        expect(response.body.items.map((i: Item) => [i.sessionId, i.startsAt, i.scheduleVersion])).toEqual([
          [bill.sessionId, billMoved.startsAt, 2],
          [cases.sessionId, casesSlot.startsAt, 2],
          [late.sessionId, '2030-02-07T04:00:00.000Z', 2],
        ]);
      },
      { timeoutMs: 30_000 },
    );
    // An older schedule arriving late does not take the public agenda back. Its inbox row commits
    // with whatever it did, so once it is there the stale schedule has been consumed.
    const stale = await sendSchedule(schedule(eventId, 1, '2030-01-11T09:00:00.000Z'));
    await eventually(
      async () =>
        expect(
          await service.count(
            'SELECT count(*)::int AS n FROM speakers.inbox WHERE consumer = $1 AND event_id = $2',
            ['speakers.agenda-schedules', stale],
          ),
        ).toBe(1),
      { timeoutMs: 30_000 },
    );
    const stillTwo = await service.request('GET', `/public/speakers/${asanova}/agenda`, {
      principal: ANONYMOUS,
    });
    expect(stillTwo.body.items.map((i: Item) => i.scheduleVersion)).toEqual([2, 2, 2]);
    expect(
      ids((await service.request('GET', `/public/speakers/${zaitov}/agenda`, { principal: ANONYMOUS })).body),
    ).toEqual([cases.sessionId]);

    // The organiser calendar marks the cancelled session so subscribed calendars drop it.
    const organiserIcs = await service.request('GET', `/speakers/${asanova}/agenda.ics?lang=ru`);
    expect(organiserIcs.headers['cache-control']).toBe('private, no-store');
    const statuses = Object.fromEntries(
      parseIcs(organiserIcs.body).map((e) => [e.uid, e.component.getFirstPropertyValue('status')]),
    );
    expect(statuses[`${cancelled.sessionId}@jiyn.kz`]).toBe('CANCELLED');
    expect(statuses[`${bill.sessionId}@jiyn.kz`]).toBe('CONFIRMED');

    // The speaker sees their own current agenda with their token, and nobody else's.
    const invitation = await service.request('POST', `/speakers/${asanova}/invitations`, { body: {} });
    const { accessToken } = (
      await service.request('POST', '/self/speakers/invitations/redeem', {
        body: { token: invitation.body.token },
        principal: ANONYMOUS,
      })
    ).body;
    const self = { principal: ANONYMOUS, headers: { [SELF_SERVICE_TOKEN_HEADER]: accessToken } };
    const mine = await service.request('GET', '/self/speakers/me/agenda', self);
    expect(mine.body).toEqual(organiser);
    const mineIcs = await service.request('GET', '/self/speakers/me/agenda.ics', self);
    expect(parseIcs(mineIcs.body)).toHaveLength(4);
    expect((await service.request('GET', '/self/speakers/me/agenda', { principal: ANONYMOUS })).status).toBe(
      401,
    );
    expect((await service.request('GET', `/speakers/${zaitov}/agenda`, self)).status).toBe(401);
  }, 90_000);

  it('should answer 404 for unknown or deleted speakers and 400 for an unknown format', async () => {
    const unknown = randomUUID();
    for (const path of [`/speakers/${unknown}/agenda`, `/public/speakers/${unknown}/agenda.ics`]) {
      expect((await service.request('GET', path)).status).toBe(404);
    }
    const speaker = await createSpeaker('Катажина Вавернья');
    expect((await service.request('GET', `/speakers/${speaker}/agenda?format=pdf`)).status).toBe(400);
    const empty = await service.request('GET', `/public/speakers/${speaker}/agenda.ics`);
    expect(empty.status).toBe(200);
    expect(parseIcs(empty.body)).toHaveLength(0);
    expect((await service.request('DELETE', `/speakers/${speaker}`)).status).toBe(204);
    expect((await service.request('GET', `/public/speakers/${speaker}/agenda`)).status).toBe(404);
    expect((await service.request('GET', `/speakers/not-a-uuid/agenda`)).status).toBe(400);
  });
});
