import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { call, platform } from './gateway-client';

/**
 * Keys limited to named events and events granted to a partner organisation, through the real
 * gateway and sessions: the gateway asks sessions who owns each event before it hands out access.
 * (Its own tests answer for sessions with a stand-in; this once failed only against the real one.)
 */
const organisationIdOf = (slug: string): string => {
  const found = platform().organisations.find((organisation) => organisation.slug === slug);
  if (!found) throw new Error(`no seeded organisation ${slug}`);
  return found.id;
};

async function createEvent(key?: string): Promise<string> {
  const event = await call('POST', '/api/v1/events', {
    ...(key ? { key } : {}),
    body: {
      slug: `limits-${randomUUID().slice(0, 8)}`,
      title: { kk: 'Шектеу', ru: 'Ограничение', en: 'Limits' },
      startsAt: '2030-04-01T09:00:00+05:00',
      endsAt: '2030-04-01T18:00:00+05:00',
      capacity: 10,
    },
  });
  expect(event.status).toBe(201);
  return event.body.id as string;
}

let ownEvent: string;
let otherEvent: string;

beforeAll(async () => {
  ownEvent = await createEvent();
  otherEvent = await createEvent();
}, 60_000);

describe('access limited to events', () => {
  it('should issue a key limited to one of the organisation’s events, which reads that event only', async () => {
    const issued = await call('POST', '/api/v1/api-keys', {
      body: { name: 'check-in desk, one event', scopes: ['events:read'], eventIds: [ownEvent] },
    });
    expect(issued.status).toBe(201);
    expect(issued.body.apiKey.eventIds).toEqual([ownEvent]);
    const limited = issued.body.secret as string;
    expect((await call('GET', `/api/v1/events/${ownEvent}`, { key: limited })).status).toBe(200);
    expect([403, 404]).toContain(
      (await call('GET', `/api/v1/events/${otherEvent}`, { key: limited })).status,
    );
  });

  it('should refuse to limit a key to an event that is not the organisation’s, or that does not exist', async () => {
    const undpEvent = await createEvent(
      platform().organisations.find((organisation) => organisation.slug === 'undp-kz')?.ownerKey,
    );
    for (const eventId of [undpEvent, randomUUID(), 'cb6e16b3-6356-3e6e-bdae-c44eef2bcaab']) {
      const refused = await call('POST', '/api/v1/api-keys', {
        body: { name: 'not ours', scopes: ['events:read'], eventIds: [eventId] },
      });
      expect({ eventId, status: refused.status, errors: refused.body.errors }).toEqual({
        eventId,
        status: 400,
        errors: [expect.objectContaining({ field: 'eventIds[0]', code: 'notOwnEvent' })],
      });
    }
  });

  it('should grant a partner organisation one event, which the partner’s key then reads', async () => {
    const undp = platform().organisations.find((organisation) => organisation.slug === 'undp-kz');
    if (!undp) throw new Error('no seeded UNDP');
    const before = await call('GET', `/api/v1/events/${ownEvent}`, { key: undp.ownerKey });
    expect([403, 404]).toContain(before.status);
    const grant = await call('POST', `/api/v1/organisations/${organisationIdOf('mci')}/event-grants`, {
      body: { eventId: ownEvent, partnerOrganisationId: undp.id, role: 'viewer' },
    });
    expect(grant.status).toBe(201);
    // Effective on every gateway within a second.
    const deadline = Date.now() + 5_000;
    let after = await call('GET', `/api/v1/events/${ownEvent}`, { key: undp.ownerKey });
    while (after.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await call('GET', `/api/v1/events/${ownEvent}`, { key: undp.ownerKey });
    }
    expect(after.status).toBe(200);
  });
});
