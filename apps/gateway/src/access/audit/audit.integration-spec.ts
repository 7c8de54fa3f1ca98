import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase } from '@jiyn/testing';
import { gatewayDatabase } from '../../database/database';
import { GATEWAY_RUNTIME_ROLE } from '../../database/runtime-role';
import { AuditRetention } from './audit-retention';
import { AuditWriter } from './audit-writer';
import {
  apiKey,
  person,
  startStandIn,
  startTestGateway,
  type StandIn,
  type TestGateway,
} from './testing/test-gateway';

let database: { url: string; drop(): Promise<void> };
let standIn: StandIn;
let gateway: TestGateway;
/** The database's owner (the test server's superuser): reads what the gateway wrote. */
let owner: pg.Client;

const ORG_A = randomUUID();
const ORG_B = randomUUID();

interface Row {
  kind: string;
  principal_id: string;
  principal_kind: string;
  organisation_id: string | null;
  method: string;
  route: string;
  target_ids: string[];
  status: number;
  personal_data: string[];
  correlation_id: string | null;
  client_address: string | null;
}

async function entriesOf(principalId: string): Promise<Row[]> {
  const { rows } = await owner.query<Row>(
    `SELECT kind, principal_id, principal_kind, organisation_id, method, route, target_ids, status, personal_data,
            correlation_id, host(client_address) AS client_address
       FROM access.audit_log WHERE principal_id = $1 ORDER BY occurred_at, id`,
    [principalId],
  );
  return rows;
}

beforeAll(async () => {
  standIn = await startStandIn();
  database = await createTestDatabase('gateway_audit');
  await migrateServiceDatabase(gatewayDatabase(database.url));
  owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  gateway = await startTestGateway(database.url, standIn.url);
}, 30_000);

afterAll(async () => {
  await gateway?.app.close();
  await owner?.end();
  await standIn?.close();
  await database?.drop();
});

describe('audit entries', () => {
  it("should record an API key's state change with ids only, never the query or body", async () => {
    const key = apiKey(ORG_A, ['registrations:write']);
    const eventId = randomUUID();
    const response = await gateway.call(
      `/api/v1/registrations/events/${eventId}/imports?email=aigerim@example.kz`,
      {
        as: key,
        method: 'POST',
        body: JSON.stringify({ iin: '900101300123' }),
        headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-audit-1' },
      },
    );
    expect(response.status).toBe(201);
    const created = /([0-9a-f-]{36})$/.exec(response.headers.get('location') ?? '')?.[1];
    const [entry] = await entriesOf(key.id);
    expect(entry).toEqual({
      kind: 'state-change',
      principal_id: key.id,
      principal_kind: 'api-key',
      organisation_id: ORG_A,
      method: 'POST',
      route: '/api/v1/registrations/events/{eventId}/imports',
      target_ids: [eventId, created],
      status: 201,
      personal_data: [],
      correlation_id: 'corr-audit-1',
      client_address: '127.0.0.1',
    });
    expect(JSON.stringify(entry)).not.toMatch(/aigerim|900101300123/);
  });

  it("should record a person's state change", async () => {
    const someone = person(ORG_A, ['events:write']);
    const eventId = randomUUID();
    expect(
      (await gateway.call(`/api/v1/events/${eventId}`, { as: someone, method: 'PATCH', body: '{}' })).status,
    ).toBe(200);
    expect(await entriesOf(someone.id)).toMatchObject([
      {
        kind: 'state-change',
        principal_kind: 'person',
        method: 'PATCH',
        route: '/api/v1/events/{id}',
        target_ids: [eventId],
      },
    ]);
  });

  it('should have committed every entry of many concurrent changes by the time each is answered', async () => {
    const busy = apiKey(ORG_A, ['events:write']);
    const eventIds = Array.from({ length: 60 }, () => randomUUID());
    // Each answer is awaited alone and the log read at once: an entry written after its answer left
    // (or lost from a shared INSERT) shows as missing.
    const seen = await Promise.all(
      eventIds.map(async (eventId) => {
        const response = await gateway.call(`/api/v1/events/${eventId}`, {
          as: busy,
          method: 'PATCH',
          body: '{}',
        });
        const { rows } = await owner.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM access.audit_log WHERE principal_id = $1 AND $2::uuid = ANY (target_ids)`,
          [busy.id, eventId],
        );
        return { status: response.status, recorded: rows[0]?.n };
      }),
    );
    expect(seen).toEqual(eventIds.map(() => ({ status: 200, recorded: 1 })));
  });

  it('should record an anonymous self-service change without its token', async () => {
    const token = 'MgmtT0ken_abcDEF123';
    const response = await gateway.call(`/api/v1/self/registrations/${token}/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-correlation-id': 'corr-self-1' },
    });
    expect(response.status).toBe(201);
    const { rows } = await owner.query<Row>(
      `SELECT * FROM access.audit_log WHERE correlation_id = 'corr-self-1'`,
    );
    expect(rows).toMatchObject([
      { kind: 'state-change', principal_id: 'anonymous', principal_kind: 'anonymous', organisation_id: null },
    ]);
    // The template as the service declares it: the token itself is never written.
    expect(rows[0]?.route).toBe('/api/v1/self/registrations/{token}/cancel');
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('should record a read that disclosed personal data, and hide the marker from the caller', async () => {
    const reader = apiKey(ORG_A, ['registrations:read', 'personal-data']);
    const id = randomUUID();
    const disclosed = await gateway.call(`/api/v1/registrations/${id}/personal?search=900101300123`, {
      as: reader,
    });
    expect(disclosed.status).toBe(200);
    expect(disclosed.headers.get('x-jiyn-personal-data')).toBeNull();
    expect((await gateway.call(`/api/v1/registrations/${id}`, { as: reader })).status).toBe(200);
    expect(await entriesOf(reader.id)).toMatchObject([
      {
        kind: 'personal-data-read',
        method: 'GET',
        route: '/api/v1/registrations/{id}/personal',
        target_ids: [id],
        personal_data: ['iin', 'phone'],
        status: 200,
      },
    ]);
  });

  it('should record refused requests: a change without a credential, a read without the scope', async () => {
    const response = await gateway.call('/api/v1/events', {
      method: 'POST',
      headers: { 'x-correlation-id': 'corr-refused-1' },
    });
    expect(response.status).toBe(401);
    const { rows } = await owner.query<Row>(
      `SELECT * FROM access.audit_log WHERE correlation_id = 'corr-refused-1'`,
    );
    expect(rows).toMatchObject([
      { kind: 'refused', principal_kind: 'anonymous', status: 401, method: 'POST' },
    ]);

    const viewer = apiKey(ORG_A, ['events:read']);
    expect((await gateway.call('/api/v1/audit', { as: viewer })).status).toBe(403);
    expect(await entriesOf(viewer.id)).toMatchObject([
      { kind: 'refused', status: 403, route: '/api/v1/audit' },
    ]);
  });

  it('should write what was recorded before the gateway closed', async () => {
    expect(gateway.app.get(AuditWriter).backlog).toBe(0);
  });
});

describe('append-only', () => {
  it('should serve from the runtime role, which cannot update, delete, truncate or back-date entries', async () => {
    const [{ current_user: runtime }] = (await gateway.app.get(DataSource).query('SELECT current_user')) as {
      current_user: string;
    }[];
    expect(runtime).toBe(GATEWAY_RUNTIME_ROLE);

    const asRuntime = new pg.Client({ connectionString: database.url });
    await asRuntime.connect();
    try {
      await asRuntime.query(`SET ROLE ${GATEWAY_RUNTIME_ROLE}`);
      const attempts = [
        `UPDATE access.audit_log SET status = 200`,
        `DELETE FROM access.audit_log`,
        `TRUNCATE access.audit_log`,
        `INSERT INTO access.audit_log (occurred_at, kind, principal_id, principal_kind, method, route, status)
           VALUES (now() - interval '10 years', 'state-change', 'x', 'anonymous', 'POST', '/x', 200)`,
        `ALTER TABLE access.audit_log DISABLE TRIGGER audit_log_append_only`,
        `SELECT access.purge_audit_log(1)`,
      ];
      for (const sql of attempts) {
        const error = (await asRuntime.query(sql).then(
          () => undefined,
          (e: unknown) => e,
        )) as { code?: string } | undefined;
        expect({ sql, code: error?.code }).toEqual({
          sql,
          code: sql.includes('purge') ? '22023' : expect.stringMatching(/^(42501)$/),
        });
      }
      expect(
        Number((await asRuntime.query('SELECT count(*) FROM access.audit_log')).rows[0].count),
      ).toBeGreaterThan(0);
    } finally {
      await asRuntime.end();
    }
  });

  it('should refuse changes even from the owner, short of the purge', async () => {
    await expect(owner.query('UPDATE access.audit_log SET status = 200')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(owner.query('DELETE FROM access.audit_log')).rejects.toMatchObject({ code: '42501' });
    await expect(owner.query('TRUNCATE access.audit_log')).rejects.toMatchObject({ code: '42501' });
  });
});

describe('reading the audit log', () => {
  const auditor = apiKey(ORG_B, ['audit:read']);
  const actor = apiKey(ORG_B, ['events:write']);
  const other = person(ORG_B, ['events:write']);
  const target = randomUUID();

  beforeAll(async () => {
    await gateway.call(`/api/v1/events/${target}`, { as: actor, method: 'PATCH', body: '{}' });
    await gateway.call(`/api/v1/events/${target}/publish`, { as: actor, method: 'POST' });
    await gateway.call(`/api/v1/events/${randomUUID()}`, { as: actor, method: 'DELETE' });
    await gateway.call(`/api/v1/events/${target}`, { as: other, method: 'PATCH', body: '{}' });
    await gateway.call(`/api/v1/events/${randomUUID()}/sessions`, { as: other, method: 'POST' });
  });

  async function list(query: string): Promise<{
    items: { id: string; principal: { id: string }; route: string; status: number; organisationId: string }[];
    nextCursor: string | null;
  }> {
    const response = await gateway.call(`/api/v1/audit${query}`, { as: auditor });
    expect(response.status).toBe(200);
    return (await response.json()) as never;
  }

  it("should show only the caller's organisation, newest first", async () => {
    const page = await list('?limit=200');
    expect(page.items).toHaveLength(5);
    expect(page.items.every((item) => item.organisationId === ORG_B)).toBe(true);
    expect(page.items[0]?.route).toBe('/api/v1/events/{id}/sessions');
  });

  it('should filter by actor, route, target, status and time', async () => {
    expect((await list(`?actor=${actor.id}`)).items).toHaveLength(3);
    expect((await list(`?route=${encodeURIComponent('/api/v1/events/{id}')}`)).items).toHaveLength(3);
    expect((await list(`?target=${target}`)).items).toHaveLength(3);
    expect((await list(`?status=201`)).items).toHaveLength(2);
    expect(
      (await list(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).items,
    ).toHaveLength(0);
    expect(
      (await list(`?to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).items,
    ).toHaveLength(5);
    // RFC 3339 allows offsets PostgreSQL cannot read (beyond ±15:59): the instant is what counts.
    expect((await list(`?from=${encodeURIComponent('2726-07-01T07:41:15-18:14')}`)).items).toHaveLength(0);
    expect((await list(`?to=${encodeURIComponent('2726-07-01T07:41:15-18:14')}`)).items).toHaveLength(5);
    const bad = await gateway.call('/api/v1/audit?target=not-an-id&status=42', { as: auditor });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(
      ['status', 'target'],
    );
  });

  it('should page with a stable order and no repeats', async () => {
    const all = (await list('?limit=200')).items.map((item) => item.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('should export the same entries as NDJSON and CSV', async () => {
    const ndjson = await gateway.call(`/api/v1/audit/export?actor=${actor.id}`, { as: auditor });
    expect(ndjson.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await ndjson.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { principal: { id: string } });
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.principal.id === actor.id)).toBe(true);
    const csv = await gateway.call(`/api/v1/audit/export?format=csv&actor=${actor.id}`, { as: auditor });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows[0]).toMatch(/^id,occurredAt,kind,principalId/);
    expect(rows).toHaveLength(4);
  });
});

describe('retention', () => {
  it('should purge entries past the retention and keep younger ones', async () => {
    const old = randomUUID();
    const young = randomUUID();
    for (const [id, days] of [
      [old, 1200],
      [young, 1000],
    ] as const)
      await owner.query(
        `INSERT INTO access.audit_log (id, occurred_at, kind, principal_id, principal_kind, method, route, status)
         VALUES ($1, now() - make_interval(days => $2), 'state-change', 'anonymous', 'anonymous', 'POST', '/x', 201)`,
        [id, days],
      );
    expect(await gateway.app.get(AuditRetention).purge()).toBe(1);
    const { rows } = await owner.query<{ id: string }>('SELECT id FROM access.audit_log WHERE id = ANY($1)', [
      [old, young],
    ]);
    expect(rows.map((row) => row.id)).toEqual([young]);
    expect(
      Number((await owner.query('SELECT count(*) FROM access.audit_log')).rows[0].count),
    ).toBeGreaterThan(5);
  });
});
