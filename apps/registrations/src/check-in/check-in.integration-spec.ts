import { describe, expect, it } from '@jest/globals';
import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS, type SessionChangedV1 } from '@jiyn/contracts';
import { eventually, fieldErrors } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { signCheckInToken, verifyCheckInToken } from './check-in-token';
import { eventsKnownTo, participantsOf } from '../../test/builders';

const { service, producer, probe } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
});
interface CheckInPage {
  counts: { expected: number; checkedIn: number };
  items: { registrationId: string; participant: { fullName: string; confirmationCode: string } }[];
  nextCursor: string | null;
}
const ANONYMOUS = { id: 'anonymous', kind: 'anonymous' as const, grants: [] };

const participant = participantsOf({
  name: 'Есіктегі Қатысушы',
  email: 'door',
  birthDate: '1988-07-01',
  regionCode: 'KZ-75',
  first: 1000,
});

const knownEvent = eventsKnownTo({ service, producer });

async function register(eventId: string) {
  const response = await service.request('POST', '/registrations', { body: participant(eventId) });
  expect(response.status).toBe(201);
  return response.body as {
    id: string;
    status: string;
    confirmationCode: string;
    checkInToken: string;
    version: number;
  };
}

function checkIn(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return service.request('POST', '/check-ins', { body, headers });
}

async function checkInEvents(registrationId: string, type: string, count: number) {
  return eventually(
    () => {
      const found = probe
        .on(TOPICS.registrations)
        .filter((m) => m.key === registrationId && m.headers['ce_type'] === type);
      expect(found).toHaveLength(count);
      return found;
    },
    { timeoutMs: 20_000 },
  );
}

describe('check-in', () => {
  it('should give every registration a unique human code and a QR token verifiable with the published key alone', async () => {
    const event = await knownEvent();
    const registrations = await Promise.all(Array.from({ length: 20 }, () => register(event.eventId)));
    const codes = registrations.map((r) => r.confirmationCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
    const read = await service.request('GET', `/registrations/${registrations[0]?.id}`);
    expect(read.body.confirmationCode).toBe(registrations[0]?.confirmationCode);
    expect(read.body.checkInToken).toBe(registrations[0]?.checkInToken);

    // What a scanner does: fetch the public key (no credentials at the gateway), then verify offline.
    const published = await service.request('GET', '/public/registrations/check-in-key', {
      principal: ANONYMOUS,
    });
    expect(published.status).toBe(200);
    expect(published.headers['cache-control']).toMatch(/public/);
    expect(published.body.jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: published.body.kid });
    expect(published.body.keys).toEqual([published.body.jwk]);
    expect(published.body.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const scannerKey = createPublicKey({ key: published.body.jwk, format: 'jwk' });
    const verified = verifyCheckInToken(registrations[0]?.checkInToken ?? '', scannerKey);
    expect(verified).toMatchObject({
      ok: true,
      claims: { registrationId: registrations[0]?.id, eventId: event.eventId },
    });
    if (verified.ok) expect(verified.claims.code).toBe(registrations[0]?.confirmationCode.replace('-', ''));
    expect(createPublicKey(published.body.publicKeyPem).export({ format: 'jwk' })).toMatchObject({
      x: published.body.jwk.x,
    });
  }, 60_000);

  it('should check in by code, in any case and without the dash, and answer a second scan with 409 changing nothing', async () => {
    const event = await knownEvent({
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const registration = await register(event.eventId);
    const typed = registration.confirmationCode.replace('-', '').toLowerCase();
    const todayThere = () =>
      new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone }).format(new Date());
    const dayBefore = todayThere();
    // The scanner sends what it does not have as null: the same as leaving it out.
    const first = await checkIn({
      eventId: event.eventId,
      code: typed,
      token: null,
      day: null,
      sessionId: null,
    });
    const dayAfter = todayThere();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      registrationId: registration.id,
      eventId: event.eventId,
      method: 'code',
      sessionId: null,
      revertedAt: null,
    });
    // No day given: today in the event's zone (the request may straddle midnight there).
    expect([dayBefore, dayAfter]).toContain(first.body.day);

    const again = await checkIn(
      { eventId: event.eventId, code: registration.confirmationCode },
      { 'accept-language': 'ru' },
    );
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body).toMatchObject({
      type: 'https://jiyn.kz/problems/already-checked-in',
      checkedInAt: first.body.checkedInAt,
      checkInId: first.body.id,
    });
    expect(again.body.detail).toMatch(/^Уже отмечен в \d{2}:\d{2}/);
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM registrations.check_ins WHERE registration_id = $1',
        [registration.id],
      ),
    ).toBe(1);

    const [message] = await checkInEvents(registration.id, EVENT_TYPES.registrationCheckedIn, 1);
    expect(message?.json).toMatchObject({
      registrationId: registration.id,
      eventId: event.eventId,
      status: 'confirmed',
      checkInDay: first.body.day,
      sessionId: null,
      version: registration.version + 1,
    });
    expect(message?.value).not.toContain(registration.confirmationCode.replace('-', ''));
  }, 60_000);

  it('should let only one of many simultaneous scans of the same code through', async () => {
    const event = await knownEvent();
    const registration = await register(event.eventId);
    const scans = await Promise.all(
      Array.from({ length: 12 }, () =>
        checkIn({ eventId: event.eventId, code: registration.confirmationCode, day: '2030-02-06' }),
      ),
    );
    expect(scans.filter((s) => s.status === 201)).toHaveLength(1);
    expect(scans.filter((s) => s.status === 409)).toHaveLength(11);
    expect(
      await service.count('SELECT version AS n FROM registrations.registrations WHERE id = $1', [
        registration.id,
      ]),
    ).toBe(registration.version + 1);
    await checkInEvents(registration.id, EVENT_TYPES.registrationCheckedIn, 1);
  }, 60_000);

  it('should check in by QR token per event day, and refuse forged, altered, foreign and garbage tokens with 4xx', async () => {
    const event = await knownEvent();
    const other = await knownEvent();
    const registration = await register(event.eventId);
    const foreign = await register(other.eventId);

    const day1 = await checkIn({
      eventId: event.eventId,
      token: registration.checkInToken,
      day: '2030-02-05',
    });
    expect(day1.status).toBe(201);
    expect(day1.body).toMatchObject({ method: 'token', day: '2030-02-05' });
    const day2 = await checkIn({
      eventId: event.eventId,
      token: registration.checkInToken,
      day: '2030-02-07',
    });
    expect(day2.status).toBe(201);

    const atWrongDoor = await checkIn({
      eventId: event.eventId,
      token: foreign.checkInToken,
      day: '2030-02-05',
    });
    expect(atWrongDoor.status).toBe(400);
    expect(fieldErrors(atWrongDoor.body)).toEqual(['token:otherEvent']);
    const foreignCode = await checkIn({
      eventId: event.eventId,
      code: foreign.confirmationCode,
      day: '2030-02-05',
    });
    expect(foreignCode.status).toBe(400);
    expect(fieldErrors(foreignCode.body)).toEqual(['code:otherEvent']);

    // Same layout, same claims, another key: what a forger without our key can make.
    const forgedToken = signCheckInToken(
      {
        registrationId: registration.id,
        eventId: event.eventId,
        code: registration.confirmationCode.replace('-', ''),
        issuedAt: new Date(),
      },
      generateKeyPairSync('ed25519').privateKey,
    );
    const [version, payload, signature] = registration.checkInToken.split('.') as [string, string, string];
    const otherPayload = Buffer.from(payload, 'base64url');
    Buffer.from(foreign.id.replace(/-/g, ''), 'hex').copy(otherPayload, 0);
    const altered = `${version}.${otherPayload.toString('base64url')}.${signature}`;
    for (const token of [
      forgedToken,
      altered,
      'garbage',
      `${registration.checkInToken}x`,
      'c9.AAAA.BBBB',
      '',
    ]) {
      const response = await checkIn(
        { eventId: event.eventId, token, day: '2030-02-06' },
        { 'accept-language': 'kk' },
      );
      expect(response.status).toBe(400);
      expect(fieldErrors(response.body)).toEqual(['token:invalidCheckInToken']);
      expect(response.headers['content-language']).toBe('kk');
    }
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM registrations.check_ins WHERE registration_id = ANY($1::uuid[])',
        [[registration.id, foreign.id]],
      ),
    ).toBe(2);
  }, 60_000);

  it('should refuse wrong codes, a day outside the event, waitlisted and cancelled registrations with clear 4xx', async () => {
    const event = await knownEvent({ capacity: 1 });
    const confirmed = await register(event.eventId);
    const waitlisted = await register(event.eventId);
    expect(waitlisted.status).toBe('waitlisted');

    const unknown = await checkIn({ eventId: event.eventId, code: 'ZZZZZ-ZZZZZ', day: '2030-02-05' });
    expect(unknown.status).toBe(404);
    expect(fieldErrors(unknown.body)).toEqual(['code:unknownConfirmationCode']);
    for (const code of ['0OOOO-11111', 'ABC', 'ABCDE-2345I']) {
      const malformed = await checkIn({ eventId: event.eventId, code, day: '2030-02-05' });
      expect(malformed.status).toBe(400);
      expect(fieldErrors(malformed.body)).toEqual(['code:invalidConfirmationCode']);
    }
    const neither = await checkIn({ eventId: event.eventId, day: '2030-02-05' });
    expect(fieldErrors(neither.body)).toEqual(['code:oneOfRequired']);
    // null is as absent: no token is no token (it used to reach the verifier and end in a 500).
    const nullToken = await checkIn({ eventId: event.eventId, token: null, day: '2030-02-05' });
    expect(nullToken.status).toBe(400);
    expect(fieldErrors(nullToken.body)).toEqual(['code:oneOfRequired']);
    const nullCode = await checkIn({ eventId: event.eventId, code: null, token: null, sessionId: null });
    expect(nullCode.status).toBe(400);
    expect(fieldErrors(nullCode.body)).toEqual(['code:oneOfRequired']);
    const both = await checkIn({
      eventId: event.eventId,
      code: confirmed.confirmationCode,
      token: confirmed.checkInToken,
      day: '2030-02-05',
    });
    expect(both.status).toBe(400);
    const noEvent = await checkIn({ eventId: randomUUID(), code: confirmed.confirmationCode });
    expect(noEvent.status).toBe(404);
    expect(fieldErrors(noEvent.body)).toEqual(['eventId:unknownEvent']);

    for (const day of ['2030-02-04', '2030-02-08', '2030-02-30']) {
      const outside = await checkIn({ eventId: event.eventId, code: confirmed.confirmationCode, day });
      expect(outside.status).toBe(400);
      expect(fieldErrors(outside.body)).toEqual(['day:outsideEvent']);
      expect(outside.body.eventDays).toEqual(['2030-02-05', '2030-02-06', '2030-02-07']);
    }
    const notToday = await checkIn({ eventId: event.eventId, code: confirmed.confirmationCode });
    expect(notToday.status).toBe(400);
    expect(fieldErrors(notToday.body)).toEqual(['day:outsideEvent']);
    const badShape = await checkIn({
      eventId: event.eventId,
      code: confirmed.confirmationCode,
      day: '5 Feb',
    });
    expect(fieldErrors(badShape.body)).toEqual(['day:matches']);

    const notConfirmed = await checkIn({
      eventId: event.eventId,
      token: waitlisted.checkInToken,
      day: '2030-02-05',
    });
    expect(notConfirmed.status).toBe(409);
    expect(notConfirmed.body).toMatchObject({
      type: 'https://jiyn.kz/problems/registration-not-confirmed',
      status: 409,
      registrationStatus: 'waitlisted',
    });

    expect((await service.request('POST', `/registrations/${confirmed.id}/cancel`)).status).toBe(200);
    const cancelled = await checkIn({
      eventId: event.eventId,
      code: confirmed.confirmationCode,
      day: '2030-02-05',
    });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.type).toBe('https://jiyn.kz/problems/registration-not-confirmed');
    expect(
      await service.count('SELECT count(*)::int AS n FROM registrations.check_ins WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(0);
  }, 60_000);

  it('should revert a check-in, announce it, and let the participant check in again', async () => {
    const event = await knownEvent();
    const registration = await register(event.eventId);
    const first = await checkIn({
      eventId: event.eventId,
      code: registration.confirmationCode,
      day: '2030-02-05',
    });
    const reverted = await service.request('DELETE', `/check-ins/${first.body.id}`);
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ id: first.body.id, revertedAt: expect.any(String) });
    const twice = await service.request('DELETE', `/check-ins/${first.body.id}`);
    expect(twice.status).toBe(409);
    expect((await service.request('DELETE', `/check-ins/${randomUUID()}`)).status).toBe(404);
    expect((await service.request('DELETE', '/check-ins/not-an-id')).status).toBe(400);

    const [message] = await checkInEvents(registration.id, EVENT_TYPES.registrationCheckInReverted, 1);
    expect(message?.json).toMatchObject({ checkInDay: '2030-02-05', version: registration.version + 2 });

    const again = await checkIn({
      eventId: event.eventId,
      code: registration.confirmationCode,
      day: '2030-02-05',
    });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
    await checkInEvents(registration.id, EVENT_TYPES.registrationCheckedIn, 2);
  }, 60_000);

  it('should list a day’s check-ins page by page with counts, and sum up every day', async () => {
    const event = await knownEvent();
    const registrations = [];
    for (let i = 0; i < 6; i += 1) registrations.push(await register(event.eventId));
    for (const registration of registrations.slice(0, 5))
      expect(
        (await checkIn({ eventId: event.eventId, code: registration.confirmationCode, day: '2030-02-06' }))
          .status,
      ).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: CheckInPage } = await service.request(
        'GET',
        `/registrations/events/${event.eventId}/check-ins?day=2030-02-06&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.counts).toEqual({ expected: 6, checkedIn: 5 });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      for (const item of page.body.items) {
        expect(item.participant.fullName).toMatch(/Есіктегі/);
        expect(item.participant.confirmationCode).toMatch(/^.{5}-.{5}$/);
      }
      seen.push(...page.body.items.map((item) => item.registrationId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(registrations.slice(0, 5).map((r) => r.id));

    const otherDay = await service.request(
      'GET',
      `/registrations/events/${event.eventId}/check-ins?day=2030-02-05`,
    );
    expect(otherDay.body).toMatchObject({ counts: { expected: 6, checkedIn: 0 }, items: [] });
    const summary = await service.request('GET', `/registrations/events/${event.eventId}/check-ins/summary`);
    expect(summary.body.days).toEqual([
      { day: '2030-02-05', expected: 6, checkedIn: 0 },
      { day: '2030-02-06', expected: 6, checkedIn: 5 },
      { day: '2030-02-07', expected: 6, checkedIn: 0 },
    ]);
    const outside = await service.request(
      'GET',
      `/registrations/events/${event.eventId}/check-ins?day=2031-01-01`,
    );
    expect(fieldErrors(outside.body)).toEqual(['day:outsideEvent']);
    const badCursor = await service.request(
      'GET',
      `/registrations/events/${event.eventId}/check-ins?day=2030-02-06&cursor=x`,
    );
    expect(badCursor.status).toBe(400);
    expect((await service.request('GET', `/registrations/events/${randomUUID()}/check-ins`)).status).toBe(
      404,
    );
  }, 60_000);

  it('should check in to a session only those signed up for it, and count them', async () => {
    const event = await knownEvent();
    const session: SessionChangedV1 = {
      sessionId: randomUUID(),
      eventId: event.eventId,
      version: 1,
      title: { ru: 'Мастер-класс: дизайн', en: 'Workshop: design' },
      type: 'workshop',
      language: 'ru',
      trackId: null,
      roomId: randomUUID(),
      startsAt: '2030-02-07T05:00:00.000Z',
      endsAt: '2030-02-07T07:00:00.000Z',
      capacity: 5,
      status: 'confirmed',
      speakerIds: [],
      occurredAt: new Date().toISOString(),
    };
    await producer.send(TOPICS.programmeSessions, EVENT_TYPES.sessionScheduled, session.sessionId, session);
    await eventually(
      async () =>
        expect(
          await service.count(
            'SELECT version AS n FROM registrations.session_projections WHERE session_id = $1',
            [session.sessionId],
          ),
        ).toBe(1),
      { timeoutMs: 30_000 },
    );
    const signedUp = await register(event.eventId);
    const notSignedUp = await register(event.eventId);
    expect(
      (await service.request('POST', `/registrations/${signedUp.id}/sessions/${session.sessionId}`)).status,
    ).toBe(201);

    const refused = await checkIn({
      eventId: event.eventId,
      code: notSignedUp.confirmationCode,
      sessionId: session.sessionId,
    });
    expect(refused.status).toBe(409);
    const both = await checkIn({
      eventId: event.eventId,
      code: signedUp.confirmationCode,
      sessionId: session.sessionId,
      day: '2030-02-07',
    });
    expect(fieldErrors(both.body)).toEqual(['day:exclusiveWith']);
    const unknownSession = await checkIn({
      eventId: event.eventId,
      code: signedUp.confirmationCode,
      sessionId: randomUUID(),
    });
    expect(unknownSession.status).toBe(404);
    expect(fieldErrors(unknownSession.body)).toEqual(['sessionId:unknownSession']);

    const ok = await checkIn({
      eventId: event.eventId,
      token: signedUp.checkInToken,
      sessionId: session.sessionId,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ sessionId: session.sessionId, day: null });
    const twice = await checkIn({
      eventId: event.eventId,
      code: signedUp.confirmationCode,
      sessionId: session.sessionId,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.checkedInAt).toBe(ok.body.checkedInAt);

    const [message] = await checkInEvents(signedUp.id, EVENT_TYPES.registrationCheckedIn, 1);
    expect(message?.json).toMatchObject({ sessionId: session.sessionId, checkInDay: null });
    const list = await service.request(
      'GET',
      `/registrations/events/${event.eventId}/check-ins?sessionId=${session.sessionId}`,
    );
    expect(list.body).toMatchObject({
      sessionId: session.sessionId,
      day: null,
      counts: { expected: 1, checkedIn: 1 },
    });
    expect(list.body.items.map((item: { registrationId: string }) => item.registrationId)).toEqual([
      signedUp.id,
    ]);
    const summary = await service.request('GET', `/registrations/events/${event.eventId}/check-ins/summary`);
    expect(summary.body.sessions).toEqual([
      { sessionId: session.sessionId, startsAt: session.startsAt, expected: 1, checkedIn: 1 },
    ]);
  }, 60_000);
});
