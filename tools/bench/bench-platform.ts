/**
 * What every benchmark needs from the platform: its own throw-away one on shifted ports (PostgreSQL,
 * Kafka, an SMTP server, the six apps) or a running one on 127.0.0.1, a keep-alive HTTP client for the gateway,
 * peak memory of each process, and stopping whatever was started, also on Ctrl-C.
 *
 * Environment: JIYN_GATEWAY_URL + JIYN_API_KEY (an organisation key with every scope) use a running platform; otherwise one is started on
 * the benchmarks' own port band (21000…, apart from `npm start`'s and `npm test`'s), moved within it by
 * JIYN_BENCH_PORT_OFFSET (a multiple of 10, default 0).
 * JIYN_BENCH_LOG_LEVEL (info, as `npm start` runs the apps).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { SCOPES } from '@jiyn/auth';
import { createApiKey, seedOrganisations } from '../dev/demo/seed-organisations';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { Pool, type Dispatcher } from 'undici';
import { isInfraError, lastLines, readFileIfExists, waitForHttp } from '../dev/infra';
import {
  assertPortsFree,
  generateSecrets,
  platformPorts,
  runMigrations,
  startApps,
  startInfrastructure,
  type AppName,
  type Infrastructure,
  type RunningApps,
} from '../dev/platform';
import { processMemory, type ProcessMemory } from './bench-kit';

export class BenchError extends Error {}

export const log = (line: string): void => console.log(`[bench] ${line}`);

export const BENCH_LOG_LEVEL = process.env['JIYN_BENCH_LOG_LEVEL'] ?? 'info';

export interface Platform {
  mode: 'own' | 'running';
  gatewayUrl: string;
  /** An organisation's API key holding every scope (personal data included), as a ministry's system would. */
  apiKey: string;
  /** Internal token of the apps (own platform only): lets a benchmark read a service's /metrics. */
  internalToken?: string;
  urls?: Record<AppName, string>;
  pids: Partial<Record<AppName | 'kafka', number>>;
  brokers?: string[];
  databaseUrl?: string;
  logDir?: string;
  /** Where the own platform's SMTP server keeps what it received (own platform only). */
  mailDir?: string;
  /** The own platform's SMTP server process. */
  smtpPid?: number;
}

// ---------------------------------------------------------------------------------------------------
// What this process started, and stopping it (also on Ctrl-C)

let infrastructure: Infrastructure | undefined;
let apps: RunningApps | undefined;
let workDir: string | undefined;
let startup: Promise<unknown> | undefined;
let aborted = false;
const closers: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | undefined;

export function isAborted(): boolean {
  return aborted;
}

export function checkAborted(): void {
  if (aborted) throw new BenchError('interrupted');
}

/** Something to close before the platform stops (HTTP pools, Kafka clients). */
export function closeOnCleanup(close: () => Promise<unknown>): void {
  closers.push(close);
}

export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await Promise.all(closers.map((close) => close().catch(() => undefined)));
    await apps?.stop().catch(() => undefined);
    await infrastructure?.stop().catch(() => undefined);
    if (workDir) await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  })();
  return cleaning;
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

async function boot(): Promise<Platform> {
  const runningUrl = process.env['JIYN_GATEWAY_URL'];
  const runningKey = process.env['JIYN_API_KEY'];
  if (runningUrl || runningKey) {
    if (!runningUrl || !runningKey)
      throw new BenchError(
        'set both JIYN_GATEWAY_URL and JIYN_API_KEY (an organisation key with every scope) to use a running platform, or neither',
      );
    const url = new URL(runningUrl);
    if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1')
      throw new BenchError(
        `JIYN_GATEWAY_URL must be http://127.0.0.1:<port> (this benchmark only targets this machine)`,
      );
    await waitForHttp(`${url.origin}/health/ready`, 10_000);
    log(`using the running platform at ${url.origin}`);
    return {
      mode: 'running',
      gatewayUrl: url.origin,
      apiKey: runningKey,
      pids: {},
      brokers: process.env['KAFKA_BROKERS']?.split(','),
    };
  }

  const ports = platformPorts('bench');
  await assertPortsFree('bench', ports, { postgres: true, kafka: true });
  workDir = await mkdtemp(join(tmpdir(), 'jiyn-bench-'));
  const secrets = generateSecrets();
  log(
    `starting a throw-away platform (gateway ${ports.gateway}, PostgreSQL ${ports.postgres}, Kafka ${ports.kafka}) in ${workDir}`,
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
    smtpUrl: infrastructure.smtp.url,
    secrets,
    logDir: join(workDir, 'logs'),
    logLevel: BENCH_LOG_LEVEL,
    log: (line) => log(line),
  });
  checkAborted();
  // The operator's bootstrap: an organisation, then its key, with the break-glass key.
  const { firstOrganisationId } = await seedOrganisations(
    apps.gatewayUrl,
    secrets.adminApiKey,
    join(workDir, 'api-keys.json'),
    false,
  );
  const apiKey = await createApiKey(apps.gatewayUrl, secrets.adminApiKey, {
    organisationId: firstOrganisationId,
    name: 'benchmark',
    scopes: [...SCOPES],
  });
  // A load test is one system sending far beyond a key's default budget: the organisation's own
  // limit is raised for it, as an operator would for a ministry's bulk sync.
  const raised = await fetch(`${apps.gatewayUrl}/api/v1/rate-limits?organisationId=${firstOrganisationId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${secrets.adminApiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ apiKeyPerMinute: 1_000_000 }),
  });
  if (raised.status !== 200)
    throw new BenchError(`raising the benchmark's rate limit answered ${raised.status}`);
  return {
    mode: 'own',
    gatewayUrl: apps.gatewayUrl,
    apiKey,
    internalToken: secrets.internalToken,
    urls: apps.urls,
    pids: { ...apps.pids, kafka: infrastructure.kafkaPid },
    brokers: infrastructure.brokers,
    databaseUrl: infrastructure.databaseUrl,
    logDir: apps.logDir,
    mailDir: infrastructure.smtp.mailDir,
    smtpPid: infrastructure.smtp.pid,
  };
}

/** Peak and current resident memory of each process of an own platform, and of this client. */
export function platformMemory(platform: Platform): [string, ProcessMemory][] {
  if (platform.mode !== 'own') return [];
  return [
    ...(
      ['gateway', 'sessions', 'registrations', 'speakers', 'feedback', 'notifications', 'kafka'] as const
    ).map((name): [string, ProcessMemory] => [
      name === 'kafka' ? 'kafka (JVM)' : name,
      processMemory(platform.pids[name]),
    ]),
    ['benchmark client', processMemory(process.pid)],
  ];
}

/**
 * Boots the platform, runs the benchmark, stops what it started and exits: 0 whatever the figures
 * (they are printed with PASS/FAIL), 1 when the platform does not start or the run cannot complete.
 */
export async function runBenchmarkMain(
  run: (platform: Platform) => Promise<void>,
  logsOnFailure: AppName[],
): Promise<never> {
  const code = await (async (): Promise<number> => {
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
      await run(platform);
      log(`done in ${((performance.now() - began) / 1000).toFixed(0)} s`);
      return 0;
    } catch (error) {
      if (aborted) return 130;
      console.error(`[bench] the benchmark could not complete: ${describe(error)}`);
      for (const app of platform.logDir ? logsOnFailure : []) {
        const tail = lastLines(readFileIfExists(join(platform.logDir as string, `${app}.log`)) ?? '', 15);
        console.error(`[bench] last lines of the ${app} log:\n${tail}`);
      }
      return 1;
    }
  })();
  if (!aborted) {
    log('stopping…');
    await cleanup();
    process.exit(code);
  }
  return new Promise<never>(() => undefined); // the signal handler exits
}

function describe(error: unknown): string {
  if (isInfraError(error) || error instanceof BenchError) return error.message;
  return (error as Error)?.stack ?? String(error);
}

// ---------------------------------------------------------------------------------------------------
// HTTP through the gateway (keep-alive pools)

export interface Answer<T> {
  status: number;
  headers: Dispatcher.ResponseData['headers'];
  text: string;
  body: T;
  elapsedMs: number;
}

export class Gateway {
  readonly pool: Pool;

  constructor(
    origin: string,
    private readonly key: string | undefined,
    connections: number,
  ) {
    this.pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
    closeOnCleanup(() => this.pool.destroy());
  }

  async call<T = unknown>(
    method: Dispatcher.HttpMethod,
    path: string,
    options: {
      body?: unknown;
      /** A body sent as it is (e.g. a CSV file), with its content type. */
      raw?: { bytes: Buffer; contentType: string };
      expect?: number[];
      headers?: Record<string, string>;
      timeoutMs?: number;
    } = {},
  ): Promise<Answer<T>> {
    const expect = options.expect ?? [200];
    const timeout = options.timeoutMs ?? 30_000;
    const started = performance.now();
    const response = await this.pool.request({
      method,
      path,
      headers: {
        ...(this.key ? { authorization: `Bearer ${this.key}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.raw ? { 'content-type': options.raw.contentType } : {}),
        'accept-language': 'en',
        ...options.headers,
      },
      body: options.raw?.bytes ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      headersTimeout: timeout,
      bodyTimeout: timeout,
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
