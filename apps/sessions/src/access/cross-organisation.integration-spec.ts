import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import {
  TEST_ADMIN,
  concretePath,
  organisationPrincipal,
  scopedOperations,
  useServiceTestBed,
  walkAsIntruder,
} from '@jiyn/service-harness';
import { SessionsAppModule } from '../app.module';
import { sessionsDatabase } from '../database/database';
import { SessionsEnvironment } from '../sessions.environment';

const { service } = useServiceTestBed({
  service: 'sessions',
  environment: SessionsEnvironment,
  module: SessionsAppModule.register,
  database: (url) => sessionsDatabase(url),
  probe: [TOPICS.events],
});

const organisationA = TEST_ADMIN.organisationId as string;
const organisationB = '0190f000-0000-7000-8000-00000000b002';
/** Every scope, personal data included, but in organisation B. */
const intruder = organisationPrincipal(organisationB);

function eventBody() {
  return {
    slug: `forum-${randomUUID().slice(0, 8)}`,
    title: { kk: 'Форум', ru: 'Форум', en: 'Forum' },
    startsAt: '2030-02-05T09:00:00+05:00',
    endsAt: '2030-02-07T18:00:00+05:00',
    capacity: 60,
    venue: { name: { en: 'Hall' }, address: 'Astana' },
  };
}

/** Organisation A's (TEST_ADMIN's) published event with a room, a track, a session and a schedule version. */
async function organisationAProgramme(): Promise<Record<string, string>> {
  const event = await service.request('POST', '/events', { body: eventBody() });
  expect(event.status).toBe(201);
  const eventId = event.body.id as string;
  expect((await service.request('POST', `/events/${eventId}/publish`)).status).toBe(200);
  const room = await service.request('POST', `/events/${eventId}/rooms`, {
    body: { name: { en: 'Main hall' }, capacity: 60, position: 1 },
  });
  const track = await service.request('POST', `/events/${eventId}/tracks`, {
    body: { name: { en: 'Economy' }, colour: '#0A7CBF' },
  });
  const session = await service.request('POST', `/events/${eventId}/sessions`, {
    body: { title: { en: 'Opening' }, type: 'talk', language: 'ru', status: 'confirmed' },
  });
  const version = await service.request('POST', `/events/${eventId}/schedule/versions`, { body: {} });
  expect([room.status, track.status, session.status, version.status]).toEqual([201, 201, 201, 201]);
  return {
    id: eventId,
    eventId,
    roomId: room.body.id,
    trackId: track.body.id,
    sessionId: session.body.session?.id ?? session.body.id,
    number: String(version.body.number),
  };
}

describe('sessions service: organisations', () => {
  it('should refuse organisation B every operation on organisation A, and change nothing', async () => {
    const ids = await organisationAProgramme();
    const answers = await walkAsIntruder(service, {
      schema: 'sessions',
      intruder,
      ids,
      bodies: {
        'POST /events': { ...eventBody(), organisationId: organisationA },
        'PATCH /events/{id}': { capacity: 10 },
        'POST /events/{eventId}/rooms': { name: { en: 'Annex' }, capacity: 5, position: 2 },
        'PATCH /events/{eventId}/rooms/{roomId}': { capacity: 5 },
        'POST /events/{eventId}/tracks': { name: { en: 'Other' }, colour: '#000000' },
        'PATCH /events/{eventId}/tracks/{trackId}': { colour: '#000000' },
        'POST /events/{eventId}/sessions': { title: { en: 'X' }, type: 'talk', language: 'ru' },
        'PATCH /events/{eventId}/sessions/{sessionId}': { title: { en: 'Taken over' } },
      },
    });
    expect(answers.length).toBeGreaterThanOrEqual(21);
    // Refused, or a list that answers with none of A's rows.
    const emptyList = (body: unknown) => (body as { items?: unknown[] }).items?.length === 0;
    expect(
      answers.filter(({ status, body }) => status !== 403 && status !== 404 && !emptyList(body)),
    ).toEqual([]);
  }, 120_000);

  it('should let organisation A read every one of its own operations (positive control)', async () => {
    const ids = await organisationAProgramme();
    for (const operation of scopedOperations(service).filter(({ method }) => method === 'GET')) {
      const response = await service.request('GET', concretePath(operation.template, ids));
      expect({ operation: operation.template, status: response.status }).toEqual({
        operation: operation.template,
        status: 200,
      });
    }
    const list = await service.request('GET', '/events');
    expect(list.body.items.map((event: { id: string }) => event.id)).toContain(ids['eventId']);
  }, 120_000);

  it('should keep each role to its scopes: registrar, reviewer and viewer cannot edit the programme', async () => {
    const ids = await organisationAProgramme();
    const role = (scopes: Parameters<typeof organisationPrincipal>[1]) =>
      organisationPrincipal(organisationA, scopes);
    const registrar = role(['registrations:read', 'check-in']);
    const reviewer = role(['proposals:review']);
    const viewer = role([
      'events:read',
      'registrations:read',
      'speakers:read',
      'feedback:read',
      'analytics:read',
    ]);
    for (const principal of [registrar, reviewer, viewer]) {
      const refused = await service.request('PATCH', `/events/${ids['eventId']}`, {
        principal,
        body: { capacity: 70 },
      });
      expect(refused.status).toBe(403);
      expect(refused.body.requiredScope).toBe('events:write');
    }
    const sessions = `/events/${ids['eventId']}/sessions`;
    expect((await service.request('GET', sessions, { principal: viewer })).status).toBe(200);
    expect((await service.request('GET', sessions, { principal: reviewer })).status).toBe(403);
    // An event-limited grant reaches that event only.
    const oneEvent: Principal = {
      id: 'person:x',
      kind: 'person',
      grants: [{ eventId: ids['eventId'] as string, scopes: ['events:read'] }],
    };
    expect((await service.request('GET', `/events/${ids['eventId']}`, { principal: oneEvent })).status).toBe(
      200,
    );
    const listed = await service.request('GET', '/events', { principal: oneEvent });
    expect(listed.body.items.map((event: { id: string }) => event.id)).toEqual([ids['eventId']]);
  }, 120_000);

  it('should create events in the caller organisation, or an explicit one it may write in, never another', async () => {
    const own = await service.request('POST', '/events', { body: eventBody() });
    expect(own.body.organisationId).toBe(organisationA);
    const elsewhere = await service.request('POST', '/events', {
      body: { ...eventBody(), organisationId: organisationB },
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.requiredScope).toBe('events:write');
    const noOrganisation = await service.request('POST', '/events', {
      principal: {
        id: 'person:y',
        kind: 'person',
        grants: [{ organisationId: organisationB, scopes: ['events:write'] }],
      },
      body: eventBody(),
    });
    expect(noOrganisation.status).toBe(400);
  }, 60_000);
});
