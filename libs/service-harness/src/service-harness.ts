import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, SCOPES, encodePrincipal, type Principal } from '@jiyn/auth';
import {
  buildOpenApiDocument,
  createServiceApp,
  createServiceRuntime,
  type ServiceRuntime,
} from '@jiyn/bootstrap';
import { startEventHandlers } from '@jiyn/messaging';
import { loadConfig } from '@jiyn/config';
import { migrateServiceDatabase, type ServiceDatabaseOptions } from '@jiyn/persistence';
import { createTestDatabase, testInfrastructure, uniqueName } from '@jiyn/testing';
import { ResponseConformance } from './response-conformance';

/** The organisation the harness's default principal acts for; events created in tests belong to it. */
export const TEST_ORGANISATION_ID = '0190f000-0000-7000-8000-00000000a001';

/** An API key of the test organisation holding every scope, personal data included. */
export const TEST_ADMIN: Principal = {
  id: 'api-key:test-admin',
  kind: 'api-key',
  organisationId: TEST_ORGANISATION_ID,
  grants: [{ organisationId: TEST_ORGANISATION_ID, scopes: [...SCOPES] }],
};

/** A principal of `organisationId` with the given scopes there (default: every scope). */
export function organisationPrincipal(
  organisationId: string,
  scopes: readonly (typeof SCOPES)[number][] = SCOPES,
  id = `api-key:${organisationId}`,
): Principal {
  return { id, kind: 'api-key', organisationId, grants: [{ organisationId, scopes: [...scopes] }] };
}

export interface ServiceUnderTest {
  app: NestFastifyApplication;
  databaseUrl: string;
  internalToken: string;
  /** Calls the service as the gateway would: internal token plus the given principal. */
  request(
    method: string,
    path: string,
    options?: { body?: unknown; principal?: Principal | null; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Record<string, unknown> }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Runs a query on the service's own test database and returns its rows. */
  query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** The column `n` of the query's first row (write `SELECT count(*)::int AS n …`), or -1 when there is no row. */
  count(sql: string, params?: unknown[]): Promise<number>;
  stop(): Promise<void>;
}

export interface ServiceHarnessOptions<E extends object> {
  service: string;
  environment: new () => E;
  module: (env: E, runtime: ServiceRuntime) => unknown;
  database: (url: string) => ServiceDatabaseOptions;
  env?: Record<string, string>;
  /**
   * Server settings for every connection to the service's database (`ALTER DATABASE … SET`, made
   * before the service connects), e.g. planner settings a test runs the service under.
   */
  databaseSettings?: Record<string, string>;
}

/**
 * Boots one service in-process on its own fresh database, migrated, against the run's real Kafka,
 * with its own consumer-group prefix so it shares no offsets with anything else.
 */
export async function startServiceUnderTest<E extends object>(
  options: ServiceHarnessOptions<E>,
): Promise<ServiceUnderTest> {
  const infra = testInfrastructure();
  const database = await createTestDatabase(options.service);
  await migrateServiceDatabase(options.database(database.url));
  await applyDatabaseSettings(database.url, options.databaseSettings ?? {});
  const internalToken = randomBytes(24).toString('hex');
  const env = loadConfig(options.environment, {
    NODE_ENV: 'test',
    PORT: '1',
    LOG_LEVEL: process.env['JIYN_TEST_LOG_LEVEL'] ?? 'silent',
    INTERNAL_TOKEN: internalToken,
    DATABASE_URL: database.url,
    KAFKA_BROKERS: infra.brokers.join(','),
    KAFKA_GROUP_PREFIX: `${uniqueName('it')}.`,
    // Each suite's service begins at the topics' ends: on CI's full run, reading every earlier
    // suite's events first kept a late suite's first message waiting for minutes.
    KAFKA_NEW_GROUP_START: 'latest',
    OUTBOX_POLL_INTERVAL_MS: '500',
    PARTICIPANT_KEY_SECRET: randomBytes(24).toString('hex'),
    OFFER_LINK_SECRET: randomBytes(24).toString('hex'),
    WEBHOOK_SECRET_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    CHECK_IN_SIGNING_KEY: generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'der', type: 'pkcs8' })
      .toString('base64'),
    ...options.env,
  } as NodeJS.ProcessEnv);
  const runtime = createServiceRuntime({
    service: options.service,
    logLevel: (env as { LOG_LEVEL?: string }).LOG_LEVEL,
  });
  const { app } = await createServiceApp(options.module(env, runtime), { service: options.service }, runtime);
  await app.init();
  await startEventHandlers(app);
  // A real listening socket (not Fastify's inject, whose dependencies Jest cannot load as ESM on Node 20).
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  // Every response a test receives is held to the service's own OpenAPI document.
  let conformance: ResponseConformance | undefined;
  // One small pool for the test's own queries, opened on first use.
  let pool: pg.Pool | undefined;
  const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> => {
    if (!pool) {
      pool = new pg.Pool({ connectionString: database.url, max: 2 });
      // An idle client cut off (e.g. by the forced drop at the end) must not crash the test run.
      pool.on('error', () => undefined);
    }
    return (await pool.query<R>(sql, params)).rows;
  };

  return {
    app,
    databaseUrl: database.url,
    internalToken,
    async request(method, path, { body, principal = TEST_ADMIN, headers = {} } = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(principal === null
            ? {}
            : { [INTERNAL_TOKEN_HEADER]: internalToken, [PRINCIPAL_HEADER]: encodePrincipal(principal) }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      conformance ??= new ResponseConformance(buildOpenApiDocument(app, options.service));
      conformance.check(
        method,
        path,
        response.status,
        response.headers.get('content-type') ?? undefined,
        parsed,
      );
      return { status: response.status, body: parsed, headers: Object.fromEntries(response.headers) };
    },
    query,
    async count(sql, params) {
      const [row] = await query<{ n: number }>(sql, params);
      return row?.n ?? -1;
    },
    async stop() {
      await app.close();
      // Before the database is dropped, whose forced disconnect would fail the pool's idle clients.
      await pool?.end();
      pool = undefined;
      await database.drop();
    },
  };
}

async function applyDatabaseSettings(url: string, settings: Record<string, string>): Promise<void> {
  if (Object.keys(settings).length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const name = new URL(url).pathname.slice(1);
    for (const [setting, value] of Object.entries(settings)) {
      if (!/^[a-z_]+$/.test(setting)) throw new Error(`not a setting name: ${setting}`);
      await client.query(`ALTER DATABASE "${name}" SET ${setting} = ${client.escapeLiteral(value)}`);
    }
  } finally {
    await client.end();
  }
}
