import { afterEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { TOPICS } from '@jiyn/contracts';
import { eventually, fieldErrors } from '@jiyn/testing';
import { TEST_ORGANISATION_ID, useServiceTestBed } from '@jiyn/service-harness';
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

const participant = participantsOf({
  name: 'Тізім Қатысушы',
  email: 'list',
  birthDate: '1979-11-30',
  sex: 'male',
  regionCode: 'KZ-71',
  first: 3000,
});

const knownEvent = eventsKnownTo({ service, producer }, { capacity: 100 });

async function register(eventId: string, overrides: Record<string, unknown> = {}) {
  const response = await service.request('POST', '/registrations', { body: participant(eventId, overrides) });
  expect(response.status).toBe(201);
  return response.body as { id: string; iin: string; status: string; confirmationCode: string };
}

const CLERK = {
  id: 'api-key:clerk',
  kind: 'api-key' as const,
  grants: [
    {
      organisationId: TEST_ORGANISATION_ID,
      scopes: ['registrations:read' as const, 'registrations:write' as const],
    },
  ],
};

describe('registration lists', () => {
  it('should filter by status and region and search names and e-mails case-insensitively', async () => {
    const event = await knownEvent({ capacity: 2 });
    const a = await register(event.eventId, {
      fullName: 'Сәрсенова Айгерім',
      email: 'a.sarsenova@akimat.example.kz',
      regionCode: 'KZ-10',
    });
    const b = await register(event.eventId, { fullName: 'Айгерім Ахметова', regionCode: 'KZ-75' });
    const c = await register(event.eventId, {
      fullName: 'Дәурен Төлеев',
      email: 'AHMET.dauren@akimat.example.kz',
      regionCode: 'KZ-10',
    });
    expect(c.status).toBe('waitlisted');
    await register((await knownEvent()).eventId, { fullName: 'Айгерім Басқа' }); // another event

    const ids = async (query: string) => {
      const response = await service.request('GET', `/registrations?eventId=${event.eventId}&${query}`);
      expect(response.status).toBe(200);
      return (response.body.items as { id: string }[]).map((item) => item.id);
    };
    expect(await ids('q=айгерім')).toEqual([a.id, b.id]);
    expect(await ids(`q=${encodeURIComponent('АЙГЕРІМ')}`)).toEqual([a.id, b.id]);
    expect(await ids('q=%C3%A4')).toEqual([]);
    expect(await ids('q=sarsenova')).toEqual([a.id]);
    expect(await ids('q=ahmet')).toEqual([c.id]); // by e-mail, whatever its case
    expect(await ids('q=Ахмет')).toEqual([b.id]); // by name
    expect(await ids('q=%25')).toEqual([]); // a literal %, not a wildcard
    expect(await ids('q=_')).toEqual([]);
    expect(await ids('regionCode=KZ-10')).toEqual([a.id, c.id]);
    expect(await ids('regionCode=KZ-10&q=айгерім')).toEqual([a.id]);
    expect(await ids('status=waitlisted')).toEqual([c.id]);
    expect(await ids('status=confirmed&regionCode=KZ-10')).toEqual([a.id]);

    // Filters and search page like the plain list.
    const first = await service.request('GET', `/registrations?eventId=${event.eventId}&q=айгерім&limit=1`);
    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const second = await service.request(
      'GET',
      `/registrations?eventId=${event.eventId}&q=айгерім&limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((i: { id: string }) => i.id)).toEqual([b.id]);
    expect(second.body.nextCursor).toBeNull();

    for (const bad of ['regionCode=KZ-99', 'q=', `q=${'x'.repeat(201)}`, 'status=lost'])
      expect((await service.request('GET', `/registrations?${bad}`)).status).toBe(400);
  }, 60_000);

  it('should find an IIN only whole, never by a part of it, and still mask it for clerks', async () => {
    const event = await knownEvent();
    const a = await register(event.eventId);
    await register(event.eventId);
    const search = async (q: string, principal?: typeof CLERK) =>
      (await service.request('GET', `/registrations?eventId=${event.eventId}&q=${q}`, { principal })).body
        .items as { id: string; iin: string }[];

    expect((await search(a.iin)).map((item) => item.id)).toEqual([a.id]);
    const masked = await search(a.iin, CLERK);
    expect(masked.map((item) => item.id)).toEqual([a.id]);
    expect(masked[0]?.iin).toMatch(/^\d{6}\*{6}$/);
    // Parts of an IIN (its birth date, 11 of its digits, its tail) find nothing.
    for (const part of [a.iin.slice(0, 6), a.iin.slice(0, 11), a.iin.slice(1), a.iin.slice(6)])
      expect(await search(part)).toEqual([]);
    expect(await search(` ${a.iin} `)).toHaveLength(1); // surrounding blanks are trimmed
  }, 60_000);
});

describe('incremental sync', () => {
  const clients: pg.Client[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.end().catch(() => undefined);
  });

  async function transaction(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: service.databaseUrl });
    client.on('error', () => undefined); // a cut-off connection fails its query; no stray event
    await client.connect();
    clients.push(client);
    await client.query('BEGIN');
    return client;
  }

  interface ChangesPage {
    items: { id: string; organisation: string | null; version: number }[];
    nextCursor: string;
    hasMore: boolean;
  }

  async function changes(eventId: string, cursor?: string, limit = 50): Promise<ChangesPage> {
    const response = await service.request(
      'GET',
      `/registrations/changes?eventId=${eventId}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(response.status).toBe(200);
    return response.body as ChangesPage;
  }

  it('should hand out every change once, in pages, and an empty page that keeps the position', async () => {
    const event = await knownEvent();
    const created: string[] = [];
    for (let i = 0; i < 5; i += 1) created.push((await register(event.eventId)).id);
    // The feed hands out only changes older than every running transaction, and the outbox relay's
    // claim holds one until Kafka acknowledges: the latest changes may show a moment later.
    const second = await eventually(
      async () => {
        const firstPage = await changes(event.eventId, undefined, 3);
        expect(firstPage.items.map((item) => item.id)).toEqual(created.slice(0, 3));
        expect(firstPage.hasMore).toBe(true);
        const secondPage = await changes(event.eventId, firstPage.nextCursor, 3);
        expect(secondPage.items.map((item) => item.id)).toEqual(created.slice(3));
        expect(secondPage.hasMore).toBe(false);
        return secondPage;
      },
      { timeoutMs: 10_000 },
    );
    const idle = await changes(event.eventId, second.nextCursor);
    expect(idle).toEqual({ items: [], nextCursor: second.nextCursor, hasMore: false });

    // An update moves the registration to the end of the feed, once.
    await service.query(`UPDATE registrations.registrations SET organisation = 'Moved' WHERE id = $1`, [
      created[0],
    ]);
    await eventually(
      async () =>
        expect((await changes(event.eventId, second.nextCursor)).items).toEqual([
          expect.objectContaining({ id: created[0], organisation: 'Moved' }),
        ]),
      { timeoutMs: 10_000 },
    );

    for (const bad of ['garbage', Buffer.from('c1:1:x').toString('base64url')]) {
      const refused = await service.request('GET', `/registrations/changes?cursor=${bad}`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'cursor', code: 'invalidCursor' }),
      ]);
    }
  }, 60_000);

  it('should neither miss nor repeat a change when transactions commit out of order', async () => {
    const event = await knownEvent();
    const r1 = await register(event.eventId);
    const r2 = await register(event.eventId);
    // As above: the relay's claim may hold the newest changes back for a moment.
    const start = await eventually(
      async () => {
        const page = await changes(event.eventId);
        expect(page.items.map((item) => item.id)).toEqual([r1.id, r2.id]);
        return page;
      },
      { timeoutMs: 10_000 },
    );
    const handedOut: string[] = start.items.map((item) => `${item.id}@${item.version}`);

    // `early` gets its transaction id first; `slow` gets a later id but writes (takes a change number) first.
    const early = await transaction();
    await early.query('SELECT pg_current_xact_id()');
    const slow = await transaction();
    await slow.query(
      `UPDATE registrations.registrations SET organisation = 'slow', version = version + 1 WHERE id = $1`,
      [r1.id],
    );
    await early.query(
      `UPDATE registrations.registrations SET organisation = 'early', version = version + 1 WHERE id = $1`,
      [r2.id],
    );
    const marker = async (client: pg.Client, id: string) =>
      (
        await client.query<{ xid: string; seq: string }>(
          'SELECT change_xid::text AS xid, change_seq::text AS seq FROM registrations.registrations WHERE id = $1',
          [id],
        )
      ).rows[0] as { xid: string; seq: string };
    const slowMarker = await marker(slow, r1.id);
    const earlyMarker = await marker(early, r2.id);
    // The trap: `slow` holds the smaller change number but the larger transaction id. A feed
    // ordered by change number alone would hand out `early` now and then skip `slow` for good.
    expect(BigInt(slowMarker.seq)).toBeLessThan(BigInt(earlyMarker.seq));
    expect(BigInt(slowMarker.xid)).toBeGreaterThan(BigInt(earlyMarker.xid));
    await early.query('COMMIT');
    // A registration through the API commits while `slow` is still open.
    const r3 = await register(event.eventId);
    // A rolled-back change never shows.
    const aborted = await transaction();
    await aborted.query(`UPDATE registrations.registrations SET organisation = 'never' WHERE id = $1`, [
      r3.id,
    ]);
    await aborted.query('ROLLBACK');

    // Only what is older than every running transaction is handed out: r2's change, not r3 behind `slow`.
    const during = await eventually(
      async () => {
        const page = await changes(event.eventId, start.nextCursor);
        expect(page.items).toEqual([expect.objectContaining({ id: r2.id, organisation: 'early' })]);
        return page;
      },
      { timeoutMs: 10_000 },
    );
    handedOut.push(...during.items.map((item) => `${item.id}@${item.version}`));
    await slow.query('COMMIT');
    const after = await eventually(
      async () => {
        const page = await changes(event.eventId, during.nextCursor);
        expect(page.items.map((item) => item.id)).toEqual([r1.id, r3.id]);
        return page;
      },
      { timeoutMs: 10_000 },
    );
    expect(after.items[0]).toMatchObject({ id: r1.id, organisation: 'slow' });
    handedOut.push(...after.items.map((item) => `${item.id}@${item.version}`));
    expect((await changes(event.eventId, after.nextCursor)).items).toEqual([]);

    // Each change exactly once: r1 and r2 twice (created, then updated), r3 once.
    expect(handedOut).toEqual([`${r1.id}@1`, `${r2.id}@1`, `${r2.id}@2`, `${r1.id}@2`, `${r3.id}@1`]);
  }, 60_000);

  it('should keep up with many concurrent writers without losing or repeating changes', async () => {
    const event = await knownEvent({ capacity: 1000 });
    const seen = new Map<string, number>();
    let cursor: string | undefined;
    const drain = async () => {
      for (;;) {
        const page = await changes(event.eventId, cursor, 7);
        for (const item of page.items)
          seen.set(`${item.id}@${item.version}`, (seen.get(`${item.id}@${item.version}`) ?? 0) + 1);
        cursor = page.nextCursor;
        if (!page.hasMore) return;
      }
    };
    const writers = Promise.all(
      Array.from({ length: 60 }, () =>
        service.request('POST', '/registrations', { body: participant(event.eventId) }),
      ),
    );
    // Sync while they commit in whatever order the pool gives them.
    const syncing = (async () => {
      for (let i = 0; i < 10; i += 1) {
        await drain();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const responses = await writers;
    await syncing;
    expect(responses.filter((r) => r.status !== 201).map((r) => r.body)).toEqual([]);
    await eventually(
      async () => {
        await drain();
        expect(seen.size).toBe(60);
      },
      { timeoutMs: 10_000 },
    );
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  }, 60_000);

  it('should filter by door check-in, on any day or one, and by last change, in the list and the export', async () => {
    const event = await knownEvent();
    const [first, second, third] = [
      await register(event.eventId),
      await register(event.eventId),
      await register(event.eventId),
    ] as { id: string; confirmationCode: string }[];
    const checkIn = async (registration: { confirmationCode: string }, day: string) => {
      const response = await service.request('POST', '/check-ins', {
        body: { eventId: event.eventId, code: registration.confirmationCode, day },
      });
      expect(response.status).toBe(201);
      return response.body as { id: string };
    };
    await checkIn(first, '2030-02-05');
    await checkIn(second, '2030-02-06');
    const undone = await checkIn(third, '2030-02-05');
    expect((await service.request('DELETE', `/check-ins/${undone.id}`)).status).toBe(200);
    const ids = async (filters: string) => {
      const response = await service.request('GET', `/registrations?eventId=${event.eventId}&${filters}`);
      expect(response.status).toBe(200);
      return (response.body.items as { id: string }[]).map((item) => item.id);
    };

    expect(await ids('checkedIn=true')).toEqual([first.id, second.id]);
    expect(await ids('checkedIn=false')).toEqual([third.id]);
    expect(await ids('checkedIn=true&checkInDay=2030-02-06')).toEqual([second.id]);
    expect(await ids('checkedIn=false&checkInDay=2030-02-06')).toEqual([first.id, third.id]);
    expect(await ids('checkInDay=2030-02-05')).toEqual([first.id]);

    const [{ now: since }] = await service.query<{ now: Date }>('SELECT now() AS now', []);
    const late = await register(event.eventId);
    expect((await service.request('POST', `/registrations/${first.id}/cancel`, { body: {} })).status).toBe(
      200,
    );
    expect(await ids(`updatedSince=${encodeURIComponent(since.toISOString())}`)).toEqual([first.id, late.id]);
    expect(await ids(`updatedSince=${encodeURIComponent('2100-01-01T00:00:00+05:00')}`)).toEqual([]);

    const exported = await service.request(
      'GET',
      `/registrations/events/${event.eventId}/export?format=csv&checkedIn=true&checkInDay=2030-02-06`,
    );
    expect(exported.status).toBe(200);
    const lines = String(exported.body).trim().split(/\r?\n/);
    expect(lines).toHaveLength(2); // the header and the one participant checked in that day

    for (const [filters, field] of [
      ['checkedIn=maybe', 'checkedIn'],
      ['checkInDay=2030-02-30', 'checkInDay'],
      ['checkInDay=5%20Feb', 'checkInDay'],
      ['updatedSince=2030-02-01T10:00:00', 'updatedSince'],
    ] as const) {
      const refused = await service.request('GET', `/registrations?eventId=${event.eventId}&${filters}`, {
        headers: { 'accept-language': 'kk' },
      });
      expect(refused.status).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(fieldErrors(refused.body).map((error) => error.split(':')[0])).toContain(field);
    }
  }, 60_000);
});
