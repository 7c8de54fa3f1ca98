import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import {
  TEST_ADMIN,
  TEST_ORGANISATION_ID,
  organisationPrincipal,
  sendEventPublished,
  useServiceTestBed,
} from '@jiyn/service-harness';
import { anEventPublished, eventually, fieldErrors } from '@jiyn/testing';
import { NotificationsAppModule } from '../app.module';
import { notificationsDatabase } from '../database/database';
import { NotificationsEnvironment } from '../notifications.environment';
import { WebhookReceiver, verifiedBody, type ReceivedWebhook } from './testing/webhook-receiver';
import { publishedEvent, sendRegistrationEvent } from './testing/webhook-test-events';

const NOWHERE = 'http://127.0.0.1:9';

// Short schedules so retries, exhaustion and disabling happen within a test; the allow-list lets
// the receivers on 127.0.0.1 through (and nothing else: 127.0.0.2 is loopback, refused).
const { service, producer, probe } = useServiceTestBed({
  service: 'notifications',
  environment: NotificationsEnvironment,
  module: NotificationsAppModule.register,
  database: (url) => notificationsDatabase(url),
  env: {
    REGISTRATIONS_URL: NOWHERE,
    SPEAKERS_URL: NOWHERE,
    SESSIONS_URL: NOWHERE,
    GATEWAY_URL: NOWHERE,
    SMTP_URL: process.env['JIYN_TEST_SMTP_URL'] ?? 'smtp://127.0.0.1:9',
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_RETRY_SCHEDULE: '200ms,400ms,600ms,800ms,1s,1s',
    WEBHOOK_DISABLE_AFTER: '2s',
    WEBHOOK_TIMEOUT_MS: '3000',
  },
  probe: [TOPICS.webhookEndpoints],
});

const ORGANISATION_B = '0190f000-0000-7000-8000-00000000b002';
const receivers: WebhookReceiver[] = [];

async function receiver(host?: string): Promise<WebhookReceiver> {
  const started = await new WebhookReceiver(host).start();
  receivers.push(started);
  return started;
}

afterAll(async () => {
  await Promise.all(receivers.map((each) => each.stop()));
});

interface CreatedEndpoint {
  id: string;
  secret: string;
}

async function subscribe(body: Record<string, unknown>, principal = TEST_ADMIN): Promise<CreatedEndpoint> {
  const created = await service.request('POST', '/webhooks', { body, principal });
  expect(created.status).toBe(201);
  return created.body as CreatedEndpoint;
}

const registrationTypes = [EVENT_TYPES.registrationCreated];

/** Waits until the receiver holds `count` requests with this webhook-id, and returns them. */
async function arrived(
  at: WebhookReceiver,
  id: string,
  count = 1,
  timeoutMs = 20_000,
): Promise<ReceivedWebhook[]> {
  return eventually(
    () => {
      const requests = at.withId(id);
      if (requests.length < count)
        throw new Error(`${requests.length} of ${count} requests for ${id} arrived`);
      return requests;
    },
    { timeoutMs },
  );
}

async function deliveryOf(endpointId: string, messageId: string) {
  const [row] = await service.query<{ id: string; status: string; attempts: number }>(
    'SELECT id, status, attempts FROM notifications.webhook_deliveries WHERE endpoint_id = $1 AND message_id = $2',
    [endpointId, messageId],
  );
  return row;
}

describe('webhooks: subscriptions and deliveries', () => {
  let eventId: string;

  beforeAll(async () => {
    eventId = await publishedEvent(service, producer);
  }, 60_000);

  it('should deliver each event once as a CloudEvent the official library verifies, the secret shown once', async () => {
    const at = await receiver();
    const endpoint = await subscribe({ url: at.url, eventTypes: registrationTypes, description: 'MCI sync' });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const read = await service.request('GET', `/webhooks/${endpoint.id}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain('whsec_');
    expect(read.body).toMatchObject({
      url: at.url,
      eventTypes: registrationTypes,
      eventIds: null,
      enabled: true,
    });

    const registrationId = randomUUID();
    const ceId = await sendRegistrationEvent(
      producer,
      eventId,
      EVENT_TYPES.registrationCreated,
      undefined,
      registrationId,
    );
    const [request] = await arrived(at, ceId);
    const body = verifiedBody(endpoint.secret, request as ReceivedWebhook);
    expect(body).toMatchObject({
      specversion: '1.0',
      id: ceId,
      type: EVENT_TYPES.registrationCreated,
      source: '/jiyn/test',
      datacontenttype: 'application/json',
      data: { eventId, status: 'confirmed', regionCode: 'KZ-71' },
    });
    expect(typeof body['subject']).toBe('string');
    expect(typeof body['time']).toBe('string');
    expect(request?.headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
    expect(Number(request?.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -2);

    // Kafka redelivers the same event (same ce_id): the inbox skips it, nothing is sent again.
    // Same key, same partition: once the later one arrives, the redelivery was handled before it.
    await sendRegistrationEvent(producer, eventId, EVENT_TYPES.registrationCreated, ceId, registrationId);
    const later = await sendRegistrationEvent(
      producer,
      eventId,
      EVENT_TYPES.registrationCreated,
      undefined,
      registrationId,
    );
    await arrived(at, later);
    expect(at.withId(ceId)).toHaveLength(1);
    expect(await deliveryOf(endpoint.id, ceId)).toMatchObject({ status: 'succeeded', attempts: 1 });
  }, 60_000);

  it("should deliver only the subscribed types, events and organisation's events", async () => {
    const at = await receiver();
    const otherEvent = await publishedEvent(service, producer);
    const foreignEvent = await publishedEvent(service, producer, ORGANISATION_B);
    const endpoint = await subscribe({
      url: at.url,
      eventTypes: [EVENT_TYPES.registrationCancelled],
      eventIds: [eventId],
    });
    const wanted = await sendRegistrationEvent(producer, eventId, EVENT_TYPES.registrationCancelled);
    const otherType = await sendRegistrationEvent(producer, eventId, EVENT_TYPES.registrationCreated);
    const otherGathering = await sendRegistrationEvent(
      producer,
      otherEvent,
      EVENT_TYPES.registrationCancelled,
    );
    const foreign = await sendRegistrationEvent(producer, foreignEvent, EVENT_TYPES.registrationCancelled);
    const last = await sendRegistrationEvent(producer, eventId, EVENT_TYPES.registrationCancelled);
    await arrived(at, last);
    await arrived(at, wanted);
    // Partitions are taken in parallel: wait until every one of them was taken in, then look.
    await eventually(async () => {
      const kept = await service.count(
        'SELECT count(*)::int AS n FROM notifications.webhook_events WHERE id = ANY($1)',
        [[otherType, otherGathering, foreign]],
      );
      if (kept !== 3) throw new Error(`${kept} of 3 taken in`);
    });
    for (const id of [otherType, otherGathering, foreign]) expect(at.withId(id)).toHaveLength(0);
    expect(verifiedBody(endpoint.secret, at.withId(wanted)[0] as ReceivedWebhook)['type']).toBe(
      EVENT_TYPES.registrationCancelled,
    );
  }, 60_000);

  it('should route an event that arrives before its gathering is known, once the owner is', async () => {
    const at = await receiver();
    const endpoint = await subscribe({ url: at.url, eventTypes: registrationTypes });
    const gathering = anEventPublished({ organisationId: TEST_ORGANISATION_ID });
    const early = await sendRegistrationEvent(producer, gathering.eventId);
    await eventually(async () => {
      const kept = await service.count(
        'SELECT count(*)::int AS n FROM notifications.webhook_events WHERE id = $1 AND organisation_id IS NULL',
        [early],
      );
      if (kept !== 1) throw new Error('not kept yet');
    });
    expect(at.withId(early)).toHaveLength(0);
    await sendEventPublished(producer, gathering);
    verifiedBody(endpoint.secret, (await arrived(at, early))[0] as ReceivedWebhook);
  }, 60_000);

  it('should retry a failed delivery per the schedule with the same webhook-id, logging each attempt', async () => {
    const at = await receiver();
    at.answerWith({ status: 500, body: 'Ішкі қате '.repeat(500) }, { status: 503 });
    const endpoint = await subscribe({ url: at.url, eventTypes: registrationTypes });
    const ceId = await sendRegistrationEvent(producer, eventId);
    const requests = await arrived(at, ceId, 3);
    expect(requests.map((request) => request.status)).toEqual([500, 503, 204]);
    for (const request of requests) expect(verifiedBody(endpoint.secret, request)['id']).toBe(ceId);
    // The first retry waited 200 ms (+ up to 20 % jitter), the second 400 ms.
    const gaps = [1, 2].map(
      (i) => (requests[i] as ReceivedWebhook).receivedAt - (requests[i - 1] as ReceivedWebhook).receivedAt,
    );
    expect(gaps[0]).toBeGreaterThanOrEqual(190);
    expect(gaps[1]).toBeGreaterThanOrEqual(390);

    const delivery = await eventually(async () => {
      const row = await deliveryOf(endpoint.id, ceId);
      if (row?.status !== 'succeeded') throw new Error(`delivery is ${row?.status}`);
      return row;
    });
    const log = await service.request('GET', `/webhooks/${endpoint.id}/deliveries/${delivery.id}/attempts`);
    expect(log.status).toBe(200);
    const attempts = log.body.items as Record<string, unknown>[];
    expect(
      attempts.map((attempt) => [attempt['attempt'], attempt['statusCode'], attempt['succeeded']]),
    ).toEqual([
      [1, 500, false],
      [2, 503, false],
      [3, 204, true],
    ]);
    const firstBody = attempts[0]?.['responseBody'] as string;
    expect(firstBody.startsWith('Ішкі қате')).toBe(true);
    expect(Buffer.byteLength(firstBody)).toBeLessThanOrEqual(2_048 + 3);
    const page = await service.request('GET', `/webhooks/${endpoint.id}/deliveries?status=succeeded`);
    const listed = (page.body.items as { messageId: string }[]).find((item) => item.messageId === ceId);
    expect(listed).toMatchObject({
      messageId: ceId,
      status: 'succeeded',
      attempts: 3,
      lastStatusCode: 204,
    });
  }, 60_000);

  it('should disable an endpoint that fails for too long, give up its queue, and take it back when fixed', async () => {
    const at = await receiver();
    at.fallback = { status: 500 };
    const endpoint = await subscribe({ url: at.url, eventTypes: registrationTypes });
    const first = await sendRegistrationEvent(producer, eventId);
    await eventually(
      async () => {
        const read = await service.request('GET', `/webhooks/${endpoint.id}`);
        if (read.body.enabled !== false) throw new Error('still enabled');
        expect(read.body).toMatchObject({ disabledReason: 'failing' });
        expect(read.body.failingSince).not.toBeNull();
      },
      { timeoutMs: 20_000 },
    );
    // Its owner is told: an event on Kafka, from the outbox, committed with the disabling.
    const told = await eventually(() => {
      const message = probe.on(TOPICS.webhookEndpoints).find((each) => each.key === endpoint.id);
      if (!message) throw new Error('no webhook.endpoint-disabled yet');
      return message;
    });
    expect(told.headers['ce_type']).toBe(EVENT_TYPES.webhookEndpointDisabled);
    expect(told.json).toMatchObject({
      endpointId: endpoint.id,
      organisationId: TEST_ORGANISATION_ID,
      reason: 'failing',
    });
    const attemptsWhenDisabled = at.withId(first).length;
    expect(attemptsWhenDisabled).toBeGreaterThanOrEqual(3);
    expect(await deliveryOf(endpoint.id, first)).toMatchObject({ status: 'failed' });
    // Disabled: new events are not queued for it, nothing more is sent.
    const sameKey = randomUUID(); // the marker below is taken in after this one
    const whileDisabled = await sendRegistrationEvent(
      producer,
      eventId,
      EVENT_TYPES.registrationCreated,
      undefined,
      sameKey,
    );
    const bystander = await receiver();
    const control = await subscribe({ url: bystander.url, eventTypes: registrationTypes });
    const marker = await sendRegistrationEvent(
      producer,
      eventId,
      EVENT_TYPES.registrationCreated,
      undefined,
      sameKey,
    );
    await arrived(bystander, marker);
    expect(at.withId(whileDisabled)).toHaveLength(0);
    expect(at.withId(first)).toHaveLength(attemptsWhenDisabled);
    expect(control.id).not.toBe(endpoint.id);

    // Fixed and enabled again: a manual retry delivers the given-up delivery, same webhook-id.
    at.fallback = { status: 200 };
    const enabled = await service.request('PATCH', `/webhooks/${endpoint.id}`, { body: { enabled: true } });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    const delivery = await deliveryOf(endpoint.id, first);
    const retried = await service.request(
      'POST',
      `/webhooks/${endpoint.id}/deliveries/${delivery?.id}/retry`,
    );
    expect(retried.status).toBe(202);
    const again = await arrived(at, first, attemptsWhenDisabled + 1);
    expect(again.at(-1)?.status).toBe(200);
    verifiedBody(endpoint.secret, again.at(-1) as ReceivedWebhook);
    // A delivery still queued cannot be retried on top.
    const busy = await service.request('POST', `/webhooks/${endpoint.id}/deliveries/${delivery?.id}/retry`);
    expect([202, 409]).toContain(busy.status);
  }, 60_000);

  it('should replay a time range with the original webhook-ids, also to an endpoint that never had them', async () => {
    const at = await receiver();
    const endpoint = await subscribe({ url: at.url, eventTypes: registrationTypes });
    const before = await sendRegistrationEvent(producer, eventId);
    await arrived(at, before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const from = new Date();
    const inRange = [
      await sendRegistrationEvent(producer, eventId),
      await sendRegistrationEvent(producer, eventId),
    ];
    for (const id of inRange) await arrived(at, id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const to = new Date();
    const after = await sendRegistrationEvent(producer, eventId);
    await arrived(at, after);

    const replay = await service.request('POST', `/webhooks/${endpoint.id}/replay`, {
      body: { from: from.toISOString(), to: to.toISOString() },
    });
    expect(replay.status).toBe(202);
    expect(replay.body.enqueued).toBe(2);
    for (const id of inRange) {
      const twice = await arrived(at, id, 2);
      for (const request of twice) expect(verifiedBody(endpoint.secret, request)['id']).toBe(id);
    }
    expect(at.withId(before)).toHaveLength(1);
    expect(at.withId(after)).toHaveLength(1);

    // A new endpoint gets the range's events for the first time.
    const newcomer = await receiver();
    const late = await subscribe({ url: newcomer.url, eventTypes: registrationTypes });
    const caughtUp = await service.request('POST', `/webhooks/${late.id}/replay`, {
      body: { from: from.toISOString(), to: to.toISOString() },
    });
    expect(caughtUp.body.enqueued).toBe(2);
    for (const id of inRange) verifiedBody(late.secret, (await arrived(newcomer, id))[0] as ReceivedWebhook);
    // Queued in one statement, the two share a time: page by page, the log still shows both.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await service.request(
        'GET',
        `/webhooks/${late.id}/deliveries?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.status).toBe(200);
      paged.push(...(page.body.items as { messageId: string }[]).map((item) => item.messageId));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(paged.sort()).toEqual([...inRange].sort());
    const backwards = await service.request('POST', `/webhooks/${late.id}/replay`, {
      body: { from: to.toISOString(), to: from.toISOString() },
    });
    expect(backwards.status).toBe(400);
    expect(fieldErrors(backwards.body)).toEqual(['to:replayRange']);
  }, 60_000);

  it('should sign with both secrets during a rotation overlap, and with the new one only after', async () => {
    const at = await receiver();
    const endpoint = await subscribe({ url: at.url, eventTypes: registrationTypes });
    const rotated = await service.request('POST', `/webhooks/${endpoint.id}/rotate-secret`, {
      body: { overlapSeconds: 3600 },
    });
    expect(rotated.status).toBe(200);
    const next = rotated.body.secret as string;
    expect(next).toMatch(/^whsec_/);
    expect(next).not.toBe(endpoint.secret);
    const during = (await arrived(at, await sendRegistrationEvent(producer, eventId)))[0] as ReceivedWebhook;
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(() => verifiedBody(endpoint.secret, during)).not.toThrow();
    expect(() => verifiedBody(next, during)).not.toThrow();

    const final = await service.request('POST', `/webhooks/${endpoint.id}/rotate-secret`, {
      body: { overlapSeconds: 0 },
    });
    expect(final.body.previousSecretExpiresAt).toBeNull();
    const newest = final.body.secret as string;
    const after = (await arrived(at, await sendRegistrationEvent(producer, eventId)))[0] as ReceivedWebhook;
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(() => verifiedBody(newest, after)).not.toThrow();
    expect(() => verifiedBody(next, after)).toThrow('No matching signature found');
    expect(() => verifiedBody(endpoint.secret, after)).toThrow('No matching signature found');
  }, 60_000);

  it('should keep each endpoint to its concurrency limit', async () => {
    const at = await receiver();
    at.fallback = { status: 204, delayMs: 300 };
    await subscribe({ url: at.url, eventTypes: registrationTypes, maxConcurrency: 2 });
    const ids = [];
    for (let i = 0; i < 8; i += 1) ids.push(await sendRegistrationEvent(producer, eventId));
    for (const id of ids) await arrived(at, id);
    expect(at.maxInFlight).toBe(2);
  }, 60_000);

  it('should answer a test ping with what the receiver said, signed like any delivery', async () => {
    const at = await receiver();
    at.answerWith({ status: 202, body: 'pong' });
    const endpoint = await subscribe({ url: at.url, eventTypes: registrationTypes });
    const ping = await service.request('POST', `/webhooks/${endpoint.id}/test`);
    expect(ping.status).toBe(200);
    expect(ping.body.attempt).toMatchObject({
      statusCode: 202,
      responseBody: 'pong',
      succeeded: true,
      error: null,
    });
    const body = verifiedBody(endpoint.secret, at.withId(ping.body.messageId)[0] as ReceivedWebhook);
    expect(body).toMatchObject({ type: 'kz.jiyn.webhook.ping.v1', id: ping.body.messageId });
  }, 30_000);
});

describe('webhooks: SSRF protection', () => {
  it.each([
    ['http://127.0.0.2:8080/hook', '127.0.0.2', 'loopback'],
    ['http://10.0.0.1/hook', '10.0.0.1', 'private'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'link-local'],
    ['http://100.64.0.7/hook', '100.64.0.7', 'shared-address-space'],
    ['http://[::1]:8080/hook', '::1', 'loopback'],
    ['http://[::ffff:169.254.169.254]/hook', '::ffff:a9fe:a9fe', 'link-local'],
    ['http://0.0.0.0:8080/hook', '0.0.0.0', 'unspecified'],
  ])('should refuse to subscribe %s', async (url, address, reason) => {
    const refused = await service.request('POST', '/webhooks', {
      body: { url, eventTypes: registrationTypes },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'url',
        code: 'webhookTargetRefused',
        message: expect.stringContaining(reason),
      }),
    ]);
    expect(refused.body.errors[0].message).toContain(address);
    expect(
      await service.count('SELECT count(*)::int AS n FROM notifications.webhook_endpoints WHERE url = $1', [
        url,
      ]),
    ).toBe(0);
  });

  it('should refuse at delivery a target that turned internal after it was checked', async () => {
    const eventId = await publishedEvent(service, producer);
    const allowed = await receiver();
    const internal = await receiver('127.0.0.2');
    const endpoint = await subscribe({ url: allowed.url, eventTypes: registrationTypes });
    // As if its name now resolved elsewhere: the stored target points at a loopback address outside the allow-list.
    await service.query('UPDATE notifications.webhook_endpoints SET url = $2 WHERE id = $1', [
      endpoint.id,
      internal.url,
    ]);
    const ceId = await sendRegistrationEvent(producer, eventId);
    const delivery = await eventually(async () => {
      const row = await deliveryOf(endpoint.id, ceId);
      if (!row || row.attempts < 2) throw new Error('not attempted twice yet');
      return row;
    });
    const log = await service.request('GET', `/webhooks/${endpoint.id}/deliveries/${delivery.id}/attempts`);
    expect(log.body.items[0]).toMatchObject({ statusCode: null, succeeded: false });
    expect(log.body.items[0].error).toContain('127.0.0.2 (loopback), which is not allowed');
    expect(internal.received).toHaveLength(0);
    expect(allowed.received).toHaveLength(0);
  }, 60_000);
});

describe('webhooks: bad input', () => {
  const post = (body: unknown, language: string) =>
    service.request('POST', '/webhooks', { body, headers: { 'accept-language': language } });

  it('should refuse an invalid URL and unknown event types, field by field, in kk, ru and en', async () => {
    const body = {
      url: 'ftp://user:secret@example.org/hook',
      eventTypes: [
        'kz.jiyn.registration.created.v1',
        'kz.jiyn.registration.exploded.v1',
        'kz.jiyn.speaker.created.v1',
      ],
    };
    const answers = { en: await post(body, 'en'), ru: await post(body, 'ru'), kk: await post(body, 'kk') };
    for (const answer of Object.values(answers)) {
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      // One problem per field: the list's items are checked together, the message says where to look.
      expect(fieldErrors(answer.body)).toEqual(['url:webhookUrl', 'eventTypes:unknownEventType']);
    }
    const message = (lang: keyof typeof answers) =>
      (answers[lang].body.errors as { field: string; message: string }[]).find(
        (error) => error.field === 'eventTypes',
      )?.message;
    expect(message('en')).toContain('is not an event type webhooks carry');
    expect(message('ru')).toContain('не является типом события');
    expect(message('kk')).toContain('оқиға түрі емес');
    expect(answers.ru.body.title).toBe('Запрос содержит неверные поля');
  });

  it('should refuse a missing or empty list, unknown fields, events of no one known, and a malformed id', async () => {
    const cases: [unknown, string[]][] = [
      [{ url: 'http://127.0.0.1:9/x' }, ['eventTypes:isArray']],
      [{ url: 'not a url', eventTypes: [] }, ['url:webhookUrl', 'eventTypes:arrayMinSize']],
      [
        { url: 'http://127.0.0.1:9/x', eventTypes: registrationTypes, secret: 'whsec_mine' },
        ['secret:whitelistValidation'],
      ],
      [
        {
          url: 'http://127.0.0.1:9/x',
          eventTypes: registrationTypes,
          eventIds: ['0190f000-0000-7000-8000-0000000000ff'],
        },
        ['eventIds[0]:unknownEvent'],
      ],
      [
        { url: 'http://127.0.0.1:9/x', eventTypes: registrationTypes, maxConcurrency: 0 },
        ['maxConcurrency:min'],
      ],
    ];
    for (const [body, expected] of cases) {
      const answer = await post(body, 'en');
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      expect(fieldErrors(answer.body)).toEqual(expect.arrayContaining(expected));
      const fields = new Set(fieldErrors(answer.body).map((error) => error.split(':')[0]));
      expect([...fields].sort()).toEqual([...new Set(expected.map((error) => error.split(':')[0]))].sort());
    }
    expect(
      await service.count('SELECT count(*)::int AS n FROM notifications.webhook_endpoints WHERE url = $1', [
        'http://127.0.0.1:9/x',
      ]),
    ).toBe(0);
    expect((await service.request('GET', '/webhooks/not-a-uuid')).status).toBe(400);
    expect((await service.request('GET', '/webhooks/0190f000-0000-7000-8000-0000000000ff')).status).toBe(404);
  });
});

describe('webhooks: organisations', () => {
  it("should keep every endpoint and its log to its organisation: another's is not found", async () => {
    const at = await receiver();
    const endpoint = await subscribe({ url: at.url, eventTypes: registrationTypes });
    const intruder = organisationPrincipal(ORGANISATION_B);
    const base = `/webhooks/${endpoint.id}`;
    const attempts: [string, string, unknown][] = [
      ['GET', base, undefined],
      ['PATCH', base, { description: 'taken over' }],
      ['POST', `${base}/rotate-secret`, {}],
      ['POST', `${base}/test`, undefined],
      ['POST', `${base}/replay`, { from: '2020-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' }],
      ['GET', `${base}/deliveries`, undefined],
      ['DELETE', base, undefined],
    ];
    for (const [method, path, body] of attempts) {
      const answer = await service.request(method, path, { principal: intruder, body });
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 404 });
    }
    const theirs = await service.request('GET', '/webhooks', { principal: intruder });
    expect(theirs.body.items).toEqual([]);
    expect(at.received).toHaveLength(0); // the intruder's test ping went nowhere
    expect((await service.request('GET', base)).body.description).toBeNull();
  });

  it('should want webhooks:write to change and an organisation-wide grant at all', async () => {
    const reader = organisationPrincipal(TEST_ORGANISATION_ID, ['webhooks:read']);
    const refused = await service.request('POST', '/webhooks', {
      principal: reader,
      body: { url: 'http://127.0.0.1:9/x', eventTypes: registrationTypes },
    });
    expect([refused.status, refused.body.requiredScope]).toEqual([403, 'webhooks:write']);
    expect((await service.request('GET', '/webhooks', { principal: reader })).status).toBe(200);
    const types = await service.request('GET', '/webhooks/event-types', { principal: reader });
    expect(types.body.items).toContain(EVENT_TYPES.registrationCreated);
    expect(types.body.items).not.toContain(EVENT_TYPES.speakerCreated);
    expect(types.body.items).not.toContain(EVENT_TYPES.webhookEndpointDisabled);
    const eventOnly = {
      id: 'api-key:event-only',
      kind: 'api-key' as const,
      grants: [{ eventId: '0190f000-0000-7000-8000-0000000000aa', scopes: ['webhooks:read' as const] }],
    };
    expect((await service.request('GET', '/webhooks', { principal: eventOnly })).status).toBe(403);
  });
});
