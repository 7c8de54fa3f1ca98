import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ROLE_SCOPES, type Principal } from '@jiyn/auth';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase, fieldErrors } from '@jiyn/testing';
import { gatewayDatabase } from '../../database/database';
import { standInServices, startGateway, type GatewayUnderTest } from '../testing/gateway-under-test';
import { generateApiKey } from './api-key-format';

const adminKey = `jiyn_admin_${randomBytes(24).toString('base64url')}`;
const owners = new Map<string, string>();
let database: { url: string; drop(): Promise<void> };
let services: Server;
let a: GatewayUnderTest;
let b: GatewayUnderTest;
let ministry: string;
let undp: string;
let ownerKey: string;

interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

async function call<T = Record<string, unknown>>(
  gateway: GatewayUnderTest,
  key: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  lang = 'en',
): Promise<Answer<T>> {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      'accept-language': lang,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** 200 when the key is accepted (its own organisation is readable), 401 with the reason otherwise. */
const probe = (gateway: GatewayUnderTest, key: string, organisationId = ministry) =>
  call(gateway, key, 'GET', `/api/v1/organisations/${organisationId}`);

async function createOrganisation(slug: string): Promise<string> {
  const created = await call<{ id: string }>(a, adminKey, 'POST', '/api/v1/organisations', {
    slug,
    name: { en: slug, ru: slug, kk: slug },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function createKey(
  creator: string,
  body: Record<string, unknown>,
): Promise<{ id: string; secret: string }> {
  const created = await call<{ apiKey: { id: string }; secret: string }>(
    a,
    creator,
    'POST',
    '/api/v1/api-keys',
    {
      name: 'test key',
      ...body,
    },
  );
  expect(created.status).toBe(201);
  return { id: created.body.apiKey.id, secret: created.body.secret };
}

/** Polls until the gateway refuses the key; the time it took, in ms. */
async function millisUntilRefused(gateway: GatewayUnderTest, key: string, since: number): Promise<number> {
  for (;;) {
    const answer = await probe(gateway, key);
    if (answer.status === 401) return performance.now() - since;
    if (performance.now() - since > 5_000) throw new Error('still accepted after 5 s');
    await sleep(10);
  }
}

beforeAll(async () => {
  database = await createTestDatabase('gateway_api_keys');
  await migrateServiceDatabase(gatewayDatabase(database.url));
  ({ server: services } = await standInServices(owners));
  const servicesUrl = `http://127.0.0.1:${(services.address() as { port: number }).port}`;
  // Two gateways on one database, as two replicas behind a load balancer.
  [a, b] = await Promise.all([
    startGateway(database.url, servicesUrl, adminKey),
    startGateway(database.url, servicesUrl, adminKey),
  ]);
  ministry = await createOrganisation('mci');
  undp = await createOrganisation('undp');
  ownerKey = (
    await createKey(adminKey, { organisationId: ministry, name: 'MCI owner', scopes: ROLE_SCOPES.owner })
  ).secret;
}, 60_000);

afterAll(async () => {
  await a?.app.close();
  await b?.app.close();
  services?.closeAllConnections();
  await new Promise((resolve) => services?.close(resolve));
  await database?.drop();
});

describe('API key lifecycle', () => {
  it('should show the secret once, then only its hint', async () => {
    const created = await call<{ apiKey: Record<string, unknown>; secret: string }>(
      a,
      ownerKey,
      'POST',
      '/api/v1/api-keys',
      { name: 'Ministry registrations sync', scopes: ['registrations:read', 'registrations:write'] },
    );
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^jiyn_[0-9A-Za-z]{38}$/);
    const id = created.body.apiKey['id'] as string;
    const shown = await call(a, ownerKey, 'GET', `/api/v1/api-keys/${id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      id,
      organisationId: ministry,
      name: 'Ministry registrations sync',
      scopes: ['registrations:read', 'registrations:write'],
      eventIds: null,
      status: 'active',
      expiresAt: null,
      secrets: [{ hint: `jiyn_…${created.body.secret.slice(-4)}`, validUntil: null }],
    });
    expect((shown.body['createdBy'] as string).startsWith('api-key:')).toBe(true);
    expect(JSON.stringify(shown.body)).not.toContain(created.body.secret.slice(5, 20));
    const listed = await call<{ items: { id: string }[] }>(a, ownerKey, 'GET', '/api/v1/api-keys?limit=200');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret.slice(5, 20));
    expect(listed.body.items.map((key) => key.id)).toContain(id);
    expect((await probe(a, created.body.secret)).status).toBe(200);
  });

  it('should page keys by keyset', async () => {
    for (let i = 0; i < 3; i += 1) await createKey(ownerKey, { scopes: ['events:read'] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Answer<{ items: { id: string }[]; nextCursor: string | null }> = await call(
        a,
        ownerKey,
        'GET',
        `/api/v1/api-keys?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((key) => key.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('should keep old and new secrets valid through the overlap of a rotation, then only the new', async () => {
    const key = await createKey(ownerKey, { scopes: ['events:read'] });
    const rotated = await call<{ secret: string; apiKey: { secrets: unknown[] } }>(
      a,
      ownerKey,
      'POST',
      `/api/v1/api-keys/${key.id}/rotate`,
      { overlapSeconds: 2 },
    );
    expect(rotated.status).toBe(201);
    expect(rotated.body.secret).not.toBe(key.secret);
    expect(rotated.body.apiKey.secrets).toHaveLength(2);
    expect((await probe(a, key.secret)).status).toBe(200);
    expect((await probe(a, rotated.body.secret)).status).toBe(200);
    await sleep(2_100);
    const old = await probe(a, key.secret);
    expect(old.status).toBe(401);
    expect(old.body).toMatchObject({ reason: 'rotated' });
    expect((await probe(a, rotated.body.secret)).status).toBe(200);
  });

  it('should refuse a revoked key with a 401 saying so, in the caller’s language', async () => {
    const key = await createKey(ownerKey, { scopes: ['events:read'] });
    expect((await probe(a, key.secret)).status).toBe(200);
    expect((await call(a, ownerKey, 'DELETE', `/api/v1/api-keys/${key.id}`)).status).toBe(204);
    const refused = await call(a, key.secret, 'GET', `/api/v1/organisations/${ministry}`, undefined, 'ru');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({
      type: 'https://jiyn.kz/problems/unauthorized',
      status: 401,
      reason: 'revoked',
    });
    expect(refused.body['detail']).toMatch(/^Этот API-ключ отозван/);
    const shown = await call(a, ownerKey, 'GET', `/api/v1/api-keys/${key.id}`);
    expect(shown.body).toMatchObject({ status: 'revoked', secrets: [expect.anything()] });
    const again = await call(a, ownerKey, 'POST', `/api/v1/api-keys/${key.id}/rotate`);
    expect(again.status).toBe(409);
  });

  it('should refuse an expired key with a 401 saying it expired', async () => {
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    const key = await createKey(ownerKey, { scopes: ['events:read'], expiresAt });
    expect((await probe(a, key.secret)).status).toBe(200);
    await sleep(1_600);
    const refused = await call(a, key.secret, 'GET', `/api/v1/organisations/${ministry}`, undefined, 'kk');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ reason: 'expired', at: expiresAt });
    expect(refused.body['detail']).toContain('мерзімі');
    expect((await call(a, ownerKey, 'GET', `/api/v1/api-keys/${key.id}`)).body).toMatchObject({
      status: 'expired',
    });
  });

  it('should refuse a mistyped key by its checksum, without a database lookup', async () => {
    const key = await createKey(ownerKey, { scopes: ['events:read'] });
    const typo = key.secret.slice(0, 12) + (key.secret[12] === 'x' ? 'y' : 'x') + key.secret.slice(13);
    const lookups = a.resolver.lookups;
    const refused = await probe(a, typo);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ reason: 'malformed' });
    expect(a.resolver.lookups).toBe(lookups);
    const unknown = await probe(a, generateApiKey());
    expect(unknown.body).toMatchObject({ status: 401, reason: 'unknown' });
    expect(a.resolver.lookups).toBe(lookups + 1);
  });

  it('should record lastUsedAt without a write per request', async () => {
    const key = await createKey(ownerKey, { scopes: ['events:read'] });
    for (let i = 0; i < 5; i += 1) expect((await probe(a, key.secret)).status).toBe(200);
    await a.resolver.flushUses();
    const shown = await call<{ lastUsedAt: string | null }>(a, ownerKey, 'GET', `/api/v1/api-keys/${key.id}`);
    const { lastUsedAt } = shown.body;
    expect(lastUsedAt).not.toBeNull();
    if (lastUsedAt === null) throw new Error('the key’s last use was not recorded');
    expect(Date.now() - Date.parse(lastUsedAt)).toBeLessThan(10_000);
  });
});

describe('API key refusals and bad input', () => {
  it('should answer 400 with field details for bad input', async () => {
    const bad = await call(a, ownerKey, 'POST', '/api/v1/api-keys', {
      scopes: ['root', 'events:read'],
      eventIds: ['not-a-uuid'],
      expiresAt: 'tomorrow',
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.body as never)).toEqual(
      expect.arrayContaining([
        'name:isString',
        'scopes:isIn',
        'eventIds:isUuid',
        'expiresAt:isInstant',
        'colour:whitelistValidation',
      ]),
    );
    const past = await call(a, ownerKey, 'POST', '/api/v1/api-keys', {
      name: 'x',
      scopes: ['events:read'],
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(fieldErrors(past.body as never)).toEqual(['expiresAt:minDate']);
    const notJson = await fetch(`${a.url}/api/v1/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ownerKey}`, 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.headers.get('content-type')).toContain('application/problem+json');
    const overlap = await call(a, ownerKey, 'POST', `/api/v1/api-keys/${randomUUID()}/rotate`, {
      overlapSeconds: -1,
    });
    expect(fieldErrors(overlap.body as never)).toEqual(['overlapSeconds:min']);
    expect((await call(a, ownerKey, 'GET', '/api/v1/api-keys/nope')).status).toBe(400);
    expect((await call(a, ownerKey, 'GET', `/api/v1/api-keys/${randomUUID()}`)).status).toBe(404);
  });

  it('should refuse to create a key with a scope its creator lacks (no escalation)', async () => {
    // The owner role never holds personal-data without the explicit grant.
    const refused = await call(a, ownerKey, 'POST', '/api/v1/api-keys', {
      name: 'too much',
      scopes: ['registrations:read', 'personal-data'],
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ requiredScope: 'personal-data', scopesNotHeld: ['personal-data'] });
    // A key that can only read registrations cannot make keys at all…
    const reader = await createKey(ownerKey, { scopes: ['registrations:read'] });
    const byReader = await call(a, reader.secret, 'POST', '/api/v1/api-keys', {
      name: 'child',
      scopes: ['registrations:read'],
    });
    expect(byReader.status).toBe(403);
    expect(byReader.body).toMatchObject({ requiredScope: 'api-keys:manage' });
    expect(byReader.body['detail']).toContain('api-keys:manage');
    // …and a key manager holding few scopes cannot hand out more than it has.
    const manager = await createKey(ownerKey, { scopes: ['api-keys:manage', 'events:read'] });
    const wider = await call(a, manager.secret, 'POST', '/api/v1/api-keys', {
      name: 'wider',
      scopes: ['events:read', 'events:write'],
    });
    expect(wider.status).toBe(403);
    expect(wider.body).toMatchObject({ scopesNotHeld: ['events:write'] });
    const same = await call(a, manager.secret, 'POST', '/api/v1/api-keys', {
      name: 'same',
      scopes: ['events:read'],
    });
    expect(same.status).toBe(201);
  });

  it("should not let one organisation's owner see or touch another's keys", async () => {
    const undpOwner = await createKey(adminKey, { organisationId: undp, scopes: ROLE_SCOPES.owner });
    const undpKey = await createKey(undpOwner.secret, { scopes: ['events:read'] });
    expect((await call(a, ownerKey, 'GET', `/api/v1/api-keys/${undpKey.id}`)).status).toBe(404);
    expect((await call(a, ownerKey, 'DELETE', `/api/v1/api-keys/${undpKey.id}`)).status).toBe(404);
    expect((await call(a, ownerKey, 'POST', `/api/v1/api-keys/${undpKey.id}/rotate`)).status).toBe(404);
    const foreign = await call(a, ownerKey, 'GET', `/api/v1/api-keys?organisationId=${undp}`);
    expect(foreign.status).toBe(403);
    const intoUndp = await call(a, ownerKey, 'POST', '/api/v1/api-keys', {
      organisationId: undp,
      name: 'planted',
      scopes: ['events:read'],
    });
    expect(intoUndp.status).toBe(403);
    expect((await probe(a, undpKey.secret)).status).toBe(404);
    expect((await probe(a, undpKey.secret, undp)).status).toBe(200);
  });

  it('should answer 401 for a missing key, and limit a key to its own events', async () => {
    expect((await call(a, undefined, 'GET', '/api/v1/api-keys')).status).toBe(401);
    const ownEvent = randomUUID();
    const otherEvent = randomUUID();
    owners.set(ownEvent, ministry);
    owners.set(otherEvent, undp);
    const refused = await call(a, ownerKey, 'POST', '/api/v1/api-keys', {
      name: 'desk',
      scopes: ['check-in'],
      eventIds: [ownEvent, otherEvent, randomUUID()],
    });
    expect(fieldErrors(refused.body as never)).toEqual([
      'eventIds[1]:notOwnEvent',
      'eventIds[2]:notOwnEvent',
    ]);
    const desk = await createKey(ownerKey, {
      scopes: ['check-in', 'registrations:read'],
      eventIds: [ownEvent],
    });
    const whoami = await call<Principal>(a, desk.secret, 'GET', '/api/v1/events/whoami');
    expect(whoami.body).toEqual({
      id: `api-key:${desk.id}`,
      kind: 'api-key',
      organisationId: ministry,
      grants: [{ eventId: ownEvent, scopes: ['check-in', 'registrations:read'] }],
    });
  });
});

describe('partner access through keys', () => {
  it("should add a partner's event grants, within the key's own scopes, and drop them when withdrawn", async () => {
    const forum = randomUUID();
    owners.set(forum, ministry);
    const undpOwner = await createKey(adminKey, { organisationId: undp, scopes: ROLE_SCOPES.owner });
    const undpSync = await createKey(undpOwner.secret, { scopes: ['registrations:read', 'webhooks:write'] });
    const before = await call<Principal>(b, undpSync.secret, 'GET', '/api/v1/events/whoami');
    expect(before.body.grants).toEqual([
      { organisationId: undp, scopes: ['registrations:read', 'webhooks:write'] },
    ]);
    const granted = await call<{ id: string }>(
      a,
      ownerKey,
      'POST',
      `/api/v1/organisations/${ministry}/event-grants`,
      {
        eventId: forum,
        partnerOrganisationId: undp,
        role: 'viewer',
      },
    );
    expect(granted.status).toBe(201);
    // Gateway b had the key cached: the grant reaches it through the change feed.
    const started = performance.now();
    let after: Principal;
    do {
      after = (await call<Principal>(b, undpSync.secret, 'GET', '/api/v1/events/whoami')).body;
      if (after.grants.length > 1) break;
      await sleep(10);
    } while (performance.now() - started < 5_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(after.grants).toEqual([
      { organisationId: undp, scopes: ['registrations:read', 'webhooks:write'] },
      // A viewer reads registrations but never writes webhooks: the key keeps the intersection.
      { eventId: forum, scopes: ['registrations:read'] },
    ]);
    const withdrawn = await call(
      a,
      ownerKey,
      'DELETE',
      `/api/v1/organisations/${ministry}/event-grants/${granted.body.id}`,
    );
    expect(withdrawn.status).toBe(204);
    const since = performance.now();
    while (
      (await call<Principal>(b, undpSync.secret, 'GET', '/api/v1/events/whoami')).body.grants.length > 1
    ) {
      expect(performance.now() - since).toBeLessThan(1_000);
      await sleep(10);
    }
  });
});

describe('revocation and rotation across gateways', () => {
  it('should refuse a revoked key on the other gateway within one second', async () => {
    const key = await createKey(ownerKey, { scopes: ['events:read'] });
    expect((await probe(b, key.secret)).status).toBe(200); // cached on b
    const started = performance.now();
    expect((await call(a, ownerKey, 'POST', `/api/v1/api-keys/${key.id}/revoke`)).status).toBe(200);
    const elapsed = await millisUntilRefused(b, key.secret, started);
    expect(elapsed).toBeLessThan(1_000);
    expect((await probe(b, key.secret)).body).toMatchObject({ reason: 'revoked' });
  });

  it('should end a rotation’s old secret on the other gateway within one second, the new one working at once', async () => {
    const key = await createKey(ownerKey, { scopes: ['events:read'] });
    expect((await probe(b, key.secret)).status).toBe(200);
    const started = performance.now();
    const rotated = await call<{ secret: string }>(a, ownerKey, 'POST', `/api/v1/api-keys/${key.id}/rotate`, {
      overlapSeconds: 0,
    });
    expect(rotated.status).toBe(201);
    expect((await probe(b, rotated.body.secret)).status).toBe(200);
    expect(await millisUntilRefused(b, key.secret, started)).toBeLessThan(1_000);
    expect((await probe(b, key.secret)).body).toMatchObject({ reason: 'rotated' });
  });

  it('should still see a revocation within one second when the LISTEN connection is lost', async () => {
    const key = await createKey(ownerKey, { scopes: ['events:read'] });
    expect((await probe(b, key.secret)).status).toBe(200);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'jiyn-gateway-credential-changes'`,
      );
      expect(killed.rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    const started = performance.now();
    await call(a, ownerKey, 'DELETE', `/api/v1/api-keys/${key.id}`);
    expect(await millisUntilRefused(b, key.secret, started)).toBeLessThan(1_000);
  });
});
