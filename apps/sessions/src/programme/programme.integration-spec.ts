import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS, sessionChangedV1Schema, schedulePublishedV1Schema } from '@jiyn/contracts';
import { eventually, fieldErrors, schemaValidator } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { SessionsAppModule } from '../app.module';
import { sessionsDatabase } from '../database/database';
import { SessionsEnvironment } from '../sessions.environment';

const { service, probe, producer } = useServiceTestBed({
  service: 'sessions',
  environment: SessionsEnvironment,
  module: SessionsAppModule.register,
  database: (url) => sessionsDatabase(url),
  probe: [TOPICS.events, TOPICS.programmeSessions],
});
const FRAB_XSD = fileURLToPath(new URL('../../conformance/frab-schedule/schedule.xml.xsd', import.meta.url));
const validateMoved = schemaValidator(sessionChangedV1Schema(EVENT_TYPES.sessionMoved, 'moved'));
const validateSchedulePublished = schemaValidator(schedulePublishedV1Schema);

/** A published event on the demo dates (5–7 Feb 2024, Astana, then UTC+6), with two rooms and a track. */
async function demoProgramme() {
  const created = await service.request('POST', '/events', {
    body: {
      slug: `creative-${randomUUID().slice(0, 8)}`,
      title: { kk: 'Шығармашылық индустриялар', ru: 'Креативные индустрии', en: 'Creative industries' },
      startsAt: '2024-02-05T09:00:00+06:00',
      endsAt: '2024-02-07T18:00:00+06:00',
      capacity: 60,
      venue: {
        name: { en: 'Academy of Public Administration', ru: 'Академия государственного управления' },
        address: 'Astana',
      },
    },
  });
  expect(created.status).toBe(201);
  const eventId = created.body.id as string;
  expect((await service.request('POST', `/events/${eventId}/publish`)).status).toBe(200);
  const hall = (
    await service.request('POST', `/events/${eventId}/rooms`, {
      body: { name: { en: 'Main hall', kk: 'Үлкен зал' }, capacity: 60, position: 1 },
    })
  ).body;
  const room2 = (
    await service.request('POST', `/events/${eventId}/rooms`, {
      body: { name: { en: 'Room 2' }, capacity: 20, position: 2 },
    })
  ).body;
  const track = (
    await service.request('POST', `/events/${eventId}/tracks`, {
      body: { name: { en: 'Creative economy' }, colour: '#0A7CBF' },
    })
  ).body;
  return {
    eventId,
    slug: created.body.slug as string,
    hall: hall.id as string,
    room2: room2.id as string,
    track: track.id as string,
  };
}

function sessionBody(
  roomId: string | null,
  start: string | null,
  end: string | null,
  extra: Record<string, unknown> = {},
) {
  return {
    title: { ru: 'Основы креативной экономики', en: 'Basics of the creative economy' },
    type: 'talk',
    language: 'ru',
    roomId,
    startsAt: start,
    endsAt: end,
    status: 'confirmed',
    ...extra,
  };
}

describe('sessions service: programme', () => {
  it('should keep rooms and tracks per event and refuse references into another event', async () => {
    const first = await demoProgramme();
    const second = await demoProgramme();
    const rooms = await service.request('GET', `/events/${first.eventId}/rooms`);
    expect(rooms.body.items.map((room: { name: { en: string } }) => room.name.en)).toEqual([
      'Main hall',
      'Room 2',
    ]);
    expect((await service.request('GET', `/events/${first.eventId}/tracks`)).body.items[0].colour).toBe(
      '#0a7cbf',
    );

    const foreign = await service.request('POST', `/events/${first.eventId}/sessions`, {
      body: sessionBody(second.hall, '2024-02-05T10:00:00+06:00', '2024-02-05T11:00:00+06:00', {
        trackId: second.track,
      }),
    });
    expect(foreign.status).toBe(400);
    expect(fieldErrors(foreign.body)).toEqual(
      expect.arrayContaining(['roomId:unknownRoom', 'trackId:unknownTrack']),
    );
    const halfSlot = await service.request('POST', `/events/${first.eventId}/sessions`, {
      body: sessionBody(first.hall, '2024-02-05T10:00:00+06:00', null),
    });
    expect(fieldErrors(halfSlot.body)).toContain('endsAt:slotIncomplete');
    const backwards = await service.request('POST', `/events/${first.eventId}/sessions`, {
      body: sessionBody(first.hall, '2024-02-05T10:00:00+06:00', '2024-02-05T09:00:00+06:00'),
    });
    expect(fieldErrors(backwards.body)).toContain('endsAt:endsBeforeStart');
    expect(
      (
        await service.request('POST', `/events/${first.eventId}/rooms`, {
          body: { name: { en: 'x' }, colour: 'red' },
        })
      ).status,
    ).toBe(400);
    expect(
      (await service.request('POST', `/events/${randomUUID()}/rooms`, { body: { name: { en: 'x' } } }))
        .status,
    ).toBe(404);
  }, 60_000);

  it('should refuse a slot more than a day outside the event, and instants past year 9999 in UTC', async () => {
    const p = await demoProgramme(); // 5 Feb 09:00 to 7 Feb 18:00 (UTC+6): 03:00Z to 12:00Z
    const post = (start: string, end: string, lang = 'en') =>
      service.request('POST', `/events/${p.eventId}/sessions`, {
        body: sessionBody(p.hall, start, end),
        headers: { 'accept-language': lang },
      });

    // A session to 9999 once made each schedule.ics request cost 33 s of CPU.
    const forever = await post('2027-03-01T10:00:00+05:00', '9999-12-30T11:00+05:00');
    expect(forever.status).toBe(400);
    expect(forever.body.errors).toEqual([
      expect.objectContaining({
        field: 'startsAt',
        code: 'farFromEvent',
        message:
          'startsAt must lie within a day of the event: between 2024-02-04T03:00:00.000Z and 2024-02-08T12:00:00.000Z',
      }),
      expect.objectContaining({ field: 'endsAt', code: 'farFromEvent' }),
    ]);
    const early = await post('2024-02-04T08:59:00+06:00', '2024-02-04T10:00:00+06:00', 'ru');
    expect(early.body.errors).toEqual([
      expect.objectContaining({
        field: 'startsAt',
        message: expect.stringMatching(/^Поле startsAt должно быть не дальше суток от мероприятия/),
      }),
    ]);
    const late = await post('2024-02-08T17:00:00+06:00', '2024-02-08T18:01:00+06:00', 'kk');
    expect(late.body.errors).toEqual([
      expect.objectContaining({
        field: 'endsAt',
        message: expect.stringMatching(/^endsAt іс-шарадан бір тәуліктен алыс болмауы керек/),
      }),
    ]);
    // Year 10000 in UTC: the other services' consumers would dead-letter the session.
    const year10000 = await post('2024-02-05T10:00:00+06:00', '9999-12-31T23:59:59-14:00');
    expect(year10000.status).toBe(400);
    expect(fieldErrors(year10000.body)).toEqual(['endsAt:isInstant']);
    expect(
      await service.count('SELECT count(*)::int AS n FROM sessions.programme_sessions WHERE event_id = $1', [
        p.eventId,
      ]),
    ).toBe(0);

    // A day either side is taken, with the outside-event warning.
    const eve = await post('2024-02-04T09:00:00+06:00', '2024-02-04T10:00:00+06:00');
    expect(eve.status).toBe(201);
    expect(eve.body.conflicts).toEqual([expect.objectContaining({ kind: 'outside-event' })]);

    // The event moves a week later: the session may still change, but a new slot must fit the new dates.
    const moved = await service.request('PATCH', `/events/${p.eventId}`, {
      body: { startsAt: '2024-02-12T09:00:00+06:00', endsAt: '2024-02-14T18:00:00+06:00' },
    });
    expect(moved.status).toBe(200);
    const path = `/events/${p.eventId}/sessions/${eve.body.session.id}`;
    const retitled = await service.request('PATCH', path, { body: { title: { en: 'Eve of the forum' } } });
    expect(retitled.status).toBe(200);
    const stillOld = await service.request('PATCH', path, {
      body: { startsAt: '2024-02-04T10:00:00+06:00', endsAt: '2024-02-04T11:00:00+06:00' },
    });
    expect(fieldErrors(stillOld.body)).toEqual(['startsAt:farFromEvent', 'endsAt:farFromEvent']);
    const fitted = await service.request('PATCH', path, {
      body: { startsAt: '2024-02-12T10:00:00+06:00', endsAt: '2024-02-12T11:00:00+06:00' },
    });
    expect(fitted.status).toBe(200);
    expect(fitted.body.conflicts).toEqual([]);
  }, 60_000);

  it('should answer each change with the conflicts it causes, of every kind', async () => {
    const p = await demoProgramme();
    const speaker = randomUUID();
    const keynote = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.hall, '2024-02-05T10:00:00+06:00', '2024-02-05T11:00:00+06:00', {
        speakerIds: [speaker],
      }),
    });
    expect(keynote.status).toBe(201);
    expect(keynote.body.conflicts).toEqual([]);

    const sameRoom = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.hall, '2024-02-05T10:30:00+06:00', '2024-02-05T11:30:00+06:00'),
    });
    expect(sameRoom.body.conflicts).toEqual([
      expect.objectContaining({ kind: 'room-overlap', severity: 'blocking', roomId: p.hall }),
    ]);

    const sameSpeaker = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.room2, '2024-02-05T10:45:00+06:00', '2024-02-05T11:15:00+06:00', {
        speakerIds: [speaker],
      }),
    });
    expect(sameSpeaker.body.conflicts).toEqual([
      expect.objectContaining({ kind: 'speaker-double-booked', speakerId: speaker }),
    ]);

    const outside = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.room2, '2024-02-08T10:00:00+06:00', '2024-02-08T11:00:00+06:00'),
    });
    expect(outside.body.conflicts).toEqual([
      expect.objectContaining({ kind: 'outside-event', severity: 'warning' }),
    ]);

    const crowded = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.room2, '2024-02-06T10:00:00+06:00', '2024-02-06T11:00:00+06:00', { capacity: 25 }),
    });
    expect(crowded.body.conflicts).toEqual([
      expect.objectContaining({ kind: 'capacity-above-room', severity: 'warning' }),
    ]);

    const all = await service.request('GET', `/events/${p.eventId}/conflicts`);
    expect(all.body).toMatchObject({ blocking: 2, warnings: 2 });
    expect(all.body.items[0].severity).toBe('blocking');

    // Moving the clashing session away resolves its clash.
    const moved = await service.request(
      'PATCH',
      `/events/${p.eventId}/sessions/${sameRoom.body.session.id}`,
      {
        body: { roomId: p.room2, startsAt: '2024-02-05T12:00:00+06:00', endsAt: '2024-02-05T13:00:00+06:00' },
      },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.conflicts).toEqual([]);
    expect(moved.body.session.version).toBe(2);
    const repeated = await service.request(
      'PATCH',
      `/events/${p.eventId}/sessions/${sameRoom.body.session.id}`,
      {
        body: { roomId: p.room2, startsAt: '2024-02-05T12:00:00+06:00', endsAt: '2024-02-05T13:00:00+06:00' },
      },
    );
    expect(repeated.body.session.version).toBe(2); // the same change again is no change
  }, 60_000);

  it('should warn about a session outside its speaker’s availability, keeping only the newest availability', async () => {
    const p = await demoProgramme();
    const speakerId = randomUUID();
    const availabilityChanged = (version: number, ranges: { startsAt: string; endsAt: string }[]) =>
      producer.send(TOPICS.speakers, EVENT_TYPES.speakerAvailabilityChanged, speakerId, {
        speakerId,
        eventId: p.eventId,
        version,
        ranges,
        occurredAt: new Date().toISOString(),
      });
    const stored = async () =>
      (
        await service.query<{ version: number; ranges: unknown }>(
          'SELECT version, ranges FROM sessions.speaker_availability WHERE speaker_id = $1 AND event_id = $2',
          [speakerId, p.eventId],
        )
      )[0];
    // 5 Feb, 09:00–11:30 and 11:30–13:00 in Astana (UTC+6): two touching ranges, one stretch.
    const early = { startsAt: '2024-02-05T03:00:00.000Z', endsAt: '2024-02-05T05:30:00.000Z' };
    const morning = [early, { startsAt: '2024-02-05T05:30:00.000Z', endsAt: '2024-02-05T07:00:00.000Z' }];
    await availabilityChanged(1, [early]);
    await eventually(async () => expect((await stored())?.version).toBe(1), { timeoutMs: 30_000 });
    await availabilityChanged(2, morning);
    await eventually(async () => expect(await stored()).toEqual({ version: 2, ranges: morning }), {
      timeoutMs: 30_000,
    });

    // A stale event (a replay, or one overtaken by a newer change) is consumed but changes nothing.
    const stale = await availabilityChanged(1, [
      { startsAt: '2024-02-05T03:00:00.000Z', endsAt: '2024-02-07T12:00:00.000Z' },
    ]);
    await eventually(
      async () =>
        expect(
          await service.count(
            'SELECT count(*)::int AS n FROM sessions.inbox WHERE consumer = $1 AND event_id = $2',
            ['sessions.speaker-availability', stale],
          ),
        ).toBe(1),
      { timeoutMs: 30_000 },
    );
    expect(await stored()).toEqual({ version: 2, ranges: morning });

    const across = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.hall, '2024-02-05T11:00:00+06:00', '2024-02-05T12:00:00+06:00', {
        speakerIds: [speakerId],
      }),
    });
    expect(across.status).toBe(201);
    expect(across.body.conflicts).toEqual([]);

    const afternoon = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.room2, '2024-02-05T14:00:00+06:00', '2024-02-05T15:00:00+06:00', {
        speakerIds: [speakerId],
      }),
    });
    expect(afternoon.status).toBe(201);
    expect(afternoon.body.conflicts).toEqual([
      {
        kind: 'speaker-unavailable',
        severity: 'warning',
        sessionIds: [afternoon.body.session.id],
        speakerId,
      },
    ]);

    // Another speaker who entered no availability is never warned about.
    const unknown = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.hall, '2024-02-06T14:00:00+06:00', '2024-02-06T15:00:00+06:00', {
        speakerIds: [randomUUID()],
      }),
    });
    expect(unknown.body.conflicts).toEqual([]);

    // A warning, not a clash: the schedule publishes without force.
    const all = await service.request('GET', `/events/${p.eventId}/conflicts`);
    expect(all.body).toMatchObject({ blocking: 0, warnings: 1 });
    const published = await service.request('POST', `/events/${p.eventId}/schedule/versions`, { body: {} });
    expect(published.status).toBe(201);
    expect(published.body.forced).toBe(false);
  }, 90_000);

  it('should announce created, scheduled, moved and cancelled sessions on Kafka', async () => {
    const p = await demoProgramme();
    const created = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(null, null, null),
    });
    const id = created.body.session.id as string;
    await service.request('PATCH', `/events/${p.eventId}/sessions/${id}`, {
      body: { roomId: p.hall, startsAt: '2024-02-05T10:00:00+06:00', endsAt: '2024-02-05T11:00:00+06:00' },
    });
    await service.request('PATCH', `/events/${p.eventId}/sessions/${id}`, {
      body: { startsAt: '2024-02-05T12:00:00+06:00', endsAt: '2024-02-05T13:00:00+06:00' },
    });
    await service.request('PATCH', `/events/${p.eventId}/sessions/${id}`, {
      body: { title: { ru: 'Новое', en: 'New' } },
    });
    await service.request('PATCH', `/events/${p.eventId}/sessions/${id}`, { body: { status: 'cancelled' } });
    const types = await eventually(() => {
      const seen = probe.on(TOPICS.programmeSessions).filter((m) => m.key === id);
      expect(seen).toHaveLength(5);
      return seen;
    });
    expect(types.map((m) => m.headers['ce_type'])).toEqual([
      EVENT_TYPES.sessionCreated,
      EVENT_TYPES.sessionScheduled,
      EVENT_TYPES.sessionMoved,
      EVENT_TYPES.sessionUpdated,
      EVENT_TYPES.sessionCancelled,
    ]);
    expect(types.map((m) => (m.json as { version: number }).version)).toEqual([1, 2, 3, 4, 5]);
    expect(validateMoved(types[2]?.json)).toBeNull();
    // No capacity of its own: unscheduled it has none, in the 60-seat hall it has the hall's.
    expect(types.map((m) => (m.json as { capacity: number | null }).capacity)).toEqual([
      null,
      60,
      60,
      60,
      60,
    ]);
    expect(types[2]?.json).toMatchObject({
      startsAt: '2024-02-05T06:00:00.000Z',
      endsAt: '2024-02-05T07:00:00.000Z',
      roomId: p.hall,
    });
    const again = await service.request('PATCH', `/events/${p.eventId}/sessions/${id}`, {
      body: { status: 'confirmed' },
    });

    // The hall grows: a scheduled session without its own capacity is announced with the new one.
    const other = (
      await service.request('POST', `/events/${p.eventId}/sessions`, {
        body: sessionBody(p.hall, '2024-02-06T10:00:00+06:00', '2024-02-06T11:00:00+06:00'),
      })
    ).body.session;
    expect(
      (await service.request('PATCH', `/events/${p.eventId}/rooms/${p.hall}`, { body: { capacity: 90 } }))
        .status,
    ).toBe(200);
    await eventually(() => {
      const updates = probe
        .on(TOPICS.programmeSessions)
        .filter((m) => m.key === other.id && m.headers['ce_type'] === EVENT_TYPES.sessionUpdated);
      expect(updates.map((m) => (m.json as { capacity: number; version: number }).capacity)).toEqual([90]);
    });
    expect(again.status).toBe(409);
  }, 60_000);

  it('should refuse to publish over clashes unless forced, and keep immutable versions with changelogs', async () => {
    const p = await demoProgramme();
    const a = (
      await service.request('POST', `/events/${p.eventId}/sessions`, {
        body: sessionBody(p.hall, '2024-02-05T10:00:00+06:00', '2024-02-05T11:00:00+06:00'),
      })
    ).body.session;
    const b = (
      await service.request('POST', `/events/${p.eventId}/sessions`, {
        body: sessionBody(p.hall, '2024-02-05T10:30:00+06:00', '2024-02-05T11:30:00+06:00'),
      })
    ).body.session;
    await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(null, null, null, { status: 'draft' }),
    });

    const refused = await service.request('POST', `/events/${p.eventId}/schedule/versions`, { body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body.conflicts).toEqual([
      expect.objectContaining({ kind: 'room-overlap', sessionIds: [a.id, b.id].sort() }),
    ]);

    const v1 = await service.request('POST', `/events/${p.eventId}/schedule/versions`, {
      body: { name: 'Первая версия', force: true },
    });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ number: 1, name: 'Первая версия', forced: true });
    expect(v1.body.changelog.added.sort()).toEqual([a.id, b.id].sort());

    await service.request('PATCH', `/events/${p.eventId}/sessions/${b.id}`, { body: { roomId: p.room2 } });
    await service.request('PATCH', `/events/${p.eventId}/sessions/${a.id}`, {
      body: { status: 'cancelled' },
    });
    const v2 = await service.request('POST', `/events/${p.eventId}/schedule/versions`, {
      body: { comment: 'Room change' },
    });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ number: 2, name: 'v2', forced: false });
    expect(v2.body.changelog).toEqual({
      added: [],
      moved: [
        {
          sessionId: b.id,
          from: expect.objectContaining({ roomId: p.hall }),
          to: expect.objectContaining({ roomId: p.room2 }),
        },
      ],
      changed: [],
      cancelled: [a.id],
    });
    const duplicateName = await service.request('POST', `/events/${p.eventId}/schedule/versions`, {
      body: { name: 'v2' },
    });
    expect(fieldErrors(duplicateName.body)).toEqual(['name:taken']);

    const old = await service.request('GET', `/events/${p.eventId}/schedule/versions/1`);
    expect(old.body.snapshot.sessions.map((s: { id: string }) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(
      (await service.request('GET', `/events/${p.eventId}/schedule/versions`)).body.items.map(
        (v: { number: number }) => v.number,
      ),
    ).toEqual([2, 1]);

    const announced = await eventually(() => {
      const found = probe
        .on(TOPICS.events)
        .filter((m) => m.key === p.eventId && m.headers['ce_type'] === EVENT_TYPES.schedulePublished);
      expect(found).toHaveLength(2);
      return found;
    });
    expect(validateSchedulePublished(announced[1]?.json)).toBeNull();
    expect(announced[1]?.json).toMatchObject({ version: 2, name: 'v2', changes: { cancelled: [a.id] } });
  }, 60_000);

  it('should serve the published schedule publicly, localised, in local time, with ETag revalidation and standard exports', async () => {
    const p = await demoProgramme();
    const speakerId = randomUUID();
    await producer.send(TOPICS.speakers, EVENT_TYPES.speakerCreated, speakerId, {
      speakerId,
      version: 1,
      fullName: { kk: 'Жанна Асанова', ru: 'Жанна Асанова', en: 'Zhanna Asanova' },
      languages: ['kk', 'ru'],
      occurredAt: new Date().toISOString(),
    });
    await eventually(
      async () =>
        expect(
          await service.count(
            'SELECT count(*)::int AS n FROM sessions.speaker_projections WHERE speaker_id = $1',
            [speakerId],
          ),
        ).toBe(1),
      { timeoutMs: 30_000 },
    );
    const talk = (
      await service.request('POST', `/events/${p.eventId}/sessions`, {
        body: sessionBody(p.hall, '2024-02-05T09:30:00+06:00', '2024-02-05T10:30:00+06:00', {
          speakerIds: [speakerId],
          trackId: p.track,
        }),
      })
    ).body.session;
    expect((await service.request('GET', `/public/events/${p.slug}/schedule`)).status).toBe(404);
    await service.request('POST', `/events/${p.eventId}/schedule/versions`, { body: {} });

    const ru = await service.request('GET', `/public/events/${p.slug}/schedule`, {
      principal: null,
      headers: { 'accept-language': 'ru' },
    });
    expect(ru.status).toBe(401); // services answer only the gateway, even for public reads
    const schedule = await service.request('GET', `/public/events/${p.slug}/schedule?lang=ru`);
    expect(schedule.status).toBe(200);
    expect(schedule.headers['content-language']).toBe('ru');
    expect(schedule.body.sessions[0]).toMatchObject({
      id: talk.id,
      title: 'Основы креативной экономики',
      startsAt: '2024-02-05T03:30:00.000Z',
      localStart: '2024-02-05T09:30:00+06:00',
      speakers: [{ id: speakerId, name: 'Жанна Асанова' }],
    });
    const etag = schedule.headers['etag'] as string;
    const revalidated = await service.request('GET', `/public/events/${p.slug}/schedule?lang=ru`, {
      headers: { 'if-none-match': etag },
    });
    expect(revalidated.status).toBe(304);
    const otherLanguage = await service.request('GET', `/public/events/${p.slug}/schedule?lang=en`, {
      headers: { 'if-none-match': etag },
    });
    expect(otherLanguage.status).toBe(200);
    expect(otherLanguage.body.sessions[0].title).toBe('Basics of the creative economy');

    const compressed = await service.request('GET', `/public/events/${p.slug}/schedule?lang=en`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.body.sessions[0].title).toBe('Basics of the creative economy');
    const xml = await service.request('GET', `/public/events/${p.slug}/schedule.xml`);
    expect(xml.headers['content-type']).toMatch(/application\/xml/);
    const file = join(mkdtempSync(join(tmpdir(), 'frab-')), 'schedule.xml');
    writeFileSync(file, xml.body as string);
    expect(() =>
      execFileSync('xmllint', ['--noout', '--schema', FRAB_XSD, file], { stdio: 'pipe' }),
    ).not.toThrow();
    const frabJson = await service.request('GET', `/public/events/${p.slug}/schedule.json`);
    expect(frabJson.body.schedule.conference.acronym).toBe(p.slug.replaceAll('-', '_'));
    const [hallEvents] = Object.values(
      frabJson.body.schedule.conference.days[0].rooms as Record<string, { url: string }[]>,
    );
    const sessionUrl = hallEvents?.[0]?.url ?? '';
    expect(sessionUrl).toMatch(new RegExp(`/api/v1/public/events/${p.slug}/sessions/${talk.id}$`));
    const linked = await service.request('GET', new URL(sessionUrl).pathname.replace('/api/v1', ''));
    expect(linked.body).toMatchObject({ id: talk.id, localStart: '2024-02-05T09:30:00+06:00' });

    const ics = await service.request('GET', `/public/events/${p.slug}/speakers/${speakerId}/calendar.ics`);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.body).toContain('BEGIN:VTIMEZONE');
    expect(ics.body).toContain('DTSTART;TZID=Asia/Almaty:20240205T093000');
    // Unknown ids are 404s, not empty calendars (which would also crowd the render cache).
    expect(
      (await service.request('GET', `/public/events/${p.slug}/sessions/${randomUUID()}/calendar.ics`)).status,
    ).toBe(404);
    expect(
      (await service.request('GET', `/public/events/${p.slug}/speakers/${randomUUID()}/calendar.ics`)).status,
    ).toBe(404);
    expect(
      (await service.request('GET', `/public/events/${p.slug}/schedule/versions/99999999999`)).status,
    ).toBe(400);
    expect((await service.request('GET', `/public/events/${p.slug}/schedule/versions/7`)).status).toBe(404);
    // The gzip body and the plain body are different representations with different tags.
    const plain = await service.request('GET', `/public/events/${p.slug}/schedule?lang=en`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['etag']).not.toBe(compressed.headers['etag']);
    const crossed = await service.request('GET', `/public/events/${p.slug}/schedule?lang=en`, {
      headers: { 'accept-encoding': 'identity', 'if-none-match': String(compressed.headers['etag']) },
    });
    expect(crossed.status).toBe(200);
  }, 90_000);

  it('should refuse arrays where texts belong in rooms, tracks and sessions, storing nothing', async () => {
    const p = await demoProgramme();
    const counts = () =>
      service.count(
        `SELECT (SELECT count(*) FROM sessions.rooms WHERE event_id = $1)
              + (SELECT count(*) FROM sessions.tracks WHERE event_id = $1)
              + (SELECT count(*) FROM sessions.programme_sessions WHERE event_id = $1)::int AS n`,
        [p.eventId],
      );
    const before = await counts();
    const room = await service.request('POST', `/events/${p.eventId}/rooms`, { body: { name: [] } });
    expect(room.status).toBe(400);
    expect(fieldErrors(room.body)).toEqual(['name:isObject']);
    const track = await service.request('POST', `/events/${p.eventId}/tracks`, {
      body: { name: [[]], colour: '#0a7cbf' },
    });
    expect(track.status).toBe(400);
    expect(fieldErrors(track.body)).toEqual(['name:isObject']);
    const session = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(null, null, null, { title: [], abstract: [[]] }),
    });
    expect(session.status).toBe(400);
    expect(fieldErrors(session.body).sort()).toEqual(['abstract:isObject', 'title:isObject']);
    expect(await counts()).toBe(before);

    const renamed = await service.request('PATCH', `/events/${p.eventId}/rooms/${p.hall}`, {
      body: { name: [] },
    });
    expect(renamed.status).toBe(400);
    expect(fieldErrors(renamed.body)).toEqual(['name:isObject']);
    const rooms = await service.request('GET', `/events/${p.eventId}/rooms`);
    expect(rooms.body.items).toContainEqual(
      expect.objectContaining({ id: p.hall, name: { en: 'Main hall', kk: 'Үлкен зал' } }),
    );
  }, 60_000);

  it('should clear with null what rooms and sessions may lack, and refuse null for what they may not', async () => {
    const p = await demoProgramme();
    const room = await service.request('PATCH', `/events/${p.eventId}/rooms/${p.hall}`, {
      body: { name: null, position: null, capacity: null },
    });
    expect(room.status).toBe(400);
    expect(fieldErrors(room.body)).toEqual(['name:isNotNull', 'position:isNotNull']);
    const track = await service.request('PATCH', `/events/${p.eventId}/tracks/${p.track}`, {
      body: { name: null, colour: null },
    });
    expect(track.status).toBe(400);
    expect(fieldErrors(track.body)).toEqual(['name:isNotNull', 'colour:isNotNull']);
    const rooms = await service.request('GET', `/events/${p.eventId}/rooms`);
    expect(rooms.body.items).toContainEqual(
      expect.objectContaining({ id: p.hall, name: { en: 'Main hall', kk: 'Үлкен зал' }, capacity: 60 }),
    );

    const created = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(null, null, null, {
        abstract: { en: 'What a region learns' },
        speakerIds: [randomUUID()],
        trackId: p.track,
      }),
    });
    expect(created.status).toBe(201);
    const path = `/events/${p.eventId}/sessions/${created.body.session.id}`;
    const refused = await service.request('PATCH', path, {
      body: { title: null, type: null, language: null, status: null, abstract: null },
    });
    expect(refused.status).toBe(400);
    expect(fieldErrors(refused.body)).toEqual([
      'title:isNotNull',
      'type:isNotNull',
      'language:isNotNull',
      'status:isNotNull',
    ]);
    const cleared = await service.request('PATCH', path, {
      body: { abstract: null, speakerIds: null, trackId: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.session).toMatchObject({
      title: created.body.session.title,
      abstract: {},
      speakerIds: [],
      trackId: null,
      status: 'confirmed',
      version: 2,
    });
  }, 60_000);

  it('should refuse times without an offset and a null start, which would shift or erase the event', async () => {
    const p = await demoProgramme();
    const local = await service.request('POST', `/events/${p.eventId}/sessions`, {
      body: sessionBody(p.hall, '2024-02-05T10:00:00', '2024-02-05T11:00:00'),
    });
    expect(fieldErrors(local.body)).toEqual(
      expect.arrayContaining(['startsAt:isInstant', 'endsAt:isInstant']),
    );
    const erased = await service.request('PATCH', `/events/${p.eventId}`, { body: { startsAt: null } });
    expect(erased.status).toBe(400);
    expect(fieldErrors(erased.body)).toEqual(['startsAt:isNotNull']);
    const reopened = await service.request('PATCH', `/events/${p.eventId}`, {
      body: { registrationClosesAt: null },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.registrationClosesAt).toBeNull();
    expect(reopened.body.startsAt).toBe('2024-02-05T03:00:00.000Z');
  }, 60_000);

  it('should announce later changes of a published event as event.updated and refuse changes once cancelled', async () => {
    const p = await demoProgramme();
    const updated = await service.request('PATCH', `/events/${p.eventId}`, { body: { capacity: 80 } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ capacity: 80, version: 3 });
    const emptied = await service.request('PATCH', `/events/${p.eventId}`, {
      body: { title: { en: 'Only English' } },
    });
    expect(fieldErrors(emptied.body)).toEqual(['title:multilingualRequired']);
    expect((await service.request('POST', `/events/${p.eventId}/cancel`)).status).toBe(200);
    const messages = await eventually(() => {
      const found = probe
        .on(TOPICS.events)
        .filter((m) => m.key === p.eventId && m.headers['ce_type'] === EVENT_TYPES.eventUpdated);
      expect(found).toHaveLength(2);
      return found;
    });
    expect(
      messages.map((m) => [(m.json as { version: number }).version, (m.json as { status: string }).status]),
    ).toEqual([
      [3, 'published'],
      [4, 'cancelled'],
    ]);
    expect((await service.request('PATCH', `/events/${p.eventId}`, { body: { capacity: 10 } })).status).toBe(
      409,
    );
    expect(
      (await service.request('POST', `/events/${p.eventId}/rooms`, { body: { name: { en: 'Late room' } } }))
        .status,
    ).toBe(409);
  }, 60_000);
});
