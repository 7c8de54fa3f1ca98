import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, encodePrincipal } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { organisationPrincipal } from '@jiyn/service-harness';
import {
  CloudEventProducer,
  anEventPublished,
  createTestDatabase,
  eventually,
  testInfrastructure,
  uniqueName,
} from '@jiyn/testing';
import pg from 'pg';
import { notificationsDatabase } from '../database/database';
import { WebhookReceiver, verifiedBody } from './testing/webhook-receiver';
import { sendRegistrationEvent } from './testing/webhook-test-events';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const EVENTS = 30;
/** An organisation of its own: the topics hold other test files' events, read here from the start. */
const ORGANISATION = randomUUID();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The notifications service as its own process (what kill -9 needs), started from source on the
 * test run's PostgreSQL and Kafka.
 */
class ServiceProcess {
  child?: ChildProcess;
  log = '';

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  get url(): string {
    return `http://127.0.0.1:${this.env['PORT']}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'apps/notifications/src/main.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, ...this.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child.stdout?.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    await eventually(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`the service exited:\n${this.log.slice(-2000)}`);
        const ready = await fetch(`${this.url}/health/ready`);
        if (ready.status !== 200) throw new Error(`not ready: ${ready.status}`);
      },
      { timeoutMs: 90_000, intervalMs: 250 },
    );
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        [INTERNAL_TOKEN_HEADER]: this.env['INTERNAL_TOKEN'] as string,
        [PRINCIPAL_HEADER]: encodePrincipal(organisationPrincipal(ORGANISATION)),
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}

describe('webhooks: a crash mid-delivery', () => {
  const processes: ServiceProcess[] = [];
  const receiver = new WebhookReceiver();
  const producer = new CloudEventProducer(testInfrastructure().brokers);
  let dropDatabase: (() => Promise<void>) | undefined;

  afterAll(async () => {
    for (const each of processes) await each.stop();
    await producer.stop();
    await receiver.stop();
    await dropDatabase?.();
  }, 60_000);

  it('should lose nothing and repeat only what was in flight at kill -9, each time with the same webhook-id', async () => {
    const database = await createTestDatabase('notifications_crash');
    dropDatabase = database.drop;
    await migrateServiceDatabase(notificationsDatabase(database.url));
    await receiver.start();
    receiver.fallback = { status: 200, delayMs: 1_500 };
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      INTERNAL_TOKEN: randomBytes(24).toString('hex'),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testInfrastructure().brokers.join(','),
      KAFKA_GROUP_PREFIX: `${uniqueName('crash')}.`,
      OUTBOX_POLL_INTERVAL_MS: '500',
      REGISTRATIONS_URL: 'http://127.0.0.1:9',
      SPEAKERS_URL: 'http://127.0.0.1:9',
      SESSIONS_URL: 'http://127.0.0.1:9',
      GATEWAY_URL: 'http://127.0.0.1:9',
      SMTP_URL: 'smtp://127.0.0.1:9',
      WEBHOOK_SECRET_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1',
      WEBHOOK_ALLOW_HTTP: 'true',
      WEBHOOK_TIMEOUT_MS: '2000', // a lease of 6 s
      WEBHOOK_RETRY_SCHEDULE: '200ms,500ms,1s,2s',
    };
    const first = new ServiceProcess(env);
    processes.push(first);
    await first.start();
    const created = await first.request('POST', '/webhooks', {
      url: receiver.url,
      eventTypes: [EVENT_TYPES.registrationCreated],
      maxConcurrency: 5,
    });
    expect(created.status).toBe(201);
    const { id: endpointId, secret } = created.body as { id: string; secret: string };

    const gathering = anEventPublished({ organisationId: ORGANISATION });
    await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, gathering.eventId, gathering);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const count = async (sql: string, params: unknown[] = []) =>
        Number((await db.query<{ n: number }>(sql, params)).rows[0]?.n ?? -1);
      await eventually(
        async () => {
          const known = await count(
            'SELECT count(*)::int AS n FROM notifications.webhook_event_owners WHERE event_id = $1',
            [gathering.eventId],
          );
          if (known !== 1) throw new Error('owner not known yet');
        },
        { timeoutMs: 60_000 },
      );
      const ids: string[] = [];
      for (let i = 0; i < EVENTS; i += 1) ids.push(await sendRegistrationEvent(producer, gathering.eventId));
      await eventually(
        async () => {
          const queued = await count(
            'SELECT count(*)::int AS n FROM notifications.webhook_deliveries WHERE endpoint_id = $1',
            [endpointId],
          );
          if (queued !== EVENTS) throw new Error(`${queued} of ${EVENTS} deliveries queued`);
        },
        { timeoutMs: 60_000 },
      );

      // Kill it while deliveries are on the wire: several answered, five held by the receiver.
      await eventually(
        () => {
          if (receiver.arrivals < 8) throw new Error(`${receiver.arrivals} arrived`);
        },
        { timeoutMs: 30_000, intervalMs: 20 },
      );
      await first.kill9();
      const arrivedBeforeKill = new Set(
        receiver.received.map((request) => request.headers['webhook-id'] as string),
      );
      const inFlightAtKill = await count(
        "SELECT count(*)::int AS n FROM notifications.webhook_deliveries WHERE endpoint_id = $1 AND status = 'delivering'",
        [endpointId],
      );
      expect(inFlightAtKill).toBeGreaterThan(0);
      receiver.fallback = { status: 200 };

      const second = new ServiceProcess(env);
      processes.push(second);
      await second.start();
      await eventually(
        async () => {
          const done = await count(
            "SELECT count(*)::int AS n FROM notifications.webhook_deliveries WHERE endpoint_id = $1 AND status = 'succeeded'",
            [endpointId],
          );
          if (done !== EVENTS) throw new Error(`${done} of ${EVENTS} delivered`);
        },
        { timeoutMs: 60_000 },
      );

      // Every event arrived, every request verifies, every repeat carries its first webhook-id.
      const byId = new Map<string, number>();
      for (const request of receiver.received) {
        const body = verifiedBody(secret, request);
        expect(body['id']).toBe(request.headers['webhook-id']);
        byId.set(body['id'] as string, (byId.get(body['id'] as string) ?? 0) + 1);
      }
      expect([...byId.keys()].sort()).toEqual([...ids].sort());
      const repeated = [...byId].filter(([, times]) => times > 1).map(([id]) => id);
      // Only deliveries in flight at the kill go twice (their first request may or may not have
      // been answered before the process died): at most the five it held, never anything else.
      expect(repeated.length).toBeLessThanOrEqual(inFlightAtKill);
      for (const id of repeated) expect(byId.get(id)).toBe(2);
      const answeredBefore = [...arrivedBeforeKill].filter((id) => !repeated.includes(id));
      for (const id of answeredBefore) expect(byId.get(id)).toBe(1);
      const unknown = await count(
        "SELECT count(*)::int AS n FROM notifications.webhook_attempts WHERE error LIKE 'outcome unknown%'",
      );
      expect(unknown).toBe(inFlightAtKill);
    } finally {
      await db.end();
    }
  }, 240_000);
});
