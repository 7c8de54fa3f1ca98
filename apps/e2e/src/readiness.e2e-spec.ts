import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually, testInfrastructure } from '@jiyn/testing';
import { call } from './gateway-client';

const infra = testInfrastructure();
const ALL_UP = {
  database: 'up',
  sessions: 'up',
  registrations: 'up',
  speakers: 'up',
  feedback: 'up',
  notifications: 'up',
};

describe('readiness through the gateway while Kafka is away', () => {
  it('should keep the gateway ready and the API serving, with every service reported degraded', async () => {
    if (!infra.kafkaPid)
      throw new Error('this test pauses the broker: run it through `npm test`, which starts one');
    await eventually(async () =>
      expect(await call('GET', '/health/ready', { key: null })).toMatchObject({
        status: 200,
        body: { status: 'ok', checks: ALL_UP },
      }),
    );
    process.kill(infra.kafkaPid, 'SIGSTOP');
    try {
      await eventually(
        async () =>
          expect(await call('GET', '/health/ready', { key: null })).toMatchObject({
            status: 200,
            body: {
              status: 'degraded',
              checks: {
                sessions: 'degraded',
                registrations: 'degraded',
                speakers: 'degraded',
                feedback: 'degraded',
                notifications: 'degraded',
              },
            },
          }),
        { timeoutMs: 30_000, intervalMs: 500 },
      );
      const created = await call('POST', '/api/v1/events', {
        body: {
          slug: `broker-outage-${randomUUID().slice(0, 8)}`,
          title: { kk: 'Жиын', ru: 'Собрание', en: 'Gathering' },
          startsAt: '2030-02-05T09:00:00+05:00',
          endsAt: '2030-02-07T18:00:00+05:00',
          capacity: 60,
        },
      });
      expect(created.status).toBe(201);
      expect((await call('GET', `/api/v1/events/${created.body.id}`)).status).toBe(200);
    } finally {
      process.kill(infra.kafkaPid, 'SIGCONT');
    }
    // Back to ok before the next test file, which may need the broker.
    await eventually(
      async () =>
        expect(await call('GET', '/health/ready', { key: null })).toMatchObject({
          status: 200,
          body: { status: 'ok', checks: ALL_UP },
        }),
      { timeoutMs: 60_000, intervalMs: 500 },
    );
  }, 120_000);
});
