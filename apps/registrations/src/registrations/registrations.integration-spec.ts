import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { generateIin } from '@jiyn/kz';
import { eventually } from '@jiyn/testing';
import {
  TEST_ADMIN,
  TEST_ORGANISATION_ID,
  sendEventPublished,
  untilEventProjected,
  useServiceTestBed,
} from '@jiyn/service-harness';
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
  name: 'Тест Қатысушы',
  email: 'p',
  birthDate: '1990-03-15',
  regionCode: 'KZ-71',
  more: { phone: '8 701 555 00 11', organisation: 'Akimat of Astana' },
  first: 7000,
});

/** Publishes the event as the sessions service would and waits until registrations knows it. */
const knownEvent = eventsKnownTo({ service, producer });

describe('registrations service', () => {
  it('should confirm a registration and announce it on Kafka without personal data', async () => {
    const event = await knownEvent();
    const body = participant(event.eventId, {
      iin: generateIin({ birthDate: '1990-03-15', sex: 'female', serial: 9_001 }),
    });
    const response = await service.request('POST', '/registrations', { body });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'confirmed',
      eventId: event.eventId,
      phone: '+77015550011',
      iin: body.iin,
      regionCode: 'KZ-71',
    });
    expect(response.body.sex).toBe('female');
    expect(response.body.birthDate).toBe('1990-03-15');

    const message = await probe.single(TOPICS.registrations, response.body.id);
    expect(message?.headers).toMatchObject({
      ce_type: EVENT_TYPES.registrationCreated,
      ce_source: '/jiyn/registrations',
      ce_subject: response.body.id,
    });
    expect(message?.json).toMatchObject({
      registrationId: response.body.id,
      eventId: event.eventId,
      status: 'confirmed',
      regionCode: 'KZ-71',
      ageBand: expect.any(String),
      channel: 'admin',
      participantKey: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    for (const personal of [body.iin, body.email, body.fullName, '+77015550011', '7015550011']) {
      expect(message?.value).not.toContain(personal);
    }
  }, 60_000);

  it('should never confirm more than the capacity, however many register at once', async () => {
    const event = await knownEvent({ capacity: 10 });
    const attempts = 120;
    const responses = await Promise.all(
      Array.from({ length: attempts }, () =>
        service.request('POST', '/registrations', { body: participant(event.eventId) }),
      ),
    );
    expect(responses.filter((r) => r.status >= 500)).toHaveLength(0);
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(10);
    expect(responses.filter((r) => r.body.status === 'waitlisted')).toHaveLength(attempts - 10);
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1 AND status = 'confirmed'`,
        [event.eventId],
      ),
    ).toBe(10);
    expect(
      await service.count('SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(10);

    const ids = new Set(responses.map((r) => r.body.id as string));
    await eventually(
      () => expect(probe.on(TOPICS.registrations).filter((m) => ids.has(m.key ?? '')).length).toBe(attempts),
      { timeoutMs: 30_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const perRegistration = new Map<string, number>();
    for (const m of probe.on(TOPICS.registrations).filter((m) => ids.has(m.key ?? '')))
      perRegistration.set(m.key ?? '', (perRegistration.get(m.key ?? '') ?? 0) + 1);
    expect([...perRegistration.values()].every((n) => n === 1)).toBe(true);
  }, 90_000);

  it('should refuse a registration with a clear 409 when full and no waitlist is kept', async () => {
    const event = await knownEvent({ capacity: 1, waitlistEnabled: false });
    expect(
      (await service.request('POST', '/registrations', { body: participant(event.eventId) })).status,
    ).toBe(201);
    const full = await service.request('POST', '/registrations', { body: participant(event.eventId) });
    expect(full.status).toBe(409);
    expect(full.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(full.body.type).toBe('https://jiyn.kz/problems/event-full');
    expect(
      await service.count('SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(1);
  }, 60_000);

  it('should answer a second registration of the same person with 409 naming the first', async () => {
    const event = await knownEvent();
    const first = await service.request('POST', '/registrations', { body: participant(event.eventId) });
    const sameIin = await service.request('POST', '/registrations', {
      body: participant(event.eventId, { iin: first.body.iin }),
      headers: { 'accept-language': 'ru' },
    });
    expect(sameIin.status).toBe(409);
    expect(sameIin.body).toMatchObject({
      type: 'https://jiyn.kz/problems/duplicate-registration',
      existingRegistrationId: first.body.id,
      title: 'Участник уже зарегистрирован',
    });
    const sameEmail = await service.request('POST', '/registrations', {
      body: participant(event.eventId, { email: first.body.email.toUpperCase() }),
    });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.existingRegistrationId).toBe(first.body.id);
    expect(
      await service.count('SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(1);
  }, 60_000);

  it('should put registrations for an event that needs approval in pending, taking no seat', async () => {
    const event = await knownEvent({ requiresApproval: true, capacity: 1 });
    const response = await service.request('POST', '/registrations', { body: participant(event.eventId) });
    expect(response.body.status).toBe('pending');
    expect(
      await service.count('SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(0);
  }, 60_000);

  it('should refuse unknown events and closed registration windows', async () => {
    const unknown = await service.request('POST', '/registrations', { body: participant(randomUUID()) });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'eventId', code: 'unknownEvent' }),
    ]);
    const closed = await knownEvent({
      registrationOpensAt: '2020-01-01T00:00:00.000Z',
      registrationClosesAt: '2020-02-01T00:00:00.000Z',
    });
    const late = await service.request('POST', '/registrations', { body: participant(closed.eventId) });
    expect(late.status).toBe(409);
    expect(late.body.type).toBe('https://jiyn.kz/problems/event-not-open');
  }, 60_000);

  it('should ignore a stale or replayed event.published', async () => {
    const event = await knownEvent({ version: 5, capacity: 7 });
    const stale = await sendEventPublished(producer, { ...event, version: 4, capacity: 1 });
    // The inbox row commits with whatever the event did: once it is there, the stale one was consumed.
    await eventually(
      async () =>
        expect(
          await service.count(
            'SELECT count(*)::int AS n FROM registrations.inbox WHERE consumer = $1 AND event_id = $2',
            ['registrations.event-projection', stale],
          ),
        ).toBe(1),
      { timeoutMs: 30_000 },
    );
    expect(
      await service.query(
        'SELECT version, capacity FROM registrations.event_projections WHERE event_id = $1',
        [event.eventId],
      ),
    ).toEqual([{ version: 5, capacity: 7 }]);
  }, 60_000);

  it('should refuse bad input field by field, in the caller language, and write nothing', async () => {
    const event = await knownEvent();
    const before = await service.count('SELECT count(*)::int AS n FROM registrations.registrations', []);
    const response = await service.request('POST', '/registrations', {
      body: {
        eventId: event.eventId,
        fullName: '',
        email: 'not-an-email',
        iin: '900101300001',
        phone: '+7 916 123 45 67',
        regionCode: 'KZ-99',
        role: 'admin',
      },
      headers: { 'accept-language': 'kk-KZ' },
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-language']).toBe('kk');
    const fields = (response.body.errors as { field: string; code: string; message: string }[]).map(
      (e) => `${e.field}:${e.code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'fullName:isNotEmpty',
        'email:isEmail',
        'iin:isIin',
        'phone:isKzPhone',
        'regionCode:isKzRegionCode',
        'role:whitelistValidation',
      ]),
    );
    expect(response.body.errors[0].message).toMatch(/өріс/);
    expect(await service.count('SELECT count(*)::int AS n FROM registrations.registrations', [])).toBe(
      before,
    );

    const malformed = await service.request('POST', '/registrations', {
      body: '{"eventId":',
      headers: { 'accept-language': 'en' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([
      { field: 'body', code: 'invalidJson', message: 'The body is not valid JSON' },
    ]);
  }, 60_000);

  it('should refuse an IIN whose birth date is before 1900 or in the future, naming that date in every language', async () => {
    const event = await knownEvent();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
    const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4, 10).replace('-02-29', '-02-28')}`;
    const before = await service.count('SELECT count(*)::int AS n FROM registrations.registrations', []);
    const messages: Record<string, RegExp> = {
      en: /^iin gives the birth date DATE, which cannot be right: it must lie between 1900-01-01 and today \(TODAY\)/,
      ru: /^Из ИИН в поле iin следует дата рождения DATE, а она должна быть не раньше 1900-01-01 и не позже сегодняшнего дня \(TODAY\)/,
      kk: /^iin өрісіндегі ЖСН бойынша туған күн DATE, ал ол 1900-01-01 мен бүгінгі күннің \(TODAY\) аралығында/,
    };
    for (const birthDate of ['1899-12-31', nextYear]) {
      const iin = generateIin({ birthDate, sex: 'female', serial: 9_999 });
      for (const [lang, message] of Object.entries(messages)) {
        for (const [path, principal] of [
          ['/registrations', TEST_ADMIN],
          ['/self/registrations', ANONYMOUS],
        ] as const) {
          const response = await service.request('POST', path, {
            body: participant(event.eventId, { iin }),
            headers: { 'accept-language': lang },
            principal,
          });
          expect(response.status).toBe(400);
          expect(response.body.errors).toEqual([
            {
              field: 'iin',
              code: 'implausibleBirthDate',
              message: expect.stringMatching(
                new RegExp(message.source.replace('DATE', birthDate).replace('TODAY', today)),
              ),
            },
          ]);
        }
      }
    }
    // The oldest birth date accepted.
    const oldest = generateIin({ birthDate: '1900-01-01', sex: 'male', serial: 9_999 });
    const accepted = await service.request('POST', '/registrations', {
      body: participant(event.eventId, { iin: oldest }),
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.birthDate).toBe('1900-01-01');
    expect(await service.count('SELECT count(*)::int AS n FROM registrations.registrations', [])).toBe(
      before + 1,
    );
  }, 60_000);

  it('should mask IIN and phone for callers without the personal-data scope', async () => {
    const event = await knownEvent();
    const created = await service.request('POST', '/registrations', { body: participant(event.eventId) });
    const clerk = {
      id: 'api-key:clerk',
      kind: 'api-key' as const,
      grants: [
        {
          organisationId: TEST_ORGANISATION_ID,
          scopes: ['registrations:read' as const, 'registrations:write' as const],
        },
      ],
    };
    const masked = await service.request('GET', `/registrations/${created.body.id}`, { principal: clerk });
    expect(masked.body.iin).toMatch(/^\d{6}\*{6}$/);
    expect(masked.body.phone).not.toBe(created.body.phone);
    expect(masked.body.sex).toBeNull();
    const list = await service.request('GET', `/registrations?eventId=${event.eventId}`, {
      principal: clerk,
    });
    expect(list.body.items[0].iin).toMatch(/\*/);
  }, 60_000);

  it('should page through a list with a stable keyset cursor', async () => {
    const event = await knownEvent({ capacity: 100 });
    for (let i = 0; i < 7; i += 1)
      await service.request('POST', '/registrations', { body: participant(event.eventId) });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
        await service.request(
          'GET',
          `/registrations?eventId=${event.eventId}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect((await service.request('GET', '/registrations?cursor=garbage')).status).toBe(400);
    expect((await service.request('GET', '/registrations?limit=100000')).status).toBe(400);
  }, 60_000);

  it('should refuse callers without the internal token', async () => {
    const response = await service.request('GET', '/registrations', { principal: null });
    expect(response.status).toBe(401);
    expect((await service.request('GET', '/metrics', { principal: null })).status).toBe(401);
    expect((await service.request('GET', '/health/live', { principal: null })).status).toBe(200);
  });

  it('should follow event.updated: more seats when capacity rises, none once the event is cancelled, stale updates ignored', async () => {
    const event = await knownEvent({ capacity: 1, waitlistEnabled: false });
    expect(
      (await service.request('POST', '/registrations', { body: participant(event.eventId) })).status,
    ).toBe(201);
    expect(
      (await service.request('POST', '/registrations', { body: participant(event.eventId) })).status,
    ).toBe(409);

    const raised = { ...event, version: event.version + 1, capacity: 2, status: 'published' as const };
    await producer.send(TOPICS.events, EVENT_TYPES.eventUpdated, event.eventId, raised);
    await untilEventProjected(service, 'registrations.event_projections', raised);
    expect(
      (await service.request('POST', '/registrations', { body: participant(event.eventId) })).body.status,
    ).toBe('confirmed');

    const cancelled = { ...raised, version: raised.version + 1, status: 'cancelled' as const };
    await producer.send(TOPICS.events, EVENT_TYPES.eventUpdated, event.eventId, cancelled);
    await untilEventProjected(service, 'registrations.event_projections', cancelled);
    const closed = await service.request('POST', '/registrations', {
      body: participant(event.eventId),
      headers: { 'accept-language': 'ru' },
    });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({
      type: 'https://jiyn.kz/problems/event-not-open',
      detail: 'Мероприятие отменено',
    });

    // A late, older update must not reopen it.
    await producer.send(TOPICS.events, EVENT_TYPES.eventUpdated, event.eventId, { ...raised, capacity: 50 });
    // Same key, same partition: once this later update is projected, the stale one was handled before it.
    const later = { ...cancelled, version: cancelled.version + 1 };
    await producer.send(TOPICS.events, EVENT_TYPES.eventUpdated, event.eventId, later);
    await untilEventProjected(service, 'registrations.event_projections', later);
    expect(
      await service.count('SELECT capacity AS n FROM registrations.event_projections WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(2);
    expect(
      (await service.request('POST', '/registrations', { body: participant(event.eventId) })).status,
    ).toBe(409);
  }, 60_000);
});
