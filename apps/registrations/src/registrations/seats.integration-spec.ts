import { describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { TOPICS } from '@jiyn/contracts';
import { useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { ReconcileSeatCounters1764201600011 } from '../database/migrations/1764201600011-reconcile-seat-counters';
import { RegistrationsEnvironment } from '../registrations.environment';
import { eventsKnownTo, participantsOf } from '../../test/builders';

const { service, producer } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
});
const participant = participantsOf({
  name: 'Орын Санаушы',
  email: 'seats',
  birthDate: '1991-09-09',
  sex: 'male',
  regionCode: 'KZ-71',
});
const knownEvent = eventsKnownTo({ service, producer });

async function register(eventId: string, regionCode: string): Promise<string> {
  const response = await service.request('POST', '/registrations', {
    body: participant(eventId, { regionCode }),
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

const seats = async (eventId: string) =>
  (await service.request('GET', `/registrations/events/${eventId}/seats`)).body;

describe('seats of an event', () => {
  it('should show capacity, taken, free and each region beside the registrations they count', async () => {
    const event = await knownEvent({ capacity: 5 });
    await register(event.eventId, 'KZ-71');
    await register(event.eventId, 'KZ-71');
    await register(event.eventId, 'KZ-75');

    expect(await seats(event.eventId)).toEqual({
      capacity: 5,
      taken: 3,
      holders: 3,
      free: 2,
      regions: [
        { regionCode: 'KZ-71', taken: 2, holders: 2 },
        { regionCode: 'KZ-75', taken: 1, holders: 1 },
      ],
      consistent: true,
    });
  }, 30_000);

  it('should answer 404 for an event it does not know', async () => {
    const response = await service.request(
      'GET',
      '/registrations/events/0192f0c4-0000-7000-8000-000000000000/seats',
    );
    expect(response.status).toBe(404);
  }, 30_000);

  it('should show drifted counters as inconsistent, and count again when a release finds no seat to give back', async () => {
    const event = await knownEvent({ capacity: 3 });
    const first = await register(event.eventId, 'KZ-79');
    await register(event.eventId, 'KZ-79');
    // Counters left behind by the release bug this ledger replaced: no bucket shows a seat taken.
    await service.query(`UPDATE registrations.seat_buckets SET taken = 0 WHERE event_id = $1`, [
      event.eventId,
    ]);
    expect(await seats(event.eventId)).toMatchObject({ taken: 0, holders: 2, consistent: false });

    expect((await service.request('POST', `/registrations/${first}/cancel`)).status).toBe(200);

    expect(await seats(event.eventId)).toMatchObject({
      taken: 1,
      holders: 1,
      regions: [{ regionCode: 'KZ-79', taken: 1, holders: 1 }],
      consistent: true,
    });
  }, 30_000);

  it('should have the migration set every drifted counter to its count', async () => {
    const event = await knownEvent({ capacity: 20 });
    for (let i = 0; i < 4; i += 1) await register(event.eventId, i % 2 ? 'KZ-11' : 'KZ-71');
    await service.query(`UPDATE registrations.seat_buckets SET taken = 1 WHERE event_id = $1`, [
      event.eventId,
    ]);
    await service.query(`UPDATE registrations.region_seats SET taken = 7 WHERE event_id = $1`, [
      event.eventId,
    ]);
    expect(await seats(event.eventId)).toMatchObject({ taken: 16, consistent: false });

    const runner = { query: (sql: string) => service.query(sql) } as unknown as QueryRunner;
    await new ReconcileSeatCounters1764201600011().up(runner);

    expect(await seats(event.eventId)).toMatchObject({ taken: 4, holders: 4, free: 16, consistent: true });
    // Filled in order, as the ledger spreads them: 20 seats are 16 buckets of 2, 2, 2, 2, 1, 1, …
    const buckets = await service.query<{ taken: number }>(
      `SELECT taken FROM registrations.seat_buckets WHERE event_id = $1 ORDER BY bucket`,
      [event.eventId],
    );
    expect(buckets.map((bucket) => bucket.taken)).toEqual([2, 2, ...Array(14).fill(0)]);
  }, 30_000);
});
