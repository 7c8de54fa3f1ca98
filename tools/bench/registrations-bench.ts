/**
 * `npm run bench:registrations`: registrations through the gateway at 64 concurrent connections,
 * twice — an event with ample capacity, then a small one everybody fights over (the rest go to the
 * waitlist) — and what the analytics stream sees of them.
 *
 * Targets on a 2-core machine: ≥ 600 registrations/s sustained, p99 ≤ 150 ms, zero errors,
 * commit-to-Kafka lag p99 ≤ 250 ms, every service under 250 MB resident.
 *
 * Lag: a kafkajs consumer (its own group) reads the registrations topic while the load runs; for each
 * registration.created it takes (time received − the event's `ce_time`), and `ce_time` is stamped
 * inside the registration's transaction, before its commit: the figure includes the commit, the
 * relay's pick-up, the publish with acks=all and the consumer's fetch. Each registration must arrive
 * exactly once.
 *
 * Access overhead (issue 11: ≤ 0.3 ms at the median): what authentication, the shared rate limit,
 * authorisation and the audit entry add at the gateway to each registration, from the gateway's own
 * `gateway_access_overhead_seconds` histogram (wall-clock time inside those steps, database waits
 * included), read from its /metrics before and after each phase (own platform only). Throughput is
 * the other half of that target (≤ 5 % below the release before access): compare runs as the README
 * says (alternating, several each).
 *
 * Platform: its own throw-away one, or a running one (see bench-platform.ts; lag then needs
 * KAFKA_BROKERS). Knobs: JIYN_BENCH_DURATION_S (30), JIYN_BENCH_CONNECTIONS (64),
 * JIYN_BENCH_SMALL_CAPACITY (50), JIYN_BENCH_PORT_OFFSET (0, a multiple of 10).
 */
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import {
  commandCpuSeconds,
  envNumber,
  int,
  mb,
  ms,
  processCpuSeconds,
  summarize,
  table,
  type LatencySummary,
} from './bench-kit';
import {
  BENCH_LOG_LEVEL,
  BenchError,
  Gateway,
  checkAborted,
  closeOnCleanup,
  isAborted,
  log,
  platformMemory,
  runBenchmarkMain,
  type Answer,
  type Platform,
} from './bench-platform';
import { benchParticipant } from './bench-participants';

const TARGETS = { throughputRps: 600, p99Ms: 150, lagP99Ms: 250, serviceRssMb: 250, accessP50Ms: 0.3 };
const DURATION_S = envNumber('JIYN_BENCH_DURATION_S', 30, 5, 300);
const CONNECTIONS = Math.round(envNumber('JIYN_BENCH_CONNECTIONS', 64, 1, 512));
const SMALL_CAPACITY = Math.round(envNumber('JIYN_BENCH_SMALL_CAPACITY', 50, 1, 100_000));
const WARMUP_S = 3;
const LAG_DRAIN_MS = 15_000;
const RUN_ID = Date.now().toString(36);

interface BenchEvent {
  id: string;
  slug: string;
  capacity: number;
}

/** A published event, and the moment the registrations service has learnt of it. */
async function createEvent(api: Gateway, label: string, capacity: number): Promise<BenchEvent> {
  const slug = `bench-${label}-${RUN_ID}`;
  const created = await api.call<{ id: string }>('POST', '/api/v1/events', {
    expect: [201],
    body: {
      slug,
      title: { kk: `Бенчмарк ${label}`, ru: `Бенчмарк ${label}`, en: `Benchmark ${label}` },
      requiredLanguages: ['kk', 'ru'],
      timeZone: 'Asia/Almaty',
      startsAt: '2030-02-05T09:00:00+05:00',
      endsAt: '2030-02-07T18:00:00+05:00',
      capacity,
      requiresApproval: false,
      waitlistEnabled: true,
    },
  });
  await api.call('POST', `/api/v1/events/${created.body.id}/publish`);
  // The registrations service learns of the event from Kafka: the first registration (a real one, in
  // the totals but not in the timings) is retried until it is known.
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const probe = await api.call('POST', '/api/v1/registrations', {
      body: participant(created.body.id, -1),
      expect: [201, 404],
    });
    if (probe.status === 201) return { id: created.body.id, slug, capacity };
    await sleep(200);
  }
  throw new BenchError(`the registrations service never learnt of event ${slug} (is Kafka flowing?)`);
}

/** A realistic participant, unique per index in this run. */
const participant = (eventId: string, n: number) => benchParticipant(eventId, n, RUN_ID);

// ---------------------------------------------------------------------------------------------------
// The analytics side: a consumer timing each registration.created from its ce_time

class LagProbe {
  readonly lags: number[] = [];
  readonly seen = new Map<string, number>();
  private readonly kafka: Kafka;
  private consumer: ReturnType<Kafka['consumer']> | undefined;

  constructor(brokers: string[]) {
    this.kafka = new Kafka({ clientId: `jiyn-bench-${RUN_ID}`, brokers, logLevel: logLevel.NOTHING });
  }

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: `jiyn-bench-lag-${RUN_ID}`, maxWaitTimeInMs: 50 });
    this.consumer = consumer;
    closeOnCleanup(() => consumer.disconnect());
    await consumer.connect();
    await consumer.subscribe({ topic: TOPICS.registrations, fromBeginning: false });
    let assigned!: () => void;
    const ready = new Promise<void>((resolve) => (assigned = resolve));
    consumer.on(consumer.events.GROUP_JOIN, () => assigned());
    await consumer.run({
      eachMessage: async ({ message }) => {
        const received = Date.now();
        if (String(message.headers?.['ce_type'] ?? '') !== EVENT_TYPES.registrationCreated) return;
        const time = Date.parse(String(message.headers?.['ce_time'] ?? ''));
        const id = String(message.headers?.['ce_subject'] ?? message.key ?? '');
        this.seen.set(id, (this.seen.get(id) ?? 0) + 1);
        if (Number.isFinite(time)) this.lags.push(received - time);
      },
    });
    await ready;
  }

  async drain(expected: ReadonlySet<string>): Promise<void> {
    const deadline = performance.now() + LAG_DRAIN_MS;
    while (performance.now() < deadline && [...expected].some((id) => !this.seen.has(id))) await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------------
// The gateway's access overhead, from its /metrics

const ACCESS_METRIC = 'gateway_access_overhead_seconds';
const ACCESS_STEPS = ['checks', 'authentication', 'rate-limit', 'authorisation', 'audit', 'total'] as const;
const ACCESS_STEP_NAMES: Record<(typeof ACCESS_STEPS)[number], string> = {
  checks: 'authentication + rate limit + authorisation (issue 11 target)',
  authentication: '  authentication (API key, cached)',
  'rate-limit': '  rate limit (shared lease)',
  authorisation: '  authorisation (route scope)',
  audit: 'audit entry committed before the answer',
  total: 'total',
};
type AccessStepName = (typeof ACCESS_STEPS)[number];
/** Per step: cumulative count at each bucket bound (seconds), as the histogram exposes it. */
type AccessBuckets = Map<AccessStepName, Map<number, number>>;

/** The gateway's access histogram now; undefined when it cannot be read (a running platform). */
async function accessBuckets(platform: Platform): Promise<AccessBuckets | undefined> {
  if (platform.mode !== 'own' || !platform.internalToken) return undefined;
  const response = await fetch(`${platform.gatewayUrl}/metrics`, {
    headers: { [INTERNAL_TOKEN_HEADER]: platform.internalToken },
  });
  if (!response.ok) return undefined;
  const buckets: AccessBuckets = new Map();
  for (const line of (await response.text()).split('\n')) {
    if (!line.startsWith(`${ACCESS_METRIC}_bucket{`)) continue;
    const step = /step="([^"]+)"/.exec(line)?.[1] as AccessStepName | undefined;
    const le = /le="([^"]+)"/.exec(line)?.[1];
    const count = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (!step || !le) continue;
    if (!buckets.has(step)) buckets.set(step, new Map());
    buckets.get(step)?.set(le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le), count);
  }
  return buckets;
}

/** Median (ms) of what a step took between two readings, interpolated within its bucket. */
function accessMedianMs(
  before: AccessBuckets | undefined,
  after: AccessBuckets | undefined,
  step: AccessStepName,
): number {
  const now = after?.get(step);
  if (!now) return Number.NaN;
  const bounds = [...now.keys()].sort((a, b) => a - b);
  const counts = bounds.map((le) => (now.get(le) ?? 0) - (before?.get(step)?.get(le) ?? 0));
  const half = (counts[counts.length - 1] ?? 0) / 2;
  if (half === 0) return Number.NaN;
  let lower = 0;
  let below = 0;
  for (const [index, le] of bounds.entries()) {
    const count = counts[index] ?? 0;
    if (count >= half) {
      if (!Number.isFinite(le)) return Number.POSITIVE_INFINITY;
      return (lower + ((half - below) / (count - below)) * (le - lower)) * 1_000;
    }
    lower = le;
    below = count;
  }
  return Number.NaN;
}

// ---------------------------------------------------------------------------------------------------
// One load phase

interface PhaseResult {
  label: string;
  capacity: number;
  seconds: number;
  registrations: number;
  rps: number;
  latency: LatencySummary;
  statuses: Record<string, number>;
  outcomes: Record<string, number>;
  errors: number;
  errorSamples: string[];
  ids: Set<string>;
  /** CPU milliseconds per registration, by process, over the whole phase (warm-up included). */
  cpuPerRegistration: Record<string, number>;
  /** Median ms per access step at the gateway over the phase (warm-up included); NaN when not read. */
  accessP50Ms: Record<AccessStepName, number>;
}

/** CPU seconds so far of the processes that serve a registration (own platform only). */
function cpuSnapshot(platform: Platform): Record<string, number> {
  const snapshot: Record<string, number> = {
    'load generator': process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
  };
  if (platform.mode !== 'own') return snapshot;
  for (const app of ['gateway', 'registrations', 'sessions', 'speakers', 'feedback'] as const)
    snapshot[app] = processCpuSeconds(platform.pids[app]);
  snapshot['kafka (JVM)'] = processCpuSeconds(platform.pids.kafka);
  snapshot['postgresql (all)'] = commandCpuSeconds('postgres');
  return snapshot;
}

async function runPhase(platform: Platform, event: BenchEvent, label: string, offset: number) {
  const api = new Gateway(platform.gatewayUrl, platform.apiKey, CONNECTIONS);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const outcomes: Record<string, number> = {};
  const errorSamples: string[] = [];
  const ids = new Set<string>();
  let errors = 0;
  let next = offset;
  let lastDone = 0;
  const measureFrom = performance.now() + WARMUP_S * 1_000;
  const end = measureFrom + DURATION_S * 1_000;
  log(`${label}: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s…`);
  const cpuBefore = cpuSnapshot(platform);
  const accessBefore = await accessBuckets(platform);
  const worker = async () => {
    while (!isAborted()) {
      const started = performance.now();
      if (started >= end) break;
      const n = next++;
      try {
        const answer = await api.call<{ id?: string; status?: string }>('POST', '/api/v1/registrations', {
          body: participant(event.id, n),
          expect: [100, 200, 201, 202, 204, 400, 401, 404, 409, 422, 429, 500, 502, 503, 504],
        });
        const finished = performance.now();
        if (answer.status === 201 && answer.body.id) ids.add(answer.body.id);
        if (started < measureFrom) continue;
        latencies.push(finished - started);
        lastDone = Math.max(lastDone, finished);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status === 201) {
          const outcome = answer.body.status ?? 'unknown';
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        } else {
          errors += 1;
          if (errorSamples.length < 3) errorSamples.push(`${answer.status}: ${answer.text.slice(0, 200)}`);
        }
      } catch (error) {
        if (started >= measureFrom) errors += 1;
        if (errorSamples.length < 3) errorSamples.push((error as Error).message.slice(0, 200));
        await sleep(5);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const cpuAfter = cpuSnapshot(platform);
  const accessAfter = await accessBuckets(platform);
  const cpuPerRegistration = Object.fromEntries(
    Object.entries(cpuAfter).map(([name, after]) => [
      name,
      ((after - (cpuBefore[name] ?? Number.NaN)) * 1_000) / Math.max(1, ids.size),
    ]),
  );
  const seconds = Math.max(0.001, (lastDone - measureFrom) / 1_000);
  const registrations = statuses['201'] ?? 0;
  return {
    label,
    capacity: event.capacity,
    seconds,
    registrations,
    rps: registrations / seconds,
    latency: summarize(latencies),
    statuses,
    outcomes,
    errors,
    errorSamples,
    ids,
    cpuPerRegistration,
    accessP50Ms: Object.fromEntries(
      ACCESS_STEPS.map((step) => [step, accessMedianMs(accessBefore, accessAfter, step)]),
    ) as Record<AccessStepName, number>,
  } satisfies PhaseResult;
}

/** Confirmed seats as the service counts them: never more than the capacity. */
async function confirmedCount(api: Gateway, eventId: string): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: Answer<{ items: unknown[]; nextCursor: string | null }> = await api.call(
      'GET',
      `/api/v1/registrations?eventId=${eventId}&status=confirmed&limit=100${after}`,
    );
    count += page.body.items.length;
    cursor = page.body.nextCursor;
  } while (cursor);
  return count;
}

// ---------------------------------------------------------------------------------------------------

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

async function run(platform: Platform): Promise<void> {
  const api = new Gateway(platform.gatewayUrl, platform.apiKey, 4);
  const probe = platform.brokers?.length ? new LagProbe(platform.brokers) : undefined;
  if (probe) await probe.start();
  else log('no KAFKA_BROKERS for the running platform: lag not measured');
  const ample = await createEvent(api, 'ample', 1_000_000);
  const small = await createEvent(api, 'small', SMALL_CAPACITY);
  checkAborted();
  const phases = [await runPhase(platform, ample, 'ample capacity', 0)];
  checkAborted();
  phases.push(await runPhase(platform, small, `capacity ${SMALL_CAPACITY} (contention)`, 10_000_000));
  checkAborted();
  const allIds = new Set(phases.flatMap((phase) => [...phase.ids]));
  if (probe) await probe.drain(allIds);
  const confirmedSmall = await confirmedCount(api, small.id);
  const memory = platformMemory(platform);

  const lag = summarize(probe?.lags ?? []);
  const missing = probe ? [...allIds].filter((id) => !probe.seen.has(id)).length : NaN;
  const duplicated = probe ? [...probe.seen.values()].filter((count) => count > 1).length : NaN;
  const worst = phases.reduce((a, b) => (a.rps < b.rps ? a : b));
  const worstP99 = Math.max(...phases.map((phase) => phase.latency.p99));
  const errors = phases.reduce((total, phase) => total + phase.errors, 0);
  const worstAccess = Math.max(...phases.map((phase) => phase.accessP50Ms.checks));
  const services = memory.filter(([name]) =>
    ['gateway', 'sessions', 'registrations', 'speakers', 'feedback'].includes(name),
  );
  const heaviest = services.reduce<[string, number]>(
    (top, [name, mem]) => ((mem.peakKb ?? 0) > top[1] ? [name, mem.peakKb ?? 0] : top),
    ['n/a', 0],
  );

  console.log(`
Jiyn registrations benchmark — ${CONNECTIONS} connections, ${DURATION_S} s per phase after ${WARMUP_S} s warm-up
platform: ${platform.mode === 'own' ? `own, started for this run (apps at LOG_LEVEL=${BENCH_LOG_LEVEL})` : `running, ${platform.gatewayUrl}`}; ${availableParallelism()} CPUs shared by load generator, apps, PostgreSQL and Kafka; Node ${process.version}
`);
  console.log(
    table(
      ['Target', 'Measured', 'Goal', 'Result'],
      [
        [
          'registrations/s, slower phase',
          `${int(worst.rps)}/s`,
          `≥ ${TARGETS.throughputRps}/s`,
          verdict(worst.rps >= TARGETS.throughputRps),
        ],
        [
          'latency p99, worse phase',
          ms(worstP99),
          `≤ ${TARGETS.p99Ms} ms`,
          verdict(worstP99 <= TARGETS.p99Ms),
        ],
        [
          'authentication + authorisation p50 at the gateway',
          Number.isNaN(worstAccess) ? 'n/a' : `${worstAccess.toFixed(2)} ms`,
          `≤ ${TARGETS.accessP50Ms} ms`,
          Number.isNaN(worstAccess) ? 'n/a' : verdict(worstAccess <= TARGETS.accessP50Ms),
        ],
        ['errors (non-201 answers, failures)', int(errors), '0', verdict(errors === 0)],
        [
          'commit-to-Kafka lag p99',
          probe ? ms(lag.p99) : 'n/a',
          `≤ ${TARGETS.lagP99Ms} ms`,
          probe ? verdict(lag.p99 <= TARGETS.lagP99Ms) : 'n/a',
        ],
        [
          `peak RSS, heaviest service (${heaviest[0]})`,
          services.length ? mb(heaviest[1]) : 'n/a',
          `< ${TARGETS.serviceRssMb} MB`,
          services.length ? verdict(heaviest[1] / 1024 < TARGETS.serviceRssMb) : 'n/a',
        ],
        [
          `confirmed at capacity ${SMALL_CAPACITY}`,
          int(confirmedSmall),
          `= ${SMALL_CAPACITY}`,
          verdict(confirmedSmall === SMALL_CAPACITY),
        ],
        [
          'registration.created per registration',
          probe ? `${int(missing)} missing, ${int(duplicated)} twice` : 'n/a',
          'exactly 1',
          probe ? verdict(missing === 0 && duplicated === 0) : 'n/a',
        ],
      ],
    ),
  );
  console.log('');
  console.log(
    table(
      ['Phase', 'registered', 'per s', 'p50', 'p95', 'p99', 'max', 'outcomes', 'errors'],
      phases.map((phase) => [
        phase.label,
        int(phase.registrations),
        int(phase.rps),
        ms(phase.latency.p50),
        ms(phase.latency.p95),
        ms(phase.latency.p99),
        ms(phase.latency.max),
        Object.entries(phase.outcomes)
          .map(([outcome, count]) => `${outcome} ${int(count)}`)
          .join(', '),
        int(phase.errors),
      ]),
    ),
  );
  for (const sample of phases.flatMap((phase) => phase.errorSamples)) console.log(`  error: ${sample}`);
  console.log('');
  console.log(
    table(
      ['CPU per registration', ...phases.map((phase) => phase.label)],
      Object.keys(phases[0]?.cpuPerRegistration ?? {}).map((name) => [
        name,
        ...phases.map((phase) => `${(phase.cpuPerRegistration[name] ?? Number.NaN).toFixed(2)} ms`),
      ]),
    ),
  );
  console.log('');
  console.log(
    table(
      ['Access at the gateway, p50 per request', ...phases.map((phase) => phase.label)],
      ACCESS_STEPS.map((step) => [
        ACCESS_STEP_NAMES[step],
        ...phases.map((phase) =>
          Number.isNaN(phase.accessP50Ms[step]) ? 'n/a' : `${phase.accessP50Ms[step].toFixed(3)} ms`,
        ),
      ]),
    ),
  );
  const figure = (step: AccessStepName) =>
    phases.map((phase) => `${phase.accessP50Ms[step].toFixed(2)} ms`).join(' / ');
  console.log(
    [
      '',
      'Issue 11 figures (ample / contention):',
      `  authentication + authorisation add p50 ${figure('checks')} at the gateway (goal ≤ ${TARGETS.accessP50Ms} ms);`,
      `  with the audit entry's write before the answer, ${figure('total')};`,
      `  throughput ${phases.map((phase) => `${int(phase.rps)}/s`).join(' / ')} (goal: ≤ 5 % below the release before access work, compared A/B as the README says).`,
    ].join('\n'),
  );
  if (probe)
    console.log(
      `\nlag (registration.created, ce_time → consumer): n ${int(lag.count)}, p50 ${ms(lag.p50)}, p95 ${ms(lag.p95)}, p99 ${ms(lag.p99)}, max ${ms(lag.max)}`,
    );
  if (memory.length) {
    console.log('');
    console.log(
      table(
        ['Process', 'peak RSS (VmHWM)', 'RSS at end'],
        memory.map(([name, mem]) => [name, mb(mem.peakKb), mb(mem.currentKb)]),
      ),
    );
  } else console.log('\nPeak RSS: n/a (running platform: its pids are not known here)');
}

await runBenchmarkMain(run, ['gateway', 'registrations']);
