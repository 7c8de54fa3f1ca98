import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { generateIin } from '@jiyn/kz';
import { KafkaProbe, eventually, testInfrastructure } from '@jiyn/testing';
import { readFile } from 'node:fs/promises';
import { answer, api, call, platform } from './gateway-client';

/**
 * The walking skeleton of the foundation issue, through the gateway only: an organiser creates and
 * publishes an event, a participant registers, and the registration reaches Kafka as a CloudEvent;
 * speakers and feedback learn of the event from Kafka too.
 */
const infra = testInfrastructure();
let probe: KafkaProbe;
let serial = 9500;

function newEvent(overrides: Record<string, unknown> = {}) {
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  return {
    slug,
    title: { kk: 'Шығармашылық индустриялар', ru: 'Креативные индустрии', en: 'Creative industries' },
    timeZone: 'Asia/Almaty',
    startsAt: '2030-02-05T09:00:00+05:00',
    endsAt: '2030-02-07T18:00:00+05:00',
    capacity: 2,
    waitlistEnabled: false,
    ...overrides,
  };
}

function participant(eventId: string) {
  serial += 1;
  return {
    eventId,
    fullName: 'Сәрсенова Айгерім',
    email: `e2e${serial}@akimat.example.kz`,
    phone: '+7 701 555 12 34',
    iin: generateIin({ birthDate: '1988-07-21', sex: 'female', serial }),
    regionCode: 'KZ-10',
    organisation: 'Abai Region akimat',
    position: 'Chief specialist',
    consent: { textVersion: 'default-1', accepted: true },
  };
}

async function publishedEvent(
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slug: string }> {
  const created = answer(await api().POST('/api/v1/events', { body: newEvent(overrides) }));
  expect(created.status).toBe(201);
  const published = answer(
    await api().POST('/api/v1/events/{id}/publish', { params: { path: { id: created.body.id } } }),
  );
  expect(published.status).toBe(200);
  expect(published.body.status).toBe('published');
  return created.body;
}

/** Registrations learns of a published event from Kafka; until then a registration is a 404. */
async function registerWhenKnown(eventId: string) {
  return eventually(
    async () => {
      const response = answer(await api().POST('/api/v1/registrations', { body: participant(eventId) }));
      expect(response.status).toBe(201);
      return response;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
}

beforeAll(async () => {
  probe = await new KafkaProbe(infra.brokers, [
    TOPICS.events,
    TOPICS.registrations,
    TOPICS.speakers,
    TOPICS.feedback,
  ]).start();
}, 30_000);

afterAll(async () => {
  await probe?.stop();
}, 30_000);

describe('walking skeleton through the gateway', () => {
  it('should take an event from creation to a registration announced on Kafka', async () => {
    const event = await publishedEvent();
    await eventually(() =>
      expect(
        probe
          .on(TOPICS.events)
          .some((m) => m.key === event.id && m.headers['ce_type'] === EVENT_TYPES.eventPublished),
      ).toBe(true),
    );

    const registration = await registerWhenKnown(event.id);
    expect(registration.body).toMatchObject({
      eventId: event.id,
      status: 'confirmed',
      regionCode: 'KZ-10',
      phone: '+77015551234',
    });

    const [message] = await eventually(() => {
      const found = probe.on(TOPICS.registrations).filter((m) => m.key === registration.body.id);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(message?.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_type: EVENT_TYPES.registrationCreated,
      ce_source: '/jiyn/registrations',
      ce_subject: registration.body.id,
      ce_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(message?.json).toMatchObject({
      registrationId: registration.body.id,
      eventId: event.id,
      status: 'confirmed',
      sex: 'female',
      channel: 'admin',
    });
    expect(message?.value).not.toContain(registration.body.iin);
    expect(message?.value).not.toContain(registration.body.email);
    // The request's correlation id travelled with the event.
    expect(message?.headers['ce_correlationid']).toMatch(/.+/);
  }, 60_000);

  it('should carry the caller correlation id from the request into the Kafka headers', async () => {
    const event = await publishedEvent({ capacity: 5 });
    await registerWhenKnown(event.id);
    const correlationId = `e2e-${randomUUID()}`;
    const response = await call('POST', '/api/v1/registrations', {
      body: participant(event.id),
      headers: { 'x-correlation-id': correlationId },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-correlation-id')).toBe(correlationId);
    await eventually(() =>
      expect(
        probe.on(TOPICS.registrations).find((m) => m.key === response.body.id)?.headers['ce_correlationid'],
      ).toBe(correlationId),
    );
  }, 60_000);

  it('should answer registrations for unknown, unpublished or full events with problem+json', async () => {
    const unknown = await call('POST', '/api/v1/registrations', {
      body: participant(randomUUID()),
      headers: { 'accept-language': 'ru' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({
      type: 'https://jiyn.kz/problems/not-found',
      title: 'Не найдено',
      status: 404,
      instance: '/api/v1/registrations',
    });

    const draft = await call('POST', '/api/v1/events', { body: newEvent() });
    const unpublished = await call('POST', '/api/v1/registrations', { body: participant(draft.body.id) });
    expect(unpublished.status).toBe(404);

    const small = await publishedEvent({ capacity: 1, waitlistEnabled: false });
    await registerWhenKnown(small.id);
    const full = await call('POST', '/api/v1/registrations', {
      body: participant(small.id),
      headers: { 'accept-language': 'kk' },
    });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({
      type: 'https://jiyn.kz/problems/event-full',
      title: 'Іс-шарада орын жоқ',
    });
  }, 60_000);

  it('should let speakers and feedback learn of the published event from Kafka', async () => {
    const event = await publishedEvent();
    const speaker = await call('POST', '/api/v1/speakers', {
      body: {
        fullName: { kk: 'Жанна Асанова', ru: 'Жанна Асанова', en: 'Zhanna Asanova' },
        email: 'senator@example.kz',
        phone: '+77015550000',
        languages: ['kk', 'ru'],
      },
    });
    expect(speaker.status).toBe(201);
    expect(speaker.body.email).toBe('senator@example.kz');
    await eventually(() => {
      const created = probe.on(TOPICS.speakers).find((m) => m.key === speaker.body.id);
      expect(created?.headers['ce_type']).toBe(EVENT_TYPES.speakerCreated);
      expect(created?.value).not.toContain('senator@example.kz');
    });

    const profile = await call('GET', `/api/v1/public/speakers/${speaker.body.id}`, { key: null });
    expect(profile.status).toBe(200);
    expect(profile.body).not.toHaveProperty('email');
    expect(profile.body).not.toHaveProperty('phone');

    const availability = await eventually(
      async () => {
        const response = await call('PUT', `/api/v1/speakers/${speaker.body.id}/availability/${event.id}`, {
          body: { ranges: [{ startsAt: '2030-02-05T09:00:00+05:00', endsAt: '2030-02-05T13:00:00+05:00' }] },
        });
        expect(response.status).toBe(200);
        return response;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(availability.body.ranges).toEqual([
      { startsAt: '2030-02-05T04:00:00.000Z', endsAt: '2030-02-05T08:00:00.000Z' },
    ]);

    const feedback = await eventually(
      async () => {
        const response = await call('POST', '/api/v1/feedback', {
          body: { eventId: event.id, rating: 5, comment: 'Өте пайдалы' },
        });
        expect(response.status).toBe(201);
        return response;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    await eventually(() =>
      expect(probe.on(TOPICS.feedback).find((m) => m.key === feedback.body.id)?.json).toMatchObject({
        rating: 5,
        eventId: event.id,
      }),
    );
    const summary = await call('GET', `/api/v1/feedback/summary?eventId=${event.id}`);
    expect(summary.body).toMatchObject({ responses: 1, averageRating: 5 });
  }, 90_000);

  it('should read published events without credentials, and nothing else', async () => {
    const event = await publishedEvent();
    const open = await call('GET', `/api/v1/public/events/${event.slug}`, { key: null });
    expect(open.status).toBe(200);
    expect(open.body.id).toBe(event.id);
    // A public path has no write method at all: 405, naming the methods it has.
    const write = await call('POST', `/api/v1/public/events/${event.slug}`, { key: null });
    expect(write.status).toBe(405);
    expect(write.headers.get('allow')).toContain('GET');
    expect((await call('GET', '/api/v1/public/registrations', { key: null })).status).toBe(404);
  }, 30_000);

  it('should refuse every non-public route without a valid key', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/v1/events'],
      ['POST', '/api/v1/events'],
      ['GET', '/api/v1/registrations'],
      ['POST', '/api/v1/registrations'],
      ['GET', '/api/v1/speakers'],
      ['POST', '/api/v1/feedback'],
      ['GET', '/api/v1/anything-else'],
      ['GET', '/metrics'],
    ];
    for (const [method, path] of routes) {
      for (const key of [null, 'wrong-key-wrong-key-wrong-key-wrong-key']) {
        const response = await call(method, path, { key, body: method === 'POST' ? {} : undefined });
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 401 });
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    }
    const viaHeader = await call('GET', '/api/v1/events', {
      key: null,
      headers: { 'x-api-key': platform().key },
    });
    expect(viaHeader.status).toBe(200);
  }, 30_000);

  it('should describe the API and report health', async () => {
    const ready = await call('GET', '/health/ready', { key: null });
    expect(ready.body).toEqual({
      status: 'ok',
      checks: {
        database: 'up',
        sessions: 'up',
        registrations: 'up',
        speakers: 'up',
        feedback: 'up',
        notifications: 'up',
      },
    });
    const live = await call('GET', '/health/live', { key: null });
    expect(live.status).toBe(200);
    const openapi = await call('GET', '/openapi.json', { key: null });
    // What the gateway serves is the committed contract (npm run contracts:openapi writes it).
    const committed = new URL('../../../contracts/openapi/jiyn-v1', import.meta.url);
    expect(openapi.body).toEqual(JSON.parse(await readFile(`${committed.pathname}.json`, 'utf8')));
    const yaml = await call('GET', '/openapi.yaml', { key: null });
    expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(yaml.body).toBe(await readFile(`${committed.pathname}.yaml`, 'utf8'));
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/events',
        '/api/v1/events/{id}/publish',
        '/api/v1/registrations',
        '/api/v1/speakers',
        '/api/v1/feedback',
        '/api/v1/public/events/{slug}',
      ]),
    );
    expect(
      Object.keys(openapi.body.paths).some((path) => path.includes('health') || path.includes('metrics')),
    ).toBe(false);
    const docs = await call('GET', '/docs', { key: null });
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    // Metrics: the internal token or the operator's break-glass key, not an organisation's key.
    expect((await call('GET', '/metrics')).status).toBe(401);
    const metrics = await call('GET', '/metrics', { key: platform().breakGlassKey });
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('http_request_duration_seconds');
  }, 30_000);
});
