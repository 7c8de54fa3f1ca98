import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase } from '@jiyn/testing';
import { gatewayDatabase } from '../../../apps/gateway/src/database/database';
import {
  standInServices,
  startGateway,
  type GatewayUnderTest,
} from '../../../apps/gateway/src/access/testing/gateway-under-test';
import { seedOrganisations } from './seed-organisations';

const adminKey = `jiyn_admin_${randomBytes(24).toString('base64url')}`;
const folder = mkdtempSync(join(tmpdir(), 'jiyn-seed-orgs-'));
const keysFile = join(folder, 'api-keys.json');
let database: { url: string; drop(): Promise<void> };
let services: Server;
let gateway: GatewayUnderTest;

beforeAll(async () => {
  database = await createTestDatabase('seed_organisations');
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
  rmSync(folder, { recursive: true, force: true });
});

describe('npm start bootstrap', () => {
  it('should create the first organisation, its owner key and the demo keys once, and keep them', async () => {
    const first = await seedOrganisations(gateway.url, adminKey, keysFile, true);
    expect(first.ownerKey).toMatch(/^jiyn_[0-9A-Za-z]{38}$/);
    expect(Object.keys(first.demoKeys)).toEqual([
      'Ministry registrations sync',
      'UNDP analytics',
      'Akimat check-in desk',
    ]);
    expect(statSync(keysFile).mode & 0o777).toBe(0o600);
    const again = await seedOrganisations(gateway.url, adminKey, keysFile, true);
    expect(again).toEqual(first);
    const all = await fetch(`${gateway.url}/api/v1/organisations`, {
      headers: { authorization: `Bearer ${adminKey}` },
    }).then((response) => response.json() as Promise<{ items: { slug: string }[] }>);
    expect(all.items.map((item) => item.slug)).toEqual(['mci', 'undp-kz', 'akimat-astana']);
    const keys = await fetch(`${gateway.url}/api/v1/api-keys`, {
      headers: { authorization: `Bearer ${first.ownerKey}` },
    }).then((response) => response.json() as Promise<{ items: { name: string; scopes: string[] }[] }>);
    expect(keys.items.map((key) => key.name)).toEqual([
      'Ministry of Culture and Information of the Republic of Kazakhstan owner',
      'Ministry registrations sync',
    ]);
    // A revoked stored key is replaced on the next start; the others are kept.
    const stored = JSON.parse(readFileSync(keysFile, 'utf8')) as { owners: Record<string, string> };
    const undpOwner = { authorization: `Bearer ${stored.owners['undp-kz']}` };
    const undpKeys = await fetch(`${gateway.url}/api/v1/api-keys`, { headers: undpOwner }).then(
      (response) => response.json() as Promise<{ items: { id: string; name: string }[] }>,
    );
    const analytics = undpKeys.items.find((key) => key.name === 'UNDP analytics');
    const revoked = await fetch(`${gateway.url}/api/v1/api-keys/${analytics?.id}`, {
      method: 'DELETE',
      headers: undpOwner,
    });
    expect(revoked.status).toBe(204);
    const third = await seedOrganisations(gateway.url, adminKey, keysFile, true);
    expect(third.demoKeys['UNDP analytics']).not.toBe(first.demoKeys['UNDP analytics']);
    expect(third.ownerKey).toBe(first.ownerKey);
    expect(third.demoKeys['Akimat check-in desk']).toBe(first.demoKeys['Akimat check-in desk']);
  });
});
