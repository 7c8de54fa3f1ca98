import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { startPeopleTestGateway, type PeopleTestGateway } from '../sign-in/people-test-gateway';

/**
 * `GET /internal/organisations/{id}/owners`: whom the notifications service writes to about an
 * organisation's own affairs (a webhook endpoint disabled for failing), read when it writes.
 * The internal token only, never an API key; owners of the whole organisation only.
 */
const INTERNAL_TOKEN = randomBytes(24).toString('hex');
let gateway: PeopleTestGateway;
let ministry: string;
let akimat: string;

beforeAll(async () => {
  gateway = await startPeopleTestGateway('gateway_owners', { INTERNAL_TOKEN });
  ministry = await gateway.addOrganisation('mci-owners');
  akimat = await gateway.addOrganisation('akimat-owners');
}, 60_000);

afterAll(async () => {
  await gateway?.close();
});

async function addMember(
  organisationId: string,
  email: string,
  preferredLanguage: string,
  roles: { role: string; eventId?: string }[],
): Promise<string> {
  const response = await fetch(`${gateway.url}/api/v1/organisations/${organisationId}/members`, {
    method: 'POST',
    headers: { authorization: `Bearer ${gateway.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, displayName: email.split('@')[0], preferredLanguage, roles }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { member: { personId: string } }).member.personId;
}

async function owners(organisationId: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${gateway.url}/internal/organisations/${organisationId}/owners`, {
    headers: { [INTERNAL_TOKEN_HEADER]: INTERNAL_TOKEN, ...headers },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /internal/organisations/:id/owners', () => {
  it('should answer the owners of the whole organisation with their addresses and languages', async () => {
    const first = await addMember(ministry, 'Owner.KK@mci.gov.kz', 'kk', [{ role: 'owner' }]);
    const second = await addMember(ministry, 'owner.en@mci.gov.kz', 'en', [
      { role: 'owner' },
      { role: 'analyst' },
    ]);
    await addMember(ministry, 'organiser@mci.gov.kz', 'ru', [
      { role: 'organiser' },
      { role: 'viewer', eventId: randomUUID() },
    ]);
    // An owner elsewhere is nobody here.
    await addMember(akimat, 'owner@akimat.kz', 'ru', [{ role: 'owner' }]);

    const answer = await owners(ministry);
    expect(answer.status).toBe(200);
    expect(answer.body['organisationId']).toBe(ministry);
    expect(answer.body['owners']).toEqual(
      [
        { personId: first, email: 'owner.kk@mci.gov.kz', displayName: 'Owner.KK', preferredLanguage: 'kk' },
        { personId: second, email: 'owner.en@mci.gov.kz', displayName: 'owner.en', preferredLanguage: 'en' },
      ].sort((a, b) => a.personId.localeCompare(b.personId)),
    );

    // A member removed is no longer told.
    const removed = await fetch(`${gateway.url}/api/v1/organisations/${ministry}/members/${second}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${gateway.adminKey}` },
    });
    expect(removed.status).toBeLessThan(300);
    expect(
      ((await owners(ministry)).body['owners'] as { personId: string }[]).map((owner) => owner.personId),
    ).toEqual([first]);
  });

  it('should answer an empty list for an organisation without owners, and 404 for one that does not exist', async () => {
    const empty = await gateway.addOrganisation('no-owners-yet');
    await addMember(empty, 'viewer@undp.org', 'en', [{ role: 'viewer' }]);
    expect(await owners(empty)).toEqual({ status: 200, body: { organisationId: empty, owners: [] } });
    expect((await owners(randomUUID())).status).toBe(404);
    expect((await owners('not-an-id')).status).toBe(400);
  });

  it('should refuse everyone without the internal token, API keys included', async () => {
    const refused: Record<string, string>[] = [
      { [INTERNAL_TOKEN_HEADER]: '' },
      { [INTERNAL_TOKEN_HEADER]: randomBytes(24).toString('hex') },
      { [INTERNAL_TOKEN_HEADER]: '', authorization: `Bearer ${gateway.adminKey}` },
    ];
    for (const headers of refused) {
      const answer = await owners(ministry, headers);
      expect(answer.status).toBe(401);
      expect(answer.body).not.toHaveProperty('owners');
    }
  });
});
