import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt, randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { generateIin } from '@jiyn/kz';
import { eventually, testInfrastructure } from '@jiyn/testing';
import { call, type ApiResponse } from './gateway-client';

/**
 * Personal data never reaches a log, whatever path a request takes: every error path the platform
 * has (404, 400, 409, 401, a lost database connection, an unexpected defect) is driven with a
 * participant's IIN, e-mail, phone and Cyrillic full name in the path, the query and the body, and
 * then every app's log file is searched for each value, as sent and as encoded on the way.
 */
const person = {
  fullName: 'Жұмабекова Әйгерім Серікқызы',
  email: `zhumabekova.${randomUUID().slice(0, 8)}@akimat.example.kz`,
  phone: `+7 701 ${randomInt(100, 999)} ${randomInt(10, 99)} ${randomInt(10, 99)}`,
  iin: generateIin({ birthDate: '1991-03-14', sex: 'female', serial: randomInt(1000, 9000) }),
};
const normalisedPhone = person.phone.replace(/\s/g, '');

/** Each value as sent, and as a URL, a percent-encoder or a JSON encoder may have written it. */
function forms(value: string): string[] {
  const jsonEscaped = value.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return [...new Set([value, encodeURIComponent(value), encodeURI(value), jsonEscaped])];
}
const SEARCHED = new Set([
  ...forms(person.fullName),
  ...forms(person.email),
  person.email.replace('@', '%40'),
  ...forms(person.phone),
  ...forms(normalisedPhone),
  person.iin,
]);

/** `db` takes locks and makes schema changes; `observer` watches (and ends) the services' backends. */
const db = new pg.Client({ connectionString: testInfrastructure().databaseUrl });
/** Outside `db`'s transactions: pg_stat_activity is read once per transaction and would not change. */
const observer = new pg.Client({ connectionString: testInfrastructure().databaseUrl });
const answers = new Map<string, ApiResponse>();
/** Sent with the last request, so the test knows when every app has written its lines out. */
const lastCorrelationId = `log-privacy-${randomUUID()}`;

async function publishedEvent(): Promise<string> {
  const created = await call('POST', '/api/v1/events', {
    body: {
      slug: `log-privacy-${randomUUID().slice(0, 8)}`,
      title: { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Event' },
      timeZone: 'Asia/Almaty',
      startsAt: '2030-02-05T09:00:00+05:00',
      endsAt: '2030-02-07T18:00:00+05:00',
      capacity: 5,
    },
  });
  expect(created.status).toBe(201);
  expect((await call('POST', `/api/v1/events/${created.body.id}/publish`)).status).toBe(200);
  return created.body.id;
}

const registrationOf = (eventId: string) => ({
  eventId,
  ...person,
  regionCode: 'KZ-71',
  consent: { textVersion: 'default-1', accepted: true },
});

/**
 * Sends `requests` while a test connection holds `table` in ACCESS EXCLUSIVE mode, and terminates
 * the `application`'s backends as they wait for it: the service loses its connection mid-request.
 */
async function withConnectionLost(
  table: string,
  application: string,
  requests: (() => Promise<ApiResponse>)[],
): Promise<ApiResponse[]> {
  await db.query('BEGIN');
  try {
    await db.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    let settled = false;
    const answers = Promise.all(requests.map((request) => request())).finally(() => (settled = true));
    await eventually(async () => {
      await observer.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = $1 AND wait_event_type = 'Lock'`,
        [application],
      );
      expect(settled).toBe(true);
    });
    return await answers;
  } finally {
    await db.query('ROLLBACK');
  }
}

/**
 * Runs `request` while inserting a registration of `eventId` fails in PostgreSQL the way a defect
 * would: a cast of the participant's name, whose error message quotes the name.
 */
async function withDefectiveInsert(eventId: string, request: () => Promise<ApiResponse>) {
  const name = `e2e_defect_${randomUUID().replace(/-/g, '')}`;
  await db.query(
    `CREATE FUNCTION registrations.${name}() RETURNS trigger LANGUAGE plpgsql
       AS $$ BEGIN PERFORM NEW.full_name::int; RETURN NEW; END $$`,
  );
  await db.query(
    `CREATE TRIGGER ${name} BEFORE INSERT ON registrations.registrations FOR EACH ROW
       WHEN (NEW.event_id = '${eventId}'::uuid) EXECUTE FUNCTION registrations.${name}()`,
  );
  try {
    return await request();
  } finally {
    await db.query(`DROP TRIGGER ${name} ON registrations.registrations`);
    await db.query(`DROP FUNCTION registrations.${name}()`);
  }
}

beforeAll(async () => {
  await db.connect();
  await observer.connect();
  const eventId = await publishedEvent();
  const defectiveEventId = await publishedEvent();
  const { iin, email, fullName } = person;
  const query = `q=${encodeURIComponent(iin)}&email=${encodeURIComponent(email)}&name=${encodeURIComponent(fullName)}&phone=${encodeURIComponent(person.phone)}`;

  // Registrations learns of the events from Kafka: register once both are known.
  const created = await eventually(
    async () => {
      const response = await call('POST', `/api/v1/registrations?${query}`, {
        body: registrationOf(eventId),
      });
      expect(response.status).toBe(201);
      return response;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  answers.set('created', created);
  await eventually(
    async () =>
      expect((await call('GET', `/api/v1/registrations/events/${defectiveEventId}/form`)).status).toBe(200),
    { timeoutMs: 30_000, intervalMs: 250 },
  );

  answers.set(
    'duplicate',
    await call('POST', `/api/v1/registrations?${query}`, { body: registrationOf(eventId) }),
  );
  answers.set(
    'invalid body',
    await call('POST', `/api/v1/registrations?${query}`, {
      body: { ...registrationOf(eventId), regionCode: 'KZ-00', note: `${fullName} ${email}` },
    }),
  );
  answers.set(
    'invalid query',
    await call('GET', `/api/v1/registrations?eventId=${encodeURIComponent(email)}&${query}`),
  );
  answers.set('id in path', await call('GET', `/api/v1/registrations/${iin}?${query}`));
  answers.set(
    'unknown route',
    await call('GET', `/api/v1/${encodeURIComponent(fullName)}/${encodeURIComponent(email)}?${query}`),
  );
  answers.set(
    'unknown slug',
    await call('GET', `/api/v1/public/events/${encodeURIComponent(email)}?${query}`, { key: null }),
  );
  answers.set('no key', await call('GET', `/api/v1/registrations?${query}`, { key: null }));
  answers.set(
    'wrong key',
    await call('GET', `/api/v1/registrations?${query}`, { key: `${iin}${iin}${iin}` }),
  );
  answers.set(
    'unknown token',
    await call('GET', `/api/v1/self/registrations/me?${query}`, { key: 'x'.repeat(43) }),
  );
  const lost = await withConnectionLost(
    'registrations.registrations',
    'jiyn-registrations',
    [iin, email, fullName, normalisedPhone].map(
      (value) => () => call('GET', `/api/v1/registrations?eventId=${eventId}&q=${encodeURIComponent(value)}`),
    ),
  );
  lost.forEach((answer, index) => answers.set(`connection lost (query ${index})`, answer));
  const [lostOnPath] = await withConnectionLost('sessions.events', 'jiyn-sessions', [
    () => call('GET', `/api/v1/public/events/${encodeURIComponent(email)}?${query}`, { key: null }),
  ]);
  answers.set('connection lost (path)', lostOnPath as ApiResponse);
  answers.set(
    'defect',
    await withDefectiveInsert(defectiveEventId, () =>
      call('POST', `/api/v1/registrations?${query}`, {
        body: registrationOf(defectiveEventId),
        headers: { 'x-correlation-id': lastCorrelationId },
      }),
    ),
  );
}, 120_000);

afterAll(async () => {
  await db.end();
  await observer.end();
});

describe('personal data in logs', () => {
  it('should write none of the participant data to any app log, on any error path', async () => {
    const logDir = process.env['JIYN_E2E_LOG_DIR'];
    if (!logDir) throw new Error('JIYN_E2E_LOG_DIR is not set: run e2e tests with `npm test`');
    const files = (await readdir(logDir)).filter((name) => name.endsWith('.log'));
    expect(files.sort()).toEqual(
      [
        'feedback.log',
        'gateway.log',
        'notifications.log',
        'registrations.log',
        'sessions.log',
        'speakers.log',
      ].sort(),
    );
    // Logs are written asynchronously: wait until the last request's lines are out.
    await eventually(async () => {
      for (const file of ['gateway.log', 'registrations.log'])
        expect(await readFile(join(logDir, file), 'utf8')).toContain(lastCorrelationId);
    });
    const found: string[] = [];
    for (const file of files) {
      const log = (await readFile(join(logDir, file), 'utf8')).toLowerCase();
      for (const value of SEARCHED) if (log.includes(value.toLowerCase())) found.push(`${file}: ${value}`);
    }
    expect(found).toEqual([]);
  });

  it('should still answer each path with its problem', () => {
    const statusOf = (name: string) => answers.get(name)?.status;
    expect(statusOf('created')).toBe(201);
    expect(statusOf('duplicate')).toBe(409);
    expect(statusOf('invalid body')).toBe(400);
    expect(statusOf('invalid query')).toBe(400);
    expect(statusOf('id in path')).toBe(400);
    expect(statusOf('unknown route')).toBe(404);
    expect(statusOf('unknown slug')).toBe(404);
    expect(statusOf('no key')).toBe(401);
    expect(statusOf('wrong key')).toBe(401);
    expect(statusOf('unknown token')).toBe(401);
    for (const index of [0, 1, 2, 3]) expect(statusOf(`connection lost (query ${index})`)).toBe(503);
    expect(statusOf('connection lost (path)')).toBe(503);
    expect(statusOf('defect')).toBe(500);
    for (const [name, answer] of answers) {
      if (name === 'created') continue;
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});
