import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DEMO_PEOPLE } from './demo-people';
import { ensureFirstOwner, seedDemoPeople } from './seed-people';
import {
  ConsoleClient,
  startPeopleTestGateway,
  type PeopleTestGateway,
} from '../../../apps/gateway/src/access/sign-in/people-test-gateway';

const PASSWORD = 'local demo password 2024';
let gateway: PeopleTestGateway;
let organisations: { ministry: string; undp: string; akimat: string };

beforeAll(async () => {
  gateway = await startPeopleTestGateway('gateway_seed_people');
  organisations = {
    ministry: await gateway.addOrganisation('mci'),
    undp: await gateway.addOrganisation('undp'),
    akimat: await gateway.addOrganisation('astana-akimat'),
  };
}, 60_000);

afterAll(async () => {
  await gateway?.close();
});

describe('bootstrap people (npm start)', () => {
  it('should create the first owner once, who can then sign in', async () => {
    const owner = {
      organisationId: organisations.ministry,
      email: 'owner@mci.demo.jiyn.kz',
      displayName: 'Owner',
      password: PASSWORD,
    };
    expect(await ensureFirstOwner(gateway.url, gateway.adminKey, owner)).toEqual({
      email: owner.email,
      created: true,
    });
    expect(
      await ensureFirstOwner(gateway.url, gateway.adminKey, { ...owner, email: 'other@mci.demo.jiyn.kz' }),
    ).toEqual({
      email: owner.email,
      created: false,
    });
    expect((await new ConsoleClient(gateway).signIn(owner.email, PASSWORD)).status).toBe(200);
  });

  it('should seed the demo people in their roles, once', async () => {
    const eventId = randomUUID();
    expect(await seedDemoPeople(gateway.url, gateway.adminKey, organisations, PASSWORD, eventId)).toEqual({
      created: DEMO_PEOPLE.length,
    });
    expect(await seedDemoPeople(gateway.url, gateway.adminKey, organisations, PASSWORD, eventId)).toEqual({
      created: 0,
    });
    const registrar = new ConsoleClient(gateway);
    expect((await registrar.signIn('registrar@akimat.demo.jiyn.kz', PASSWORD)).status).toBe(200);
    const me = (await (await registrar.send('GET', '/api/v1/auth/me')).json()) as { grants: unknown[] };
    expect(me.grants).toEqual([{ eventId, scopes: ['registrations:read', 'check-in', 'personal-data'] }]);
  });
});
