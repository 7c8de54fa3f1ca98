import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS, type SessionChangedV1 } from '@jiyn/contracts';
import {
  TEST_ADMIN,
  concretePath,
  organisationPrincipal,
  scopedOperations,
  useServiceTestBed,
  walkAsIntruder,
} from '@jiyn/service-harness';
import { eventually } from '@jiyn/testing';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { eventsKnownTo, participantsOf } from '../../test/builders';

const { service, producer } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
});

const organisationA = TEST_ADMIN.organisationId as string;
const organisationB = '0190f000-0000-7000-8000-00000000b002';
/** Every scope, personal data included, but in organisation B. */
const intruder = organisationPrincipal(organisationB);
const role = (scopes: Parameters<typeof organisationPrincipal>[1]) =>
  organisationPrincipal(organisationA, scopes);

const participant = participantsOf({
  name: 'Ұйым Қатысушысы',
  email: 'organisation',
  birthDate: '1991-03-04',
  regionCode: 'KZ-75',
  more: { phone: '+77011234567' },
  first: 3000,
});
const knownEvent = eventsKnownTo({ service, producer });

async function knownSession(eventId: string): Promise<string> {
  const session: SessionChangedV1 = {
    sessionId: randomUUID(),
    eventId,
    version: 1,
    title: { kk: 'Шеберхана', ru: 'Мастер-класс', en: 'Workshop' },
    type: 'workshop',
    language: 'ru',
    trackId: null,
    roomId: randomUUID(),
    startsAt: '2030-02-05T05:00:00.000Z',
    endsAt: '2030-02-05T07:00:00.000Z',
    capacity: 20,
    status: 'confirmed',
    speakerIds: [],
    occurredAt: new Date().toISOString(),
  };
  await producer.send(TOPICS.programmeSessions, EVENT_TYPES.sessionScheduled, session.sessionId, session);
  await eventually(
    async () =>
      expect(
        await service.count(
          'SELECT version AS n FROM registrations.session_projections WHERE session_id = $1',
          [session.sessionId],
        ),
      ).toBe(1),
    { timeoutMs: 30_000 },
  );
  return session.sessionId;
}

/** Organisation A's event with a registration signed up for a session and checked in, and a second one. */
async function organisationARegistrations() {
  const event = await knownEvent({ organisationId: organisationA });
  const eventId = event.eventId;
  const first = await service.request('POST', '/registrations', { body: participant(eventId) });
  const second = await service.request('POST', '/registrations', { body: participant(eventId) });
  expect([first.status, second.status]).toEqual([201, 201]);
  const sessionId = await knownSession(eventId);
  const signUp = await service.request('POST', `/registrations/${first.body.id}/sessions/${sessionId}`);
  const checkIn = await service.request('POST', '/check-ins', {
    body: { eventId, code: first.body.confirmationCode, day: '2030-02-05' },
  });
  expect([signUp.status, checkIn.status]).toEqual([201, 201]);
  return {
    ids: { eventId, id: first.body.id as string, checkInId: checkIn.body.id as string, sessionId },
    secondCode: second.body.confirmationCode as string,
  };
}

describe('registrations service: organisations', () => {
  it('should refuse organisation B every operation on organisation A, and change nothing', async () => {
    const { ids, secondCode } = await organisationARegistrations();
    const answers = await walkAsIntruder(service, {
      schema: 'registrations',
      intruder,
      ids,
      bodies: {
        'POST /registrations': participant(ids.eventId),
        'POST /check-ins': { eventId: ids.eventId, code: secondCode, day: '2030-02-05' },
        'POST /registrations/{id}/reject': { reason: 'Taken over' },
        'PUT /registrations/events/{eventId}/retention': { days: 30 },
        'PUT /registrations/events/{eventId}/settings': { promotion: 'automatic' },
      },
    });
    expect(answers.length).toBeGreaterThanOrEqual(25);
    // Refused, or a list that answers with none of A's rows.
    const emptyList = (body: unknown) => (body as { items?: unknown[] }).items?.length === 0;
    expect(
      answers.filter(({ status, body }) => status !== 403 && status !== 404 && !emptyList(body)),
    ).toEqual([]);
    // The lists did answer: only with nothing of A's.
    expect(answers.filter(({ body }) => emptyList(body)).map(({ operation }) => operation)).toEqual(
      expect.arrayContaining(['GET /registrations', 'GET /registrations/changes']),
    );
  }, 180_000);

  it('should let organisation A read every one of its own operations (positive control)', async () => {
    const { ids } = await organisationARegistrations();
    // The door list is of one event day; today is none of this event's.
    const queries: Record<string, string> = {
      '/registrations/events/{eventId}/check-ins': '?day=2030-02-05',
    };
    for (const operation of scopedOperations(service).filter(({ method }) => method === 'GET')) {
      const query = queries[operation.template] ?? '';
      const response = await service.request('GET', concretePath(operation.template, ids) + query);
      expect({ operation: operation.template, status: response.status }).toEqual({
        operation: operation.template,
        status: 200,
      });
    }
    const list = await service.request('GET', `/registrations?eventId=${ids.eventId}`);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(ids.id);
  }, 180_000);

  it('should keep each role to its scopes', async () => {
    const { ids, secondCode } = await organisationARegistrations();
    const registrar = role(['registrations:read', 'check-in']);
    const reviewer = role(['proposals:review']);
    const analyst = role(['analytics:read']);
    const registration = `/registrations/${ids.id}`;

    // The registrar reads and checks in, and writes nothing else.
    expect((await service.request('GET', registration, { principal: registrar })).status).toBe(200);
    const checkIn = await service.request('POST', '/check-ins', {
      principal: registrar,
      body: { eventId: ids.eventId, code: secondCode, day: '2030-02-05' },
    });
    expect(checkIn.status).toBe(201);
    for (const [method, path, body] of [
      ['POST', '/registrations', participant(ids.eventId)],
      ['POST', `${registration}/cancel`, undefined],
      ['PUT', `/registrations/events/${ids.eventId}/retention`, { days: 30 }],
    ] as const) {
      const refused = await service.request(method, path, { principal: registrar, body });
      expect({ path, status: refused.status, scope: refused.body.requiredScope }).toEqual({
        path,
        status: 403,
        scope: 'registrations:write',
      });
    }
    // The reviewer sees nothing of registrations.
    expect((await service.request('GET', registration, { principal: reviewer })).status).toBe(403);
    expect((await service.request('GET', '/registrations', { principal: reviewer })).status).toBe(403);
    // The analyst sees the counts only.
    expect(
      (await service.request('GET', `/registrations/events/${ids.eventId}/seats`, { principal: analyst }))
        .status,
    ).toBe(200);
    expect(
      (
        await service.request('GET', `/registrations/events/${ids.eventId}/check-ins/summary`, {
          principal: analyst,
        })
      ).status,
    ).toBe(200);
    expect((await service.request('GET', registration, { principal: analyst })).status).toBe(403);
    expect(
      (await service.request('GET', `/registrations/events/${ids.eventId}/check-ins`, { principal: analyst }))
        .status,
    ).toBe(403);
  }, 180_000);

  it('should show personal data unmasked only where personal data is granted: on that event, not another', async () => {
    const { ids } = await organisationARegistrations();
    const other = await knownEvent({ organisationId: organisationA });
    const readers = [
      'events:read',
      'registrations:read',
      'speakers:read',
      'feedback:read',
      'analytics:read',
    ] as const;
    const viewer = role([...readers]);
    const grantedOn = (eventId: string): Principal => ({
      ...viewer,
      grants: [...viewer.grants, { eventId, scopes: ['personal-data'] }],
    });
    const registration = `/registrations/${ids.id}`;
    const asViewer = await service.request('GET', registration, { principal: viewer });
    const asGranted = await service.request('GET', registration, { principal: grantedOn(ids.eventId) });
    const asElsewhere = await service.request('GET', registration, { principal: grantedOn(other.eventId) });
    const asAdmin = await service.request('GET', registration);
    expect(asAdmin.body.iin).toMatch(/^\d{12}$/);
    expect(asViewer.body.iin).toMatch(/^\d{6}\*{6}$/);
    expect(asViewer.body.birthDate).toBeNull();
    expect(asElsewhere.body.iin).toMatch(/^\d{6}\*{6}$/);
    expect(asGranted.body.iin).toBe(asAdmin.body.iin);
    expect(asGranted.body.phone).toBe(asAdmin.body.phone);
    expect(asGranted.body.birthDate).toBe(asAdmin.body.birthDate);
    expect(asViewer.body.phone).not.toBe(asAdmin.body.phone);
    // The list and the export decide per registration's event the same way.
    const listed = async (principal: Principal) =>
      (await service.request('GET', `/registrations?eventId=${ids.eventId}`, { principal })).body.items.find(
        (item: { id: string }) => item.id === ids.id,
      ).iin;
    expect(await listed(grantedOn(ids.eventId))).toBe(asAdmin.body.iin);
    expect(await listed(grantedOn(other.eventId))).toMatch(/^\d{6}\*{6}$/);
    const exported = async (principal: Principal) =>
      JSON.stringify(
        (await service.request('GET', `/registrations/events/${ids.eventId}/export`, { principal })).body,
      );
    expect(await exported(grantedOn(ids.eventId))).toContain(asAdmin.body.iin);
    expect(await exported(viewer)).not.toContain(asAdmin.body.iin);
  }, 180_000);

  it('should list only the events a grant reaches, and nothing of an event without a known owner', async () => {
    const { ids } = await organisationARegistrations();
    const oneEvent: Principal = {
      id: 'person:x',
      kind: 'person',
      grants: [{ eventId: ids.eventId, scopes: ['registrations:read'] }],
    };
    const listed = await service.request('GET', '/registrations', { principal: oneEvent });
    expect(new Set(listed.body.items.map((item: { eventId: string }) => item.eventId))).toEqual(
      new Set([ids.eventId]),
    );
    // An event projected before organisations owned events: nobody's until an update names the owner.
    const ownerless = await knownEvent({ organisationId: organisationA });
    await service.query(
      `UPDATE registrations.event_projections SET organisation_id = NULL WHERE event_id = $1`,
      [ownerless.eventId],
    );
    expect((await service.request('GET', `/registrations/events/${ownerless.eventId}/settings`)).status).toBe(
      404,
    );
    const registered = await service.request('POST', '/registrations', {
      body: participant(ownerless.eventId),
    });
    expect(registered.status).toBe(404);
  }, 180_000);
});
