import { beforeAll, describe, expect, it } from '@jest/globals';
import { TOPICS } from '@jiyn/contracts';
import { generateIin } from '@jiyn/kz';
import { useServiceTestBed, type ServiceTestBed } from '@jiyn/service-harness';
import { anEventPublished } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../../src/app.module';
import { registrationsDatabase } from '../../src/database/database';
import { RegistrationsEnvironment } from '../../src/registrations.environment';
import { installCommitLog } from './commit-log';
import { growTables } from './grown-tables';
import { describeFailure, runSeatHistory, summarise, type HistoryOptions } from './run-history';

/**
 * Seats are proven by histories, not single operations: clients run random mixed operations
 * against the real service on real PostgreSQL and Kafka, under planner settings that force each
 * kind of plan, on fresh and on grown, ANALYZEd tables; every committed transaction is replayed and
 * checked (see run-history.ts). A longer soak: `npm run soak:seats -- --seed 7 --minutes 10`.
 */

/** Settings every connection of the service runs under: a statement must mean the same under each. */
const PLANNER_SETTINGS: Record<string, Record<string, string>> = {
  'default plans': {},
  'generic plans': { plan_cache_mode: 'force_generic_plan' },
  'nested loops': { enable_hashjoin: 'off', enable_mergejoin: 'off', plan_cache_mode: 'force_generic_plan' },
  'hash joins': { enable_nestloop: 'off', enable_mergejoin: 'off' },
  'merge joins': { enable_nestloop: 'off', enable_hashjoin: 'off' },
  'sequential scans': { enable_indexscan: 'off', enable_bitmapscan: 'off', enable_indexonlyscan: 'off' },
};

const soak = process.env['JIYN_SEAT_SOAK_SECONDS'];
const runs: { planner: string; fresh: number; grown: number }[] = soak
  ? [
      {
        planner: process.env['JIYN_SEAT_SOAK_PLANNER'] ?? 'generic plans',
        fresh: Number(process.env['JIYN_SEAT_SOAK_SEED'] ?? 1),
        grown: 0,
      },
    ]
  : Object.keys(PLANNER_SETTINGS).map((planner, i) => ({ planner, fresh: 101 + 2 * i, grown: 102 + 2 * i }));

function testBed(settings: Record<string, string>): ServiceTestBed {
  return useServiceTestBed({
    service: 'registrations',
    environment: RegistrationsEnvironment,
    module: RegistrationsAppModule.register,
    database: (url) => registrationsDatabase(url),
    probe: [TOPICS.registrations],
    env: { OFFER_SWEEP_INTERVAL_MS: '200' },
    databaseSettings: settings,
  });
}

/** Histories that never fought over a seat prove nothing: up to this many more are run until one did. */
const MORE_HISTORIES = 3;

async function expectHistoryHolds(bed: ServiceTestBed, options: HistoryOptions): Promise<void> {
  let promotions = 0;
  let refusals = 0;
  // A seed fixes the operations, not their interleaving: on fresh tables a history promotes 2 to 19
  // waiting registrations, so now and then none. Each history is checked in full;
  // another one, with the next seed, runs only while none has promoted anyone yet.
  for (let more = 0; more <= MORE_HISTORIES && (promotions === 0 || refusals === 0); more += 1) {
    const report = await runSeatHistory(bed, {
      ...options,
      seed: options.seed + 1000 * more,
      label: more === 0 ? options.label : `${options.label}, history ${more + 1}`,
    });
    console.log(summarise(report));
    if (report.violations.length > 0) throw new Error(describeFailure(report));
    promotions += report.promotions;
    refusals += report.answers['409'] ?? 0;
  }
  expect(promotions).toBeGreaterThan(0);
  expect(refusals).toBeGreaterThan(0);
}

describe.each(runs)('seat histories under $planner', ({ planner, fresh, grown }) => {
  const bed = testBed(PLANNER_SETTINGS[planner] ?? {});
  beforeAll(() => installCommitLog(bed.service.query));

  if (soak) {
    it(
      `should keep every invariant for ${soak} s (seed ${fresh})`,
      async () => {
        await growTables(bed.service.databaseUrl);
        const seconds = Number(soak);
        await expectHistoryHolds(bed, {
          label: `soak, ${planner}`,
          seed: fresh,
          clients: 8,
          operations: Number.MAX_SAFE_INTEGER,
          durationMs: seconds * 1000,
        });
      },
      (Number(soak) + 300) * 1000,
    );
    return;
  }

  it(`should keep every invariant on fresh tables (seed ${fresh})`, async () => {
    await expectHistoryHolds(bed, {
      label: `${planner}, fresh tables`,
      seed: fresh,
      clients: 8,
      operations: 40,
    });
  }, 180_000);

  it('should release exactly one seat per cancellation on grown, analysed tables', async () => {
    await growTables(bed.service.databaseUrl);
    const { service, producer } = bed;
    // Capacity 4, a waitlist of 3: one cancellation lets exactly one waiting registration in (three
    // events: a plan-dependent release frees the wrong number of seats more often than not).
    for (let round = 0; round < 3; round += 1) {
      const small = anEventPublished({ capacity: 4 });
      await sendEventPublished(producer, small);
      await untilEventProjected(service, 'registrations.event_projections', small);
      const ids: string[] = [];
      for (let i = 0; i < 7; i += 1) ids.push(await registered(bed, small.eventId));
      expect((await service.request('POST', `/registrations/${ids[0]}/cancel`)).status).toBe(200);
      expect(await seats(bed, small.eventId)).toEqual({ holders: 4, counter: 4, waiting: 2 });
    }

    // Capacity 10, a waitlist of 12: eight cancellations one after another.
    const larger = anEventPublished({ capacity: 10 });
    await sendEventPublished(producer, larger);
    await untilEventProjected(service, 'registrations.event_projections', larger);
    const more: string[] = [];
    for (let i = 0; i < 22; i += 1) more.push(await registered(bed, larger.eventId));
    for (const id of more.slice(0, 8)) {
      expect((await service.request('POST', `/registrations/${id}/cancel`)).status).toBe(200);
    }
    expect(await seats(bed, larger.eventId)).toEqual({ holders: 10, counter: 10, waiting: 4 });
  }, 120_000);

  it(`should keep every invariant on grown, analysed tables (seed ${grown})`, async () => {
    await expectHistoryHolds(bed, {
      label: `${planner}, grown tables`,
      seed: grown,
      clients: 8,
      operations: 40,
    });
  }, 180_000);
});

let serial = 0;
async function registered(bed: ServiceTestBed, eventId: string): Promise<string> {
  serial += 1;
  const response = await bed.service.request('POST', '/registrations', {
    body: {
      eventId,
      fullName: `Орын Қатысушы ${serial}`,
      email: `seat-${serial}-${eventId.slice(0, 8)}@akimat.example.kz`,
      // Ten apart: a serial without a valid check digit moves on to the next one.
      iin: generateIin({ birthDate: '1990-06-01', sex: 'female', serial: serial * 10 }),
      regionCode: 'KZ-71',
      consent: { textVersion: 'default-1', accepted: true },
    },
  });
  if (response.status !== 201)
    throw new Error(`registration answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

async function seats(
  bed: ServiceTestBed,
  eventId: string,
): Promise<{ holders: number; counter: number; waiting: number }> {
  const [row] = await bed.service.query<{ holders: number; counter: number; waiting: number }>(
    `SELECT (SELECT count(*)::int FROM registrations.registrations
              WHERE event_id = $1 AND status IN ('confirmed', 'offered')) AS holders,
            (SELECT sum(taken)::int FROM registrations.seat_buckets WHERE event_id = $1) AS counter,
            (SELECT count(*)::int FROM registrations.registrations
              WHERE event_id = $1 AND status = 'waitlisted') AS waiting`,
    [eventId],
  );
  if (!row) throw new Error('no row');
  return row;
}
