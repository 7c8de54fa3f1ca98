/**
 * `npm run bench:schedule`: the programme's performance targets, measured through the gateway on a
 * generated event with 20 rooms and 1,000 confirmed sessions over 3 days.
 *
 *   (1) conflict check of one change: p99 ≤ 50 ms (200 PATCH moves, each answered with its conflicts)
 *   (2) the published schedule, revalidated with ETags: ≥ 1,000 requests/s
 *   (3) the full frab XML export: ≤ 1 s
 *
 * Starts its own throw-away platform (PostgreSQL, Kafka, the five apps) on ports shifted by
 * JIYN_BENCH_PORT_OFFSET (default 4000) from `npm start`'s, or uses a running one when
 * JIYN_GATEWAY_URL (http://127.0.0.1:<port>) and JIYN_ADMIN_KEY are set. Stops whatever it started,
 * also on Ctrl-C. Prints figures with PASS/FAIL per target and exits 0 whatever they are; only a
 * platform that does not start (or an event that cannot be generated) exits 1.
 *
 * Knobs: JIYN_BENCH_DURATION_S (12), JIYN_BENCH_CONNECTIONS (32), JIYN_BENCH_SEED (1),
 * JIYN_BENCH_PORT_OFFSET (4000), JIYN_BENCH_LOG_LEVEL (info, as `npm start` runs the apps).
 */
import { gunzipSync } from 'node:zlib';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, type Dispatcher } from 'undici';
import { isInfraError, lastLines, readFileIfExists, waitForHttp } from '../dev/infra';
import {
  DEV_PORTS,
  generateSecrets,
  runMigrations,
  startApps,
  startInfrastructure,
  type AppName,
  type Infrastructure,
  type PlatformPorts,
  type RunningApps,
} from '../dev/platform';
import {
  envNumber,
  int,
  mapLimit,
  mb,
  ms,
  processMemory,
  summarize,
  table,
  type LatencySummary,
  type ProcessMemory,
} from './bench-kit';
import {
  ProgrammeModel,
  SHAPE,
  eventWindow,
  pick,
  planProgramme,
  seededRandom,
  slotTimes,
  speakerProfile,
  type Lang,
  type Slot,
} from './schedule-programme';

const TARGETS = { conflictP99Ms: 50, throughputRps: 1_000, xmlMs: 1_000 };

const PORT_OFFSET = envNumber('JIYN_BENCH_PORT_OFFSET', 4_000, 0, 10_000);
const DURATION_S = envNumber('JIYN_BENCH_DURATION_S', 12, 5, 60);
const CONNECTIONS = Math.round(envNumber('JIYN_BENCH_CONNECTIONS', 32, 1, 256));
const SEED = Math.round(envNumber('JIYN_BENCH_SEED', 1, 0, 2 ** 31));
const LOG_LEVEL = process.env['JIYN_BENCH_LOG_LEVEL'] ?? 'info';

const CREATE_IN_FLIGHT = 8;
const MOVES = 200;
const WARMUP_MOVES = 10;
const MOVES_DEADLINE_MS = 120_000;
const WARMUP_S = 2;
const MAX_THROUGHPUT_REQUESTS = 2_000_000;
const MAX_THROUGHPUT_ERRORS = 10_000;
const XML_WARM_RUNS = 10;
const PUBLISH_ATTEMPTS = 10;
const LANGS: Lang[] = ['kk', 'ru', 'en'];
const RUN_ID = Date.now().toString(36);

class BenchError extends Error {}

const log = (line: string) => console.log(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------------------
// What this process started, and stopping it (also on Ctrl-C)

let infrastructure: Infrastructure | undefined;
let apps: RunningApps | undefined;
let workDir: string | undefined;
let startup: Promise<unknown> | undefined;
let aborted = false;
const pools: Pool[] = [];
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await Promise.all(pools.map((pool) => pool.destroy().catch(() => undefined)));
    await apps?.stop().catch(() => undefined);
    await infrastructure?.stop().catch(() => undefined);
    if (workDir) await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  })();
  return cleaning;
}

function checkAborted(): void {
  if (aborted) throw new BenchError('interrupted');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (aborted) process.exit(130); // a second Ctrl-C: the 'exit' hooks of the helpers kill the rest
    aborted = true;
    log(`${signal}: stopping what this benchmark started…`);
    // Let a platform that is still starting settle (bounded), so its handles can be stopped gracefully.
    void Promise.race([startup?.catch(() => undefined), sleep(30_000, undefined, { ref: false })])
      .then(cleanup)
      .finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------------
// The platform: our own on shifted ports, or a running one on 127.0.0.1

interface Platform {
  mode: 'own' | 'running';
  gatewayUrl: string;
  adminKey: string;
  pids: Partial<Record<AppName | 'kafka', number>>;
  logDir?: string;
}

function benchPorts(): PlatformPorts {
  const ports = Object.fromEntries(
    Object.entries(DEV_PORTS).map(([name, port]) => [name, port + PORT_OFFSET]),
  ) as unknown as PlatformPorts;
  const tooHigh = Object.entries(ports).find(([, port]) => port > 65_535);
  if (tooHigh)
    throw new BenchError(`JIYN_BENCH_PORT_OFFSET=${PORT_OFFSET} puts ${tooHigh[0]} on ${tooHigh[1]}`);
  return ports;
}

async function boot(): Promise<Platform> {
  const runningUrl = process.env['JIYN_GATEWAY_URL'];
  const runningKey = process.env['JIYN_ADMIN_KEY'];
  if (runningUrl || runningKey) {
    if (!runningUrl || !runningKey)
      throw new BenchError(
        'set both JIYN_GATEWAY_URL and JIYN_ADMIN_KEY to use a running platform, or neither',
      );
    const url = new URL(runningUrl);
    if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1')
      throw new BenchError(
        `JIYN_GATEWAY_URL must be http://127.0.0.1:<port> (this benchmark only targets this machine)`,
      );
    await waitForHttp(`${url.origin}/health/ready`, 10_000);
    log(`using the running platform at ${url.origin}`);
    return { mode: 'running', gatewayUrl: url.origin, adminKey: runningKey, pids: {} };
  }

  const ports = benchPorts();
  workDir = await mkdtemp(join(tmpdir(), 'jiyn-bench-'));
  await chmod(workDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
  const secrets = generateSecrets();
  log(
    `starting a throw-away platform (ports +${PORT_OFFSET}: gateway ${ports.gateway}, PostgreSQL ${ports.postgres}, Kafka ${ports.kafka}) in ${workDir}`,
  );
  infrastructure = await startInfrastructure({
    ports,
    dataDir: join(workDir, 'data'),
    persistent: false,
    log: (line) => log(`  ${line}`),
  });
  checkAborted();
  await runMigrations(infrastructure.databaseUrl, (line) => log(line));
  checkAborted();
  apps = await startApps({
    ports,
    databaseUrl: infrastructure.databaseUrl,
    brokers: infrastructure.brokers,
    secrets,
    logDir: join(workDir, 'logs'),
    logLevel: LOG_LEVEL,
    log: (line) => log(line),
  });
  checkAborted();
  return {
    mode: 'own',
    gatewayUrl: apps.gatewayUrl,
    adminKey: secrets.adminApiKey,
    pids: { ...apps.pids, kafka: infrastructure.kafkaPid },
    logDir: apps.logDir,
  };
}

// ---------------------------------------------------------------------------------------------------
// HTTP through the gateway (keep-alive pools)

interface Answer<T> {
  status: number;
  headers: Dispatcher.ResponseData['headers'];
  text: string;
  body: T;
  elapsedMs: number;
}

class Gateway {
  private readonly pool: Pool;

  constructor(
    origin: string,
    private readonly key: string | undefined,
    connections: number,
  ) {
    this.pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
    pools.push(this.pool);
  }

  async call<T = unknown>(
    method: Dispatcher.HttpMethod,
    path: string,
    options: { body?: unknown; expect?: number[]; headers?: Record<string, string> } = {},
  ): Promise<Answer<T>> {
    const expect = options.expect ?? [200];
    const started = performance.now();
    const response = await this.pool.request({
      method,
      path,
      headers: {
        ...(this.key ? { authorization: `Bearer ${this.key}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        'accept-language': 'en',
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
    const raw = Buffer.from(await response.body.arrayBuffer());
    const text = (
      response.headers['content-encoding'] === 'gzip' && raw.length ? gunzipSync(raw) : raw
    ).toString('utf8');
    const elapsedMs = performance.now() - started;
    if (!expect.includes(response.statusCode))
      throw new BenchError(`${method} ${path} answered ${response.statusCode}: ${text.slice(0, 500)}`);
    const isJson = String(response.headers['content-type'] ?? '').includes('json');
    return {
      status: response.statusCode,
      headers: response.headers,
      text,
      body: (isJson && text ? JSON.parse(text) : undefined) as T,
      elapsedMs,
    };
  }
}

// ---------------------------------------------------------------------------------------------------
// The event: 20 rooms, 6 tracks, 250 speakers, 1,000 confirmed sessions without clashes

interface GeneratedEvent {
  eventId: string;
  slug: string;
  roomIds: string[];
  sessionIds: string[];
  model: ProgrammeModel;
  speakers: number;
  speakerAssignments: number;
  speakersMs: number;
  sessionsMs: number;
  createLatency: LatencySummary;
  conflictsWhileCreating: number;
}

async function generateEvent(api: Gateway): Promise<GeneratedEvent> {
  const planned = planProgramme(SHAPE, seededRandom(SEED));
  const slug = `bench-schedule-${RUN_ID}`;
  const window = eventWindow(SHAPE);
  const event = await api.call<{ id: string }>('POST', '/api/v1/events', {
    expect: [201],
    body: {
      slug,
      title: {
        kk: 'Шығармашылық индустриялар форумы (бенчмарк)',
        ru: 'Форум креативных индустрий (бенчмарк)',
        en: 'Creative industries forum (benchmark)',
      },
      description: { en: 'Generated by tools/bench/schedule-bench.ts' },
      requiredLanguages: ['kk', 'ru'],
      timeZone: SHAPE.timeZone,
      startsAt: window.startsAt,
      endsAt: window.endsAt,
      capacity: 5_000,
      venue: { name: { kk: 'EXPO орталығы', ru: 'Центр EXPO', en: 'EXPO centre' }, address: 'Astana' },
    },
  });
  const eventId = event.body.id;
  const base = `/api/v1/events/${eventId}`;
  const never = () => aborted;

  const colours = ['#0a7cbf', '#c0392b', '#27ae60', '#8e44ad', '#d35400', '#2c3e50'];
  const tracks = await mapLimit(
    Array.from({ length: SHAPE.tracks }, (_, i) => i),
    CREATE_IN_FLIGHT,
    async (i) =>
      (
        await api.call<{ id: string }>('POST', `${base}/tracks`, {
          expect: [201],
          body: {
            name: { kk: `${i + 1}-бағыт`, ru: `Трек ${i + 1}`, en: `Track ${i + 1}` },
            colour: colours[i % colours.length],
          },
        })
      ).body.id,
    never,
  );
  const roomIds = await mapLimit(
    Array.from({ length: SHAPE.rooms }, (_, i) => i),
    CREATE_IN_FLIGHT,
    async (i) =>
      (
        await api.call<{ id: string }>('POST', `${base}/rooms`, {
          expect: [201],
          body: {
            name: { kk: `${i + 1}-зал`, ru: `Зал ${i + 1}`, en: `Hall ${i + 1}` },
            capacity: 60 + (i % 5) * 60,
            position: i,
          },
        })
      ).body.id,
    never,
  );
  checkAborted();
  log(`event ${slug}: ${roomIds.length} rooms, ${tracks.length} tracks`);

  let began = performance.now();
  const speakerIds = await mapLimit(
    Array.from({ length: SHAPE.speakers }, (_, i) => i),
    CREATE_IN_FLIGHT,
    async (i) =>
      (await api.call<{ id: string }>('POST', '/api/v1/speakers', { expect: [201], body: speakerProfile(i) }))
        .body.id,
    never,
  );
  checkAborted();
  const speakersMs = performance.now() - began;
  log(`${speakerIds.length} speakers created in ${(speakersMs / 1000).toFixed(1)} s`);

  began = performance.now();
  let done = 0;
  let conflictsWhileCreating = 0;
  const createLatencies: number[] = [];
  const sessionIds = await mapLimit(
    planned,
    CREATE_IN_FLIGHT,
    async (session) => {
      const answer = await api.call<{ session: { id: string }; conflicts: unknown[] }>(
        'POST',
        `${base}/sessions`,
        {
          expect: [201],
          body: {
            title: session.title,
            abstract: session.abstract,
            type: session.type,
            language: session.language,
            trackId: tracks[session.track],
            speakerIds: session.speakers.map((index) => speakerIds[index]),
            roomId: roomIds[session.slot.room],
            ...slotTimes(SHAPE, session.slot),
            status: 'confirmed',
          },
        },
      );
      createLatencies.push(answer.elapsedMs);
      conflictsWhileCreating += answer.body.conflicts.length;
      done += 1;
      if (done % 250 === 0)
        log(`  ${done}/${planned.length} sessions (${((performance.now() - began) / 1000).toFixed(1)} s)`);
      return answer.body.session.id;
    },
    never,
  );
  checkAborted();
  const sessionsMs = performance.now() - began;
  log(
    `${sessionIds.length} sessions created in ${(sessionsMs / 1000).toFixed(1)} s (${CREATE_IN_FLIGHT} in flight)`,
  );
  return {
    eventId,
    slug,
    roomIds,
    sessionIds,
    model: new ProgrammeModel(SHAPE, planned),
    speakers: speakerIds.length,
    speakerAssignments: planned.reduce((sum, session) => sum + session.speakers.length, 0),
    speakersMs,
    sessionsMs,
    createLatency: summarize(createLatencies),
    conflictsWhileCreating,
  };
}

interface PublicSchedule {
  sessions: { speakers: { name: string | null }[] }[];
}

interface Publication {
  version: number;
  forced: boolean;
  publishMs: number;
  publishedSessions: number;
  speakersNamed: number;
  speakerSlots: number;
}

/**
 * Publishes the event, then a schedule version. Speaker names reach the sessions service over
 * Kafka; if some are still missing from the published schedule, publish again (bounded).
 */
async function publish(api: Gateway, event: GeneratedEvent): Promise<Publication> {
  await api.call('POST', `/api/v1/events/${event.eventId}/publish`, { expect: [200] });
  let last: Publication | undefined;
  for (let attempt = 1; attempt <= PUBLISH_ATTEMPTS; attempt += 1) {
    checkAborted();
    let answer = await api.call<{ number: number; forced: boolean }>(
      'POST',
      `/api/v1/events/${event.eventId}/schedule/versions`,
      { expect: [201, 409], body: {} },
    );
    if (answer.status === 409) {
      log(`publishing was refused (${answer.text.slice(0, 200)}); publishing with force`);
      answer = await api.call('POST', `/api/v1/events/${event.eventId}/schedule/versions`, {
        expect: [201],
        body: { force: true },
      });
    }
    const schedule = await api.call<PublicSchedule>('GET', `/api/v1/public/events/${event.slug}/schedule`);
    const speakerSlots = schedule.body.sessions.flatMap((session) => session.speakers);
    last = {
      version: answer.body.number,
      forced: answer.body.forced,
      publishMs: answer.elapsedMs,
      publishedSessions: schedule.body.sessions.length,
      speakersNamed: speakerSlots.filter((speaker) => speaker.name).length,
      speakerSlots: speakerSlots.length,
    };
    if (last.speakersNamed === last.speakerSlots) break;
    log(
      `schedule v${last.version}: ${last.speakerSlots - last.speakersNamed} speaker names not yet projected; retrying`,
    );
    await sleep(2_000);
  }
  const result = last as Publication;
  log(
    `schedule v${result.version} published in ${ms(result.publishMs)}: ${result.publishedSessions} sessions`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------------------
// (1) Conflict check of one change

interface MovesResult {
  latency: LatencySummary;
  serviceLatency?: LatencySummary;
  moves: number;
  toOccupied: number;
  withConflicts: number;
  asPredicted: number;
  mismatches: string[];
}

async function measureMoves(
  api: Gateway,
  event: GeneratedEvent,
  logDir: string | undefined,
): Promise<MovesResult> {
  const random = seededRandom(SEED + 1);
  const { model } = event;
  const latencies: number[] = [];
  const correlationIds = new Set<string>();
  const mismatches: string[] = [];
  let toOccupied = 0;
  let withConflicts = 0;
  let asPredicted = 0;
  const deadline = performance.now() + MOVES_DEADLINE_MS;
  for (let n = 0; n < WARMUP_MOVES + MOVES && !aborted && performance.now() < deadline; n += 1) {
    const index = Math.floor(random() * model.size);
    let target: Slot;
    const free = random() < 0.5 ? model.freeSlots() : [];
    if (free.length) target = pick(random, free);
    else {
      let other = index;
      while (other === index) other = Math.floor(random() * model.size);
      target = model.position(other);
    }
    model.move(index, target);
    const predicted = model.predict(index);
    const correlationId = `bench-move-${RUN_ID}-${n}`;
    const answer = await api.call<{ conflicts: { kind: string }[] }>(
      'PATCH',
      `/api/v1/events/${event.eventId}/sessions/${event.sessionIds[index]}`,
      {
        body: { roomId: event.roomIds[target.room], ...slotTimes(SHAPE, target) },
        headers: { 'x-correlation-id': correlationId },
      },
    );
    if (n < WARMUP_MOVES) continue;
    latencies.push(answer.elapsedMs);
    correlationIds.add(correlationId);
    if (!free.length) toOccupied += 1;
    const kinds = answer.body.conflicts.map((conflict) => conflict.kind);
    if (kinds.length) withConflicts += 1;
    const rooms = kinds.filter((kind) => kind === 'room-overlap').length;
    const speakers = kinds.filter((kind) => kind === 'speaker-double-booked').length;
    if (
      rooms === predicted.roomOverlap &&
      speakers === predicted.speakerDoubleBooked &&
      kinds.length === rooms + speakers
    )
      asPredicted += 1;
    else if (mismatches.length < 5)
      mismatches.push(
        `move ${n}: expected ${predicted.roomOverlap} room / ${predicted.speakerDoubleBooked} speaker, got ${kinds.join(', ') || 'none'}`,
      );
  }
  const service = logDir ? await serviceDurations(join(logDir, 'sessions.log'), correlationIds) : undefined;
  return {
    latency: summarize(latencies),
    serviceLatency: service?.length ? summarize(service.map((entry) => entry.durationMs)) : undefined,
    moves: latencies.length,
    toOccupied,
    withConflicts,
    asPredicted,
    mismatches,
  };
}

// ---------------------------------------------------------------------------------------------------
// (2) The published schedule, plain and revalidated, many connections

interface ThroughputResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  latency: LatencySummary;
  latency200: LatencySummary;
  latency304: LatencySummary;
  statuses: Record<string, number>;
  errors: Record<string, number>;
  bodyBytes: Record<string, number>;
  /** 200 answers whose body was not the full schedule fetched before. */
  wrongBodies: number;
  gatewaySide?: LatencySummary;
  serviceSide?: { status200?: LatencySummary; status304?: LatencySummary };
}

async function measureThroughput(platform: Platform, slug: string): Promise<ThroughputResult> {
  const path = `/api/v1/public/events/${slug}/schedule`;
  const reader = new Gateway(platform.gatewayUrl, undefined, 1);
  const etags = new Map<Lang, string>();
  const bodyBytes: Record<string, number> = {};
  for (const lang of LANGS) {
    const answer = await reader.call('GET', path, { headers: { 'accept-language': lang } });
    bodyBytes[lang] = Buffer.byteLength(answer.text);
    // The load below asks for gzip, whose body is its own representation with its own tag.
    const gzipped = await reader.call('GET', path, {
      headers: { 'accept-language': lang, 'accept-encoding': 'gzip' },
    });
    const etag = gzipped.headers['etag'];
    if (typeof etag !== 'string') throw new BenchError(`GET ${path} answered without an ETag`);
    etags.set(lang, etag);
    await reader.call('GET', path, {
      headers: { 'accept-language': lang, 'accept-encoding': 'gzip', 'if-none-match': etag },
      expect: [304],
    });
  }

  const pool = new Pool(platform.gatewayUrl, {
    connections: CONNECTIONS,
    pipelining: 1,
    keepAliveTimeout: 30_000,
  });
  pools.push(pool);
  const all: number[] = [];
  const by200: number[] = [];
  const by304: number[] = [];
  const statuses: Record<string, number> = {};
  const errors: Record<string, number> = {};
  const correlationIds = new Set<string>();
  let issued = 0;
  let errorCount = 0;
  let lastDone = 0;
  let wrongBodies = 0;
  const measureFrom = performance.now() + WARMUP_S * 1_000;
  const end = measureFrom + DURATION_S * 1_000;
  log(
    `(2) ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s, alternating plain and If-None-Match GETs…`,
  );

  const worker = async (w: number) => {
    const lang = LANGS[w % LANGS.length] as Lang;
    for (
      let i = w;
      !aborted && issued < MAX_THROUGHPUT_REQUESTS && errorCount < MAX_THROUGHPUT_ERRORS;
      i += 1
    ) {
      const started = performance.now();
      if (started >= end) break;
      const measured = started >= measureFrom;
      const conditional = i % 2 === 1;
      const correlationId = `bench-tp-${RUN_ID}-${w}-${i}`;
      issued += 1;
      try {
        const response = await pool.request({
          method: 'GET',
          path,
          // As browsers and `curl --compressed` do: the schedule is sent gzipped.
          headers: {
            'accept-language': lang,
            'accept-encoding': 'gzip',
            'x-correlation-id': correlationId,
            ...(conditional ? { 'if-none-match': etags.get(lang) as string } : {}),
          },
          headersTimeout: 10_000,
          bodyTimeout: 10_000,
        });
        const chunks: Buffer[] = [];
        for await (const chunk of response.body) chunks.push(chunk as Buffer);
        const raw = Buffer.concat(chunks);
        // Decompressing every answer would load the shared CPUs as much as serving it: check one in 20.
        const checked = i % 20 === 0;
        const gzipped = response.headers['content-encoding'] === 'gzip' && raw.length > 0;
        const size = checked && gzipped ? gunzipSync(raw).length : checked ? raw.length : undefined;
        const finished = performance.now();
        if (!measured) continue;
        const elapsed = finished - started;
        all.push(elapsed);
        if (response.statusCode === 200) {
          by200.push(elapsed);
          if (size !== undefined && size !== bodyBytes[lang]) wrongBodies += 1;
        }
        if (response.statusCode === 304) by304.push(elapsed);
        statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
        correlationIds.add(correlationId);
        lastDone = Math.max(lastDone, finished);
      } catch (error) {
        errorCount += 1;
        if (measured) {
          const code = (error as { code?: string }).code ?? (error as Error).name;
          errors[code] = (errors[code] ?? 0) + 1;
        }
        await sleep(5);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w)));
  const seconds = Math.max(0.001, (lastDone - measureFrom) / 1_000);

  let gatewaySide: LatencySummary | undefined;
  let serviceSide: ThroughputResult['serviceSide'];
  if (platform.logDir) {
    const [gateway, sessions] = await Promise.all([
      serviceDurations(join(platform.logDir, 'gateway.log'), correlationIds),
      serviceDurations(join(platform.logDir, 'sessions.log'), correlationIds),
    ]);
    if (gateway.length) gatewaySide = summarize(gateway.map((entry) => entry.durationMs));
    if (sessions.length)
      serviceSide = {
        status200: summarize(sessions.filter((e) => e.status === 200).map((e) => e.durationMs)),
        status304: summarize(sessions.filter((e) => e.status === 304).map((e) => e.durationMs)),
      };
  }
  return {
    connections: CONNECTIONS,
    seconds,
    requests: all.length,
    rps: all.length / seconds,
    latency: summarize(all),
    latency200: summarize(by200),
    latency304: summarize(by304),
    statuses,
    errors,
    bodyBytes,
    wrongBodies,
    gatewaySide,
    serviceSide,
  };
}

// ---------------------------------------------------------------------------------------------------
// (3) The full frab XML export

interface XmlResult {
  coldMs: number;
  warm: LatencySummary;
  bytes: number;
  events: number;
}

async function measureXml(platform: Platform, slug: string): Promise<XmlResult> {
  const reader = new Gateway(platform.gatewayUrl, undefined, 1);
  const path = `/api/v1/public/events/${slug}/schedule.xml`;
  const cold = await reader.call('GET', path);
  const warm: number[] = [];
  for (let run = 0; run < XML_WARM_RUNS && !aborted; run += 1)
    warm.push((await reader.call('GET', path)).elapsedMs);
  return {
    coldMs: cold.elapsedMs,
    warm: summarize(warm),
    bytes: Buffer.byteLength(cold.text),
    events: (cold.text.match(/<event[\s>]/g) ?? []).length,
  };
}

// ---------------------------------------------------------------------------------------------------
// Server-side times from the apps' access logs (only for a platform this benchmark started)

async function serviceDurations(
  logFile: string,
  correlationIds: ReadonlySet<string>,
): Promise<{ durationMs: number; status: number }[]> {
  await sleep(500); // let the apps' log lines reach the file
  const text = await readFile(logFile, 'utf8').catch(() => '');
  const found: { durationMs: number; status: number }[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('bench-') || !line.includes('"durationMs"')) continue;
    try {
      const entry = JSON.parse(line) as { correlationId?: string; durationMs?: number; status?: number };
      if (
        entry.correlationId &&
        correlationIds.has(entry.correlationId) &&
        typeof entry.durationMs === 'number'
      )
        found.push({ durationMs: entry.durationMs, status: entry.status ?? 0 });
    } catch {
      // a line cut short: skip it
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Report

interface Figures {
  platform: Platform;
  event: GeneratedEvent;
  publication: Publication;
  moves: MovesResult;
  throughput: ThroughputResult;
  xml: XmlResult;
  memory: [string, ProcessMemory][];
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function report(figures: Figures): void {
  const { event, publication, moves, throughput, xml } = figures;
  const xmlWorst = Math.max(xml.coldMs, xml.warm.max);
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, count]) => `${key}: ${int(count)}`)
      .join(', ') || 'none';

  console.log(`
Jiyn schedule benchmark — ${SHAPE.rooms} rooms, ${int(event.sessionIds.length)} confirmed sessions, ${SHAPE.days} days (seed ${SEED})
platform: ${figures.platform.mode === 'own' ? `own, started for this run (apps at LOG_LEVEL=${LOG_LEVEL})` : `running, ${figures.platform.gatewayUrl}`}; ${availableParallelism()} CPUs shared by load generator, apps, PostgreSQL and Kafka; Node ${process.version}
setup: ${event.speakers} speakers in ${(event.speakersMs / 1000).toFixed(1)} s; ${int(event.sessionIds.length)} sessions (${event.speakerAssignments} speaker slots) in ${(event.sessionsMs / 1000).toFixed(1)} s, ${CREATE_IN_FLIGHT} in flight, create p50 ${ms(event.createLatency.p50)} / p99 ${ms(event.createLatency.p99)}; conflicts reported while creating: ${event.conflictsWhileCreating}
published: schedule v${publication.version}${publication.forced ? ' (forced)' : ''} in ${ms(publication.publishMs)}, ${int(publication.publishedSessions)} sessions, speaker names ${publication.speakersNamed}/${publication.speakerSlots}
`);

  console.log(
    table(
      ['Target', 'Measured', 'Goal', 'Result'],
      [
        [
          '(1) conflict check of one change, p99',
          ms(moves.latency.p99),
          `≤ ${TARGETS.conflictP99Ms} ms`,
          verdict(moves.latency.p99 <= TARGETS.conflictP99Ms),
        ],
        [
          '(2) published schedule via gateway, ETag revalidation',
          `${int(throughput.rps)} req/s`,
          `≥ ${int(TARGETS.throughputRps)} req/s`,
          verdict(
            throughput.rps >= TARGETS.throughputRps &&
              Object.keys(throughput.errors).length === 0 &&
              throughput.wrongBodies === 0,
          ),
        ],
        [
          '(3) full frab XML export, worst of cold and warm',
          ms(xmlWorst),
          `≤ ${int(TARGETS.xmlMs)} ms`,
          verdict(xmlWorst <= TARGETS.xmlMs),
        ],
      ],
    ),
  );

  const row = (label: string, s: LatencySummary | undefined) =>
    s ? [label, int(s.count), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)] : [label, '-', '-', '-', '-', '-'];
  console.log(`
(1) ${moves.moves} PATCH moves after ${WARMUP_MOVES} warm-up, one at a time: ${moves.moves - moves.toOccupied} to free slots, ${moves.toOccupied} onto occupied ones; ${moves.withConflicts} answers carried conflicts; ${moves.asPredicted}/${moves.moves} matched the conflicts predicted client-side${moves.mismatches.length ? `\n    ${moves.mismatches.join('\n    ')}` : ''}
(2) ${throughput.connections} keep-alive connections, ${DURATION_S} s of load (rate over ${throughput.seconds.toFixed(1)} s, until the last answer): ${int(throughput.requests)} requests; statuses ${counts(throughput.statuses)}; errors ${counts(throughput.errors)}; 200s with a wrong body: ${throughput.wrongBodies}; full body ${Object.entries(
    throughput.bodyBytes,
  )
    .map(([lang, bytes]) => `${lang} ${int(bytes / 1024)} KiB`)
    .join(', ')}
(3) schedule.xml: ${int(xml.bytes / 1024)} KiB, ${xml.events} <event> elements; cold ${ms(xml.coldMs)}, then ${xml.warm.count} warm GETs
`);
  console.log(
    table(
      ['Latency (client-side unless noted)', 'n', 'p50', 'p95', 'p99', 'max'],
      [
        row('(1) PATCH move via gateway', moves.latency),
        row('(1)   sessions app alone (access log)', moves.serviceLatency),
        row('(2) all GETs via gateway', throughput.latency),
        row('(2)   200 (full schedule)', throughput.latency200),
        row('(2)   304 (If-None-Match)', throughput.latency304),
        row('(2)   gateway app total (access log)', throughput.gatewaySide),
        row('(2)   sessions app, 200 (access log)', throughput.serviceSide?.status200),
        row('(2)   sessions app, 304 (access log)', throughput.serviceSide?.status304),
        row('(3) schedule.xml warm', xml.warm),
      ],
    ),
  );
  console.log(
    '\n(1) detectConflicts in-process: not measured — tools may not import apps/sessions (lint: @nx/enforce-module-boundaries); the sessions app row above is its whole PATCH handling, conflict check included.',
  );
  if (figures.memory.length) {
    console.log('');
    console.log(
      table(
        ['Process', 'peak RSS (VmHWM)', 'RSS at end'],
        figures.memory.map(([name, memory]) => [name, mb(memory.peakKb), mb(memory.currentKb)]),
      ),
    );
  } else console.log('\nPeak RSS: n/a (running platform: its pids are not known here)');
}

// ---------------------------------------------------------------------------------------------------

async function runBenchmark(platform: Platform): Promise<Figures> {
  const api = new Gateway(platform.gatewayUrl, platform.adminKey, CREATE_IN_FLIGHT);
  const event = await generateEvent(api);
  const publication = await publish(api, event);
  checkAborted();
  log('(3) frab XML export, cold then warm…');
  const xml = await measureXml(platform, event.slug);
  checkAborted();
  log(`(1) ${WARMUP_MOVES} + ${MOVES} conflict-checked moves…`);
  const moves = await measureMoves(
    new Gateway(platform.gatewayUrl, platform.adminKey, 1),
    event,
    platform.logDir,
  );
  checkAborted();
  const throughput = await measureThroughput(platform, event.slug);
  checkAborted();
  const memory: [string, ProcessMemory][] =
    platform.mode === 'own'
      ? [
          ...(['gateway', 'sessions', 'registrations', 'speakers', 'feedback', 'kafka'] as const).map(
            (name): [string, ProcessMemory] => [
              name === 'kafka' ? 'kafka (JVM)' : name,
              processMemory(platform.pids[name]),
            ],
          ),
          ['benchmark client', processMemory(process.pid)],
        ]
      : [];
  if (platform.mode === 'running')
    log(`note: the generated event ${event.slug} stays in the running platform's database`);
  return { platform, event, publication, moves, throughput, xml, memory };
}

async function main(): Promise<number> {
  let platform: Platform;
  const began = performance.now();
  try {
    const booting = boot();
    startup = booting;
    platform = await booting;
    log(`platform ready in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  } catch (error) {
    if (aborted) return 130;
    console.error(`[bench] the platform did not start: ${describe(error)}`);
    return 1;
  }
  try {
    report(await runBenchmark(platform));
    log(`done in ${((performance.now() - began) / 1000).toFixed(0)} s`);
    return 0;
  } catch (error) {
    if (aborted) return 130;
    console.error(`[bench] the benchmark could not complete: ${describe(error)}`);
    for (const app of platform.logDir ? ['gateway', 'sessions'] : []) {
      const tail = lastLines(readFileIfExists(join(platform.logDir as string, `${app}.log`)) ?? '', 15);
      console.error(`[bench] last lines of the ${app} log:\n${tail}`);
    }
    return 1;
  }
}

function describe(error: unknown): string {
  if (isInfraError(error) || error instanceof BenchError) return error.message;
  return (error as Error)?.stack ?? String(error);
}

const code = await main();
if (!aborted) {
  log('stopping…');
  await cleanup();
  process.exit(code);
}
