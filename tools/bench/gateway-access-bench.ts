/**
 * What the audit writer and the shared rate limiter cost at the gateway: one real gateway on a
 * throw-away PostgreSQL, a stand-in for the services (answers at once), four kinds of request:
 *
 *   baseline   GET  as an operator           (neither limited nor audited)
 *   limited    GET  as an API key            (rate limiter only)
 *   audited    POST as an operator           (audit entry only)
 *   both       POST as an API key            (rate limiter and audit entry)
 *
 * The operator is a break-glass principal holding the events scopes (the real break-glass key may
 * only bootstrap organisations): like it, never rate limited. Both callers are the test resolver's
 * principals, so key lookup is not in these figures (`npm run bench:api-keys` measures it).
 *
 * Latency: sequential requests (p50/p99, ms). Throughput: 16 in flight for a few seconds (req/s).
 * Run: npm run bench:gateway-access   (ports: JIYN_BENCH_PORT_OFFSET; REQUESTS=2000 SECONDS=4)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { startPostgres } from '../dev/infra/postgres';
import { platformPorts } from '../dev/platform/services';
import { gatewayDatabase } from '../../apps/gateway/src/database/database';
import {
  apiKey,
  credentialOf,
  startStandIn,
  startGatewayWithTestPrincipals,
} from '../../apps/gateway/src/access/audit/testing/standalone-gateway';
import { summarize } from './bench-kit';

const REQUESTS = Number(process.env['REQUESTS'] ?? 2000);
const SECONDS = Number(process.env['SECONDS'] ?? 4);
const CONCURRENCY = 16;

async function main(): Promise<void> {
  const ports = platformPorts('bench');
  const dataDir = await mkdtemp(join(tmpdir(), 'jiyn-access-bench-'));
  const postgres = await startPostgres({ dataDir, port: ports.postgres, persistent: false });
  const standIn = await startStandIn();
  try {
    await migrateServiceDatabase(gatewayDatabase(postgres.url));
    const gateway = await startGatewayWithTestPrincipals(postgres.url, standIn.url, {
      API_KEY_REQUESTS_PER_MINUTE: '1000000',
      LOG_LEVEL: 'silent',
    });
    const organisationId = '0190a1b2-0000-7000-8000-00000000b001';
    const key = credentialOf(apiKey(organisationId, ['events:read', 'events:write']));
    const operator = credentialOf({
      id: 'break-glass:bench',
      kind: 'break-glass',
      grants: [{ organisationId, scopes: ['events:read', 'events:write'] }],
    });
    const kinds = {
      baseline: { method: 'GET', auth: operator },
      limited: { method: 'GET', auth: key },
      audited: { method: 'POST', auth: operator },
      both: { method: 'POST', auth: key },
    } as const;
    const call = async (kind: keyof typeof kinds): Promise<void> => {
      const { method, auth } = kinds[kind];
      // Operations the stand-in's document declares (GET and POST /events), as a service's would.
      const response = await fetch(`${gateway.url}/api/v1/events`, {
        method,
        headers: { authorization: `Bearer ${auth}` },
      });
      await response.arrayBuffer();
      if (response.status >= 300 && response.status !== 201) throw new Error(`${kind}: ${response.status}`);
    };
    const rows: string[] = [];
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
      for (let i = 0; i < 200; i++) await call(kind); // warm-up
      const latencies: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const start = performance.now();
        await call(kind);
        latencies.push(performance.now() - start);
      }
      const stats = summarize(latencies);
      let done = 0;
      const until = performance.now() + SECONDS * 1000;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (performance.now() < until) {
            await call(kind);
            done += 1;
          }
        }),
      );
      rows.push(
        `${kind.padEnd(9)} p50 ${stats.p50.toFixed(2)} ms  p99 ${stats.p99.toFixed(2)} ms  ` +
          `throughput ${(done / SECONDS).toFixed(0)} req/s (${CONCURRENCY} in flight)`,
      );
      console.log(`[bench] ${rows[rows.length - 1]}`);
    }
    await gateway.app.close();
  } finally {
    await standIn.close();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
