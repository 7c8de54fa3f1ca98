import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { INTERNAL_TOKEN_HEADER, ROLE_SCOPES } from '@jiyn/auth';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase, fieldErrors } from '@jiyn/testing';
import { gatewayDatabase } from '../../database/database';
import { GatewayEnvironment } from '../../gateway.environment';
import { standInServices, startGateway, type GatewayUnderTest } from '../testing/gateway-under-test';

/**
 * An organisation's e-mail branding: its owner sets the colour (refused when white text on it is
 * hard to read), the logo (https:// only) and a signature per language with
 * `PATCH /api/v1/organisations/{id}`; every read of the organisation shows them, and the
 * notifications service reads them from the internal profile, with the internal token.
 */
const adminKey = `jiyn_admin_${randomBytes(24).toString('base64url')}`;
let database: { url: string; drop(): Promise<void> };
let services: Server;
let gateway: GatewayUnderTest;

type Answer = { status: number; headers: Headers; body: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads answers loosely

async function call(
  key: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

async function organisation(slug: string): Promise<string> {
  const created = await call(adminKey, 'POST', '/api/v1/organisations', { slug, name: { en: slug } });
  expect(created.status).toBe(201);
  return created.body['id'] as string;
}

async function keyOf(organisationId: string, scopes: readonly string[]): Promise<string> {
  const created = await call(adminKey, 'POST', '/api/v1/api-keys', { organisationId, name: 'key', scopes });
  expect(created.status).toBe(201);
  return created.body['secret'] as string;
}

async function profile(id: string, token = gateway.app.get(GatewayEnvironment).INTERNAL_TOKEN) {
  const response = await fetch(`${gateway.url}/internal/organisations/${id}`, {
    headers: { [INTERNAL_TOKEN_HEADER]: token },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  database = await createTestDatabase('gateway_branding');
  await migrateServiceDatabase(gatewayDatabase(database.url));
  ({ server: services } = await standInServices(new Map()));
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

describe('PATCH /api/v1/organisations/{id}: e-mail branding', () => {
  it("should keep the owner's colour, logo and signature, show them on every read and to the e-mail service", async () => {
    const ministry = await organisation('mci-branding');
    const owner = await keyOf(ministry, ROLE_SCOPES.owner);
    const fresh = await call(owner, 'GET', `/api/v1/organisations/${ministry}`);
    expect(fresh.body).toMatchObject({ brandColour: null, logoUrl: null, emailFooter: null });

    const changed = await call(owner, 'PATCH', `/api/v1/organisations/${ministry}`, {
      brandColour: '#0B5CAD',
      logoUrl: 'https://www.gov.kz/uploads/mci/logo-320x96.png',
      emailFooter: {
        kk: '  ҚР Мәдениет және ақпарат министрлігі \r\n Астана, Мәңгілік Ел 8  ',
        ru: 'Министерство культуры и информации РК\nАстана, Мәңгілік Ел 8',
        en: '   ',
      },
    });
    expect(changed.status).toBe(200);
    const branded = {
      id: ministry,
      slug: 'mci-branding',
      brandColour: '#0b5cad',
      logoUrl: 'https://www.gov.kz/uploads/mci/logo-320x96.png',
      // Lines trimmed, CRLF kept as \n, a language of blanks left out.
      emailFooter: {
        kk: 'ҚР Мәдениет және ақпарат министрлігі\nАстана, Мәңгілік Ел 8',
        ru: 'Министерство культуры и информации РК\nАстана, Мәңгілік Ел 8',
      },
    };
    expect(changed.body).toMatchObject(branded);
    expect((await call(owner, 'GET', `/api/v1/organisations/${ministry}`)).body).toEqual(changed.body);
    const listed = await call(owner, 'GET', '/api/v1/organisations');
    expect(listed.body['items']).toEqual([changed.body]);
    const internal = await profile(ministry);
    expect(internal).toEqual({
      status: 200,
      body: {
        id: ministry,
        slug: 'mci-branding',
        name: { en: 'mci-branding' },
        bin: null,
        brandColour: '#0b5cad',
        logoUrl: branded.logoUrl,
        emailFooter: branded.emailFooter,
      },
    });

    // Left out: kept. Null: cleared. An empty signature is no signature.
    const partly = await call(owner, 'PATCH', `/api/v1/organisations/${ministry}`, {
      logoUrl: null,
      emailFooter: { ru: '' },
    });
    expect(partly.status).toBe(200);
    expect(partly.body).toMatchObject({ brandColour: '#0b5cad', logoUrl: null, emailFooter: null });
    const cleared = await call(owner, 'PATCH', `/api/v1/organisations/${ministry}`, { brandColour: null });
    expect(cleared.body).toMatchObject({ brandColour: null, logoUrl: null, emailFooter: null });
    expect((await profile(ministry)).body).toMatchObject({
      brandColour: null,
      logoUrl: null,
      emailFooter: null,
    });
    // The platform operator may set it too (it manages organisations); an empty body changes nothing.
    const byOperator = await call(adminKey, 'PATCH', `/api/v1/organisations/${ministry}`, {
      brandColour: '#14532d',
    });
    expect(byOperator.body).toMatchObject({ brandColour: '#14532d' });
    const nothing = await call(owner, 'PATCH', `/api/v1/organisations/${ministry}`, {});
    expect(nothing.body).toEqual(byOperator.body);
  });

  it('should refuse bad colours, logos and signatures field by field, and store nothing of them', async () => {
    const akimat = await organisation('akimat-branding');
    const owner = await keyOf(akimat, ROLE_SCOPES.owner);
    const path = `/api/v1/organisations/${akimat}`;
    const bad = await call(owner, 'PATCH', path, {
      brandColour: 'blue',
      logoUrl: 'http://akimat.example.kz/logo.png',
      emailFooter: { ru: 'x'.repeat(301), en: 7 },
      name: { en: 'Renamed' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(fieldErrors(bad.body as never)).toEqual(
      expect.arrayContaining([
        'brandColour:hexColour',
        'logoUrl:httpsUrl',
        'emailFooter.ru:maxLength',
        'emailFooter.en:isString',
        'name:whitelistValidation',
      ]),
    );
    for (const logoUrl of [
      'javascript:alert(1)',
      'https://',
      'https://localhost/logo.png',
      `https://cdn.example.kz/${'a'.repeat(2000)}.png`,
      'data:image/png;base64,AAAA',
    ]) {
      const refused = await call(owner, 'PATCH', path, { logoUrl });
      expect({ logoUrl, errors: fieldErrors(refused.body as never) }).toEqual({
        logoUrl,
        errors: ['logoUrl:httpsUrl'],
      });
    }
    expect(fieldErrors((await call(owner, 'PATCH', path, { emailFooter: 'Akimat' })).body as never)).toEqual([
      'emailFooter:isObject',
    ]);
    expect(
      fieldErrors((await call(owner, 'PATCH', path, { brandColour: '#0b5cad80' })).body as never),
    ).toEqual(['brandColour:hexColour']);
    const after = await call(owner, 'GET', path);
    expect(after.body).toMatchObject({ brandColour: null, logoUrl: null, emailFooter: null });
  });

  it.each([
    ['en', 'white text on this colour has a contrast of 2.62:1, below the 4.5:1 WCAG 2.2 level AA asks'],
    ['ru', 'контраст белого текста на этом цвете 2.62:1, ниже 4.5:1'],
    ['kk', 'осы түстегі ақ мәтіннің контрасы 2.62:1'],
  ])('should refuse a colour white text cannot be read on, saying why (%s)', async (lang, message) => {
    const undp = await organisation(`undp-branding-${lang}`);
    const owner = await keyOf(undp, ROLE_SCOPES.owner);
    const refused = await call(
      owner,
      'PATCH',
      `/api/v1/organisations/${undp}`,
      { brandColour: '#00afca', logoUrl: 'https://www.undp.org/logo.png' },
      { 'accept-language': lang },
    );
    expect(refused.status).toBe(400);
    expect(refused.body['errors']).toEqual([
      expect.objectContaining({ field: 'brandColour', code: 'lowContrast' }),
    ]);
    expect(refused.body['errors'][0].message).toContain(message);
    // Nothing of the request was kept, the valid logo neither.
    expect((await call(owner, 'GET', `/api/v1/organisations/${undp}`)).body).toMatchObject({
      brandColour: null,
      logoUrl: null,
    });
  });

  it("should let only the organisation's owner change it: others of it 403, other organisations 404", async () => {
    const ministry = await organisation('mci-guarded');
    const other = await organisation('akimat-guarded');
    const organiser = await keyOf(ministry, ROLE_SCOPES.organiser);
    const byOrganiser = await call(organiser, 'PATCH', `/api/v1/organisations/${ministry}`, {
      brandColour: '#14532d',
    });
    expect(byOrganiser.status).toBe(403);
    expect(byOrganiser.body).toMatchObject({ requiredScope: 'members:manage' });
    const otherOwner = await keyOf(other, ROLE_SCOPES.owner);
    const byOther = await call(otherOwner, 'PATCH', `/api/v1/organisations/${ministry}`, {
      brandColour: '#14532d',
    });
    expect(byOther.status).toBe(404);
    expect((await call(undefined, 'PATCH', `/api/v1/organisations/${ministry}`, {})).status).toBe(401);
    expect((await profile(ministry)).body).toMatchObject({ brandColour: null });
  });

  it('should show the internal profile with the internal token only', async () => {
    const ministry = await organisation('mci-internal');
    for (const token of ['', randomBytes(24).toString('hex')])
      expect((await profile(ministry, token)).status).toBe(401);
  });
});
