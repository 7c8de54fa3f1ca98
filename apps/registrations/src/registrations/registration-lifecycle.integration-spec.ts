import { describe, expect, it } from '@jest/globals';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import {
  EVENT_CONTRACTS,
  EVENT_TYPES,
  TOPICS,
  type EventPublishedV1,
  type EventType,
  type EventUpdatedV1,
} from '@jiyn/contracts';
import { ProblemException } from '@jiyn/problems';
import { eventually, fieldErrors, schemaValidator, type ProbedMessage } from '@jiyn/testing';
import { untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { RegistrationsService } from './registrations.service';
import { eventsKnownTo, participantsOf } from '../../test/builders';

const { service, producer, probe } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
  env: { OFFER_SWEEP_INTERVAL_MS: '200' },
});

/** The one place test registration bodies are built. */
const participant = participantsOf({
  name: 'Тест Қатысушы',
  email: 'life',
  birthDate: '1980-03-15',
  regionCode: 'KZ-71',
  more: { phone: '8 701 555 00 11', organisation: 'Akimat of Astana' },
  first: 0,
});

const knownEvent = eventsKnownTo({ service, producer });

async function updateEvent(
  event: EventPublishedV1,
  changes: Partial<EventUpdatedV1>,
): Promise<EventUpdatedV1> {
  const updated: EventUpdatedV1 = { ...event, status: 'published', ...changes, version: event.version + 1 };
  await producer.send(TOPICS.events, EVENT_TYPES.eventUpdated, event.eventId, updated);
  await untilEventProjected(service, 'registrations.event_projections', updated);
  return updated;
}

function register(eventId: string, overrides: Record<string, unknown> = {}) {
  return service.request('POST', '/registrations', { body: participant(eventId, overrides) });
}

async function registered(eventId: string, overrides: Record<string, unknown> = {}) {
  const response = await register(eventId, overrides);
  expect(response.status).toBe(201);
  return response.body as { id: string; status: string; managementToken: string; version: number };
}

function asSelf(token: string | undefined): { principal: typeof ANONYMOUS; headers: Record<string, string> } {
  return { principal: ANONYMOUS, headers: token === undefined ? {} : { [SELF_SERVICE_TOKEN_HEADER]: token } };
}

async function statusOf(id: string): Promise<string> {
  return (await service.request('GET', `/registrations/${id}`)).body.status as string;
}

function putSettings(eventId: string, body: Record<string, unknown>) {
  return service.request('PUT', `/registrations/events/${eventId}/settings`, { body });
}

/** The registration.* messages of one registration on Kafka, in order, waiting for `count` of them. */
async function eventsOf(id: string, count: number): Promise<ProbedMessage[]> {
  const of = () => probe.on(TOPICS.registrations).filter((m) => m.key === id);
  await eventually(() => expect(of().length).toBeGreaterThanOrEqual(count), { timeoutMs: 15_000 });
  return of();
}

const typeOf = (m: ProbedMessage | undefined) => m?.headers['ce_type'];
const validators = new Map<string, ReturnType<typeof schemaValidator>>();
function validPayload(message: ProbedMessage | undefined): boolean {
  const type = typeOf(message) as EventType;
  if (!validators.has(type)) validators.set(type, schemaValidator(EVENT_CONTRACTS[type].schema));
  return validators.get(type)?.(message?.json) === null;
}

describe('registration lifecycle', () => {
  describe('no overbooking', () => {
    it('should confirm exactly the capacity of 500 concurrent registrations, waitlist the rest, and announce each once', async () => {
      const event = await knownEvent({ capacity: 50 });
      const attempts = 500;
      const bodies = Array.from({ length: attempts }, () => participant(event.eventId));
      const started = performance.now();
      const responses = await Promise.all(
        bodies.map((body) => service.request('POST', '/registrations', { body })),
      );
      const elapsedMs = performance.now() - started;
      expect(responses.filter((r) => r.status >= 500)).toHaveLength(0);
      expect(responses.filter((r) => r.status !== 201)).toHaveLength(0);
      expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(50);
      expect(responses.filter((r) => r.body.status === 'waitlisted')).toHaveLength(attempts - 50);
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1 AND status = 'confirmed'`,
          [event.eventId],
        ),
      ).toBe(50);
      expect(
        await service.count(
          'SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1',
          [event.eventId],
        ),
      ).toBe(50);
      expect(
        await service.count('SELECT taken AS n FROM registrations.region_seats WHERE event_id = $1', [
          event.eventId,
        ]),
      ).toBe(50);

      const ids = new Set(responses.map((r) => r.body.id as string));
      const ours = () => probe.on(TOPICS.registrations).filter((m) => ids.has(m.key ?? ''));
      await eventually(() => expect(ours().length).toBeGreaterThanOrEqual(attempts), { timeoutMs: 60_000 });
      const lagMs = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const perRegistration = new Map<string, number>();
      for (const m of ours()) {
        expect(typeOf(m)).toBe(EVENT_TYPES.registrationCreated);
        perRegistration.set(m.key ?? '', (perRegistration.get(m.key ?? '') ?? 0) + 1);
      }
      expect(perRegistration.size).toBe(attempts);
      expect([...perRegistration.values()].every((n) => n === 1)).toBe(true);
      console.info(
        `[concurrency] ${attempts} concurrent registrations at capacity 50: ${elapsedMs.toFixed(0)} ms for all responses ` +
          `(${((attempts / elapsedMs) * 1000).toFixed(0)}/s), all ${attempts} created events on Kafka after ${lagMs.toFixed(0)} ms`,
      );
    }, 120_000);

    it('should never confirm more than a region quota, however many from one region register at once', async () => {
      const event = await knownEvent({ capacity: 100 });
      expect(
        (await putSettings(event.eventId, { regionQuota: 3, regionQuotas: { 'KZ-75': 5 } })).status,
      ).toBe(200);
      const responses = await Promise.all(
        Array.from({ length: 60 }, () => register(event.eventId, { regionCode: 'KZ-71' })),
      );
      expect(responses.filter((r) => r.status !== 201)).toHaveLength(0);
      expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(3);
      expect(responses.filter((r) => r.body.status === 'waitlisted')).toHaveLength(57);
      // Other regions still get seats, up to their own (overridden) quota.
      const almaty = await Promise.all(
        Array.from({ length: 8 }, () => register(event.eventId, { regionCode: 'KZ-75' })),
      );
      expect(almaty.filter((r) => r.body.status === 'confirmed')).toHaveLength(5);
      expect(
        await service.count(
          'SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1',
          [event.eventId],
        ),
      ).toBe(8);
      // With quotas in force a registration must say its region.
      const withoutRegion = await register(event.eventId, { regionCode: undefined });
      expect(withoutRegion.status).toBe(400);
      expect(fieldErrors(withoutRegion.body)).toEqual(['regionCode:requiredByEvent']);

      // Raising the quota passes the freed seats to the waitlist in FIFO order at once.
      const firstWaiting = responses
        .filter((r) => r.body.status === 'waitlisted')
        .sort(
          (a, b) =>
            String(a.body.waitlistedAt).localeCompare(String(b.body.waitlistedAt)) ||
            String(a.body.id).localeCompare(String(b.body.id)),
        )
        .slice(0, 2)
        .map((r) => r.body.id as string);
      expect(
        (await putSettings(event.eventId, { regionQuota: 5, regionQuotas: { 'KZ-75': 5 } })).status,
      ).toBe(200);
      for (const id of firstWaiting) expect(await statusOf(id)).toBe('confirmed');
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1 AND status = 'confirmed' AND region_code = 'KZ-71'`,
          [event.eventId],
        ),
      ).toBe(5);
    }, 60_000);
  });

  describe('waitlist', () => {
    it('should promote the waitlist first come, first served when a seat frees', async () => {
      const event = await knownEvent({ capacity: 2 });
      const a = await registered(event.eventId);
      const b = await registered(event.eventId);
      const [c, d, e] = [
        await registered(event.eventId),
        await registered(event.eventId),
        await registered(event.eventId),
      ];
      expect([a.status, b.status, c.status, d.status, e.status]).toEqual([
        'confirmed',
        'confirmed',
        'waitlisted',
        'waitlisted',
        'waitlisted',
      ]);
      const positionOf = async (id: string) =>
        (await service.request('GET', `/registrations/${id}`)).body.waitlistPosition as number | null;
      expect([await positionOf(c.id), await positionOf(d.id), await positionOf(e.id)]).toEqual([1, 2, 3]);
      expect(await positionOf(a.id)).toBeNull();
      // The participant sees it too, with the management token.
      const mine = await service.request('GET', '/self/registrations/me', asSelf(e.managementToken));
      expect(mine.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 3 });

      const cancelled = await service.request('POST', `/registrations/${a.id}/cancel`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 2 });
      expect(await statusOf(c.id)).toBe('confirmed');
      expect(await statusOf(d.id)).toBe('waitlisted');
      expect([await positionOf(c.id), await positionOf(d.id), await positionOf(e.id)]).toEqual([null, 1, 2]);

      // A waitlisted registration leaving frees no seat.
      expect((await service.request('POST', `/registrations/${d.id}/cancel`)).status).toBe(200);
      expect(await statusOf(e.id)).toBe('waitlisted');
      // A newcomer does not jump the queue once a seat frees: it went to e in the same transaction.
      expect((await service.request('POST', `/registrations/${b.id}/cancel`)).status).toBe(200);
      expect(await statusOf(e.id)).toBe('confirmed');
      expect((await registered(event.eventId)).status).toBe('waitlisted');

      const [created, promoted] = await eventsOf(c.id, 2);
      expect(typeOf(created)).toBe(EVENT_TYPES.registrationCreated);
      expect(typeOf(promoted)).toBe(EVENT_TYPES.registrationPromoted);
      expect(promoted?.json).toMatchObject({
        registrationId: c.id,
        eventId: event.eventId,
        version: 2,
        status: 'confirmed',
        previousStatus: 'waitlisted',
        channel: 'admin',
      });
      expect(validPayload(promoted)).toBe(true);
      const [, cancelledEvent] = await eventsOf(a.id, 2);
      expect(typeOf(cancelledEvent)).toBe(EVENT_TYPES.registrationCancelled);
      expect(cancelledEvent?.json).toMatchObject({
        status: 'cancelled',
        previousStatus: 'confirmed',
        version: 2,
      });
    }, 60_000);

    it('should pass seats on when the sessions service raises the capacity', async () => {
      const event = await knownEvent({ capacity: 1 });
      await registered(event.eventId);
      const b = await registered(event.eventId);
      const c = await registered(event.eventId);
      const d = await registered(event.eventId);
      await updateEvent(event, { capacity: 3 });
      expect(await statusOf(b.id)).toBe('confirmed');
      expect(await statusOf(c.id)).toBe('confirmed');
      expect(await statusOf(d.id)).toBe('waitlisted');
      const [, promoted] = await eventsOf(b.id, 2);
      expect(typeOf(promoted)).toBe(EVENT_TYPES.registrationPromoted);
    }, 60_000);

    it('should hold a freed seat for the next in line with a time-limited offer, and pass it on when it lapses', async () => {
      const event = await knownEvent({ capacity: 1 });
      const settings = await putSettings(event.eventId, { promotion: 'offer', offerHours: 24 });
      expect(settings.status).toBe(200);
      expect(settings.body).toMatchObject({ promotion: 'offer', offerHours: 24, version: 1 });
      const a = await registered(event.eventId);
      const b = await registered(event.eventId);
      const c = await registered(event.eventId);
      const d = await registered(event.eventId);

      expect((await service.request('POST', `/registrations/${a.id}/cancel`)).status).toBe(200);
      const offered = (await service.request('GET', `/registrations/${b.id}`)).body;
      expect(offered.status).toBe('offered');
      const expiresIn = Date.parse(offered.offerExpiresAt) - Date.now();
      expect(expiresIn).toBeGreaterThan(23 * 3_600_000);
      expect(expiresIn).toBeLessThanOrEqual(24 * 3_600_000);
      // The offered seat is taken: a newcomer waits.
      expect((await registered(event.eventId)).status).toBe('waitlisted');
      const [, offeredEvent] = await eventsOf(b.id, 2);
      expect(typeOf(offeredEvent)).toBe(EVENT_TYPES.registrationOffered);
      expect(offeredEvent?.json).toMatchObject({
        status: 'offered',
        previousStatus: 'waitlisted',
        version: 2,
      });
      expect((offeredEvent?.json as { offerExpiresAt: string }).offerExpiresAt).toBe(offered.offerExpiresAt);

      // b lets it lapse (time travel: the offer is due now); the sweeper passes the seat to c.
      await service.query(
        `UPDATE registrations.registrations SET offer_expires_at = now() - interval '1 second' WHERE id = $1`,
        [b.id],
      );
      await eventually(async () => expect(await statusOf(b.id)).toBe('cancelled'), { timeoutMs: 10_000 });
      expect(await statusOf(c.id)).toBe('offered');
      const bEvents = await eventsOf(b.id, 3);
      expect(typeOf(bEvents[2])).toBe(EVENT_TYPES.registrationOfferExpired);
      expect(bEvents[2]?.json).toMatchObject({ status: 'cancelled', previousStatus: 'offered', version: 3 });
      expect(validPayload(bEvents[2])).toBe(true);
      // Too late to accept.
      const late = await service.request(
        'POST',
        '/self/registrations/me/accept-offer',
        asSelf(b.managementToken),
      );
      expect(late.status).toBe(409);
      expect(late.body.registrationStatus).toBe('cancelled');

      // c accepts with the management token; d is still waiting.
      const accepted = await service.request(
        'POST',
        '/self/registrations/me/accept-offer',
        asSelf(c.managementToken),
      );
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ id: c.id, status: 'confirmed', offerExpiresAt: null });
      const [, , confirmed] = await eventsOf(c.id, 3);
      expect(typeOf(confirmed)).toBe(EVENT_TYPES.registrationConfirmed);
      expect(await statusOf(d.id)).toBe('waitlisted');
      expect(
        await service.count(
          'SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1',
          [event.eventId],
        ),
      ).toBe(1);

      // An organiser can confirm an offer on the participant's behalf.
      expect((await service.request('POST', `/registrations/${c.id}/cancel`)).status).toBe(200);
      expect(await statusOf(d.id)).toBe('offered');
      const byOrganiser = await service.request('POST', `/registrations/${d.id}/confirm-offer`);
      expect(byOrganiser.status).toBe(200);
      expect(byOrganiser.body.status).toBe('confirmed');
    }, 60_000);
  });

  describe('approval', () => {
    it('should start registrations pending and approve them only into free seats', async () => {
      const event = await knownEvent({ capacity: 1, requiresApproval: true });
      const a = await registered(event.eventId);
      const b = await registered(event.eventId);
      const c = await registered(event.eventId);
      expect([a.status, b.status, c.status]).toEqual(['pending', 'pending', 'pending']);
      expect(
        await service.count(
          'SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1',
          [event.eventId],
        ),
      ).toBe(0);

      const first = await service.request('POST', `/registrations/${a.id}/approve`);
      expect(first.status).toBe(200);
      expect(first.body.status).toBe('confirmed');
      const second = await service.request('POST', `/registrations/${b.id}/approve`);
      expect(second.body.status).toBe('waitlisted');
      const [, approvedA] = await eventsOf(a.id, 2);
      const [, approvedB] = await eventsOf(b.id, 2);
      expect(typeOf(approvedA)).toBe(EVENT_TYPES.registrationApproved);
      expect(approvedA?.json).toMatchObject({ status: 'confirmed', previousStatus: 'pending' });
      expect(approvedB?.json).toMatchObject({ status: 'waitlisted', previousStatus: 'pending' });

      const reason = 'Не является сотрудником акимата — unique reason 7731';
      const rejected = await service.request('POST', `/registrations/${c.id}/reject`, { body: { reason } });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: reason });
      const [, rejectedEvent] = await eventsOf(c.id, 2);
      expect(typeOf(rejectedEvent)).toBe(EVENT_TYPES.registrationRejected);
      expect(rejectedEvent?.value).not.toContain('7731');

      // Rejecting a seat holder frees the seat for the approved-but-waiting b.
      expect(
        (
          await service.request('POST', `/registrations/${a.id}/reject`, {
            body: { reason: 'duplicate person' },
          })
        ).status,
      ).toBe(200);
      expect(await statusOf(b.id)).toBe('confirmed');
    }, 60_000);

    it('should refuse to approve into a full event that keeps no waitlist, leaving the registration pending', async () => {
      const event = await knownEvent({ capacity: 1, requiresApproval: true, waitlistEnabled: false });
      const a = await registered(event.eventId);
      const b = await registered(event.eventId);
      expect((await service.request('POST', `/registrations/${a.id}/approve`)).status).toBe(200);
      const full = await service.request('POST', `/registrations/${b.id}/approve`, {
        headers: { 'accept-language': 'en' },
      });
      expect(full.status).toBe(409);
      expect(full.body.type).toBe('https://jiyn.kz/problems/event-full');
      expect(await statusOf(b.id)).toBe('pending');
    }, 60_000);
  });

  describe('illegal transitions and bad input', () => {
    it('should answer a move the current status does not allow with a 409 naming that status', async () => {
      const event = await knownEvent({ capacity: 5 });
      const a = await registered(event.eventId);
      const cases: [string, unknown, string][] = [
        [`/registrations/${a.id}/approve`, undefined, 'confirmed'],
        [`/registrations/${a.id}/confirm-offer`, undefined, 'confirmed'],
      ];
      for (const [path, body, status] of cases) {
        const response = await service.request('POST', path, { body, headers: { 'accept-language': 'en' } });
        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({
          type: 'https://jiyn.kz/problems/conflict',
          registrationStatus: status,
        });
        expect(response.body.detail).toContain(status);
      }
      const accept = await service.request(
        'POST',
        '/self/registrations/me/accept-offer',
        asSelf(a.managementToken),
      );
      expect(accept.status).toBe(409);
      expect((await service.request('POST', `/registrations/${a.id}/cancel`)).status).toBe(200);
      const again = await service.request('POST', `/registrations/${a.id}/cancel`, {
        headers: { 'accept-language': 'ru' },
      });
      expect(again.status).toBe(409);
      expect(again.body.detail).toContain('cancelled');
      expect(
        (await service.request('POST', `/registrations/${a.id}/reject`, { body: { reason: 'x' } })).status,
      ).toBe(409);
      // Nothing changed by the refused moves.
      expect((await service.request('GET', `/registrations/${a.id}`)).body.version).toBe(2);

      const missingReason = await service.request('POST', `/registrations/${a.id}/reject`, { body: {} });
      expect(missingReason.status).toBe(400);
      expect(fieldErrors(missingReason.body)).toContain('reason:isNotEmpty');
      expect((await service.request('POST', `/registrations/${crypto.randomUUID()}/cancel`)).status).toBe(
        404,
      );
      expect((await service.request('POST', '/registrations/not-an-id/approve')).status).toBe(400);
    }, 60_000);

    it('should validate settings field by field, and know only events it knows', async () => {
      const event = await knownEvent();
      const defaults = await service.request('GET', `/registrations/events/${event.eventId}/settings`);
      expect(defaults.status).toBe(200);
      expect(defaults.body).toMatchObject({
        eventId: event.eventId,
        regionQuota: null,
        regionQuotas: null,
        promotion: 'auto',
        offerHours: 48,
        requireIin: false,
        version: 0,
      });
      const bad = await putSettings(event.eventId, {
        regionQuota: -1,
        promotion: 'sometimes',
        offerHours: 0,
        requireIin: 'yes',
      });
      expect(bad.status).toBe(400);
      expect(fieldErrors(bad.body).sort()).toEqual(
        ['offerHours:min', 'promotion:isIn', 'regionQuota:min', 'requireIin:isBoolean'].sort(),
      );
      const badRegions = await putSettings(event.eventId, {
        regionQuotas: { 'KZ-99': 2, 'KZ-71': -1, 'KZ-75': 1.5 },
      });
      expect(badRegions.status).toBe(400);
      expect(fieldErrors(badRegions.body).sort()).toEqual(
        ['regionQuotas.KZ-71:min', 'regionQuotas.KZ-75:isInt', 'regionQuotas.KZ-99:isKzRegionCode'].sort(),
      );
      expect((await putSettings(event.eventId, { regionQuotas: [1, 2] })).status).toBe(400);
      expect((await putSettings(event.eventId, { quota: 3 })).status).toBe(400);
      expect((await putSettings(crypto.randomUUID(), { regionQuota: 3 })).status).toBe(404);
      expect(
        (await service.request('GET', `/registrations/events/${crypto.randomUUID()}/settings`)).status,
      ).toBe(404);
      expect(
        (await service.request('GET', `/registrations/events/${event.eventId}/settings`)).body.version,
      ).toBe(0);

      // An IIN is demanded once the event says so.
      expect((await putSettings(event.eventId, { requireIin: true })).body).toMatchObject({
        requireIin: true,
        version: 1,
      });
      const withoutIin = await register(event.eventId, { iin: undefined });
      expect(withoutIin.status).toBe(400);
      expect(fieldErrors(withoutIin.body)).toEqual(['iin:requiredByEvent']);
      expect((await register(event.eventId)).status).toBe(201);
    }, 60_000);
  });

  describe('self-service with the management token', () => {
    it('should hand out the token once and store only its digest; forged or unknown tokens are a 401', async () => {
      const event = await knownEvent();
      const created = await service.request('POST', '/self/registrations', {
        body: participant(event.eventId),
        principal: ANONYMOUS,
      });
      expect(created.status).toBe(201);
      const token = created.body.managementToken as string;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created.body.channel).toBe('self');
      const stored = await service.query<{ management_token_digest: string }>(
        'SELECT management_token_digest FROM registrations.registrations WHERE id = $1',
        [created.body.id],
      );
      expect(stored[0]?.management_token_digest).toMatch(/^[0-9a-f]{64}$/);
      expect(stored[0]?.management_token_digest).not.toContain(token);

      const me = await service.request('GET', '/self/registrations/me', asSelf(token));
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: created.body.id, status: 'confirmed' });
      expect(me.body.managementToken).toBeUndefined();
      expect(
        (await service.request('GET', `/registrations/${created.body.id}`)).body.managementToken,
      ).toBeUndefined();

      const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      for (const bad of [undefined, '', forged, 'x'.repeat(43), 'short', `${token}x`, "' OR 1=1 --"]) {
        for (const [method, path] of [
          ['GET', '/self/registrations/me'],
          ['POST', '/self/registrations/me/cancel'],
          ['POST', '/self/registrations/me/accept-offer'],
        ] as const) {
          const response = await service.request(method, path, asSelf(bad));
          expect(response.status).toBe(401);
          expect(response.headers['content-type']).toContain('application/problem+json');
        }
      }
      expect(await statusOf(created.body.id)).toBe('confirmed');

      // A self-service caller may not claim an external reference (it would overwrite someone's registration).
      const claimed = await service.request('POST', '/self/registrations', {
        body: participant(event.eventId, { externalReference: 'MCS-1' }),
        principal: ANONYMOUS,
      });
      expect(claimed.status).toBe(400);
      expect(fieldErrors(claimed.body)).toEqual(['externalReference:whitelistValidation']);
      // A form that sends the field empty as null claims nothing.
      const unclaimed = await service.request('POST', '/self/registrations', {
        body: participant(event.eventId, { externalReference: null }),
        principal: ANONYMOUS,
      });
      expect(unclaimed.status).toBe(201);
      expect(unclaimed.body.externalReference).toBeNull();
      // Nor learn which registration a duplicate is.
      const email = participant(event.eventId).email;
      const duplicate = await service.request('POST', '/self/registrations', {
        body: participant(event.eventId, { email }),
        principal: ANONYMOUS,
      });
      expect(duplicate.status).toBe(201);
      // Echoed masked, like IIN and phone: the answer is no place to read personal data back from.
      expect(duplicate.body.email).not.toBe(email);
      const again = await service.request('POST', '/self/registrations', {
        body: { ...participant(event.eventId), email },
        principal: ANONYMOUS,
      });
      expect(again.status).toBe(409);
      expect(again.body.existingRegistrationId).toBeUndefined();
    }, 60_000);

    it('should let participants cancel themselves until the cancellation deadline, organisers any time', async () => {
      const open = await knownEvent({ capacity: 1, cancellationDeadline: '2029-12-31T18:00:00.000Z' });
      const mine = await registered(open.eventId);
      const next = await registered(open.eventId);
      const cancelled = await service.request(
        'POST',
        '/self/registrations/me/cancel',
        asSelf(mine.managementToken),
      );
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ id: mine.id, status: 'cancelled' });
      expect(await statusOf(next.id)).toBe('confirmed');
      expect(
        (await service.request('POST', '/self/registrations/me/cancel', asSelf(mine.managementToken))).status,
      ).toBe(409);
      // The token still shows the (cancelled) registration.
      expect(
        (await service.request('GET', '/self/registrations/me', asSelf(mine.managementToken))).body.status,
      ).toBe('cancelled');

      const past = await knownEvent({ cancellationDeadline: '2020-01-01T00:00:00.000Z' });
      const late = await registered(past.eventId);
      const refused = await service.request('POST', '/self/registrations/me/cancel', {
        ...asSelf(late.managementToken),
        headers: { ...asSelf(late.managementToken).headers, 'accept-language': 'en' },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.cancellationDeadline).toBe('2020-01-01T00:00:00.000Z');
      expect(await statusOf(late.id)).toBe('confirmed');
      expect((await service.request('POST', `/registrations/${late.id}/cancel`)).status).toBe(200);
      const [projected] = await service.query<{ cancellation_deadline: Date }>(
        'SELECT cancellation_deadline FROM registrations.event_projections WHERE event_id = $1',
        [past.eventId],
      );
      expect(projected?.cancellation_deadline.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    }, 60_000);
  });

  describe('external reference', () => {
    it('should update, not duplicate, a participant re-sent with the same external reference', async () => {
      const event = await knownEvent({ capacity: 10 });
      const body = participant(event.eventId, { externalReference: 'MCS-2024-000123' });
      const created = await service.request('POST', '/registrations', { body });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ externalReference: 'MCS-2024-000123', version: 1 });

      const same = await service.request('POST', '/registrations', { body });
      expect(same.status).toBe(200);
      expect(same.body).toMatchObject({ id: created.body.id, version: 1 });
      expect(same.body.managementToken).toBeUndefined();

      const changed = await service.request('POST', '/registrations', {
        body: { ...body, phone: '+7 702 111 22 33', position: 'Head of department' },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        id: created.body.id,
        version: 2,
        position: 'Head of department',
        status: 'confirmed',
      });
      expect(
        await service.count(
          'SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1',
          [event.eventId],
        ),
      ).toBe(1);
      const messages = await eventsOf(created.body.id, 2);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(
        probe
          .on(TOPICS.registrations)
          .filter((m) => m.key === created.body.id)
          .map(typeOf),
      ).toEqual([EVENT_TYPES.registrationCreated, EVENT_TYPES.registrationUpdated]);
      expect(messages[1]?.json).toMatchObject({
        version: 2,
        status: 'confirmed',
        previousStatus: 'confirmed',
      });
      // The new phone travels in no event (a bare '702' could be part of a random pseudonymous key).
      expect(messages[1]?.value).not.toMatch(/702\D*111\D*22\D*33/);

      // Another reference with the same person is a duplicate, naming the existing registration.
      const other = await service.request('POST', '/registrations', {
        body: { ...body, externalReference: 'MCS-2024-999' },
      });
      expect(other.status).toBe(409);
      expect(other.body.existingRegistrationId).toBe(created.body.id);
      // The same participant sent many times at once: one registration, the rest are updates of it.
      const burst = participant(event.eventId, { externalReference: 'MCS-2024-BURST' });
      const sent = await Promise.all(
        Array.from({ length: 12 }, () => service.request('POST', '/registrations', { body: burst })),
      );
      expect(sent.filter((r) => r.status === 201)).toHaveLength(1);
      expect(sent.filter((r) => r.status === 200)).toHaveLength(11);
      expect(new Set(sent.map((r) => r.body.id)).size).toBe(1);
      // Once cancelled, the reference is free for a new registration.
      expect((await service.request('POST', `/registrations/${created.body.id}/cancel`)).status).toBe(200);
      const fresh = await service.request('POST', '/registrations', { body });
      expect(fresh.status).toBe(201);
      expect(fresh.body.id).not.toBe(created.body.id);
    }, 60_000);

    it('should match by IIN for the importer when asked, and report domain failures as problems', async () => {
      const event = await knownEvent({ capacity: 10 });
      const registrations = service.app.get(RegistrationsService);
      const body = participant(event.eventId);
      const first = await registrations.upsertParticipant(body as never, 'import', { matchByIin: true });
      expect(first.outcome).toBe('created');
      expect(first.managementToken).toEqual(expect.any(String));
      expect(first.registration.channel).toBe('import');
      const again = await registrations.upsertParticipant(body as never, 'import', { matchByIin: true });
      expect(again).toMatchObject({
        outcome: 'unchanged',
        registration: { id: first.registration.id, version: 1 },
      });
      expect(again.managementToken).toBeUndefined();
      const moved = await registrations.upsertParticipant(
        { ...body, externalReference: 'MIN-77', organisation: 'Akimat of Almaty' } as never,
        'import',
        { matchByIin: true },
      );
      expect(moved).toMatchObject({
        outcome: 'updated',
        registration: { id: first.registration.id, version: 2, externalReference: 'MIN-77' },
      });
      await expect(
        registrations.upsertParticipant(body as never, 'import', { matchByIin: false }),
      ).rejects.toBeInstanceOf(ProblemException);
      await expect(
        registrations.upsertParticipant(participant(crypto.randomUUID()) as never, 'import', {
          matchByIin: true,
        }),
      ).rejects.toBeInstanceOf(ProblemException);
    }, 60_000);
  });
});
