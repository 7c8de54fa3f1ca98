/**
 * `npm run bench:api-keys`: what API-key authentication costs at the gateway and how soon a
 * revocation reaches a second gateway. Starts its own PostgreSQL on the benchmarks' port band
 * (JIYN_BENCH_PORT_OFFSET) and two gateway apps in this process on one database; the services behind
 * the gateway are stand-ins (only the gateway's own work is measured).
 *
 * Prints: p50/p99 of one warm-cache key resolution (in process), p50/p99 of a whole request through
 * the gateway with an API key and with the break-glass key (the difference is what key resolution
 * adds over the cheapest credential), and p50/max of the revocation delay seen by the second gateway,
 * with and without its LISTEN connection.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyRequest } from 'fastify';
import pg from 'pg';
import { Pool } from 'undici';
import { ROLE_SCOPES } from '@jiyn/auth';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { gatewayDatabase } from '../../apps/gateway/src/database/database';
import {
  standInServices,
  startGateway,
  type GatewayUnderTest,
} from '../../apps/gateway/src/access/testing/gateway-under-test';
import { startPostgres } from '../dev/infra';
import { platformPorts } from '../dev/platform';

const RESOLUTIONS = Number(process.env['JIYN_BENCH_RESOLUTIONS'] ?? 200_000);
const REQUESTS = Number(process.env['JIYN_BENCH_REQUESTS'] ?? 5_000);
const REVOCATIONS = Number(process.env['JIYN_BENCH_REVOCATIONS'] ?? 30);
const log = (line: string) => console.log(`[bench] ${line}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const summary = (values: number[], unit: 'ms' | 'µs') => {
  const sorted = [...values].sort((x, y) => x - y);
  const scale = unit === 'µs' ? 1_000 : 1;
  const fmt = (v: number) => `${(v * scale).toFixed(unit === 'µs' ? 1 : 2)} ${unit}`;
  return `p50 ${fmt(percentile(sorted, 50))}, p99 ${fmt(percentile(sorted, 99))}, max ${fmt(sorted.at(-1) ?? NaN)}`;
};

async function main(): Promise<void> {
  const ports = platformPorts('bench');
  const workDir = await mkdtemp(join(tmpdir(), 'jiyn-bench-keys-'));
  const postgres = await startPostgres({
    dataDir: join(workDir, 'postgres'),
    port: ports.postgres,
    persistent: false,
  });
  const { server } = await standInServices(new Map());
  const gateways: GatewayUnderTest[] = [];
  try {
    await migrateServiceDatabase(gatewayDatabase(postgres.url));
    const servicesUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const adminKey = `jiyn_admin_${randomBytes(24).toString('base64url')}`;
    const a = await startGateway(postgres.url, servicesUrl, adminKey);
    const b = await startGateway(postgres.url, servicesUrl, adminKey);
    gateways.push(a, b);
    const http = (gateway: GatewayUnderTest) => new Pool(gateway.url, { connections: 1 });
    const poolA = http(a);
    const poolB = http(b);
    const call = async (pool: Pool, key: string, method: string, path: string, body?: unknown) => {
      const response = await pool.request({
        method: method as 'GET',
        path,
        headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.body.text();
      return { status: response.statusCode, body: text ? (JSON.parse(text) as Record<string, any>) : {} }; // eslint-disable-line @typescript-eslint/no-explicit-any -- loose bench client
    };
    const org = (
      await call(poolA, adminKey, 'POST', '/api/v1/organisations', { slug: 'mci', name: { en: 'MCI' } })
    ).body['id'] as string;
    const owner = (
      await call(poolA, adminKey, 'POST', '/api/v1/api-keys', {
        organisationId: org,
        name: 'owner',
        scopes: ROLE_SCOPES.owner,
      })
    ).body['secret'] as string;

    // 1. One warm-cache resolution, in process.
    const request = { headers: { authorization: `Bearer ${owner}` } } as unknown as FastifyRequest;
    await a.resolver.resolve(request);
    const resolutions: number[] = [];
    for (let i = 0; i < RESOLUTIONS; i += 1) {
      const started = performance.now();
      await a.resolver.resolve(request);
      resolutions.push(performance.now() - started);
    }
    log(`warm-cache key resolution (${RESOLUTIONS}): ${summary(resolutions, 'µs')}`);

    // 2. Whole requests through the gateway: API key against break-glass, interleaved.
    const path = `/api/v1/organisations/${org}`;
    const withKey: number[] = [];
    const withBreakGlass: number[] = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      for (const [key, into] of [
        [owner, withKey],
        [adminKey, withBreakGlass],
      ] as const) {
        const started = performance.now();
        const answer = await call(poolA, key, 'GET', path);
        into.push(performance.now() - started);
        if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
      }
    }
    log(`GET ${path.replace(org, '{id}')} with an API key    (${REQUESTS}): ${summary(withKey, 'ms')}`);
    log(`GET ${path.replace(org, '{id}')} with break-glass  (${REQUESTS}): ${summary(withBreakGlass, 'ms')}`);
    const p50 = (values: number[]) =>
      percentile(
        [...values].sort((x, y) => x - y),
        50,
      );
    log(`API key over break-glass at p50: ${((p50(withKey) - p50(withBreakGlass)) * 1000).toFixed(1)} µs`);

    // 3. Revocation on gateway a, seen by gateway b (which had the key cached).
    const revocationDelay = async (): Promise<number> => {
      const key = (
        await call(poolA, owner, 'POST', '/api/v1/api-keys', { name: 'k', scopes: ['events:read'] })
      ).body;
      const secret = key['secret'] as string;
      if ((await call(poolB, secret, 'GET', path)).status !== 200) throw new Error('fresh key refused');
      const started = performance.now();
      await call(poolA, owner, 'DELETE', `/api/v1/api-keys/${key['apiKey'].id}`);
      while ((await call(poolB, secret, 'GET', path)).status !== 401) {
        if (performance.now() - started > 5_000) throw new Error('revocation not seen in 5 s');
        await sleep(1);
      }
      return performance.now() - started;
    };
    const delays: number[] = [];
    for (let i = 0; i < REVOCATIONS; i += 1) delays.push(await revocationDelay());
    log(`revocation seen by the second gateway, LISTEN up (${REVOCATIONS}): ${summary(delays, 'ms')}`);

    // 4. The same with LISTEN lost: only the counter poll (every 500 ms) tells gateway b.
    const withoutListen: number[] = [];
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    for (let i = 0; i < Math.min(REVOCATIONS, 10); i += 1) {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jiyn-gateway-credential-changes'`,
      );
      withoutListen.push(await revocationDelay());
      await sleep(1_200); // let the feeds reconnect before the next round
    }
    await admin.end();
    log(
      `revocation seen by the second gateway, LISTEN killed (${withoutListen.length}): ${summary(withoutListen, 'ms')}`,
    );
    await poolA.close();
    await poolB.close();
  } finally {
    for (const gateway of gateways) await gateway.app.close();
    server.closeAllConnections();
    server.close();
    await postgres.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
