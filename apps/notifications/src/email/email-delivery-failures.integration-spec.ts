import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { TEST_ORGANISATION_ID, useServiceTestBed } from '@jiyn/service-harness';
import { anEventPublished, eventually, readMailbox, testInfrastructure, uniqueName } from '@jiyn/testing';
import { NotificationsAppModule } from '../app.module';
import { notificationsDatabase } from '../database/database';
import { NotificationsEnvironment } from '../notifications.environment';
import { EmailSender } from './email-sender';

/**
 * What the README promises when things break, on the run's real Kafka and PostgreSQL and the local
 * SMTP server (a process of this file's own, so pausing it holds up no other test file): a paused
 * SMTP server costs attempts (each logged), not messages; a notifications process killed with
 * SIGKILL mid-send (a real child process running the service's main.ts on this test's database)
 * loses nothing, and sends twice only when it died between the server's `250` and the record, then
 * with the same Message-ID.
 */
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SMTP_SERVER = join(REPO_ROOT, 'tools/dev/infra/smtp-server-process.ts');
const mailServer = { url: 'smtp://127.0.0.1:9', pid: 0, mailDir: '' };
let smtpServer: ChildProcess | undefined;
const participants = new Map<string, Record<string, unknown>>();
const DEMO = anEventPublished({
  organisationId: TEST_ORGANISATION_ID,
  slug: `failures-${randomUUID().slice(0, 6)}`,
  startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
});

let owners: Server;
let ownersUrl = 'http://127.0.0.1:9';

/** The owners' internal routes, as registrations, sessions and the gateway answer them. */
function owner(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://owners');
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const contact = /^\/internal\/registrations\/([^/]+)\/contact$/.exec(url.pathname);
  if (contact) return participants.has(contact[1]) ? send(200, participants.get(contact[1])) : send(404, {});
  if (url.pathname.startsWith('/public/events/'))
    return send(200, { title: 'Failures', venue: { name: 'Astana Hub', address: 'Мәңгілік Ел 55/8' } });
  if (url.pathname === `/internal/organisations/${TEST_ORGANISATION_ID}`)
    return send(200, {
      id: TEST_ORGANISATION_ID,
      name: { kk: 'Министрлік', ru: 'Министерство', en: 'Ministry' },
    });
  send(404, {});
}

/** The local SMTP server the tooling runs (see tools/dev/infra/smtp-server-process.ts), for this file alone. */
async function startSmtpServer(): Promise<void> {
  mailServer.mailDir = await mkdtemp(join(tmpdir(), 'jiyn-mail-failures-'));
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', SMTP_SERVER], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      SMTP_SERVER_PORT: '0',
      SMTP_SERVER_MAIL_DIR: mailServer.mailDir,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  smtpServer = child;
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the SMTP server exited (${code})`)));
  });
  mailServer.url = `smtp://127.0.0.1:${port}`;
  mailServer.pid = child.pid as number;
}

beforeAll(async () => {
  await startSmtpServer();
  owners = createServer(owner);
  await new Promise<void>((resolve) => owners.listen(0, '127.0.0.1', resolve));
  ownersUrl = `http://127.0.0.1:${(owners.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  if (smtpServer && smtpServer.exitCode === null) {
    smtpServer.kill('SIGCONT');
    smtpServer.kill('SIGKILL');
  }
  await new Promise((resolve) => owners.close(resolve));
  if (mailServer.mailDir) await rm(mailServer.mailDir, { recursive: true, force: true });
});

const ENV = {
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
  get SMTP_URL() {
    return mailServer.url;
  },
  EMAIL_RETRY_BASE_MS: '200',
  EMAIL_MAX_ATTEMPTS: '8',
} as unknown as Record<string, string>;

const { service, producer } = useServiceTestBed({
  service: 'notifications',
  environment: NotificationsEnvironment,
  module: NotificationsAppModule.register,
  database: (url) => notificationsDatabase(url),
  env: ENV,
  probe: [],
});

/** Queues one confirmation e-mail through Kafka, as the registrations service would cause it. */
async function aRegistration(tag: string): Promise<{ registrationId: string; to: string }> {
  const registrationId = randomUUID();
  const to = `${tag}-${randomUUID().slice(0, 8)}@akimat.example.kz`;
  participants.set(registrationId, {
    registrationId,
    eventId: DEMO.eventId,
    status: 'confirmed',
    email: to,
    fullName: 'Сәрсенова Әлия',
    preferredLanguage: 'ru',
    confirmationCode: 'ABCDE-23456',
    checkInToken: `token-of-${registrationId}`,
    waitlistPosition: null,
    offerExpiresAt: null,
  });
  await producer.send(TOPICS.registrations, EVENT_TYPES.registrationCreated, registrationId, {
    registrationId,
    eventId: DEMO.eventId,
    version: 1,
    status: 'confirmed',
    channel: 'self',
    participantKey: 'a'.repeat(64),
    occurredAt: new Date().toISOString(),
  });
  return { registrationId, to };
}

interface DeliveryRow {
  recipient_ref: string;
  status: string;
  attempts: number;
  message_id: string;
}

const deliveriesOf = (ids: string[]) =>
  service.query<DeliveryRow>(
    `SELECT recipient_ref, status, attempts, message_id FROM notifications.email_deliveries
      WHERE recipient_ref = ANY($1::uuid[]) ORDER BY recipient_ref`,
    [ids],
  );

const outcomesOf = async (ids: string[]) =>
  (
    await service.query<{ recipient_ref: string; outcomes: string[] }>(
      `SELECT d.recipient_ref, array_agg(a.outcome ORDER BY a.attempt) AS outcomes
         FROM notifications.email_deliveries d JOIN notifications.email_delivery_attempts a ON a.delivery_id = d.id
        WHERE d.recipient_ref = ANY($1::uuid[]) GROUP BY d.recipient_ref`,
      [ids],
    )
  ).reduce((map, row) => map.set(row.recipient_ref, row.outcomes), new Map<string, string[]>());

const mailTo = (to: string) => readMailbox(mailServer.mailDir, to);

const smtpServerPid = (): number => mailServer.pid;

/**
 * Time passes: the leases of the messages still `sending` end now rather than in two minutes. (It
 * waits for the row locks of a transaction still open, as a claim would.)
 */
const endLeases = (ids: string[]) =>
  service.query(
    `UPDATE notifications.email_deliveries SET claimed_until = now() - interval '1 second'
      WHERE status = 'sending' AND recipient_ref = ANY($1::uuid[])`,
    [ids],
  );

const resumeSmtpServer = () => {
  if (mailServer.pid) process.kill(mailServer.pid, 'SIGCONT');
};

async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Another notifications process on this test's database: the service's own main.ts, in a child process. */
async function startNotificationsProcess(): Promise<ChildProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      INTERNAL_TOKEN: service.internalToken,
      DATABASE_URL: service.databaseUrl,
      KAFKA_BROKERS: testInfrastructure().brokers.join(','),
      KAFKA_GROUP_PREFIX: `${uniqueName('it-child')}.`,
      PARTICIPANT_KEY_SECRET: randomBytes(24).toString('hex'),
      CHECK_IN_SIGNING_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ format: 'der', type: 'pkcs8' })
        .toString('base64'),
      REGISTRATIONS_URL: ownersUrl,
      SPEAKERS_URL: ownersUrl,
      SESSIONS_URL: ownersUrl,
      GATEWAY_URL: ownersUrl,
      SMTP_URL: mailServer.url,
      WEBHOOK_SECRET_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      EMAIL_RETRY_BASE_MS: '200',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  children.push(child);
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`the notifications process exited: ${errors}`);
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    },
    { timeoutMs: 60_000 },
  );
  return child;
}

const children: ChildProcess[] = [];
afterEach(() => {
  resumeSmtpServer();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

beforeAll(async () => {
  await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, DEMO.eventId, DEMO);
  await eventually(async () =>
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.event_projections WHERE event_id = $1`,
        [DEMO.eventId],
      ),
    ).toBe(1),
  );
}, 30_000);

describe('when the SMTP server does not answer', () => {
  it('should log failed attempts, retry, and send everything once when it is back', async () => {
    process.kill(smtpServerPid(), 'SIGSTOP');
    const queued = await Promise.all([1, 2, 3].map(() => aRegistration('paused')));
    const ids = queued.map((q) => q.registrationId);
    // The server is paused: connections are made (the kernel accepts them) but no greeting comes,
    // so each send times out and is logged as a temporary failure.
    await eventually(
      async () => {
        const outcomes = await outcomesOf(ids);
        for (const id of ids) expect(outcomes.get(id)?.[0]).toBe('temporary-failure');
      },
      { timeoutMs: 60_000 },
    );
    for (const q of queued) expect(await mailTo(q.to)).toHaveLength(0);
    process.kill(smtpServerPid(), 'SIGCONT');
    await eventually(
      async () => {
        const rows = await deliveriesOf(ids);
        expect(rows.map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
      },
      { timeoutMs: 60_000 },
    );
    const outcomes = await outcomesOf(ids);
    for (const q of queued) {
      const mails = await mailTo(q.to);
      expect(mails).toHaveLength(1);
      const log = outcomes.get(q.registrationId) ?? [];
      expect(log.at(-1)).toBe('sent');
      expect(log.slice(0, -1).every((outcome) => outcome === 'temporary-failure')).toBe(true);
      expect(log.length).toBeGreaterThanOrEqual(2);
    }
  }, 150_000);
});

describe('when a notifications process is killed mid-send (SIGKILL)', () => {
  beforeAll(async () => {
    // The in-process instance stops sending (as a replica shut down would); the child processes send.
    await service.app.get(EmailSender).onApplicationShutdown();
  });

  it('should send each message exactly once when it died before the SMTP server answered', async () => {
    process.kill(smtpServerPid(), 'SIGSTOP');
    const queued = await Promise.all([1, 2, 3].map(() => aRegistration('killed-before')));
    const ids = queued.map((q) => q.registrationId);
    await eventually(async () => expect(await deliveriesOf(ids)).toHaveLength(3), { timeoutMs: 30_000 });
    const victim = await startNotificationsProcess();
    // It claims them and waits for the paused server's greeting…
    await eventually(
      async () =>
        expect((await deliveriesOf(ids)).map((row) => row.status)).toEqual(['sending', 'sending', 'sending']),
      { timeoutMs: 30_000 },
    );
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim.once('exit', resolve));
    process.kill(smtpServerPid(), 'SIGCONT');
    const before = await deliveriesOf(ids);
    // …and a process started after it takes them over when the lease ends.
    await endLeases(ids);
    await startNotificationsProcess();
    await eventually(
      async () =>
        expect((await deliveriesOf(ids)).map((row) => row.status)).toEqual(['sent', 'sent', 'sent']),
      { timeoutMs: 60_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const q of queued) {
      const mails = await mailTo(q.to);
      expect(mails).toHaveLength(1);
      const row = before.find((r) => r.recipient_ref === q.registrationId);
      expect(mails[0]?.mail.messageId).toBe(row?.message_id);
    }
    expect((await deliveriesOf(ids)).map((row) => row.attempts)).toEqual([2, 2, 2]);
  }, 180_000);

  it('should send at most one more copy, with the same Message-ID, when it died after the server’s 250', async () => {
    // The test holds the attempts log so the victim's record of the outcome waits after the 250.
    const blocker = new pg.Client({ connectionString: service.databaseUrl });
    await blocker.connect();
    let queued: { registrationId: string; to: string }[] = [];
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE notifications.email_delivery_attempts IN SHARE MODE');
      queued = await Promise.all([1, 2].map(() => aRegistration('killed-after')));
      const ids = queued.map((q) => q.registrationId);
      await eventually(async () => expect(await deliveriesOf(ids)).toHaveLength(2), { timeoutMs: 30_000 });
      const victim = await startNotificationsProcess();
      // The SMTP server has taken each message (250); the victim is stuck recording it.
      for (const q of queued)
        await eventually(async () => expect(await mailTo(q.to)).toHaveLength(1), { timeoutMs: 60_000 });
      victim.kill('SIGKILL');
      await new Promise((resolve) => victim.once('exit', resolve));
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const ids = queued.map((q) => q.registrationId);
    await endLeases(ids);
    expect((await deliveriesOf(ids)).map((row) => row.status)).toEqual(['sending', 'sending']);
    await startNotificationsProcess();
    await eventually(
      async () => expect((await deliveriesOf(ids)).map((row) => row.status)).toEqual(['sent', 'sent']),
      { timeoutMs: 60_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const row of await deliveriesOf(ids)) {
      const to = queued.find((q) => q.registrationId === row.recipient_ref)?.to as string;
      const mails = await mailTo(to);
      // The promised duplicate: two copies, one Message-ID, which mail systems drop.
      expect(mails.map((received) => received.mail.messageId)).toEqual([row.message_id, row.message_id]);
      expect(row.attempts).toBe(2);
    }
  }, 180_000);
});
