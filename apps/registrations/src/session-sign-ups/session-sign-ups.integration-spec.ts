import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS, type SessionChangedV1 } from '@jiyn/contracts';
import { eventually, fieldErrors } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { eventsKnownTo, participantsOf } from '../../test/builders';

const { service, producer, probe } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
});

const participant = participantsOf({
  name: 'Шеберхана Қатысушысы',
  email: 'workshop',
  birthDate: '1995-11-20',
  regionCode: 'KZ-39',
  first: 1000,
});

const knownEvent = eventsKnownTo({ service, producer }, { capacity: 200 });

async function register(
  eventId: string,
): Promise<{ id: string; status: string; version: number; managementToken: string; checkInToken: string }> {
  const response = await service.request('POST', '/registrations', { body: participant(eventId) });
  expect(response.status).toBe(201);
  return response.body;
}

/** A session as the sessions service announces it: day 3 of the default event, 10:00–12:00 in Astana. */
function aSession(eventId: string, overrides: Partial<SessionChangedV1> = {}): SessionChangedV1 {
  return {
    sessionId: randomUUID(),
    eventId,
    version: 1,
    title: { kk: 'Шеберхана', ru: 'Мастер-класс', en: 'Workshop' },
    type: 'workshop',
    language: 'ru',
    trackId: null,
    roomId: randomUUID(),
    startsAt: '2030-02-07T05:00:00.000Z',
    endsAt: '2030-02-07T07:00:00.000Z',
    capacity: 20,
    status: 'confirmed',
    speakerIds: [],
    occurredAt: new Date().toISOString(),
    ...overrides,
  };
}

async function announce(
  session: SessionChangedV1,
  type: string = EVENT_TYPES.sessionScheduled,
): Promise<void> {
  await producer.send(TOPICS.programmeSessions, type, session.sessionId, session);
}

async function untilSessionProjected(session: SessionChangedV1): Promise<void> {
  await eventually(
    async () =>
      expect(
        await service.count(
          'SELECT version AS n FROM registrations.session_projections WHERE session_id = $1',
          [session.sessionId],
        ),
      ).toBe(session.version),
    { timeoutMs: 30_000 },
  );
}

async function knownSession(
  eventId: string,
  overrides: Partial<SessionChangedV1> = {},
): Promise<SessionChangedV1> {
  const session = aSession(eventId, overrides);
  await announce(session);
  await untilSessionProjected(session);
  return session;
}

const signUp = (registrationId: string, sessionId: string, headers: Record<string, string> = {}) =>
  service.request('POST', `/registrations/${registrationId}/sessions/${sessionId}`, { headers });

/** Calls the service as the gateway does for /api/v1/self/…: no principal, the bearer token passed on. */
const asParticipant = (
  token: string | undefined,
): { principal: typeof ANONYMOUS; headers: Record<string, string> } => ({
  principal: ANONYMOUS,
  headers: token === undefined ? {} : { [SELF_SERVICE_TOKEN_HEADER]: token },
});

const signedUpCount = (sessionId: string) =>
  service.count('SELECT signed_up_count AS n FROM registrations.session_projections WHERE session_id = $1', [
    sessionId,
  ]);

describe('session sign-ups', () => {
  it('should follow the programme from real session.* events: created, scheduled, moved, cancelled; stale ones ignored', async () => {
    const event = await knownEvent();
    const draft = aSession(event.eventId, {
      startsAt: null,
      endsAt: null,
      roomId: null,
      capacity: null,
      status: 'draft',
    });
    await announce(draft, EVENT_TYPES.sessionCreated);
    await untilSessionProjected(draft);
    const listed = () => service.request('GET', `/registrations/events/${event.eventId}/sessions`);
    expect((await listed()).body.items).toEqual([]); // no time, no capacity: takes no sign-ups

    const scheduled = {
      ...draft,
      version: 2,
      startsAt: '2030-02-06T05:00:00.000Z',
      endsAt: '2030-02-06T06:30:00.000Z',
      roomId: randomUUID(),
      capacity: 12,
      status: 'confirmed' as const,
    };
    await announce(scheduled, EVENT_TYPES.sessionScheduled);
    await untilSessionProjected(scheduled);
    expect((await listed()).body.items).toEqual([
      {
        sessionId: draft.sessionId,
        title: draft.title,
        startsAt: scheduled.startsAt,
        endsAt: scheduled.endsAt,
        status: 'confirmed',
        capacity: 12,
        signedUp: 0,
        seatsLeft: 12,
      },
    ]);

    const moved = {
      ...scheduled,
      version: 3,
      startsAt: '2030-02-07T08:00:00.000Z',
      endsAt: '2030-02-07T09:00:00.000Z',
    };
    await announce(moved, EVENT_TYPES.sessionMoved);
    await untilSessionProjected(moved);
    // A late copy of version 2 must not move it back; version 4 proves it was read after it.
    await announce(scheduled, EVENT_TYPES.sessionScheduled);
    const cancelled = { ...moved, version: 4, status: 'cancelled' as const };
    await announce(cancelled, EVENT_TYPES.sessionCancelled);
    await untilSessionProjected(cancelled);
    expect((await listed()).body.items).toEqual([
      expect.objectContaining({ startsAt: moved.startsAt, status: 'cancelled', seatsLeft: 0 }),
    ]);
  }, 60_000);

  it('should sign a confirmed participant up, announce it, list it, and free the seat on cancelling', async () => {
    const event = await knownEvent();
    const session = await knownSession(event.eventId, { capacity: 1 });
    const registration = await register(event.eventId);
    const created = await signUp(registration.id, session.sessionId);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      registrationId: registration.id,
      sessionId: session.sessionId,
      title: session.title,
      startsAt: session.startsAt,
      sessionStatus: 'confirmed',
      cancelledAt: null,
    });
    expect(await signedUpCount(session.sessionId)).toBe(1);
    const again = await signUp(registration.id, session.sessionId);
    expect(again.status).toBe(409);
    expect(again.body.signUpId).toBe(created.body.id);
    const someoneElse = await register(event.eventId);
    const full = await signUp(someoneElse.id, session.sessionId, { 'accept-language': 'ru' });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ type: 'https://jiyn.kz/problems/session-full', capacity: 1 });

    const list = await service.request('GET', `/registrations/${registration.id}/sessions`);
    expect(list.body.items.map((item: { sessionId: string }) => item.sessionId)).toEqual([session.sessionId]);

    const cancelled = await service.request(
      'DELETE',
      `/registrations/${registration.id}/sessions/${session.sessionId}`,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.cancelledAt).toEqual(expect.any(String));
    expect(await signedUpCount(session.sessionId)).toBe(0);
    expect(
      (await service.request('DELETE', `/registrations/${registration.id}/sessions/${session.sessionId}`))
        .status,
    ).toBe(404);
    expect((await service.request('GET', `/registrations/${registration.id}/sessions`)).body.items).toEqual(
      [],
    );
    expect((await signUp(someoneElse.id, session.sessionId)).status).toBe(201);

    const messages = await eventually(
      () => {
        const found = probe.on(TOPICS.registrations).filter((m) => m.key === registration.id);
        expect(found.map((m) => m.headers['ce_type'])).toEqual([
          EVENT_TYPES.registrationCreated,
          EVENT_TYPES.registrationSessionSignedUp,
          EVENT_TYPES.registrationSessionSignUpCancelled,
        ]);
        return found;
      },
      { timeoutMs: 20_000 },
    );
    expect(messages[1]?.json).toMatchObject({
      sessionId: session.sessionId,
      version: 2,
      status: 'confirmed',
    });
    expect(messages[2]?.json).toMatchObject({ sessionId: session.sessionId, version: 3 });
  }, 60_000);

  it('should never sign up more than the session capacity, however many try at once', async () => {
    const event = await knownEvent();
    const session = await knownSession(event.eventId, { capacity: 20 });
    const registrations = await Promise.all(Array.from({ length: 100 }, () => register(event.eventId)));
    expect(registrations.every((r) => r.status === 'confirmed')).toBe(true);
    const responses = await Promise.all(registrations.map((r) => signUp(r.id, session.sessionId)));
    expect(responses.filter((r) => r.status >= 500)).toHaveLength(0);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(20);
    expect(
      responses.filter((r) => r.status === 409 && r.body.type === 'https://jiyn.kz/problems/session-full'),
    ).toHaveLength(80);
    expect(await signedUpCount(session.sessionId)).toBe(20);
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM registrations.session_sign_ups WHERE session_id = $1 AND cancelled_at IS NULL',
        [session.sessionId],
      ),
    ).toBe(20);
    const winners = new Set(
      responses.filter((r) => r.status === 201).map((r) => r.body.registrationId as string),
    );
    await eventually(
      () =>
        expect(
          probe
            .on(TOPICS.registrations)
            .filter(
              (m) =>
                m.headers['ce_type'] === EVENT_TYPES.registrationSessionSignedUp && winners.has(m.key ?? ''),
            ),
        ).toHaveLength(20),
      { timeoutMs: 20_000 },
    );
  }, 90_000);

  it('should refuse a session overlapping one the participant signed up for, naming it, even when both are asked at once', async () => {
    const event = await knownEvent();
    const morning = await knownSession(event.eventId, {
      title: { ru: 'Утренний мастер-класс', en: 'Morning workshop' },
      startsAt: '2030-02-07T04:00:00.000Z',
      endsAt: '2030-02-07T06:00:00.000Z',
    });
    const overlapping = await knownSession(event.eventId, {
      startsAt: '2030-02-07T05:30:00.000Z',
      endsAt: '2030-02-07T07:00:00.000Z',
    });
    const adjacent = await knownSession(event.eventId, {
      startsAt: '2030-02-07T06:00:00.000Z',
      endsAt: '2030-02-07T07:00:00.000Z',
    });
    const registration = await register(event.eventId);
    expect((await signUp(registration.id, morning.sessionId)).status).toBe(201);
    const clash = await signUp(registration.id, overlapping.sessionId, { 'accept-language': 'en' });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({
      type: 'https://jiyn.kz/problems/schedule-clash',
      clashingSession: { sessionId: morning.sessionId, title: morning.title, startsAt: morning.startsAt },
    });
    expect(clash.body.detail).toContain('Morning workshop');
    expect(await signedUpCount(overlapping.sessionId)).toBe(0);
    expect((await signUp(registration.id, adjacent.sessionId)).status).toBe(201); // ends exactly when the next starts

    // Two overlapping sign-ups of one participant at the same moment: exactly one wins.
    const other = await register(event.eventId);
    const both = await Promise.all([
      signUp(other.id, morning.sessionId),
      signUp(other.id, overlapping.sessionId),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
  }, 60_000);

  it('should refuse cancelled and draft sessions, sessions without capacity or time, other events and unconfirmed registrations', async () => {
    const event = await knownEvent({ capacity: 1 });
    const otherEvent = await knownEvent();
    const cancelled = await knownSession(event.eventId, { status: 'cancelled' });
    const draft = await knownSession(event.eventId, { status: 'draft' });
    const open = await knownSession(event.eventId, { capacity: null });
    const unscheduled = await knownSession(event.eventId, { startsAt: null, endsAt: null, roomId: null });
    const foreign = await knownSession(otherEvent.eventId);
    const fine = await knownSession(event.eventId);
    const confirmed = await register(event.eventId);
    const waitlisted = await register(event.eventId);
    expect(waitlisted.status).toBe('waitlisted');

    const refusedCancelled = await signUp(confirmed.id, cancelled.sessionId, { 'accept-language': 'ru' });
    expect(refusedCancelled.status).toBe(409);
    expect(refusedCancelled.body.detail).toBe('Сессия отменена');
    const refusedDraft = await signUp(confirmed.id, draft.sessionId);
    expect(refusedDraft.status).toBe(409);
    expect(refusedDraft.body).toMatchObject({ sessionId: draft.sessionId, sessionStatus: 'draft' });
    expect(await signedUpCount(draft.sessionId)).toBe(0);
    const offered = (await service.request('GET', `/registrations/events/${event.eventId}/sessions`)).body
      .items as { sessionId: string }[];
    expect(offered.map((item) => item.sessionId).sort()).toEqual(
      [cancelled.sessionId, fine.sessionId].sort(),
    );
    expect((await signUp(confirmed.id, open.sessionId)).status).toBe(409);
    expect((await signUp(confirmed.id, unscheduled.sessionId)).status).toBe(409);
    const wrongEvent = await signUp(confirmed.id, foreign.sessionId);
    expect(wrongEvent.status).toBe(404);
    expect(fieldErrors(wrongEvent.body)).toEqual(['sessionId:unknownSession']);
    expect((await signUp(confirmed.id, randomUUID())).status).toBe(404);
    expect((await signUp(randomUUID(), fine.sessionId)).status).toBe(404);
    expect((await signUp(confirmed.id, 'not-a-session')).status).toBe(400);
    const notConfirmed = await signUp(waitlisted.id, fine.sessionId);
    expect(notConfirmed.status).toBe(409);
    expect(notConfirmed.body).toMatchObject({
      type: 'https://jiyn.kz/problems/registration-not-confirmed',
      registrationStatus: 'waitlisted',
    });
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM registrations.session_sign_ups WHERE registration_id = ANY($1::uuid[])',
        [[confirmed.id, waitlisted.id]],
      ),
    ).toBe(0);
  }, 60_000);

  it('should give the session seats back when a registration is cancelled', async () => {
    const event = await knownEvent();
    const first = await knownSession(event.eventId, { capacity: 1 });
    const second = await knownSession(event.eventId, {
      capacity: 1,
      startsAt: '2030-02-06T05:00:00.000Z',
      endsAt: '2030-02-06T06:00:00.000Z',
    });
    const leaving = await register(event.eventId);
    expect((await signUp(leaving.id, first.sessionId)).status).toBe(201);
    expect((await signUp(leaving.id, second.sessionId)).status).toBe(201);
    const waiting = await register(event.eventId);
    expect((await signUp(waiting.id, first.sessionId)).status).toBe(409);

    const cancelled = await service.request('POST', `/registrations/${leaving.id}/cancel`, { body: {} });
    expect(cancelled.status).toBe(200);
    expect(await signedUpCount(first.sessionId)).toBe(0);
    expect(await signedUpCount(second.sessionId)).toBe(0);
    expect((await service.request('GET', `/registrations/${leaving.id}/sessions`)).body.items).toEqual([]);
    expect((await signUp(waiting.id, first.sessionId)).status).toBe(201);
  }, 60_000);

  it('should let participants manage their own sign-ups with the management token, and nobody without it', async () => {
    const event = await knownEvent({ capacity: 1 });
    const first = await knownSession(event.eventId, {
      title: { kk: 'Бірінші топ', ru: 'Первая группа', en: 'Group one' },
      startsAt: '2030-02-07T04:00:00.000Z',
      endsAt: '2030-02-07T06:00:00.000Z',
    });
    const second = await knownSession(event.eventId, {
      startsAt: '2030-02-07T05:00:00.000Z',
      endsAt: '2030-02-07T07:00:00.000Z',
    });
    await knownSession(event.eventId, { status: 'cancelled' });
    const me = await register(event.eventId);
    const token = me.managementToken;
    expect(token).toEqual(expect.any(String));

    const view = await service.request('GET', '/self/registrations/me', asParticipant(token));
    expect(view.body.checkInToken).toBe(me.checkInToken);
    expect(view.body.confirmationCode).toMatch(/^.{5}-.{5}$/);

    const before = await service.request('GET', '/self/registrations/me/sessions', asParticipant(token));
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ registrationId: me.id, signUps: [] });
    expect(before.body.sessions.map((s: { sessionId: string }) => s.sessionId)).toEqual([
      first.sessionId,
      second.sessionId,
    ]);

    const mine = await service.request(
      'POST',
      `/self/registrations/me/sessions/${first.sessionId}`,
      asParticipant(token),
    );
    expect(mine.status).toBe(201);
    const clash = await service.request('POST', `/self/registrations/me/sessions/${second.sessionId}`, {
      ...asParticipant(token),
      headers: { ...asParticipant(token).headers, 'accept-language': 'kk' },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toContain('Бірінші топ');
    const after = await service.request('GET', '/self/registrations/me/sessions', asParticipant(token));
    expect(after.body.signUps.map((s: { sessionId: string }) => s.sessionId)).toEqual([first.sessionId]);
    expect(after.body.sessions[0]).toMatchObject({ sessionId: first.sessionId, signedUp: 1, seatsLeft: 19 });

    for (const presented of [undefined, 'x'.repeat(43), 'not-a-token', me.checkInToken]) {
      for (const [method, path] of [
        ['GET', '/self/registrations/me/sessions'],
        ['POST', `/self/registrations/me/sessions/${second.sessionId}`],
        ['DELETE', `/self/registrations/me/sessions/${first.sessionId}`],
      ] as const) {
        const refused = await service.request(method, path, asParticipant(presented));
        expect(refused.status).toBe(401);
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    }
    expect(await signedUpCount(first.sessionId)).toBe(1);

    const waitlisted = await register(event.eventId);
    expect(waitlisted.status).toBe('waitlisted');
    const notYet = await service.request(
      'POST',
      `/self/registrations/me/sessions/${second.sessionId}`,
      asParticipant(waitlisted.managementToken),
    );
    expect(notYet.status).toBe(409);
    expect(notYet.body.type).toBe('https://jiyn.kz/problems/registration-not-confirmed');

    const dropped = await service.request(
      'DELETE',
      `/self/registrations/me/sessions/${first.sessionId}`,
      asParticipant(token),
    );
    expect(dropped.status).toBe(200);
    expect(await signedUpCount(first.sessionId)).toBe(0);
    expect(
      (
        await service.request(
          'POST',
          `/self/registrations/me/sessions/${second.sessionId}`,
          asParticipant(token),
        )
      ).status,
    ).toBe(201);
  }, 60_000);
});

describe('participants: the token before anything else', () => {
  it('should answer 401 without a valid token, whatever is wrong with the path or the body', async () => {
    const routes = [
      ['GET', '/self/registrations/me'],
      ['POST', '/self/registrations/me/cancel'],
      ['POST', '/self/registrations/me/accept-offer'],
      ['GET', '/self/registrations/me/sessions'],
      ['POST', '/self/registrations/me/sessions/not-an-id'],
      ['DELETE', '/self/registrations/me/sessions/not-an-id'],
    ] as const;
    for (const [method, path] of routes) {
      for (const headers of [{}, { [SELF_SERVICE_TOKEN_HEADER]: 'A'.repeat(43) }] as Record<
        string,
        string
      >[]) {
        const plain = await service.request(method, path, { principal: ANONYMOUS, headers });
        expect({ path, status: plain.status }).toEqual({ path, status: 401 });
      }
      if (method === 'POST') {
        const xml = await service.request(method, path, {
          body: '<cancel/>',
          principal: ANONYMOUS,
          headers: { 'content-type': 'application/xml' },
        });
        expect({ path, status: xml.status }).toEqual({ path, status: 401 });
      }
    }
  });
});
