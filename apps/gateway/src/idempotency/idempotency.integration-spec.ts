import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase } from '@jiyn/testing';
import { apiKey, person, startTestGateway, type TestGateway } from '../access/audit/testing/test-gateway';
import { gatewayDatabase } from '../database/database';
import { IdempotencyPurge } from './idempotency-purge';
import { keyDigestOf } from './stored-answer-cipher';
import { startCountingService, type CountingService } from './testing/counting-service';

/**
 * Idempotency keys through two gateway replicas on one real database, in front of a stand-in that
 * counts what each request did.
 */
let database: { url: string; drop(): Promise<void> };
let sql: pg.Client;
let service: CountingService;
let first: TestGateway;
let second: TestGateway;
const ORG = randomUUID();
const organiser = apiKey(ORG, ['events:read', 'events:write', 'registrations:write']);
const LIMITS = {
  API_KEY_REQUESTS_PER_MINUTE: '100000',
  PERSON_REQUESTS_PER_MINUTE: '100000',
  SELF_SERVICE_REQUESTS_PER_MINUTE: '100000',
};

beforeAll(async () => {
  service = await startCountingService();
  database = await createTestDatabase('gateway_idempotency');
  await migrateServiceDatabase(gatewayDatabase(database.url));
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  [first, second] = await Promise.all([
    startTestGateway(database.url, service.url, LIMITS),
    startTestGateway(database.url, service.url, LIMITS),
  ]);
}, 60_000);

afterAll(async () => {
  await first?.app.close();
  await second?.app.close();
  await service?.close();
  await sql?.end();
  await database?.drop();
});

beforeEach(() => {
  service.delayMs = 0;
  service.failNext = 0;
  service.dropNext = 0;
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

async function send(
  gateway: TestGateway,
  method: string,
  path: string,
  options: {
    key?: string;
    body?: unknown;
    as?: ReturnType<typeof apiKey>;
    lang?: string;
    token?: string;
  } = {},
): Promise<Answer> {
  const response = await gateway.call(path, {
    method,
    // A token (even an empty one: no credential at all) stands for a self-service caller.
    as: options.token !== undefined ? undefined : (options.as ?? organiser),
    headers: {
      ...(options.key !== undefined ? { 'idempotency-key': options.key } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      'accept-language': options.lang ?? 'en',
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, text, json };
}

const newEvent = () => ({ slug: `e-${randomUUID().slice(0, 8)}`, capacity: 20 });

/** How many requests with this key reached the service. */
const received = (key: string) => service.received.filter((r) => r.idempotencyKey === key).length;

async function rowCount(): Promise<number> {
  const { rows } = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM access.idempotency_keys');
  return rows[0]?.n ?? 0;
}

describe('Idempotency-Key: replay', () => {
  it('should answer a retry with the first answer, marked as a replay, and create one event', async () => {
    const key = randomUUID();
    const body = newEvent();
    const original = await send(first, 'POST', '/api/v1/events', { key, body });
    expect(original.status).toBe(201);
    expect(original.headers.get('idempotent-replayed')).toBeNull();
    const retry = await send(first, 'POST', '/api/v1/events', { key, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.text).toBe(original.text);
    for (const header of ['content-type', 'location', 'etag'])
      expect(retry.headers.get(header)).toBe(original.headers.get(header));
    expect(retry.headers.get('location')).toBe(`/api/v1/events/${String(original.json['id'])}`);
    // A Retry-After belonged to that moment, not to the replay.
    expect(retry.headers.get('retry-after')).toBeNull();
    expect(received(key)).toBe(1);
    expect(
      [...service.events.values()].filter((e) => JSON.stringify(e) === JSON.stringify(body)),
    ).toHaveLength(1);
  });

  it('should replay on another gateway replica', async () => {
    const key = randomUUID();
    const body = newEvent();
    const original = await send(first, 'POST', '/api/v1/events', { key, body });
    const retry = await send(second, 'POST', '/api/v1/events', { key, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.json['id']).toBe(original.json['id']);
    expect(received(key)).toBe(1);
  });

  it('should take the draft’s quoted form (an RFC 8941 string) as the same key as the bare one', async () => {
    const key = randomUUID();
    const body = newEvent();
    const original = await send(first, 'POST', '/api/v1/events', { key: `"${key}"`, body });
    const retry = await send(first, 'POST', '/api/v1/events', { key, body });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.json['id']).toBe(original.json['id']);
  });

  it('should replay a PATCH', async () => {
    const key = randomUUID();
    const path = `/api/v1/events/${randomUUID()}`;
    const original = await send(first, 'PATCH', path, { key, body: { capacity: 30 } });
    expect(original.status).toBe(200);
    const retry = await send(second, 'PATCH', path, { key, body: { capacity: 30 } });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.json).toEqual(original.json);
    expect(retry.headers.get('etag')).toBe(original.headers.get('etag'));
  });

  it('should keep an answer about the request itself (a 400) and replay it', async () => {
    const key = randomUUID();
    const path = `/api/v1/events/${randomUUID()}/publish`;
    const original = await send(first, 'POST', path, { key });
    expect(original.status).toBe(400);
    const retry = await send(first, 'POST', path, { key });
    expect(retry.status).toBe(400);
    expect(retry.json['marker']).toBe(original.json['marker']);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(received(key)).toBe(1);
  });

  it('should not keep an answer about a state that may change (a 404 before Kafka caught up)', async () => {
    const key = randomUUID();
    const body = { eventId: randomUUID() };
    service.eventKnown = false;
    expect((await send(first, 'POST', '/api/v1/registrations', { key, body })).status).toBe(404);
    service.eventKnown = true;
    const retry = await send(first, 'POST', '/api/v1/registrations', { key, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    const again = await send(first, 'POST', '/api/v1/registrations', { key, body });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json['managementToken']).toBe(retry.json['managementToken']);
    expect(received(key)).toBe(2);
  });
});

describe('Idempotency-Key: a different request', () => {
  it('should refuse the key with another body, or at another address, with a localised 422', async () => {
    const key = randomUUID();
    await send(first, 'POST', '/api/v1/events', { key, body: newEvent() });
    const otherBody = await send(second, 'POST', '/api/v1/events', { key, body: newEvent(), lang: 'kk' });
    expect(otherBody.status).toBe(422);
    expect(otherBody.headers.get('content-type')).toContain('application/problem+json');
    expect(otherBody.json).toMatchObject({
      type: 'https://jiyn.kz/problems/idempotency-key-reused',
      status: 422,
      title: 'Бұл Idempotency-Key басқа сұраныс үшін қолданылған',
    });
    const otherPath = await send(first, 'PATCH', `/api/v1/events/${randomUUID()}`, { key, body: {} });
    expect(otherPath.status).toBe(422);
    expect(received(key)).toBe(1);
  });
});

describe('Idempotency-Key: concurrent retries', () => {
  it('should let exactly one of many parallel identical requests through both replicas', async () => {
    const key = randomUUID();
    const body = newEvent();
    service.delayMs = 400;
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        send(i % 2 ? first : second, 'POST', '/api/v1/events', { key, body }),
      ),
    );
    expect(received(key)).toBe(1);
    const created = answers.filter((a) => a.status === 201);
    const conflicts = answers.filter((a) => a.status === 409);
    expect(created.length + conflicts.length).toBe(24);
    expect(created.filter((a) => a.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    expect(new Set(created.map((a) => a.json['id'])).size).toBe(1);
    expect(conflicts.length).toBeGreaterThan(0);
    for (const conflict of conflicts) {
      expect(conflict.json['type']).toBe('https://jiyn.kz/problems/idempotency-key-in-flight');
      expect(Number(conflict.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const later = await send(second, 'POST', '/api/v1/events', { key, body });
    expect(later.headers.get('idempotent-replayed')).toBe('true');
    expect(later.json['id']).toBe(created[0]?.json['id']);
    expect(
      [...service.events.values()].filter((e) => JSON.stringify(e) === JSON.stringify(body)),
    ).toHaveLength(1);
  });
});

describe('Idempotency-Key: failures are not kept', () => {
  it('should let a retry run again after the service failed with a 5xx', async () => {
    const key = randomUUID();
    const body = newEvent();
    service.failNext = 1;
    expect((await send(first, 'POST', '/api/v1/events', { key, body })).status).toBe(503);
    const retry = await send(second, 'POST', '/api/v1/events', { key, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(received(key)).toBe(2);
  });

  it('should let a retry run again after the service dropped the connection', async () => {
    const key = randomUUID();
    const body = newEvent();
    service.dropNext = 1;
    const failed = await send(first, 'POST', '/api/v1/events', { key, body });
    expect(failed.status).toBe(503);
    expect(failed.json['type']).toBe('https://jiyn.kz/problems/service-unavailable');
    const retry = await send(first, 'POST', '/api/v1/events', { key, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
  });

  it('should take over a key whose request was abandoned (a replica died holding it)', async () => {
    const key = randomUUID();
    const body = newEvent();
    service.delayMs = 300;
    const running = send(first, 'POST', '/api/v1/events', { key, body });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await send(second, 'POST', '/api/v1/events', { key, body })).status).toBe(409);
    await running;
    // As if the first request's replica had died: held, with its lease run out.
    await sql.query(
      `UPDATE access.idempotency_keys SET lease = gen_random_uuid(), locked_until = now() - interval '1 second',
              status = NULL, headers = NULL, body = NULL, body_kept = NULL
        WHERE key_digest = $1`,
      [keyDigestOf(key)],
    );
    service.delayMs = 0;
    const retry = await send(second, 'POST', '/api/v1/events', { key, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('Idempotency-Key: expiry', () => {
  it('should never replay an expired key, and purge it', async () => {
    const key = randomUUID();
    const body = newEvent();
    const original = await send(first, 'POST', '/api/v1/events', { key, body });
    const { rows } = await sql.query<{ hours: number }>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours
         FROM access.idempotency_keys ORDER BY created_at DESC LIMIT 1`,
    );
    expect(rows[0]?.hours).toBe(24);
    // A day later: every key so far has expired.
    await sql.query(`UPDATE access.idempotency_keys SET expires_at = now() - interval '1 second'`);
    const retry = await send(second, 'POST', '/api/v1/events', { key, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.json['id']).not.toBe(original.json['id']);
    expect(received(key)).toBe(2);
    const rowsOf = async () =>
      (
        await sql.query(
          'SELECT expires_at < now() AS expired FROM access.idempotency_keys WHERE key_digest = $1',
          [keyDigestOf(key)],
        )
      ).rows as { expired: boolean }[];
    // The retry took the expired row over: one row, fresh.
    expect(await rowsOf()).toEqual([{ expired: false }]);
    expect(await first.app.get(IdempotencyPurge).purge()).toBeGreaterThanOrEqual(0);
    const { rows: left } = await sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM access.idempotency_keys WHERE expires_at <= now()',
    );
    expect(left[0]?.n).toBe(0);
    expect(await rowsOf()).toEqual([{ expired: false }]);
  });
});

describe('Idempotency-Key: per caller', () => {
  it('should treat the same key from two principals as two requests', async () => {
    const key = randomUUID();
    const body = newEvent();
    const someone = person(ORG, ['events:write']);
    const a = await send(first, 'POST', '/api/v1/events', { key, body });
    const b = await send(first, 'POST', '/api/v1/events', { key, body, as: someone });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.json['id']).not.toBe(a.json['id']);
    expect(received(key)).toBe(2);
    const replayB = await send(second, 'POST', '/api/v1/events', { key, body, as: someone });
    expect(replayB.json['id']).toBe(b.json['id']);
  });

  it('should key self-service requests on the token, and keep neither the token nor the key in the table', async () => {
    const key = randomUUID();
    const [alice, bob] = [`tok-${randomUUID()}`, `tok-${randomUUID()}`];
    const a = await send(first, 'POST', '/api/v1/self/registrations/me/cancel', { key, token: alice });
    const aAgain = await send(second, 'POST', '/api/v1/self/registrations/me/cancel', { key, token: alice });
    const b = await send(first, 'POST', '/api/v1/self/registrations/me/cancel', { key, token: bob });
    expect(aAgain.headers.get('idempotent-replayed')).toBe('true');
    expect(aAgain.json['cancelled']).toBe(a.json['cancelled']);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(service.cancellations.filter((t) => t === alice)).toHaveLength(1);
    expect(service.cancellations.filter((t) => t === bob)).toHaveLength(1);
    const dump = JSON.stringify(
      (
        await sql.query(
          'SELECT caller, encode(key_digest, $$hex$$), encode(body, $$escape$$) FROM access.idempotency_keys',
        )
      ).rows,
    );
    expect(dump).not.toContain(alice);
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(String(a.json['cancelled']));
  });

  it('should replay an anonymous registration (its management token once more) for a UUID key only', async () => {
    const body = { eventId: randomUUID(), fullName: 'Сәрсенова Айгерім' };
    const weak = await send(first, 'POST', '/api/v1/self/registrations', { key: 'retry-1', body, token: '' });
    expect(weak.status).toBe(400);
    expect(weak.json['type']).toBe('https://jiyn.kz/problems/idempotency-key-invalid');
    const key = randomUUID();
    const original = await send(first, 'POST', '/api/v1/self/registrations', { key, body, token: '' });
    expect(original.status).toBe(201);
    const retry = await send(second, 'POST', '/api/v1/self/registrations', { key, body, token: '' });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.json['managementToken']).toBe(original.json['managementToken']);
    // Someone who has the key but not the participant's own data gets nothing.
    const stranger = await send(first, 'POST', '/api/v1/self/registrations', {
      key,
      body: { eventId: body.eventId },
      token: '',
    });
    expect(stranger.status).toBe(422);
    expect(stranger.text).not.toContain(String(original.json['managementToken']));
  });
});

describe('Idempotency-Key: what it accepts and what it costs', () => {
  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
    ['an unterminated string', '"abc'],
    ['an empty string', '""'],
    ['a bad escape', '"a\\b"'],
  ])('should refuse a key that is %s with a 400 before forwarding', async (_, key) => {
    const before = service.received.length;
    const answer = await send(first, 'POST', '/api/v1/events', { key, body: newEvent(), lang: 'ru' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      type: 'https://jiyn.kz/problems/idempotency-key-invalid',
      title: 'Заголовок Idempotency-Key указан неверно',
    });
    expect(service.received.length).toBe(before);
  });

  it('should accept a key of 255 printable characters', async () => {
    const key = `${randomUUID()}~ !`.padEnd(255, 'x');
    expect((await send(first, 'POST', '/api/v1/events', { key, body: newEvent() })).status).toBe(201);
  });

  it('should record nothing for requests without the header, nor for reads with it', async () => {
    const before = await rowCount();
    expect((await send(first, 'POST', '/api/v1/events', { body: newEvent() })).status).toBe(201);
    expect((await send(first, 'GET', '/api/v1/events', { key: randomUUID() })).status).toBe(404);
    expect(await rowCount()).toBe(before);
  });

  it('should pass an answer too large to keep through whole, and refuse to run its request again', async () => {
    const key = randomUUID();
    const path = `/api/v1/events/${randomUUID()}/sessions`;
    const original = await send(first, 'POST', path, { key });
    expect(original.status).toBe(201);
    expect(Buffer.byteLength(original.text, 'latin1')).toBeGreaterThan(1024 * 1024);
    const retry = await send(second, 'POST', path, { key });
    expect(retry.status).toBe(409);
    expect(retry.json).toMatchObject({
      type: 'https://jiyn.kz/problems/idempotency-response-not-kept',
      originalStatus: 201,
    });
    expect(received(key)).toBe(1);
  });
});

describe('Idempotency-Key on the gateway’s own routes', () => {
  async function asBreakGlass(gateway: TestGateway, key: string | undefined, body: unknown): Promise<Answer> {
    const response = await gateway.call('/api/v1/organisations', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${gateway.adminKey}`,
        'content-type': 'application/json',
        ...(key !== undefined ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as never };
  }

  const organisationsWithSlug = async (slug: string) =>
    (await sql.query('SELECT 1 FROM access.organisations WHERE slug = $1', [slug])).rowCount;

  // Each test gateway has its own break-glass key (so its own caller): the retry goes to the same one;
  // replicas share answers as the proxied requests above show.
  it('should replay a created organisation and create it once', async () => {
    const key = randomUUID();
    const body = { slug: `org-${randomUUID().slice(0, 8)}`, name: { en: 'Akimat of Turkistan' } };
    const created = await asBreakGlass(first, key, body);
    expect(created.status).toBe(201);
    expect(created.headers.get('idempotent-replayed')).toBeNull();
    const retried = await asBreakGlass(first, key, body);
    expect([retried.status, retried.text]).toEqual([201, created.text]);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.json).toEqual(created.json);
    expect(await organisationsWithSlug(body.slug)).toBe(1);
  });

  it('should refuse the key with another body (422) and a malformed key (400), creating nothing', async () => {
    const key = randomUUID();
    const body = { slug: `org-${randomUUID().slice(0, 8)}`, name: { en: 'Akimat of Kostanay' } };
    expect((await asBreakGlass(first, key, body)).status).toBe(201);
    const other = { ...body, slug: `org-${randomUUID().slice(0, 8)}` };
    const reused = await asBreakGlass(first, key, other);
    expect(reused.status).toBe(422);
    expect(await organisationsWithSlug(other.slug)).toBe(0);
    const malformed = await asBreakGlass(first, '"unterminated', other);
    expect(malformed.status).toBe(400);
    expect(malformed.json['type']).toBe('https://jiyn.kz/problems/idempotency-key-invalid');
    expect(await organisationsWithSlug(other.slug)).toBe(0);
  });

  it('should let a refused request with a key run again once corrected', async () => {
    const key = randomUUID();
    const slug = `org-${randomUUID().slice(0, 8)}`;
    const refused = await asBreakGlass(first, key, { slug, name: { en: 'Akimat' }, bin: '123' });
    expect(refused.status).toBe(400);
    // The same key with the corrected request: the refusal was not kept (a 422 would say it was).
    const corrected = await asBreakGlass(first, key, { slug, name: { en: 'Akimat' } });
    expect(corrected.status).toBe(201);
  });
});
