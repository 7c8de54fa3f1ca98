import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase } from '@jiyn/testing';
import { gatewayDatabase } from '../database/database';
import { ACCESS_OVERHEAD_METRIC } from './access-timing';
import {
  apiKey,
  startStandIn,
  startTestGateway,
  type StandIn,
  type TestGateway,
} from './audit/testing/test-gateway';

let database: { url: string; drop(): Promise<void> };
let standIn: StandIn;
let gateway: TestGateway;
const ORG = randomUUID();

beforeAll(async () => {
  standIn = await startStandIn();
  database = await createTestDatabase('gateway_access_timing');
  await migrateServiceDatabase(gatewayDatabase(database.url));
  gateway = await startTestGateway(database.url, standIn.url);
}, 30_000);

afterAll(async () => {
  await gateway?.app.close();
  await standIn?.close();
  await database?.drop();
});

/** How many requests each step of the access histogram has observed, read as a scraper would. */
async function observedSteps(): Promise<Record<string, number>> {
  const metrics = await gateway.call('/metrics', {
    headers: { authorization: `Bearer ${gateway.adminKey}` },
  });
  expect(metrics.status).toBe(200);
  const counts: Record<string, number> = {};
  for (const line of (await metrics.text()).split('\n')) {
    const match = new RegExp(`^${ACCESS_OVERHEAD_METRIC}_count\\{[^}]*step="([^"]+)"[^}]*\\} (\\d+)$`).exec(
      line,
    );
    if (match?.[1]) counts[match[1]] = Number(match[2]);
  }
  return counts;
}

describe('access overhead metric', () => {
  it('should time each access step of an authenticated request, and their sum', async () => {
    const before = await observedSteps();
    const key = apiKey(ORG, ['events:read', 'events:write']);
    const created = await gateway.call('/api/v1/events', { as: key, method: 'POST' });
    expect(created.status).toBe(201);
    const read = await gateway.call('/api/v1/events', { as: key });
    expect(read.status).toBe(200);

    const after = await observedSteps();
    const added = (step: string) => (after[step] ?? 0) - (before[step] ?? 0);
    expect(added('total')).toBe(2);
    expect(added('checks')).toBe(2);
    expect(added('authentication')).toBe(2);
    expect(added('rate-limit')).toBe(2);
    expect(added('authorisation')).toBe(2);
    // Only the change writes an audit entry; the plain read has none to wait for.
    expect(added('audit')).toBe(1);
  });

  it('should leave out requests without a credential: public reads and refusals', async () => {
    const before = await observedSteps();
    expect((await gateway.call('/api/v1/public/events/astana')).status).toBe(200);
    expect((await gateway.call('/api/v1/events', { method: 'POST' })).status).toBe(401);
    const after = await observedSteps();
    expect(after['total'] ?? 0).toBe(before['total'] ?? 0);
  });
});
