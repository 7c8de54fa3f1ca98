import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { TEST_ORGANISATION_ID, organisationPrincipal, useServiceTestBed } from '@jiyn/service-harness';
import { anEventPublished, eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { DataSource } from 'typeorm';
import { NotificationsAppModule } from '../app.module';
import { notificationsDatabase } from '../database/database';
import { NotificationsEnvironment } from '../notifications.environment';
import { EmailDeliveriesRepository } from './email-deliveries.repository';

/**
 * The e-mail log through the service's HTTP API (as the gateway forwards it), on the run's real
 * Kafka, PostgreSQL and SMTP server: an event's messages in keyset pages with filters, one message
 * with its attempts, and sending a failed or skipped message again. The owners' routes answer from
 * a small HTTP server here; a participant's contact can be changed (a fixed address) or made to
 * answer 503 (the message then waits, queued, for its next try: retries are a minute apart here).
 */
const mailServer = testMailServer();
const EVENT = anEventPublished({
  organisationId: TEST_ORGANISATION_ID,
  slug: `delivery-log-${randomUUID().slice(0, 6)}`,
  startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
});
const OTHER_ORGANISATION = randomUUID();
const participants = new Map<string, Record<string, unknown>>();
const unavailable = new Set<string>();

let owners: Server;
let ownersUrl = 'http://127.0.0.1:9';

function owner(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://owners');
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const contact = /^\/internal\/registrations\/([^/]+)\/contact$/.exec(url.pathname);
  if (contact && unavailable.has(contact[1])) return send(503, {});
  if (contact) return participants.has(contact[1]) ? send(200, participants.get(contact[1])) : send(404, {});
  if (url.pathname.startsWith('/public/events/'))
    return send(200, { title: 'Журнал писем', venue: { name: 'Astana Hub', address: null } });
  if (url.pathname === `/internal/organisations/${TEST_ORGANISATION_ID}`)
    return send(200, { id: TEST_ORGANISATION_ID, name: { ru: 'Министерство', en: 'Ministry' } });
  send(404, {});
}

beforeAll(async () => {
  owners = createServer(owner);
  await new Promise<void>((resolve) => owners.listen(0, '127.0.0.1', resolve));
  ownersUrl = `http://127.0.0.1:${(owners.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => owners.close(resolve)));

const { service, producer } = useServiceTestBed({
  service: 'notifications',
  environment: NotificationsEnvironment,
  module: NotificationsAppModule.register,
  database: (url) => notificationsDatabase(url),
  env: {
    get REGISTRATIONS_URL() {
      return ownersUrl;
    },
    get SPEAKERS_URL() {
      return ownersUrl;
    },
    get SESSIONS_URL() {
      return ownersUrl;
    },
    get GATEWAY_URL() {
      return ownersUrl;
    },
    SMTP_URL: mailServer.url,
    PUBLIC_BASE_URL: 'https://jiyn.example.kz',
    EMAIL_RETRY_BASE_MS: '60000',
  } as unknown as Record<string, string>,
  probe: [],
});

const address = (tag: string) => `log-${tag}-${randomUUID().slice(0, 8)}@akimat.example.kz`;

/** A registration whose owner answers with this address (null: none); returns its id. */
function aParticipant(email: string | null, lang: 'kk' | 'ru' | 'en' = 'ru'): string {
  const registrationId = randomUUID();
  participants.set(registrationId, {
    registrationId,
    eventId: EVENT.eventId,
    status: 'confirmed',
    email,
    fullName: 'Нурланова Айжан',
    preferredLanguage: lang,
    confirmationCode: 'LOG23-45678',
    checkInToken: `token-of-${registrationId}`,
    waitlistPosition: null,
    offerExpiresAt: null,
  });
  return registrationId;
}

async function registered(
  registrationId: string,
  type: string = EVENT_TYPES.registrationCreated,
  id = randomUUID(),
) {
  await producer.send(
    TOPICS.registrations,
    type,
    registrationId,
    {
      registrationId,
      eventId: EVENT.eventId,
      version: 1,
      status: 'confirmed',
      channel: 'self',
      participantKey: 'c'.repeat(64),
      occurredAt: new Date().toISOString(),
    },
    id,
  );
  return id;
}

const logPath = (query: Record<string, string | number>) =>
  `/notifications/email/deliveries?${new URLSearchParams({ eventId: EVENT.eventId, ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) })}`;

/** The recipient's messages in the log, newest first. */
async function messagesTo(registrationId: string) {
  const answer = await service.request('GET', logPath({ recipientRef: registrationId }));
  expect(answer.status).toBe(200);
  return answer.body.items as { id: string; status: string; resendOf: string | null; template: string }[];
}

/** Until the recipient's newest message has left the queue with this status. */
function settled(registrationId: string, status: string, count = 1) {
  return eventually(
    async () => {
      const items = await messagesTo(registrationId);
      expect(items).toHaveLength(count);
      expect(items[0]?.status).toBe(status);
      return items;
    },
    { timeoutMs: 30_000 },
  );
}

describe('the e-mail log', () => {
  beforeAll(async () => {
    await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, EVENT.eventId, EVENT);
    await eventually(async () =>
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM notifications.event_projections WHERE event_id = $1`,
          [EVENT.eventId],
        ),
      ).toBe(1),
    );
  }, 30_000);

  it('should list an event’s messages newest first, in pages that show each once, filtered as asked', async () => {
    const registrations = Array.from({ length: 5 }, (_, n) => aParticipant(address(`page${n}`)));
    for (const registrationId of registrations) await registered(registrationId);
    await registered(registrations[0] as string, EVENT_TYPES.registrationCancelled);
    for (const registrationId of registrations.slice(1)) await settled(registrationId, 'sent');
    await eventually(async () => expect(await messagesTo(registrations[0] as string)).toHaveLength(2));

    const seen: { id: string; createdAt: string; recipientRef: string }[] = [];
    let cursor: string | null = null;
    do {
      const page = await service.request('GET', logPath({ limit: 2, ...(cursor ? { cursor } : {}) }));
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    const ours = seen.filter((item) => registrations.includes(item.recipientRef));
    expect(ours).toHaveLength(6);
    expect(new Set(seen.map((item) => item.id)).size).toBe(seen.length);
    const order = seen.map((item) => `${item.createdAt}|${item.id}`);
    expect(order).toEqual([...order].sort().reverse());

    const cancelled = await service.request('GET', logPath({ template: 'registration-cancelled' }));
    expect(cancelled.body.items.map((item: { recipientRef: string }) => item.recipientRef)).toContain(
      registrations[0],
    );
    expect(
      cancelled.body.items.every((item: { template: string }) => item.template === 'registration-cancelled'),
    ).toBe(true);
    const one = await messagesTo(registrations[1] as string);
    expect(one).toEqual([
      expect.objectContaining({
        template: 'registration-confirmed',
        status: 'sent',
        recipientKind: 'participant',
        recipientRef: registrations[1],
        eventId: EVENT.eventId,
        language: 'ru',
        transactional: true,
        attempts: 1,
        nextAttemptAt: null,
        resendOf: null,
      }),
    ]);
    const failed = await service.request(
      'GET',
      logPath({ recipientRef: registrations[1] as string, status: 'failed' }),
    );
    expect(failed.body.items).toEqual([]);
  }, 90_000);

  it('should page through messages queued in one transaction (one timestamp) without skipping any', async () => {
    // A fan-out (reminders, a schedule change) queues its messages in one statement: they share
    // created_at, so only the id orders them, and the cursor must compare that time exactly.
    const recipients = Array.from({ length: 7 }, () => randomUUID());
    const sourceEventId = randomUUID();
    await service.app.get(DataSource).transaction((manager) =>
      service.app.get(EmailDeliveriesRepository).enqueue(
        manager,
        recipients.map((recipientRef) => ({
          sourceEventId,
          template: 'event-reminder' as const,
          recipientKind: 'participant' as const,
          recipientRef,
          eventId: EVENT.eventId,
          // Not due for a day: they stay queued, nobody is written to.
          notBefore: new Date(Date.now() + 86_400_000),
        })),
      ),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await service.request(
        'GET',
        logPath({ template: 'event-reminder', status: 'queued', limit: 2, ...(cursor ? { cursor } : {}) }),
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { recipientRef: string }) => item.recipientRef));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...recipients].sort());
  });

  it('should refuse a bad filter or cursor field by field, and an event it does not know or another organisation’s with 404', async () => {
    const bad = await service.request(
      'GET',
      `/notifications/email/deliveries?eventId=nope&status=lost&template=newsletter&recipientRef=1&limit=0`,
      { headers: { 'accept-language': 'kk' } },
    );
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(
      (bad.body.errors as { field: string; code: string }[])
        .map((error) => `${error.field}:${error.code}`)
        .sort(),
    ).toEqual(['eventId:isUuid', 'limit:min', 'recipientRef:isUuid', 'status:isIn', 'template:isIn'].sort());
    expect(bad.body.errors[0].message).toMatch(/өріс/);
    const noEvent = await service.request('GET', '/notifications/email/deliveries');
    expect(noEvent.status).toBe(400);
    expect(noEvent.body.errors.map((error: { field: string }) => error.field)).toContain('eventId');
    const forged = await service.request('GET', logPath({ cursor: 'WyIyMDI0LTAyLTMxIiwieCJd' }));
    expect(forged.body.errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'invalidCursor' })]);
    const unknown = await service.request('GET', `/notifications/email/deliveries?eventId=${randomUUID()}`);
    expect(unknown.status).toBe(404);
  });

  it('should show a message with its attempts and the mail server’s replies, and no address anywhere', async () => {
    const to = `log-${randomUUID().slice(0, 8)}+reject@akimat.example.kz`;
    const registrationId = aParticipant(to);
    await registered(registrationId);
    const [failed] = await settled(registrationId, 'failed');
    const detail = await service.request('GET', `/notifications/email/deliveries/${failed?.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: failed?.id, status: 'failed', attempts: 1 });
    expect(detail.body.lastReply).toMatch(/^550 5\.1\.1 <\[address\]>: Recipient address rejected/);
    expect(detail.body.attemptLog).toEqual([
      {
        attempt: 1,
        at: expect.any(String),
        outcome: 'permanent-failure',
        smtpReply: detail.body.lastReply,
      },
    ]);
    // The server quoted the address; neither the log's tables nor its answers keep it.
    const { messageId, ...rest } = detail.body as { messageId: string };
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@notifications\.jiyn>$/);
    expect(JSON.stringify(rest)).not.toContain('@');
    const dump = await service.query<{ text: string }>(
      `SELECT (SELECT string_agg(d::text, ' ') FROM notifications.email_deliveries d) ||
              (SELECT string_agg(a::text, ' ') FROM notifications.email_delivery_attempts a) AS text`,
    );
    expect(dump[0]?.text).not.toMatch(/@akimat\.example\.kz/);
    expect(dump[0]?.text).toContain('<[address]>');

    // A temporary failure (the owner not answering) waits, queued, for its next try.
    const waiting = aParticipant(address('waiting'));
    unavailable.add(waiting);
    await registered(waiting);
    const [queued] = await eventually(
      async () => {
        const items = await messagesTo(waiting);
        expect(items[0]).toMatchObject({ status: 'queued', attempts: 1 });
        return items;
      },
      { timeoutMs: 30_000 },
    );
    const pending = await service.request('GET', `/notifications/email/deliveries/${queued?.id}`);
    expect(pending.body.nextAttemptAt).toEqual(expect.any(String));
    expect(new Date(pending.body.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(pending.body.attemptLog).toEqual([
      expect.objectContaining({
        attempt: 1,
        outcome: 'temporary-failure',
        smtpReply: expect.stringMatching(/503/),
      }),
    ]);
    expect((await service.request('GET', `/notifications/email/deliveries/${randomUUID()}`)).status).toBe(
      404,
    );
    expect((await service.request('GET', '/notifications/email/deliveries/not-an-id')).status).toBe(400);
  }, 60_000);

  it('should send a failed message again as a new delivery, and refuse while one is pending or once one was sent', async () => {
    const rejected = `log-${randomUUID().slice(0, 8)}+reject@akimat.example.kz`;
    const registrationId = aParticipant(rejected);
    const cause = await registered(registrationId);
    const [first] = await settled(registrationId, 'failed');
    const firstId = first?.id as string;

    // Still refused by the server: the resend fails too, with its own attempts.
    const again = await service.request('POST', `/notifications/email/deliveries/${firstId}/resend`);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({
      status: 'queued',
      resendOf: firstId,
      template: 'registration-confirmed',
      recipientRef: registrationId,
      attempts: 0,
    });
    expect(again.body.id).not.toBe(firstId);
    expect(again.body.messageId).toBe(`<${again.body.id}@notifications.jiyn>`);
    await settled(registrationId, 'failed', 2);

    // The participant's address is put right; the message is sent again and arrives, once.
    const fixed = address('fixed');
    participants.set(registrationId, { ...participants.get(registrationId), email: fixed });
    // Asked of the first delivery or of the latest, the message is the same.
    const third = await service.request('POST', `/notifications/email/deliveries/${again.body.id}/resend`);
    expect(third.status).toBe(202);
    expect(third.body.resendOf).toBe(firstId);
    const items = await settled(registrationId, 'sent', 3);
    expect(items.map((item) => item.id)).toEqual([third.body.id, again.body.id, firstId]);
    const mails = await eventually(
      async () => {
        const received = await readMailbox(mailServer.mailDir, fixed);
        expect(received).toHaveLength(1);
        return received;
      },
      { timeoutMs: 30_000 },
    );
    expect(mails[0]?.mail.messageId).toBe(`<${third.body.id}@notifications.jiyn>`);

    // Sent: not again, from any of its deliveries; the problem names the delivery that was sent.
    for (const id of [firstId, again.body.id, third.body.id]) {
      const refused = await service.request('POST', `/notifications/email/deliveries/${id}/resend`, {
        headers: { 'accept-language': 'ru' },
      });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ deliveryId: third.body.id, deliveryStatus: 'sent' });
      expect(refused.body.detail).toContain('почтовый сервер его принял');
    }
    // Kafka delivering the cause again queues nothing: the first delivery's key still holds.
    await registered(registrationId, EVENT_TYPES.registrationCreated, cause);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await messagesTo(registrationId)).toHaveLength(3);

    // A message whose delivery is still queued (the owner does not answer) is not sent twice.
    const waiting = aParticipant(address('pending'));
    unavailable.add(waiting);
    await registered(waiting);
    const [queued] = await eventually(
      async () => {
        const list = await messagesTo(waiting);
        expect(list[0]).toMatchObject({ status: 'queued', attempts: 1 });
        return list;
      },
      { timeoutMs: 30_000 },
    );
    const busy = await service.request('POST', `/notifications/email/deliveries/${queued?.id}/resend`, {
      headers: { 'accept-language': 'en' },
    });
    expect(busy.status).toBe(409);
    expect(busy.body).toMatchObject({ deliveryId: queued?.id, deliveryStatus: 'queued' });
    expect(busy.body.detail).toMatch(/still queued/);
  }, 120_000);

  it('should send a skipped message again once the reason is gone', async () => {
    const registrationId = aParticipant(null);
    await registered(registrationId);
    const [skipped] = await settled(registrationId, 'skipped');
    const detail = await service.request('GET', `/notifications/email/deliveries/${skipped?.id}`);
    expect(detail.body.lastReply).toBe('the recipient has no e-mail address');
    const to = address('late');
    participants.set(registrationId, { ...participants.get(registrationId), email: to });
    const resent = await service.request('POST', `/notifications/email/deliveries/${skipped?.id}/resend`);
    expect(resent.status).toBe(202);
    await settled(registrationId, 'sent', 2);
    await eventually(async () => expect(await readMailbox(mailServer.mailDir, to)).toHaveLength(1), {
      timeoutMs: 30_000,
    });
  }, 60_000);

  it('should queue one resend when many ask at once', async () => {
    const registrationId = aParticipant(`log-${randomUUID().slice(0, 8)}+reject@akimat.example.kz`);
    await registered(registrationId);
    const [failed] = await settled(registrationId, 'failed');
    // The owner stops answering, so the resend stays queued while the others ask.
    unavailable.add(registrationId);
    // Every request gets as far as it can before any writes: this connection holds the log's table
    // in SHARE mode (reads and row locks pass, inserts wait), until six backends wait on a lock.
    const holder = new pg.Client({ connectionString: service.databaseUrl });
    await holder.connect();
    let answers: Awaited<ReturnType<typeof service.request>>[];
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE notifications.email_deliveries IN SHARE MODE');
      const asking = Promise.all(
        Array.from({ length: 6 }, () =>
          service.request('POST', `/notifications/email/deliveries/${failed?.id}/resend`),
        ),
      );
      await eventually(async () => {
        const [waiting] = await service.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        expect(waiting?.n).toBeGreaterThanOrEqual(6);
      });
      await holder.query('COMMIT');
      answers = await asking;
    } finally {
      await holder.end();
    }
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409, 409, 409, 409, 409]);
    const accepted = answers.find((answer) => answer.status === 202);
    for (const refused of answers.filter((answer) => answer.status === 409))
      expect(refused.body.deliveryId).toBe(accepted?.body.id);
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.email_deliveries WHERE recipient_ref = $1`,
        [registrationId],
      ),
    ).toBe(2);
  }, 60_000);

  it('should show and resend only for the event’s organisation, with the scope each needs', async () => {
    const registrationId = aParticipant(`log-${randomUUID().slice(0, 8)}+reject@akimat.example.kz`);
    await registered(registrationId);
    const [failed] = await settled(registrationId, 'failed');
    const intruder = organisationPrincipal(OTHER_ORGANISATION);
    for (const [method, path] of [
      ['GET', logPath({})],
      ['GET', logPath({ recipientRef: registrationId })],
      ['GET', `/notifications/email/deliveries/${failed?.id}`],
      ['POST', `/notifications/email/deliveries/${failed?.id}/resend`],
    ] as const) {
      const answer = await service.request(method, path, { principal: intruder });
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 404 });
      // Nothing of the log: the problem only (its `instance` repeats the caller's own request).
      const { instance: _request, ...problem } = answer.body as { instance: string };
      expect(JSON.stringify(problem)).not.toContain(registrationId);
      expect(problem).not.toHaveProperty('items');
    }
    const reader = organisationPrincipal(TEST_ORGANISATION_ID, ['events:read']);
    expect(
      (await service.request('GET', `/notifications/email/deliveries/${failed?.id}`, { principal: reader }))
        .status,
    ).toBe(200);
    const refused = await service.request('POST', `/notifications/email/deliveries/${failed?.id}/resend`, {
      principal: reader,
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ requiredScope: 'events:write' });
    const registrar = organisationPrincipal(TEST_ORGANISATION_ID, ['registrations:read', 'check-in']);
    const notEvents = await service.request('GET', logPath({}), { principal: registrar });
    expect(notEvents.status).toBe(403);
    expect(notEvents.body).toMatchObject({ requiredScope: 'events:read' });
    expect(await messagesTo(registrationId)).toHaveLength(1);
  }, 60_000);
});
