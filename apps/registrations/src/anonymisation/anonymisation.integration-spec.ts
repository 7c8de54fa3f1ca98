import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS, type EventPublishedV1 } from '@jiyn/contracts';
import { anEventPublished, eventually } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { participantsOf } from '../../test/builders';

const { service, producer, probe } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
  // A quick sweeper and small batches, so a test sees both work.
  env: { ANONYMISE_SWEEP_INTERVAL_MS: '300', ANONYMISE_BATCH_SIZE: '3' },
});

const participant = participantsOf({
  name: 'Анонимдеу Қатысушы',
  email: 'anon',
  birthDate: '1960-01-20',
  sex: 'female',
  regionCode: 'KZ-61',
  more: {
    phone: '+7 701 555 44 33',
    organisation: 'Turkistan Region akimat',
    position: 'Head of department',
  },
  first: 5000,
});

const FORM = {
  questions: [{ key: 'note', type: 'text', label: { kk: 'Ескерту', ru: 'Примечание' }, required: false }],
  consent: {
    operatorName: { kk: 'Оператор', ru: 'Оператор' },
    operatorBin: '100140011059',
    purposes: { kk: 'Оқыту', ru: 'Обучение' },
    dataCategories: ['fullName', 'answers'],
    term: { kk: '30 күн', ru: '30 дней' },
    thirdPartyTransfer: false,
    crossBorderTransfer: false,
    publication: false,
    textVersion: 'v1',
    text: { kk: 'Келісемін', ru: 'Согласен' },
  },
};

/** An event that ended long ago, still open for registration (no closing time), so tests can fill it. */
async function pastEvent(overrides: Partial<EventPublishedV1> = {}): Promise<EventPublishedV1> {
  const event = anEventPublished({
    capacity: 100,
    startsAt: '2024-03-01T04:00:00.000Z',
    endsAt: '2024-03-02T13:00:00.000Z',
    ...overrides,
  });
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'registrations.event_projections', event);
  return event;
}

const PERSONAL_COLUMNS = `full_name, email, phone, iin, birth_date, organisation, position, participant_key, answers`;

describe('anonymisation', () => {
  it('should erase one participant, keep the statistics, announce it once and repeat harmlessly', async () => {
    const event = await pastEvent({ endsAt: '2099-01-01T00:00:00.000Z' });
    expect(
      (await service.request('PUT', `/registrations/events/${event.eventId}/form`, { body: FORM })).status,
    ).toBe(200);
    const body = participant(event.eventId, {
      answers: { note: 'вегетариан' },
      consent: { textVersion: 'v1', accepted: true },
    });
    const created = await service.request('POST', '/registrations', { body });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const anonymised = await service.request('POST', `/registrations/${id}/anonymise`);
    expect(anonymised.status).toBe(200);
    expect(anonymised.body).toMatchObject({
      id,
      status: 'confirmed',
      regionCode: 'KZ-61',
      fullName: null,
      email: null,
      phone: null,
      iin: null,
      birthDate: null,
      organisation: null,
      position: null,
      answers: {},
      version: 2,
      anonymisedAt: expect.any(String),
      consent: expect.objectContaining({ textVersion: 'v1' }),
    });

    // Nothing personal is left in the row itself; the statistics are.
    const [row] = await service.query<Record<string, unknown>>(
      `SELECT ${PERSONAL_COLUMNS}, status, region_code, sex, age_band, channel, version FROM registrations.registrations WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      full_name: null,
      email: null,
      phone: null,
      iin: null,
      birth_date: null,
      organisation: null,
      position: null,
      participant_key: null,
      answers: {},
      status: 'confirmed',
      region_code: 'KZ-61',
      sex: 'female',
      age_band: '65+',
      channel: 'admin',
      version: 2,
    });
    const [whole] = await service.query<{ text: string }>(
      `SELECT r::text AS text FROM registrations.registrations r WHERE id = $1`,
      [id],
    );
    for (const personal of [body.fullName, body.email, body.iin, '7015554433', 'вегетариан', 'Turkistan'])
      expect(whole?.text).not.toContain(personal);
    expect(
      await service.count('SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(1);

    const announced = await eventually(
      () => {
        const messages = probe
          .on(TOPICS.registrations)
          .filter((m) => m.key === id && m.headers['ce_type'] === EVENT_TYPES.registrationAnonymised);
        expect(messages).toHaveLength(1);
        return messages[0];
      },
      { timeoutMs: 15_000 },
    );
    expect(announced?.json).toMatchObject({
      registrationId: id,
      eventId: event.eventId,
      version: 2,
      status: 'confirmed',
      regionCode: 'KZ-61',
      sex: 'female',
      ageBand: '65+',
      participantKey: null,
    });

    // Again: the same answer, no new version, no new event. Events reach Kafka only through the
    // outbox, written in the request's transaction: no new row there means nothing new to publish.
    const again = await service.request('POST', `/registrations/${id}/anonymise`);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(2);
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM registrations.outbox WHERE message_key = $1 AND event_type = $2',
        [id, EVENT_TYPES.registrationAnonymised],
      ),
    ).toBe(1);

    // The person may register again: the erased e-mail and IIN block nothing.
    const back = await service.request('POST', '/registrations', {
      body: { ...body, answers: {}, consent: { textVersion: 'v1', accepted: true } },
    });
    expect(back.status).toBe(201);

    expect((await service.request('POST', `/registrations/${randomUUID()}/anonymise`)).status).toBe(404);
    expect((await service.request('POST', '/registrations/nope/anonymise')).status).toBe(400);
  }, 60_000);

  it('should anonymise a whole event only once it has ended and its retention period has passed', async () => {
    // Ended in 2024, but a retention of 100 years is still running.
    const event = await pastEvent();
    for (let i = 0; i < 7; i += 1)
      expect(
        (await service.request('POST', '/registrations', { body: participant(event.eventId) })).status,
      ).toBe(201);

    const withoutPolicy = await service.request('POST', `/registrations/events/${event.eventId}/anonymise`, {
      headers: { 'accept-language': 'ru' },
    });
    expect(withoutPolicy.status).toBe(409);
    expect(withoutPolicy.body.detail).toMatch(/срок хранения/);
    expect((await service.request('GET', `/registrations/events/${event.eventId}/retention`)).body).toEqual({
      eventId: event.eventId,
      days: null,
      anonymiseAfter: null,
    });

    const long = await service.request('PUT', `/registrations/events/${event.eventId}/retention`, {
      body: { days: 36500 },
    });
    expect(long.status).toBe(200);
    expect(long.body).toEqual({
      eventId: event.eventId,
      days: 36500,
      anonymiseAfter: '2124-02-07T13:00:00.000Z',
    });
    const early = await service.request('POST', `/registrations/events/${event.eventId}/anonymise`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      type: 'https://jiyn.kz/problems/conflict',
      anonymiseAfter: '2124-02-07T13:00:00.000Z',
    });
    const notAnonymised = () =>
      service.count(
        'SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1 AND anonymised_at IS NULL',
        [event.eventId],
      );
    expect(await notAnonymised()).toBe(7);

    for (const bad of [{ days: -1 }, { days: 1.5 }, { days: '30' }, {}, { days: 30, extra: 1 }])
      expect(
        (await service.request('PUT', `/registrations/events/${event.eventId}/retention`, { body: bad }))
          .status,
      ).toBe(400);
    expect(
      (await service.request('PUT', `/registrations/events/${randomUUID()}/retention`, { body: { days: 1 } }))
        .status,
    ).toBe(404);
    expect((await service.request('POST', `/registrations/events/${randomUUID()}/anonymise`)).status).toBe(
      404,
    );

    // An event that has not ended yet is refused even with no retention days at all.
    const running = await pastEvent({ endsAt: '2099-01-01T00:00:00.000Z' });
    await service.request('PUT', `/registrations/events/${running.eventId}/retention`, { body: { days: 0 } });
    expect((await service.request('POST', `/registrations/events/${running.eventId}/anonymise`)).status).toBe(
      409,
    );

    // Retention over: everything goes, in batches of three, each announced.
    await service.request('PUT', `/registrations/events/${event.eventId}/retention`, { body: { days: 30 } });
    const done = await service.request('POST', `/registrations/events/${event.eventId}/anonymise`);
    expect(done.status).toBe(200);
    // The sweeper (every 300 ms here) may take some first, or hold a batch while the request runs:
    // the request skips rows the sweeper holds and reports them as remaining, and the sweeper
    // finishes them. Together they anonymise each registration once.
    expect(done.body).toEqual({
      eventId: event.eventId,
      anonymised: expect.any(Number),
      remaining: expect.any(Number),
    });
    expect(done.body.anonymised + done.body.remaining).toBeLessThanOrEqual(7);
    await eventually(async () => expect(await notAnonymised()).toBe(0));
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1 AND version = 2',
        [event.eventId],
      ),
    ).toBe(7); // created at version 1, anonymised once each
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM registrations.registrations
          WHERE event_id = $1 AND (full_name IS NOT NULL OR email IS NOT NULL OR iin IS NOT NULL OR phone IS NOT NULL OR participant_key IS NOT NULL)`,
        [event.eventId],
      ),
    ).toBe(0);
    const ids = new Set(
      (
        await service.query<{ id: string }>(
          'SELECT id FROM registrations.registrations WHERE event_id = $1',
          [event.eventId],
        )
      ).map((r) => r.id),
    );
    await eventually(
      () =>
        expect(
          probe
            .on(TOPICS.registrations)
            .filter(
              (m) => ids.has(m.key ?? '') && m.headers['ce_type'] === EVENT_TYPES.registrationAnonymised,
            ),
        ).toHaveLength(7),
      { timeoutMs: 15_000 },
    );
    const again = await service.request('POST', `/registrations/events/${event.eventId}/anonymise`);
    expect(again.body).toEqual({ eventId: event.eventId, anonymised: 0, remaining: 0 });
  }, 60_000);

  it('should let the sweeper anonymise events whose retention has passed, and leave the others', async () => {
    const due = await pastEvent();
    const kept = await pastEvent();
    const noPolicy = await pastEvent();
    for (const event of [due, due, due, due, kept, noPolicy])
      expect(
        (await service.request('POST', '/registrations', { body: participant(event.eventId) })).status,
      ).toBe(201);
    await service.request('PUT', `/registrations/events/${kept.eventId}/retention`, {
      body: { days: 36500 },
    });
    await service.request('PUT', `/registrations/events/${due.eventId}/retention`, { body: { days: 1 } });

    const left = (eventId: string) =>
      service.count(
        'SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1 AND anonymised_at IS NULL',
        [eventId],
      );
    await eventually(async () => expect(await left(due.eventId)).toBe(0), { timeoutMs: 10_000 });
    // Proof that the sweep which anonymised `due` has finished (and saw `kept` and `noPolicy`): an
    // event made due only now, which that sweep's list cannot hold, gets anonymised by a later
    // sweep, and sweeps never overlap.
    const marker = await pastEvent();
    expect(
      (await service.request('POST', '/registrations', { body: participant(marker.eventId) })).status,
    ).toBe(201);
    await service.request('PUT', `/registrations/events/${marker.eventId}/retention`, { body: { days: 1 } });
    await eventually(async () => expect(await left(marker.eventId)).toBe(0), { timeoutMs: 10_000 });
    expect(await left(kept.eventId)).toBe(1);
    expect(await left(noPolicy.eventId)).toBe(1);
  }, 60_000);
});
