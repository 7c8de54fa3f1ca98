import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ROLE_SCOPES } from '@jiyn/auth';
import { generateBin } from '@jiyn/kz';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase, fieldErrors } from '@jiyn/testing';
import { gatewayDatabase } from '../../database/database';
import { standInServices, startGateway, type GatewayUnderTest } from '../testing/gateway-under-test';

const adminKey = `jiyn_admin_${randomBytes(24).toString('base64url')}`;
const owners = new Map<string, string>();
let database: { url: string; drop(): Promise<void> };
let services: Server;
let gateway: GatewayUnderTest;

async function call(key: string | undefined, method: string, path: string, body?: unknown) {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads answers loosely
}

async function organisation(slug: string): Promise<string> {
  const created = await call(adminKey, 'POST', '/api/v1/organisations', { slug, name: { en: slug } });
  expect(created.status).toBe(201);
  return created.body['id'] as string;
}

async function ownerKeyOf(organisationId: string): Promise<string> {
  const created = await call(adminKey, 'POST', '/api/v1/api-keys', {
    organisationId,
    name: 'owner',
    scopes: ROLE_SCOPES.owner,
  });
  expect(created.status).toBe(201);
  return created.body['secret'] as string;
}

beforeAll(async () => {
  database = await createTestDatabase('gateway_organisations');
  await migrateServiceDatabase(gatewayDatabase(database.url));
  ({ server: services } = await standInServices(owners));
  gateway = await startGateway(
    database.url,
    `http://127.0.0.1:${(services.address() as { port: number }).port}`,
    adminKey,
  );
}, 60_000);

afterAll(async () => {
  await gateway?.app.close();
  services?.closeAllConnections();
  await new Promise((resolve) => services?.close(resolve));
  await database?.drop();
});

describe('organisations', () => {
  it('should be created by the break-glass key only, with a valid BIN and a free slug', async () => {
    const bin = generateBin({
      year: 1999,
      month: 3,
      type: 'resident',
      attribute: 'head_office',
      serial: 597,
    });
    const created = await call(adminKey, 'POST', '/api/v1/organisations', {
      slug: 'mci',
      name: {
        kk: 'Мәдениет және ақпарат министрлігі',
        ru: 'Министерство культуры и информации',
        en: 'Ministry of Culture and Information',
      },
      bin,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: 'mci',
      bin,
      name: { en: 'Ministry of Culture and Information' },
    });
    const badCheckDigit = `${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`;
    const bad = await call(adminKey, 'POST', '/api/v1/organisations', {
      slug: 'Not A Slug',
      name: 'Ministry',
      bin: badCheckDigit,
    });
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.body as never)).toEqual(
      expect.arrayContaining(['slug:matches', 'name:isObject', 'bin:isBin']),
    );
    const taken = await call(adminKey, 'POST', '/api/v1/organisations', {
      slug: 'mci',
      name: { en: 'Again' },
    });
    expect(fieldErrors(taken.body as never)).toEqual(['slug:taken']);
    const nameless = await call(adminKey, 'POST', '/api/v1/organisations', { slug: 'nameless', name: {} });
    expect(fieldErrors(nameless.body as never)).toEqual(['name:multilingualRequired']);
    const owner = await ownerKeyOf(created.body['id'] as string);
    const byOwner = await call(owner, 'POST', '/api/v1/organisations', {
      slug: 'mine',
      name: { en: 'Mine' },
    });
    expect(byOwner.status).toBe(403);
  });

  it("should list all of them for break-glass in keyset pages, and only the caller's for a key", async () => {
    const akimat = await organisation('akimat-astana');
    const undp = await organisation('undp');
    const ids = [akimat, undp];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(
        adminKey,
        'GET',
        `/api/v1/organisations?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body['items']).toHaveLength(1);
      seen.push(page.body['items'][0].id);
      cursor = page.body['nextCursor'];
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(ids));
    const undpOwner = await ownerKeyOf(undp);
    const mine = await call(undpOwner, 'GET', '/api/v1/organisations');
    expect(mine.body['items'].map((item: { id: string }) => item.id)).toEqual([ids[1]]);
    expect((await call(undpOwner, 'GET', `/api/v1/organisations/${ids[0]}`)).status).toBe(404);
    expect((await call(undpOwner, 'GET', `/api/v1/organisations/${ids[1]}`)).status).toBe(200);
    const bySlug = await call(adminKey, 'GET', '/api/v1/organisations?slug=undp');
    expect(bySlug.body['items'].map((item: { id: string }) => item.id)).toEqual([ids[1]]);
  });
});

describe('event grants', () => {
  it('should let an owner grant a partner a role on its own events only', async () => {
    const akimat = await organisation('akimat-shymkent');
    const partner = await organisation('almau');
    const owner = await ownerKeyOf(akimat);
    const ownEvent = randomUUID();
    const foreignEvent = randomUUID();
    owners.set(ownEvent, akimat);
    owners.set(foreignEvent, partner);
    const foreign = await call(owner, 'POST', `/api/v1/organisations/${akimat}/event-grants`, {
      eventId: foreignEvent,
      partnerOrganisationId: partner,
      role: 'viewer',
    });
    expect(fieldErrors(foreign.body as never)).toEqual(['eventId:notOwnEvent']);
    const badInput = await call(owner, 'POST', `/api/v1/organisations/${akimat}/event-grants`, {
      eventId: ownEvent,
      partnerOrganisationId: randomUUID(),
      role: 'superuser',
      personalData: 'yes',
    });
    expect(fieldErrors(badInput.body as never)).toEqual(['role:isIn', 'personalData:isBoolean']);
    const unknownPartner = await call(owner, 'POST', `/api/v1/organisations/${akimat}/event-grants`, {
      eventId: ownEvent,
      partnerOrganisationId: randomUUID(),
      role: 'viewer',
    });
    expect(fieldErrors(unknownPartner.body as never)).toEqual(['partnerOrganisationId:unknownOrganisation']);
    const granted = await call(owner, 'POST', `/api/v1/organisations/${akimat}/event-grants`, {
      eventId: ownEvent,
      partnerOrganisationId: partner,
      role: 'registrar',
      personalData: true,
    });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({
      eventId: ownEvent,
      partnerOrganisationId: partner,
      role: 'registrar',
      personalData: true,
    });
    const twice = await call(owner, 'POST', `/api/v1/organisations/${akimat}/event-grants`, {
      eventId: ownEvent,
      partnerOrganisationId: partner,
      role: 'viewer',
    });
    expect(twice.status).toBe(409);
    const listed = await call(owner, 'GET', `/api/v1/organisations/${akimat}/event-grants`);
    expect(listed.body['items'].map((grant: { id: string }) => grant.id)).toEqual([granted.body['id']]);
    // The partner's own owner cannot list or withdraw the akimat's grants.
    const partnerOwner = await ownerKeyOf(partner);
    expect((await call(partnerOwner, 'GET', `/api/v1/organisations/${akimat}/event-grants`)).status).toBe(
      404,
    );
    const member = await call(owner, 'POST', '/api/v1/api-keys', { name: 'reader', scopes: ['events:read'] });
    const byReader = await call(member.body['secret'], 'GET', `/api/v1/organisations/${akimat}/event-grants`);
    expect(byReader.status).toBe(403);
    expect(byReader.body).toMatchObject({ requiredScope: 'members:manage' });
    expect(
      (await call(owner, 'DELETE', `/api/v1/organisations/${akimat}/event-grants/${granted.body['id']}`))
        .status,
    ).toBe(204);
    expect(
      (await call(owner, 'DELETE', `/api/v1/organisations/${akimat}/event-grants/${granted.body['id']}`))
        .status,
    ).toBe(404);
  });
});
