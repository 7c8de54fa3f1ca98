import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import pg from 'pg';
import { EVENT_TYPES, TOPICS, speakerCreatedV1Schema, type EventPublishedV1 } from '@jiyn/contracts';
import {
  CloudEventProducer,
  KafkaProbe,
  eventually,
  startServiceUnderTest,
  testInfrastructure,
  type ProbedMessage,
  type ServiceUnderTest,
} from '@jiyn/testing';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

const infra = testInfrastructure();
const validateSpeakerCreated = addFormats(new Ajv2020({ allErrors: true, allowUnionTypes: true })).compile(
  speakerCreatedV1Schema,
);
let service: ServiceUnderTest;
let producer: CloudEventProducer;
let probe: KafkaProbe;
let serial = 0;

function speakerBody(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    fullName: {
      kk: `Әсел Нұрланқызы ${serial}`,
      ru: `Асель Нурлановна ${serial}`,
      en: `Assel Nurlanovna ${serial}`,
    },
    position: { kk: 'Сарапшы', ru: 'Эксперт', en: 'Expert' },
    languages: ['kk', 'ru'],
    email: `speaker${serial}@culture.example.kz`,
    phone: '8 (701) 234-56-78',
    ...overrides,
  };
}

async function createSpeaker(overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const response = await service.request('POST', '/speakers', { body: speakerBody(overrides) });
  expect(response.status).toBe(201);
  return response.body;
}

/** Publishes an event as the sessions service would and waits until the speakers service knows it. */
async function knownEvent(overrides: Partial<EventPublishedV1> = {}): Promise<EventPublishedV1> {
  const event: EventPublishedV1 = {
    eventId: randomUUID(),
    version: 2,
    slug: `event-${randomUUID().slice(0, 8)}`,
    timeZone: 'Asia/Almaty',
    startsAt: '2030-02-05T04:00:00.000Z', // 09:00 in Astana
    endsAt: '2030-02-07T13:00:00.000Z', // 18:00 on the third day
    capacity: 60,
    registrationOpensAt: null,
    registrationClosesAt: null,
    requiresApproval: false,
    waitlistEnabled: true,
    publishedAt: new Date().toISOString(),
    ...overrides,
  };
  await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, event.eventId, event);
  await eventually(
    async () =>
      expect(
        await count('SELECT version AS n FROM speakers.event_projections WHERE event_id = $1', [
          event.eventId,
        ]),
      ).toBe(event.version),
    { timeoutMs: 30_000 },
  );
  return event;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: service.databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(sql, params);
  await client.end();
  return rows[0]?.n ?? -1;
}

function fieldErrors(body: { errors?: { field: string; code: string }[] }): string[] {
  return (body.errors ?? []).map((error) => `${error.field}:${error.code}`);
}

/** The message with this key, once it arrived, after waiting a little longer to be sure no second one follows. */
async function onlyMessage(topic: string, key: string): Promise<ProbedMessage | undefined> {
  const [first] = await eventually(() => {
    const found = probe.on(topic).filter((message) => message.key === key);
    expect(found.length).toBeGreaterThan(0);
    return found;
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(probe.on(topic).filter((message) => message.key === key)).toHaveLength(1);
  return first;
}

beforeAll(async () => {
  service = await startServiceUnderTest({
    service: 'speakers',
    environment: SpeakersEnvironment,
    module: SpeakersAppModule.register,
    database: (url) => speakersDatabase(url),
  });
  producer = new CloudEventProducer(infra.brokers);
  probe = await new KafkaProbe(infra.brokers, [TOPICS.speakers]).start();
}, 90_000);

afterAll(async () => {
  await probe?.stop();
  await producer?.stop();
  await service?.stop();
}, 30_000);

describe('speakers service', () => {
  it('should create a speaker and show organisers the normalised contact details', async () => {
    const body = speakerBody();
    const response = await service.request('POST', '/speakers', { body });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fullName: body.fullName,
      languages: ['kk', 'ru'],
      email: body.email,
      phone: '+77012345678',
      version: 1,
    });
    const stored = await service.request('GET', `/speakers/${response.body.id}`);
    expect(stored.body).toMatchObject({ email: body.email, phone: '+77012345678' });
  });

  it('should announce a new speaker on Kafka once, without contact details', async () => {
    const body = speakerBody({ email: 'private.person@mail.example.kz', phone: '+7 747 111 22 33' });
    const created = await service.request('POST', '/speakers', { body });
    expect(created.status).toBe(201);

    const message = await onlyMessage(TOPICS.speakers, created.body.id);
    expect(message?.headers).toMatchObject({
      ce_type: EVENT_TYPES.speakerCreated,
      ce_source: '/jiyn/speakers',
      ce_subject: created.body.id,
    });
    expect(validateSpeakerCreated(message?.json)).toBe(true);
    expect(message?.json).toMatchObject({
      speakerId: created.body.id,
      version: 1,
      fullName: body.fullName,
      languages: ['kk', 'ru'],
    });
    for (const personal of [
      'private.person',
      'mail.example.kz',
      '+77471112233',
      '7471112233',
      '747 111 22 33',
    ])
      expect(message?.value).not.toContain(personal);
  }, 60_000);

  it('should publish a profile without any contact fields', async () => {
    const created = await createSpeaker();
    const response = await service.request('GET', `/public/speakers/${created.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: created.id, fullName: expect.any(Object) });
    expect(response.body).not.toHaveProperty('email');
    expect(response.body).not.toHaveProperty('phone');
    expect(JSON.stringify(response.body)).not.toContain('+77012345678');
  });

  it('should refuse a speaker whose name is given in no language, and store nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM speakers.speakers', []);
    for (const fullName of [{}, { kk: '   ', ru: '' }]) {
      const response = await service.request('POST', '/speakers', { body: speakerBody({ fullName }) });
      expect(response.status).toBe(400);
      expect(fieldErrors(response.body)).toEqual(['fullName:multilingualRequired']);
    }
    const { fullName: _omitted, ...withoutName } = speakerBody();
    const missing = await service.request('POST', '/speakers', { body: withoutName });
    expect(missing.status).toBe(400);
    expect(fieldErrors(missing.body)).toContain('fullName:isDefined');
    expect(await count('SELECT count(*)::int AS n FROM speakers.speakers', [])).toBe(before);
  });

  it('should refuse a malformed e-mail and a phone that is not from Kazakhstan', async () => {
    const response = await service.request('POST', '/speakers', {
      body: speakerBody({ email: 'not-an-email', phone: '+7 916 123 45 67' }),
      headers: { 'accept-language': 'ru' },
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body)).toEqual(expect.arrayContaining(['email:isEmail', 'phone:isKzPhone']));
    expect(response.body.title).toBe('Запрос содержит неверные поля');
  });

  it('should refuse availability for an event it never heard of', async () => {
    const speaker = await createSpeaker();
    const response = await service.request('PUT', `/speakers/${speaker.id}/availability/${randomUUID()}`, {
      body: { ranges: [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T12:00:00+05:00' }] },
    });
    expect(response.status).toBe(404);
    expect(response.body.type).toBe('https://jiyn.kz/problems/not-found');
  });

  it('should keep availability within a published event, sorted and in UTC', async () => {
    const event = await knownEvent();
    const speaker = await createSpeaker();
    const path = `/speakers/${speaker.id}/availability/${event.eventId}`;
    const put = await service.request('PUT', path, {
      body: {
        ranges: [
          { startsAt: '2030-02-06T14:00:00+05:00', endsAt: '2030-02-06T17:00:00+05:00' },
          { startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T12:30:00+05:00' },
        ],
      },
    });
    expect(put.status).toBe(200);
    const expected = [
      { startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T07:30:00.000Z' },
      { startsAt: '2030-02-06T09:00:00.000Z', endsAt: '2030-02-06T12:00:00.000Z' },
    ];
    expect(put.body).toEqual({ ranges: expected });
    const get = await service.request('GET', path);
    expect(get.status).toBe(200);
    expect(get.body).toEqual({ ranges: expected });
  }, 60_000);

  it('should refuse ranges outside the event or overlapping each other, keeping what was stored', async () => {
    const event = await knownEvent();
    const speaker = await createSpeaker();
    const path = `/speakers/${speaker.id}/availability/${event.eventId}`;
    const kept = [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' }];
    expect((await service.request('PUT', path, { body: { ranges: kept } })).status).toBe(200);

    const outside = await service.request('PUT', path, {
      body: {
        ranges: [
          { startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' },
          { startsAt: '2030-02-08T10:00:00+05:00', endsAt: '2030-02-08T12:00:00+05:00' },
        ],
      },
    });
    expect(outside.status).toBe(400);
    expect(fieldErrors(outside.body)).toEqual(['ranges[1]:outsideEvent']);

    const beforeStart = await service.request('PUT', path, {
      body: { ranges: [{ startsAt: '2030-02-05T08:00:00+05:00', endsAt: '2030-02-05T10:00:00+05:00' }] },
    });
    expect(beforeStart.status).toBe(400);
    expect(fieldErrors(beforeStart.body)).toEqual(['ranges[0]:outsideEvent']);

    const overlapping = await service.request('PUT', path, {
      body: {
        ranges: [
          { startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T12:00:00+05:00' },
          { startsAt: '2030-02-05T11:30:00+05:00', endsAt: '2030-02-05T13:00:00+05:00' },
        ],
      },
    });
    expect(overlapping.status).toBe(400);
    expect(fieldErrors(overlapping.body)).toEqual(['ranges[1]:overlaps']);

    expect((await service.request('GET', path)).body).toEqual({
      ranges: [{ startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T06:00:00.000Z' }],
    });
  }, 60_000);

  it('should answer 404 for the availability of an unknown speaker', async () => {
    const event = await knownEvent();
    const path = `/speakers/${randomUUID()}/availability/${event.eventId}`;
    const put = await service.request('PUT', path, {
      body: { ranges: [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' }] },
    });
    expect(put.status).toBe(404);
    expect((await service.request('GET', path)).status).toBe(404);
    expect(
      await count('SELECT count(*)::int AS n FROM speakers.availability WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(0);
  }, 60_000);
});
