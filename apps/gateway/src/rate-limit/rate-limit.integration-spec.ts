import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase } from '@jiyn/testing';
import { gatewayDatabase } from '../database/database';
import {
  apiKey,
  awayFromMinuteEdge,
  person,
  startStandIn,
  startTestGateway,
  type StandIn,
  type TestGateway,
} from '../access/audit/testing/test-gateway';

let database: { url: string; drop(): Promise<void> };
let standIn: StandIn;
/** Two replicas on one database. */
let first: TestGateway;
let second: TestGateway;
const ORG = randomUUID();
const LIMITS = {
  API_KEY_REQUESTS_PER_MINUTE: '5',
  PERSON_REQUESTS_PER_MINUTE: '4',
  SELF_SERVICE_REQUESTS_PER_MINUTE: '3',
  PUBLIC_REQUESTS_PER_MINUTE: '6',
};

beforeAll(async () => {
  standIn = await startStandIn();
  database = await createTestDatabase('gateway_rate_limit');
  await migrateServiceDatabase(gatewayDatabase(database.url));
  const owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  await owner.query(
    `INSERT INTO access.organisations (id, slug, name) VALUES ($1, 'akimat-astana', '{"en":"Akimat"}')`,
    [ORG],
  );
  await owner.end();
  first = await startTestGateway(database.url, standIn.url, LIMITS);
  second = await startTestGateway(database.url, standIn.url, LIMITS);
}, 30_000);

afterAll(async () => {
  await first?.app.close();
  await second?.app.close();
  await standIn?.close();
  await database?.drop();
});

async function statuses(calls: (() => Promise<Response>)[]): Promise<number[]> {
  const responses = await Promise.all(calls.map((call) => call()));
  await Promise.all(responses.map((response) => response.arrayBuffer()));
  return responses.map((response) => response.status);
}

describe('rate limits', () => {
  beforeAll(awayFromMinuteEdge, 20_000);

  it('should limit an API key, answer the RateLimit fields, and refuse with 429 and Retry-After', async () => {
    const key = apiKey(ORG, ['events:read']);
    const answers: Response[] = [];
    for (let i = 0; i < 6; i++)
      answers.push(await first.call('/api/v1/events', { as: key, headers: { 'accept-language': 'ru' } }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(answers[0]?.headers.get('ratelimit-policy')).toBe('"api-key";q=5;w=60');
    expect(answers[0]?.headers.get('ratelimit')).toMatch(/^"api-key";r=4;t=\d+$/);
    const refused = answers[5] as Response;
    expect(refused.headers.get('ratelimit')).toMatch(/^"api-key";r=0;t=\d+$/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ status: 429, title: 'Слишком много запросов' });
  });

  it('should give each person their own budget', async () => {
    const someone = person(ORG, ['events:read']);
    const others = person(ORG, ['events:read']);
    expect(
      await statuses(Array.from({ length: 5 }, () => () => first.call('/api/v1/events', { as: someone }))),
    ).toEqual(expect.arrayContaining([200, 200, 200, 200, 429]));
    expect((await first.call('/api/v1/events', { as: others })).status).toBe(200);
  });

  it('should keep limiting self-service per client address (SELF_SERVICE_REQUESTS_PER_MINUTE)', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await first.call(`/api/v1/self/registrations/tok${i}`)).status);
    expect(results).toEqual([200, 200, 200, 429]);
    const answer = await first.call('/api/v1/self/registrations/tok');
    expect(answer.headers.get('ratelimit-policy')).toBe('"self-service";q=3;w=60');
    expect((await first.call('/api/v1/public/events/astana')).headers.get('ratelimit-policy')).toBe(
      '"public";q=6;w=60',
    );
  });

  it('should not give two gateways twice the budget', async () => {
    const key = apiKey(ORG, ['events:read']);
    const calls = Array.from(
      { length: 24 },
      (_, i) => () => (i % 2 ? first : second).call('/api/v1/events', { as: key }),
    );
    const results = await statuses(calls);
    expect(results.filter((status) => status === 200)).toHaveLength(5);
    expect(results.filter((status) => status === 429)).toHaveLength(19);
  });

  it("should apply an organisation's own limit, set by its owner", async () => {
    const owner = person(ORG, ['api-keys:manage']);
    const bad = await first.call('/api/v1/rate-limits', {
      as: owner,
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiKeyPerMinute: 0 }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ field: 'apiKeyPerMinute' }] });
    const viewer = person(ORG, ['events:read']);
    expect((await first.call('/api/v1/rate-limits', { as: viewer })).status).toBe(403);

    const set = await first.call('/api/v1/rate-limits', {
      as: owner,
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiKeyPerMinute: 2 }),
    });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({
      organisationId: ORG,
      apiKeyPerMinute: 2,
      personPerMinute: null,
    });
    expect(await (await second.call('/api/v1/rate-limits', { as: owner })).json()).toMatchObject({
      apiKeyPerMinute: 2,
      defaults: { apiKeyPerMinute: 5, personPerMinute: 4 },
    });

    const key = apiKey(ORG, ['events:read']);
    const results = await statuses(
      Array.from({ length: 4 }, (_, i) => () => (i % 2 ? first : second).call('/api/v1/events', { as: key })),
    );
    expect(results.filter((status) => status === 200)).toHaveLength(2);
    expect((await first.call('/api/v1/events', { as: key })).headers.get('ratelimit-policy')).toBe(
      '"api-key";q=2;w=60',
    );
    // Another organisation keeps the default.
    const elsewhere = apiKey(randomUUID(), ['events:read']);
    expect((await first.call('/api/v1/events', { as: elsewhere })).headers.get('ratelimit-policy')).toBe(
      '"api-key";q=5;w=60',
    );
  });
});
