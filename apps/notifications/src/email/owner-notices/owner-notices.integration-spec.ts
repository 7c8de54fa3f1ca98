import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_TYPES, TOPICS, type WebhookEndpointDisabledV1 } from '@jiyn/contracts';
import { TEST_ADMIN, TEST_ORGANISATION_ID, useServiceTestBed } from '@jiyn/service-harness';
import { eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { NotificationsAppModule } from '../../app.module';
import { notificationsDatabase } from '../../database/database';
import { NotificationsEnvironment } from '../../notifications.environment';
import { EmailSender } from '../email-sender';
import { WebhookReceiver } from '../../webhooks/testing/webhook-receiver';
import { publishedEvent, sendRegistrationEvent } from '../../webhooks/testing/webhook-test-events';

/**
 * An organisation's owners are told when one of its webhook endpoints is disabled for failing: on
 * the run's real Kafka, PostgreSQL and SMTP server, from a receiver that really fails to the
 * e-mail read back with mailparser. The gateway's internal routes (the organisation's name, its
 * owners) answer from a small HTTP server here, as the gateway answers them (its own test covers
 * the real route).
 */
const mailServer = testMailServer();
const tag = randomUUID().slice(0, 8);
const OWNERS = [
  { personId: randomUUID(), email: `owner-kk-${tag}@mci.gov.kz`, displayName: 'Ерлан Серікұлы', lang: 'kk' },
  { personId: randomUUID(), email: `owner-ru-${tag}@mci.gov.kz`, displayName: 'Ирина Петрова', lang: 'ru' },
  { personId: randomUUID(), email: `owner-en-${tag}@mci.gov.kz`, displayName: 'Aigerim N.', lang: 'en' },
] as const;
/** An organisation the gateway knows, without owners; and one it does not know at all. */
const NO_OWNERS = randomUUID();
const UNKNOWN = randomUUID();

let gateway: Server;
let gatewayUrl = 'http://127.0.0.1:9';

function gatewayStandIn(request: IncomingMessage, response: ServerResponse) {
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const match = /^\/internal\/organisations\/([^/]+)(\/owners)?$/.exec(request.url ?? '');
  const [, id, owners] = match ?? [];
  if (!id || id === UNKNOWN) return send(404, {});
  if (!owners)
    return send(200, {
      id,
      name: { kk: 'Мәдениет министрлігі', ru: 'Министерство культуры', en: 'Ministry of Culture' },
    });
  return send(200, {
    organisationId: id,
    owners:
      id === TEST_ORGANISATION_ID
        ? OWNERS.map(({ lang, ...owner }) => ({ ...owner, preferredLanguage: lang }))
        : [],
  });
}

beforeAll(async () => {
  gateway = createServer(gatewayStandIn);
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => gateway.close(resolve)));

const NOWHERE = 'http://127.0.0.1:9';
const { service, producer, probe } = useServiceTestBed({
  service: 'notifications',
  environment: NotificationsEnvironment,
  module: NotificationsAppModule.register,
  database: (url) => notificationsDatabase(url),
  env: {
    REGISTRATIONS_URL: NOWHERE,
    SPEAKERS_URL: NOWHERE,
    SESSIONS_URL: NOWHERE,
    get GATEWAY_URL() {
      return gatewayUrl;
    },
    SMTP_URL: mailServer.url,
    EMAIL_RETRY_BASE_MS: '200',
    // A receiver on 127.0.0.1 that fails is disabled within seconds.
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_RETRY_SCHEDULE: '200ms,400ms,600ms,800ms,1s,1s',
    WEBHOOK_DISABLE_AFTER: '2s',
  } as unknown as Record<string, string>,
  probe: [TOPICS.webhookEndpoints],
});

const mailTo = (to: string) => readMailbox(mailServer.mailDir, to);

async function deliveriesOf(sourceEventId: string) {
  return service.query<{ recipient_kind: string; status: string; last_reply: string | null }>(
    `SELECT recipient_kind, status, last_reply FROM notifications.email_deliveries
      WHERE source_event_id = $1 ORDER BY recipient_kind, recipient_ref`,
    [sourceEventId],
  );
}

/** A `webhook.endpoint-disabled` as the service's outbox publishes it. */
async function disabledEvent(organisationId: string, endpointId: string = randomUUID()): Promise<string> {
  const payload: WebhookEndpointDisabledV1 = {
    endpointId,
    organisationId,
    reason: 'failing',
    failingSince: new Date(Date.now() - 5 * 86_400_000).toISOString(),
    occurredAt: new Date().toISOString(),
  };
  return producer.send(TOPICS.webhookEndpoints, EVENT_TYPES.webhookEndpointDisabled, endpointId, payload);
}

describe('e-mail to owners when a webhook endpoint is disabled', () => {
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    await receiver.stop();
  });

  it('should tell each owner once, in their language, what failed and how to switch it back on', async () => {
    receiver.fallback = { status: 503 };
    const url = `${receiver.url}?access_token=s3cr3t-in-the-url`;
    const created = await service.request('POST', '/webhooks', {
      body: { url, eventTypes: [EVENT_TYPES.registrationCreated] },
      principal: TEST_ADMIN,
    });
    expect(created.status).toBe(201);
    const endpointId = created.body.id as string;
    await sendRegistrationEvent(producer, await publishedEvent(service, producer));

    const disabled = await eventually(
      () => {
        const message = probe.on(TOPICS.webhookEndpoints).find((each) => each.key === endpointId);
        if (!message) throw new Error('the endpoint is not disabled yet');
        return message;
      },
      { timeoutMs: 30_000 },
    );
    const expected = {
      kk: {
        subject: `Мәдениет министрлігі: ${new URL(url).host} вебхук нүктесі өшірілді`,
        greeting: 'Сәлеметсіз бе, Ерлан Серікұлы!',
        error: 'Соңғы қате: HTTP 503',
      },
      ru: {
        subject: `Министерство культуры: вебхук-точка ${new URL(url).host} отключена`,
        greeting: 'Здравствуйте, Ирина Петрова!',
        error: 'Последняя ошибка: HTTP 503',
      },
      en: {
        subject: `Ministry of Culture: webhook endpoint ${new URL(url).host} disabled`,
        greeting: 'Hello Aigerim N.,',
        error: 'Last error: HTTP 503',
      },
    };
    for (const owner of OWNERS) {
      const [received] = await eventually(
        async () => {
          const mails = await mailTo(owner.email);
          expect(mails).toHaveLength(1);
          return mails;
        },
        { timeoutMs: 30_000 },
      );
      const mail = received?.mail;
      expect(mail?.subject).toBe(expected[owner.lang].subject);
      expect(mail?.headers.get('content-language')).toBe(owner.lang);
      expect(mail?.text).toContain(expected[owner.lang].greeting);
      expect(mail?.text).toContain(expected[owner.lang].error);
      expect(mail?.text).toContain(`PATCH /api/v1/webhooks/${endpointId}`);
      expect(mail?.text).toContain('{"enabled": true}');
      expect(mail?.text).toContain(`/api/v1/webhooks/${endpointId}/replay`);
      expect(mail?.text).toContain('GMT+5');
      // The host only: the rest of the URL (here a token in its query) stays in the service.
      expect(`${mail?.text} ${mail?.html}`).not.toContain('s3cr3t');
      expect(mail?.headers.has('list-unsubscribe')).toBe(false);
    }
    // The log: the organisation's message fanned out, one message per owner, no address kept.
    const rows = await deliveriesOf(disabled.headers['ce_id'] ?? '');
    expect(rows.map((row) => [row.recipient_kind, row.status])).toEqual([
      ['organisation', 'fanned-out'],
      ['person', 'sent'],
      ['person', 'sent'],
      ['person', 'sent'],
    ]);
    expect(rows[0]?.last_reply).toBe('queued for 3 owner(s)');
    const dump = await service.query<{ text: string }>(
      `SELECT string_agg(t::text, ' ') AS text FROM notifications.email_deliveries t`,
    );
    expect(dump[0]?.text).not.toContain('@mci.gov.kz');

    // Kafka delivers the event again (same CloudEvent id): the inbox knows it, nothing more is queued.
    await producer.send(
      TOPICS.webhookEndpoints,
      EVENT_TYPES.webhookEndpointDisabled,
      endpointId,
      disabled.json as object,
      disabled.headers['ce_id'],
    );
    // A later event of the same endpoint (same key, same partition) is taken in after the repeat.
    const marker = await disabledEvent(NO_OWNERS, endpointId);
    await eventually(async () => expect((await deliveriesOf(marker))[0]?.status).toBe('skipped'), {
      timeoutMs: 30_000,
    });
    // Even a fan-out run again (as after a crash) adds no message: each owner's is unique.
    await service.query(
      `UPDATE notifications.email_deliveries SET status = 'queued', next_attempt_at = now()
        WHERE source_event_id = $1 AND recipient_kind = 'organisation'`,
      [disabled.headers['ce_id']],
    );
    await eventually(async () =>
      expect((await deliveriesOf(disabled.headers['ce_id'] ?? ''))[0]?.status).toBe('fanned-out'),
    );
    await service.app.get(EmailSender).drain();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const owner of OWNERS) expect(await mailTo(owner.email)).toHaveLength(1);
    expect(await deliveriesOf(disabled.headers['ce_id'] ?? '')).toHaveLength(4);
  }, 90_000);

  it('should log and skip, with the reason, an organisation with no owner to write to', async () => {
    const withoutOwners = await disabledEvent(NO_OWNERS);
    const unknown = await disabledEvent(UNKNOWN);
    const [skipped] = await eventually(
      async () => {
        const rows = await deliveriesOf(withoutOwners);
        expect(rows.map((row) => row.status)).toEqual(['skipped']);
        return rows;
      },
      { timeoutMs: 30_000 },
    );
    expect(skipped).toMatchObject({
      recipient_kind: 'organisation',
      last_reply: 'the organisation has no owner to write to',
    });
    const [gone] = await eventually(
      async () => {
        const rows = await deliveriesOf(unknown);
        expect(rows.map((row) => row.status)).toEqual(['skipped']);
        return rows;
      },
      { timeoutMs: 30_000 },
    );
    expect(gone?.last_reply).toBe('/internal/organisations/:id/owners answered 404');
  }, 60_000);

  it('should not write about an endpoint switched back on, or deleted, before the message went', async () => {
    const created = await service.request('POST', '/webhooks', {
      body: { url: receiver.url, eventTypes: [EVENT_TYPES.registrationCreated] },
      principal: TEST_ADMIN,
    });
    expect(created.status).toBe(201);
    const enabled = await disabledEvent(TEST_ORGANISATION_ID, created.body.id as string);
    const deleted = await disabledEvent(TEST_ORGANISATION_ID);
    for (const [source, reason] of [
      [enabled, 'the endpoint is enabled again'],
      [deleted, 'the endpoint was deleted'],
    ] as const) {
      const rows = await eventually(
        async () => {
          const found = await deliveriesOf(source);
          expect(found.map((row) => row.status)).toEqual(['fanned-out', 'skipped', 'skipped', 'skipped']);
          return found;
        },
        { timeoutMs: 30_000 },
      );
      expect(rows.slice(1).map((row) => row.last_reply)).toEqual([reason, reason, reason]);
    }
    for (const owner of OWNERS) expect(await mailTo(owner.email)).toHaveLength(1);
  }, 60_000);
});
