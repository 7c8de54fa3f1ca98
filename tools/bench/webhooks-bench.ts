/**
 * `npm run bench:webhooks`: 10,000 registrations through the gateway, each `registration.created`
 * fanned out by the notifications service to 3 webhook endpoints (30,000 signed deliveries) served
 * by real HTTP receivers in this process.
 *
 * Targets on a 2-core machine: ≥ 500 webhook deliveries/s, p99 commit-to-delivery ≤ 1 s.
 *
 * Delay: for each delivery, (time the receiver got it − the CloudEvent's `time`). `time` is stamped
 * inside the registration's transaction, just before its commit, so the figure holds the commit,
 * the outbox relay, Kafka, the notifications service's intake (inbox + queue in one transaction),
 * its claim, signing and the POST. Registrations are sent at a steady rate (JIYN_BENCH_WEBHOOK_RATE,
 * 200/s = 600 deliveries/s by default), not as fast as possible, so the delay is that of a
 * service keeping up, not of a backlog; deliveries/s is 30,000 over the time from the first
 * registration's commit to the last delivery.
 *
 * Every 25th delivery is verified with the official `standardwebhooks` package, and each
 * (endpoint, event) must arrive exactly once.
 *
 * Knobs: JIYN_BENCH_WEBHOOK_EVENTS (10000), JIYN_BENCH_WEBHOOK_RATE (200 registrations/s),
 * JIYN_BENCH_PORT_OFFSET (0, a multiple of 10). Needs its own platform (it reads nothing else).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { commandCpuSeconds, envNumber, int, mb, ms, processCpuSeconds, summarize, table } from './bench-kit';
import { benchParticipant } from './bench-participants';
import {
  BenchError,
  Gateway,
  checkAborted,
  closeOnCleanup,
  isAborted,
  log,
  platformMemory,
  runBenchmarkMain,
  type Platform,
} from './bench-platform';

const TARGETS = { deliveriesPerSecond: 500, p99DelayMs: 1_000 };
const EVENTS = Math.round(envNumber('JIYN_BENCH_WEBHOOK_EVENTS', 10_000, 10, 1_000_000));
const RATE = envNumber('JIYN_BENCH_WEBHOOK_RATE', 200, 1, 10_000);
const ENDPOINTS = 3;
const VERIFY_EVERY = 25;
/** Deliveries in flight per endpoint (the service's default is 10). */
const ENDPOINT_CONCURRENCY = Math.round(envNumber('JIYN_BENCH_WEBHOOK_CONCURRENCY', 10, 1, 100));
const DRAIN_TIMEOUT_MS = 180_000;
const RUN_ID = Date.now().toString(36);

/** A receiver standing in for one ministry system: answers 204 at once, notes each arrival. */
class Receiver {
  readonly arrivals = new Map<string, number>();
  readonly delays: number[] = [];
  duplicates = 0;
  verified = 0;
  unverified = 0;
  lastArrival = 0;
  private server?: Server;
  secret = '';
  endpointId = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const arrived = Date.now();
        const body = Buffer.concat(chunks).toString('utf8');
        const id = String(request.headers['webhook-id']);
        response.writeHead(204).end();
        if (this.arrivals.has(id)) this.duplicates += 1;
        this.arrivals.set(id, arrived);
        this.lastArrival = arrived;
        const event = JSON.parse(body) as { time: string };
        this.delays.push(arrived - Date.parse(event.time));
        if (this.arrivals.size % VERIFY_EVERY === 0) {
          try {
            new Webhook(this.secret).verify(body, request.headers as Record<string, string>);
            this.verified += 1;
          } catch {
            this.unverified += 1;
          }
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    closeOnCleanup(() => this.stop());
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/jiyn/webhooks`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** CPU seconds used so far by each process of the platform (PostgreSQL: every backend on the machine). */
function cpuSnapshot(platform: Platform): Record<string, number> {
  const usage = process.cpuUsage();
  const snapshot: Record<string, number> = { 'benchmark client': (usage.user + usage.system) / 1e6 };
  for (const app of ['notifications', 'gateway', 'registrations'] as const)
    snapshot[app] = processCpuSeconds(platform.pids[app]);
  snapshot['kafka (JVM)'] = processCpuSeconds(platform.pids.kafka);
  snapshot['postgresql (all)'] = commandCpuSeconds('postgres');
  return snapshot;
}

/**
 * The two halves of the delay, from the notifications service's tables: Kafka to the queue (event
 * time → the intake's commit) and the queue to the receiver (queued → delivery recorded).
 */
async function delayParts(platform: Platform): Promise<string[][]> {
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ part: string; p50: number; p99: number }>(
      `SELECT 'commit → queued (relay, Kafka, intake)' AS part,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99
         FROM (SELECT extract(epoch FROM received_at - occurred_at) * 1000 AS ms FROM notifications.webhook_events
                WHERE type = 'kz.jiyn.registration.created.v1') intake
       UNION ALL
       SELECT 'queued → delivered (claim, POST, record)',
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)
         FROM (SELECT extract(epoch FROM delivered_at - created_at) * 1000 AS ms FROM notifications.webhook_deliveries
                WHERE status = 'succeeded') queue`,
    );
    return rows.map((row) => [row.part, ms(Number(row.p50)), ms(Number(row.p99))]);
  } finally {
    await client.end();
  }
}

async function publishedEvent(api: Gateway): Promise<string> {
  const created = await api.call<{ id: string }>('POST', '/api/v1/events', {
    expect: [201],
    body: {
      slug: `bench-webhooks-${RUN_ID}`,
      title: { kk: 'Вебхуктар', ru: 'Вебхуки', en: 'Webhooks' },
      requiredLanguages: ['kk', 'ru'],
      timeZone: 'Asia/Almaty',
      startsAt: '2030-02-05T09:00:00+05:00',
      endsAt: '2030-02-07T18:00:00+05:00',
      capacity: EVENTS + 100,
      requiresApproval: false,
      waitlistEnabled: true,
    },
  });
  await api.call('POST', `/api/v1/events/${created.body.id}/publish`);
  // Registrations learns of the event from Kafka; the first registration waits for it (not counted).
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const probe = await api.call('POST', '/api/v1/registrations', {
      body: benchParticipant(created.body.id, -1, RUN_ID),
      expect: [201, 404],
    });
    if (probe.status === 201) return created.body.id;
    await sleep(200);
  }
  throw new BenchError('the registrations service never learnt of the event (is Kafka flowing?)');
}

/** Registrations at a steady rate: number n goes at start + n / rate, with up to 64 in flight. */
async function register(api: Gateway, eventId: string): Promise<{ errors: number; firstSentAt: number }> {
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const firstSentAt = Date.now();
  const worker = async () => {
    while (!isAborted()) {
      const n = next++;
      if (n >= EVENTS) return;
      const due = started + (n * 1_000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const answer = await api.call('POST', '/api/v1/registrations', {
        body: benchParticipant(eventId, n, RUN_ID),
        expect: [201, 400, 409, 429, 500, 502, 503],
      });
      if (answer.status !== 201) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  return { errors, firstSentAt };
}

async function run(platform: Platform): Promise<void> {
  if (platform.mode !== 'own')
    throw new BenchError('bench:webhooks needs its own platform (unset JIYN_GATEWAY_URL)');
  const api = new Gateway(platform.gatewayUrl, platform.apiKey, 64);
  const receivers = Array.from({ length: ENDPOINTS }, () => new Receiver());
  for (const receiver of receivers) {
    await receiver.start();
    const created = await api.call<{ id: string; secret: string }>('POST', '/api/v1/webhooks', {
      expect: [201],
      body: {
        url: receiver.url,
        eventTypes: ['kz.jiyn.registration.created.v1'],
        description: `benchmark receiver ${receivers.indexOf(receiver) + 1}`,
        maxConcurrency: ENDPOINT_CONCURRENCY,
      },
    });
    receiver.secret = created.body.secret;
    receiver.endpointId = created.body.id;
  }
  const eventId = await publishedEvent(api);
  checkAborted();
  // The probe registration's deliveries are not part of the run.
  await sleep(2_000);
  for (const receiver of receivers) {
    receiver.arrivals.clear();
    receiver.delays.length = 0;
  }
  log(
    `${int(EVENTS)} registrations at ${RATE}/s, each to ${ENDPOINTS} endpoints (${ENDPOINT_CONCURRENCY} in flight each)…`,
  );
  const cpuBefore = cpuSnapshot(platform);
  const { errors, firstSentAt } = await register(api, eventId);
  log(`registrations sent (${errors} refused); waiting for the deliveries…`);
  const expected = EVENTS - errors;
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  while (receivers.some((receiver) => receiver.arrivals.size < expected) && Date.now() < deadline) {
    checkAborted();
    await sleep(250);
  }
  const cpuAfter = cpuSnapshot(platform);
  const delivered = receivers.reduce((sum, receiver) => sum + receiver.arrivals.size, 0);
  const last = Math.max(...receivers.map((receiver) => receiver.lastArrival));
  const seconds = (last - firstSentAt) / 1_000;
  const rate = delivered / seconds;
  const delay = summarize(receivers.flatMap((receiver) => receiver.delays));
  const verified = receivers.reduce((sum, receiver) => sum + receiver.verified, 0);
  const unverified = receivers.reduce((sum, receiver) => sum + receiver.unverified, 0);
  const duplicates = receivers.reduce((sum, receiver) => sum + receiver.duplicates, 0);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

  const loadDuringRun = loadavg()[0] ?? Number.NaN;
  console.log('');
  console.log(
    table(
      ['measure', 'value', 'target', ''],
      [
        ['registrations', int(EVENTS - errors), `${int(EVENTS)}`, verdict(errors === 0)],
        [
          'deliveries',
          `${int(delivered)} of ${int(expected * ENDPOINTS)}`,
          'all, once each',
          verdict(delivered === expected * ENDPOINTS && duplicates === 0),
        ],
        [
          'deliveries/s (first commit → last delivery)',
          rate.toFixed(0),
          `≥ ${TARGETS.deliveriesPerSecond}`,
          verdict(rate >= TARGETS.deliveriesPerSecond),
        ],
        ['commit-to-delivery p50', ms(delay.p50), '', ''],
        ['commit-to-delivery p95', ms(delay.p95), '', ''],
        [
          'commit-to-delivery p99',
          ms(delay.p99),
          `≤ ${TARGETS.p99DelayMs} ms`,
          verdict(delay.p99 <= TARGETS.p99DelayMs),
        ],
        ['commit-to-delivery max', ms(delay.max), '', ''],
        [
          'verified with standardwebhooks',
          `${int(verified)} (1 in ${VERIFY_EVERY})`,
          'all',
          verdict(unverified === 0 && verified > 0),
        ],
        ['duplicates', int(duplicates), '0', verdict(duplicates === 0)],
        ['machine load average (1 min; 2 cores)', loadDuringRun.toFixed(1), '', ''],
      ],
    ),
  );
  console.log('');
  console.log(
    table(['where the delay goes (from the service’s own tables)', 'p50', 'p99'], await delayParts(platform)),
  );
  console.log('');
  console.log(
    table(
      ['process', 'peak RSS', 'RSS now'],
      platformMemory(platform).map(([name, memory]) => [name, mb(memory.peakKb), mb(memory.currentKb)]),
    ),
  );
  console.log('');
  console.log(
    table(
      ['process', 'CPU during the run', 'CPU per delivery'],
      Object.entries(cpuAfter).map(([name, after]) => {
        const used = after - (cpuBefore[name] ?? Number.NaN);
        // PostgreSQL's count covers its backends alive at both readings: ended ones drop out.
        if (!(used >= 0)) return [name, 'n/a', 'n/a'];
        return [name, `${used.toFixed(1)} s`, ms((used * 1_000) / Math.max(1, delivered))];
      }),
    ),
  );
  if (delivered < expected * ENDPOINTS) {
    throw new BenchError(
      `only ${delivered} of ${expected * ENDPOINTS} deliveries arrived within ${DRAIN_TIMEOUT_MS / 1000} s`,
    );
  }

  // Phase 2: the delivery side alone. A replay of the whole run queues the 30,000 deliveries again
  // at once (same webhook-ids); how fast they drain is what the workers can do, with the intake idle.
  for (const receiver of receivers) {
    receiver.arrivals.clear();
    receiver.delays.length = 0;
  }
  const replayStarted = Date.now();
  const enqueued = new Map<Receiver, number>();
  for (const receiver of receivers) {
    const replay = await api.call<{ enqueued: number }>(
      'POST',
      `/api/v1/webhooks/${receiver.endpointId}/replay`,
      {
        expect: [202],
        body: { from: new Date(firstSentAt - 60_000).toISOString(), to: new Date().toISOString() },
      },
    );
    enqueued.set(receiver, replay.body.enqueued);
  }
  const replayDeadline = Date.now() + DRAIN_TIMEOUT_MS;
  while (
    receivers.some((receiver) => receiver.arrivals.size < (enqueued.get(receiver) ?? 0)) &&
    Date.now() < replayDeadline
  ) {
    checkAborted();
    await sleep(100);
  }
  const replayed = receivers.reduce((sum, receiver) => sum + receiver.arrivals.size, 0);
  const replaySeconds =
    (Math.max(...receivers.map((receiver) => receiver.lastArrival)) - replayStarted) / 1_000;
  console.log('');
  console.log(
    table(
      ['replay of the run (delivery side alone)', 'value'],
      [
        [
          'deliveries (the run and the probe registration)',
          `${int(replayed)} of ${int([...enqueued.values()].reduce((a, b) => a + b, 0))}`,
        ],
        ['deliveries/s (replay request → last delivery)', (replayed / replaySeconds).toFixed(0)],
        ['machine load average (1 min) at the end', loadavg()[0]?.toFixed(1) ?? 'n/a'],
      ],
    ),
  );
}

await runBenchmarkMain(run, ['gateway', 'registrations', 'notifications']);
