import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { SCOPES } from '@jiyn/auth';
import { generateIin } from '@jiyn/kz';
import { eventually } from '@jiyn/testing';
import { call, platform, type ApiResponse } from './gateway-client';

/**
 * Isolation from outside: the Ministry owns an event with a room, a session, a speaker and a
 * registration; UNDP's key holds every scope — in UNDP. Every operation of the gateway's OpenAPI
 * document, called with UNDP's key and the Ministry's ids, must be refused (403/404), or refused as
 * bad input (400/422: the body is `{}`), or be a list that holds none of the Ministry's ids. Nothing of
 * the Ministry's may change.
 */
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** Not reachable with a key by construction: anyone's reads, token-checked self-service, sign-in. */
const KEYLESS = /^\/api\/v1\/(public|self|auth)\//;

interface Ministry {
  eventId: string;
  slug: string;
  roomId: string;
  sessionId: string;
  speakerId: string;
  registrationId: string;
  webhookId: string;
  /** A draft survey of the event (feedback). */
  surveyId: string;
  /** The registration's confirmation e-mail, as the e-mail log names it. */
  emailDeliveryId: string;
}

let ministry: Ministry;
let intruderKey: string;

/** The Ministry's id a path parameter names, by where it stands in the path. */
function idFor(template: string, name: string): string {
  if (name === 'slug') return ministry.slug;
  if (name === 'eventId') return ministry.eventId;
  if (name === 'sessionId') return ministry.sessionId;
  if (name === 'roomId') return ministry.roomId;
  if (name === 'speakerId') return ministry.speakerId;
  if (name === 'organisationId') return organisationIdOf('mci');
  if (name === 'id') {
    if (/^\/api\/v1\/registrations\/\{id\}/.test(template)) return ministry.registrationId;
    if (/^\/api\/v1\/speakers\/\{id\}/.test(template)) return ministry.speakerId;
    if (/^\/api\/v1\/events\/\{id\}/.test(template)) return ministry.eventId;
    if (/^\/api\/v1\/organisations\/\{id\}/.test(template)) return organisationIdOf('mci');
    if (/^\/api\/v1\/webhooks\/\{id\}/.test(template)) return ministry.webhookId;
    if (/^\/api\/v1\/surveys\/\{id\}/.test(template)) return ministry.surveyId;
    if (/^\/api\/v1\/notifications\/email\/deliveries\/\{id\}/.test(template))
      return ministry.emailDeliveryId;
  }
  // Something the Ministry has no object of here (a proposal, a check-in, a track): any id will do.
  return randomUUID();
}

/**
 * The query an operation requires, aimed at the Ministry: an event's list (`?eventId=`) is walked
 * with the Ministry's event, so the service's own check is what refuses it, not a missing parameter.
 */
function queryFor(operation: unknown): string {
  const parameters = (
    (operation as { parameters?: { name: string; in: string; required?: boolean }[] }).parameters ?? []
  ).filter((parameter) => parameter.in === 'query' && parameter.required);
  const eventId = parameters.some((parameter) => parameter.name === 'eventId');
  return eventId ? `?eventId=${ministry.eventId}` : '';
}

function organisationIdOf(slug: string): string {
  const found = platform().organisations.find((organisation) => organisation.slug === slug);
  if (!found) throw new Error(`npm test seeded no organisation ${slug}`);
  return found.id;
}

function ministryIds(): string[] {
  return Object.values(ministry).filter((value) => /^[0-9a-f-]{36}$/.test(value));
}

/** What the Ministry sees of its own objects: must read the same after the walk. */
async function ministryState(): Promise<unknown[]> {
  const reads = [
    `/api/v1/events/${ministry.eventId}`,
    `/api/v1/events/${ministry.eventId}/sessions/${ministry.sessionId}`,
    `/api/v1/speakers/${ministry.speakerId}`,
    `/api/v1/registrations/${ministry.registrationId}`,
    `/api/v1/webhooks/${ministry.webhookId}`,
    `/api/v1/surveys/${ministry.surveyId}`,
    `/api/v1/organisations/${organisationIdOf('mci')}`,
    `/api/v1/notifications/email/deliveries/${ministry.emailDeliveryId}`,
    `/api/v1/notifications/email/deliveries?eventId=${ministry.eventId}&recipientRef=${ministry.registrationId}`,
  ];
  return Promise.all(
    reads.map(async (path) => {
      const response = await call('GET', path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      return response.body;
    }),
  );
}

beforeAll(async () => {
  const event = await call('POST', '/api/v1/events', {
    body: {
      slug: `isolation-${randomUUID().slice(0, 8)}`,
      title: { kk: 'Оқшаулау', ru: 'Изоляция', en: 'Isolation' },
      startsAt: '2030-03-05T09:00:00+05:00',
      endsAt: '2030-03-06T18:00:00+05:00',
      capacity: 40,
    },
  });
  expect(event.status).toBe(201);
  expect((await call('POST', `/api/v1/events/${event.body.id}/publish`)).status).toBe(200);
  const room = await call('POST', `/api/v1/events/${event.body.id}/rooms`, {
    body: { name: { en: 'Hall', ru: 'Зал' }, capacity: 40 },
  });
  const speaker = await call('POST', '/api/v1/speakers', {
    body: { fullName: { ru: 'Айжан Нурланова', en: 'Aizhan Nurlanova' }, email: 'aizhan@example.kz' },
  });
  const session = await call('POST', `/api/v1/events/${event.body.id}/sessions`, {
    body: {
      title: { ru: 'Открытие', en: 'Opening' },
      type: 'talk',
      language: 'ru',
      roomId: room.body.id,
      startsAt: '2030-03-05T10:00:00+05:00',
      endsAt: '2030-03-05T11:00:00+05:00',
      speakerIds: [speaker.body.id],
      status: 'confirmed',
    },
  });
  expect([room.status, speaker.status, session.status]).toEqual([201, 201, 201]);
  const registration = await eventually(
    async () => {
      const response = await call('POST', '/api/v1/registrations', {
        body: {
          eventId: event.body.id,
          fullName: 'Сейітова Дана',
          email: `isolation-${randomUUID().slice(0, 8)}@akimat.example.kz`,
          phone: '+7 701 555 77 01',
          iin: generateIin({ birthDate: '1990-04-12', sex: 'female', serial: 7701 }),
          regionCode: 'KZ-10',
          consent: { textVersion: 'default-1', accepted: true },
        },
      });
      expect(response.status).toBe(201);
      return response;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  // A webhook subscription (npm test allows receivers on loopback; nothing listens on port 9), paused:
  // failing deliveries would change its state (failingSince) during the walk, whoever walks.
  const webhook = await call('POST', '/api/v1/webhooks', {
    body: {
      url: 'http://127.0.0.1:9/jiyn',
      eventTypes: ['kz.jiyn.registration.created.v1'],
    },
  });
  expect(webhook.status).toBe(201);
  const paused = await call('PATCH', `/api/v1/webhooks/${webhook.body.id}`, { body: { enabled: false } });
  expect(paused.status).toBe(200);
  // Feedback learns the event from Kafka: the survey is written once it has.
  const survey = await eventually(
    async () => {
      const response = await call('POST', '/api/v1/surveys/from-template', {
        body: { template: 'post-training-evaluation', eventId: event.body.id },
      });
      expect(response.status).toBe(201);
      return response;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  // The confirmation e-mail, once sent: its state then stays as it is through the walk.
  const emailDelivery = await eventually(
    async () => {
      const log = await call(
        'GET',
        `/api/v1/notifications/email/deliveries?eventId=${event.body.id}&recipientRef=${registration.body.id}`,
      );
      expect(log.status).toBe(200);
      expect(log.body.items).toEqual([expect.objectContaining({ status: 'sent' })]);
      return log.body.items[0] as { id: string };
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  ministry = {
    emailDeliveryId: emailDelivery.id,
    webhookId: webhook.body.id,
    surveyId: survey.body.id,
    eventId: event.body.id,
    slug: event.body.slug,
    roomId: room.body.id,
    sessionId: session.body.session.id,
    speakerId: speaker.body.id,
    registrationId: registration.body.id,
  };
  // UNDP's system, with every scope UNDP can give — personal data included — on UNDP's own events.
  const issued = await call('POST', '/api/v1/api-keys', {
    key: platform().breakGlassKey,
    body: { organisationId: organisationIdOf('undp-kz'), name: 'isolation walk', scopes: [...SCOPES] },
  });
  expect(issued.status).toBe(201);
  intruderKey = issued.body.secret;
}, 90_000);

describe('isolation between organisations through the gateway', () => {
  it("should refuse every operation of the API document on another organisation's ids, and change nothing", async () => {
    const document = (await call('GET', '/openapi.json', { key: null })).body as {
      paths: Record<string, Partial<Record<(typeof METHODS)[number], unknown>>>;
    };
    const before = await ministryState();
    const walked: { operation: string; status: number }[] = [];
    const leaks: { operation: string; status: number; body: unknown }[] = [];
    for (const [template, item] of Object.entries(document.paths)) {
      if (KEYLESS.test(template)) continue;
      for (const method of METHODS) {
        if (!item[method]) continue;
        const path =
          template.replace(/\{([^}]+)\}/g, (_, name: string) => idFor(template, name)) +
          queryFor(item[method]);
        const response: ApiResponse = await call(method.toUpperCase(), path, {
          key: intruderKey,
          body: method === 'get' || method === 'delete' ? undefined : {},
        });
        const operation = `${method.toUpperCase()} ${template}`;
        walked.push({ operation, status: response.status });
        const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
        const refused = [400, 403, 404, 422].includes(response.status);
        if (!refused && (response.status >= 300 || ministryIds().some((id) => text.includes(id))))
          leaks.push({ operation, status: response.status, body: response.body });
      }
    }
    expect(leaks).toEqual([]);
    // The walk reached every service's organiser operations, and most were refused outright.
    for (const area of [
      'events',
      'registrations',
      'speakers',
      'feedback',
      'surveys',
      'webhooks',
      'notifications',
    ])
      expect(walked.filter(({ operation }) => operation.includes(`/api/v1/${area}`)).length).toBeGreaterThan(
        0,
      );
    const refused = walked.filter(({ status }) => status === 404 || status === 403).length;
    expect(refused / walked.length).toBeGreaterThan(0.5);
    expect(await ministryState()).toEqual(before);
  }, 180_000);

  it("should show the Ministry's own key its objects on the same routes (the walk's positive control)", async () => {
    expect((await call('GET', `/api/v1/registrations/${ministry.registrationId}`)).status).toBe(200);
    const intruder = await call('GET', `/api/v1/registrations/${ministry.registrationId}`, {
      key: intruderKey,
    });
    expect(intruder.status).toBe(404);
    const list = await call('GET', `/api/v1/registrations?eventId=${ministry.eventId}`, { key: intruderKey });
    expect(JSON.stringify(list.body)).not.toContain(ministry.registrationId);
    const delivery = `/api/v1/notifications/email/deliveries/${ministry.emailDeliveryId}`;
    expect((await call('GET', delivery)).status).toBe(200);
    expect((await call('GET', delivery, { key: intruderKey })).status).toBe(404);
  });
});
