import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { DEFAULT_RETRY_POLICY } from '@jiyn/persistence';
import { DatabaseContention, useServiceTestBed } from '@jiyn/service-harness';
import { eventually } from '@jiyn/testing';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { eventsKnownTo, participantsOf } from '../../test/builders';

/**
 * What the database does to requests now and then — a deadlock, a lock held too long, a connection
 * cut — provoked for real on the service's PostgreSQL, seen through its HTTP API: retried to
 * success where PostgreSQL rolled the work back, else a 503 with Retry-After; never a 500.
 */
const STATEMENT_TIMEOUT_MS = 2_500; // above PostgreSQL's deadlock_timeout (1 s), so deadlocks are found first
const POOL_SIZE = 4;
const CONNECT_TIMEOUT_MS = 1_000; // below the statement timeout: a request waiting for the pool gives up first
const { service, producer } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
  env: {
    DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
  },
});
let contention: DatabaseContention;

beforeAll(async () => {
  contention = await DatabaseContention.open(service.databaseUrl, 'jiyn-registrations');
});
afterAll(async () => {
  await contention?.close();
});

const participant = participantsOf({
  name: 'Тест Қатысушы',
  email: 'db',
  birthDate: '1985-06-01',
  sex: 'male',
  regionCode: 'KZ-71',
  first: 4000,
});

const knownEvent = eventsKnownTo({ service, producer });

async function registered(eventId: string): Promise<{ id: string; version: number }> {
  const response = await service.request('POST', '/registrations', { body: participant(eventId) });
  expect(response.status).toBe(201);
  return response.body;
}

const stored = (id: string) =>
  service.query<{ status: string; version: number }>(
    'SELECT status, version FROM registrations.registrations WHERE id = $1',
    [id],
  );
const announced = (id: string, type: string) =>
  service.count(
    'SELECT count(*)::int AS n FROM registrations.outbox WHERE message_key = $1 AND event_type = $2',
    [id, type],
  );

/** The service's transaction locks the registration row first and writes its event last. */
const cancelDeadlock = (id: string, rounds: number) => ({
  holdLate: 'LOCK TABLE registrations.outbox IN SHARE MODE',
  takeEarly: { text: 'SELECT 1 FROM registrations.registrations WHERE id = $1 FOR UPDATE', values: [id] },
  rounds,
});

function expectUnavailable(response: Awaited<ReturnType<typeof service.request>>) {
  expect(response.status).toBe(503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({
    type: 'https://jiyn.kz/problems/service-unavailable',
    status: 503,
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe('registrations when the database deadlocks', () => {
  it('should retry a deadlocked cancellation to success, with one effect', async () => {
    const event = await knownEvent();
    const registration = await registered(event.eventId);
    const { answer, deadlocks } = await contention.deadlock(cancelDeadlock(registration.id, 1), () =>
      service.request('POST', `/registrations/${registration.id}/cancel`),
    );
    expect(deadlocks).toBe(1);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'cancelled', version: registration.version + 1 });
    expect(await stored(registration.id)).toEqual([
      { status: 'cancelled', version: registration.version + 1 },
    ]);
    expect(await announced(registration.id, EVENT_TYPES.registrationCancelled)).toBe(1);
  }, 60_000);

  it('should retry a registration deadlocked on its careful path, writing it once', async () => {
    const event = await knownEvent({ capacity: 5 });
    await registered(event.eventId); // the region's seat counter row exists from here on
    const body = participant(event.eventId);
    // Every bucket busy: the registration takes the careful path, counts the seat in the region's
    // row, then waits for a bucket; the test then asks for the region's row.
    const { answer, deadlocks } = await contention.deadlock(
      {
        holdLate: {
          text: 'SELECT 1 FROM registrations.seat_buckets WHERE event_id = $1 FOR UPDATE',
          values: [event.eventId],
        },
        takeEarly: {
          text: 'SELECT 1 FROM registrations.region_seats WHERE event_id = $1 FOR UPDATE',
          values: [event.eventId],
        },
        rounds: 1,
      },
      () => service.request('POST', '/registrations', { body }),
    );
    expect(deadlocks).toBe(1);
    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('confirmed');
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1 AND email = $2',
        [event.eventId, body.email],
      ),
    ).toBe(1);
    expect(await announced(answer.body.id, EVENT_TYPES.registrationCreated)).toBe(1);
    expect(
      await service.count('SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(2);
  }, 60_000);

  it('should have the one-statement registration wait for a busy region holding no seat, so it cannot deadlock', async () => {
    const event = await knownEvent({ capacity: 5 });
    await registered(event.eventId);
    const body = participant(event.eventId);
    const buckets = new pg.Client({ connectionString: service.databaseUrl });
    await buckets.connect();
    try {
      const answer = await contention.whileLocked(
        `SELECT 1 FROM registrations.region_seats WHERE event_id = '${event.eventId}' FOR UPDATE`,
        async () => {
          const request = service.request('POST', '/registrations', { body });
          await eventually(async () => expect(await waitingBackends()).toBeGreaterThan(0));
          // While it waits for the region's row, every bucket is free for anyone to take at once.
          await buckets.query('BEGIN');
          await buckets.query(
            'SELECT 1 FROM registrations.seat_buckets WHERE event_id = $1 FOR UPDATE NOWAIT',
            [event.eventId],
          );
          await buckets.query('ROLLBACK');
          return request;
        },
        { holdMs: 500 },
      );
      expect(answer.status).toBe(201);
      expect(answer.body.status).toBe('confirmed');
    } finally {
      await buckets.end();
    }
  }, 60_000);

  it('should answer 503 with Retry-After when every run deadlocks, leaving nothing half-written', async () => {
    const event = await knownEvent();
    const registration = await registered(event.eventId);
    const { answer, deadlocks } = await contention.deadlock(cancelDeadlock(registration.id, Infinity), () =>
      service.request('POST', `/registrations/${registration.id}/cancel`, {
        headers: { 'accept-language': 'ru' },
      }),
    );
    expect(deadlocks).toBe(DEFAULT_RETRY_POLICY.attempts);
    expectUnavailable(answer);
    expect(answer.headers['retry-after']).toBe('1');
    expect(answer.headers['content-language']).toBe('ru');
    expect(answer.body.title).toBe('Сервис временно недоступен');
    expect(await stored(registration.id)).toEqual([{ status: 'confirmed', version: registration.version }]);
    expect(await announced(registration.id, EVENT_TYPES.registrationCancelled)).toBe(0);
  }, 60_000);
});

describe('registrations when a statement runs too long', () => {
  it('should answer 503 well before the gateway gives up, and write nothing', async () => {
    const event = await knownEvent();
    const body = participant(event.eventId);
    const started = Date.now();
    const [list, create] = await contention.whileLocked(
      'LOCK TABLE registrations.registrations IN ACCESS EXCLUSIVE MODE',
      () =>
        Promise.all([
          service.request('GET', `/registrations?eventId=${event.eventId}`),
          service.request('POST', '/registrations', { body }),
        ]),
    );
    const elapsed = Date.now() - started;
    for (const answer of [list, create]) {
      expectUnavailable(answer);
      expect(answer.headers['retry-after']).toBe('5');
    }
    expect(elapsed).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 100);
    expect(elapsed).toBeLessThan(STATEMENT_TIMEOUT_MS + 5_000);
    expect(
      await service.count('SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(0);
  }, 60_000);
});

describe('registrations when the database connection is lost', () => {
  it('should answer 503, not 500, when the connection is cut mid-request', async () => {
    const event = await knownEvent();
    const registration = await registered(event.eventId);
    const list = await contention.whileLocked(
      'LOCK TABLE registrations.registrations IN ACCESS EXCLUSIVE MODE',
      () => service.request('GET', `/registrations?eventId=${event.eventId}&q=${registration.id}`),
      { terminate: true },
    );
    expectUnavailable(list);
    // Cut inside its transaction, waiting to write its event: the cancellation never happened.
    const cancel = await contention.whileLocked(
      'LOCK TABLE registrations.outbox IN SHARE MODE',
      () => service.request('POST', `/registrations/${registration.id}/cancel`),
      { terminate: true },
    );
    expectUnavailable(cancel);
    expect(await stored(registration.id)).toEqual([{ status: 'confirmed', version: registration.version }]);
    // Once the database answers again, so does the service.
    const retried = await service.request('POST', `/registrations/${registration.id}/cancel`);
    expect(retried.status).toBe(200);
    expect(await announced(registration.id, EVENT_TYPES.registrationCancelled)).toBe(1);
  }, 60_000);

  it('should answer 503 when no pooled connection frees up in time', async () => {
    const event = await knownEvent();
    const started = Date.now();
    const answers = await contention.whileLocked(
      'LOCK TABLE registrations.registrations IN ACCESS EXCLUSIVE MODE',
      () =>
        Promise.all(
          Array.from({ length: POOL_SIZE + 3 }, () =>
            service
              .request('GET', `/registrations?eventId=${event.eventId}`, {
                headers: { 'accept-language': 'en' },
              })
              .then((answer) => ({ ...answer, ms: Date.now() - started })),
          ),
        ),
    );
    for (const answer of answers) expectUnavailable(answer);
    // Those that had a connection waited for the lock until the statement timeout; the others
    // for a connection until the connect timeout.
    const unreachable = answers.filter((answer) => /cannot be reached/.test(answer.body.detail));
    expect(unreachable.length).toBeGreaterThanOrEqual(3);
    for (const answer of unreachable) expect(answer.ms).toBeLessThan(STATEMENT_TIMEOUT_MS);
  }, 60_000);

  it('should serve the next requests when its idle connections were cut between requests', async () => {
    const event = await knownEvent();
    await registered(event.eventId);
    expect(await contention.terminateIdle()).toBeGreaterThan(0);
    const answers = await Promise.all([
      service.request('GET', `/registrations?eventId=${event.eventId}`),
      service.request('POST', '/registrations', { body: participant(event.eventId) }),
    ]);
    for (const answer of answers) expect(answer.status).toBeLessThan(500);
    expect(answers.map((answer) => answer.status)).toEqual([200, 201]);
  }, 60_000);
});

/** The service's backends waiting for a lock. */
async function waitingBackends(): Promise<number> {
  return service.count(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'jiyn-registrations' AND wait_event_type = 'Lock'`,
  );
}
