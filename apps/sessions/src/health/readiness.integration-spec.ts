import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { eventually, testInfrastructure } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { SessionsAppModule } from '../app.module';
import { sessionsDatabase } from '../database/database';
import { SessionsEnvironment } from '../sessions.environment';

const { service } = useServiceTestBed({
  service: 'sessions',
  environment: SessionsEnvironment,
  module: SessionsAppModule.register,
  database: (url) => sessionsDatabase(url),
  probe: [],
});
const infra = testInfrastructure();

/** The readiness probe as a load balancer sees it: no credentials. */
async function ready(): Promise<{ status: number; body: unknown }> {
  const { status, body } = await service.request('GET', '/health/ready', { principal: null });
  return { status, body };
}

async function kafkaStateMetric(): Promise<string | undefined> {
  const metrics = (await service.request('GET', '/metrics')).body as string;
  return /readiness_dependency_state\{[^}]*dependency="kafka"[^}]*state="(\w+)"[^}]*\} 1$/m.exec(
    metrics,
  )?.[1];
}

/** Shuts the service's own database to new and existing connections, as an outage of it would. */
async function withDatabaseUnreachable(action: () => Promise<void>): Promise<void> {
  const name = new URL(service.databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: infra.databaseUrl });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    await action();
  } finally {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
    await admin.end();
  }
}

describe('sessions service: readiness', () => {
  it('should stay ready, reporting Kafka down, while the broker is paused, and keep serving', async () => {
    if (!infra.kafkaPid)
      throw new Error('this test pauses the broker: run it through `npm test`, which starts one');
    await eventually(async () =>
      expect(await ready()).toEqual({
        status: 200,
        body: { status: 'ok', checks: { database: 'up', kafka: 'up' } },
      }),
    );
    process.kill(infra.kafkaPid, 'SIGSTOP');
    try {
      await eventually(
        async () =>
          expect(await ready()).toEqual({
            status: 200,
            body: { status: 'degraded', checks: { database: 'up', kafka: 'down' } },
          }),
        { timeoutMs: 20_000 },
      );
      expect(await kafkaStateMetric()).toBe('down');
      // It serves: a write commits, its event waiting in the outbox.
      const created = await service.request('POST', '/events', {
        body: {
          slug: `readiness-${randomUUID().slice(0, 8)}`,
          title: { kk: 'Жиын', ru: 'Собрание', en: 'Gathering' },
          startsAt: '2030-02-05T09:00:00+05:00',
          endsAt: '2030-02-07T18:00:00+05:00',
          capacity: 60,
        },
      });
      expect(created.status).toBe(201);
    } finally {
      process.kill(infra.kafkaPid, 'SIGCONT');
    }
    await eventually(
      async () =>
        expect(await ready()).toEqual({
          status: 200,
          body: { status: 'ok', checks: { database: 'up', kafka: 'up' } },
        }),
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(await kafkaStateMetric()).toBe('up');
  }, 120_000);

  it('should be unready (503) while its database is unreachable, and ready again once it is back', async () => {
    await withDatabaseUnreachable(async () => {
      await eventually(
        async () =>
          expect(await ready()).toEqual({
            status: 503,
            body: { status: 'unavailable', checks: { database: 'down', kafka: 'up' } },
          }),
        { timeoutMs: 20_000 },
      );
    });
    await eventually(
      async () =>
        expect(await ready()).toEqual({
          status: 200,
          body: { status: 'ok', checks: { database: 'up', kafka: 'up' } },
        }),
      { timeoutMs: 20_000 },
    );
  }, 60_000);
});
