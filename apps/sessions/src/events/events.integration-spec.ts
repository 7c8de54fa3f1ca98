import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS, eventPublishedV1Schema } from '@jiyn/contracts';
import { fieldErrors, schemaValidator } from '@jiyn/testing';
import { DatabaseContention, TEST_ORGANISATION_ID, useServiceTestBed } from '@jiyn/service-harness';
import { SessionsAppModule } from '../app.module';
import { sessionsDatabase } from '../database/database';
import { SessionsEnvironment } from '../sessions.environment';

const { service, probe } = useServiceTestBed({
  service: 'sessions',
  environment: SessionsEnvironment,
  module: SessionsAppModule.register,
  database: (url) => sessionsDatabase(url),
  probe: [TOPICS.events],
});
const validatePublished = schemaValidator(eventPublishedV1Schema);

/** A complete event (publishable as it is) with a fresh slug. */
function eventBody(overrides: Record<string, unknown> = {}) {
  return {
    slug: `creative-industries-${randomUUID().slice(0, 8)}`,
    title: {
      kk: 'Шығармашылық индустриялар бойынша оқыту',
      ru: 'Обучение по креативным индустриям',
      en: 'Training on creative industries',
    },
    startsAt: '2030-02-05T09:00:00+05:00',
    endsAt: '2030-02-07T18:00:00+05:00',
    capacity: 60,
    ...overrides,
  };
}

async function createEvent(overrides: Record<string, unknown> = {}) {
  const response = await service.request('POST', '/events', { body: eventBody(overrides) });
  expect(response.status).toBe(201);
  return response.body as { id: string; slug: string; [field: string]: unknown };
}

function publishedMessagesOf(eventId: string) {
  return probe.on(TOPICS.events).filter((message) => message.key === eventId);
}

describe('sessions service: events', () => {
  it('should create a draft event with the Kazakhstan defaults', async () => {
    const body = eventBody();
    const response = await service.request('POST', '/events', { body });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      slug: body.slug,
      title: body.title,
      timeZone: 'Asia/Almaty',
      requiredLanguages: ['kk', 'ru'],
      status: 'draft',
      version: 1,
      capacity: 60,
      publishedAt: null,
    });
    const stored = await service.request('GET', `/events/${response.body.id}`);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({ slug: body.slug, status: 'draft', timeZone: 'Asia/Almaty' });
  });

  it('should refuse a second event with the same slug with 409 and store only the first', async () => {
    const first = await createEvent();
    const second = await service.request('POST', '/events', { body: eventBody({ slug: first.slug }) });
    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(second.body.type).toBe('https://jiyn.kz/problems/conflict');
    expect(second.body.errors).toEqual([expect.objectContaining({ field: 'slug', code: 'taken' })]);
    expect(
      await service.count('SELECT count(*)::int AS n FROM sessions.events WHERE slug = $1', [first.slug]),
    ).toBe(1);
  });

  it('should refuse an event that ends before it starts', async () => {
    const body = eventBody({ startsAt: '2030-02-07T09:00:00+05:00', endsAt: '2030-02-05T18:00:00+05:00' });
    const response = await service.request('POST', '/events', { body });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body)).toEqual(['endsAt:endsBeforeStart']);
    expect(
      await service.count('SELECT count(*)::int AS n FROM sessions.events WHERE slug = $1', [body.slug]),
    ).toBe(0);
  });

  it('should refuse instants past year 9999 in UTC and events lasting more than a year', async () => {
    // 9999-12-31T23:59:59-14:00 is in year 10000 in UTC, which no other service could read back.
    const year10000 = eventBody({ endsAt: '9999-12-31T23:59:59-14:00' });
    const refused = await service.request('POST', '/events', {
      body: year10000,
      headers: { 'accept-language': 'ru' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'endsAt',
        code: 'isInstant',
        message: expect.stringContaining('не позже 9999-12-31 по UTC'),
      }),
    ]);

    // Its public schedule would list each of its days: 2.9 million of them until 9999.
    const forever = eventBody({ startsAt: '2027-03-01T09:00:00+05:00', endsAt: '9999-12-30T11:00+05:00' });
    const tooLong = await service.request('POST', '/events', {
      body: forever,
      headers: { 'accept-language': 'kk' },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([
      expect.objectContaining({
        field: 'endsAt',
        code: 'eventTooLong',
        message: 'endsAt басталғаннан кейін 366 күннен кешіктірілмеуі керек',
      }),
    ]);
    for (const slug of [year10000.slug, forever.slug])
      expect(
        await service.count('SELECT count(*)::int AS n FROM sessions.events WHERE slug = $1', [slug]),
      ).toBe(0);

    // A year to the day is fine; so is changing other fields; moving the end further is not.
    const year = await createEvent({
      startsAt: '2030-01-01T09:00:00+05:00',
      endsAt: '2031-01-01T09:00:00+05:00',
    });
    const longer = await service.request('PATCH', `/events/${year.id}`, {
      body: { endsAt: '2031-01-03T09:00:00+05:00' },
    });
    expect(longer.status).toBe(400);
    expect(fieldErrors(longer.body)).toEqual(['endsAt:eventTooLong']);
    const resized = await service.request('PATCH', `/events/${year.id}`, { body: { capacity: 70 } });
    expect(resized.status).toBe(200);
    expect(resized.body).toMatchObject({ endsAt: '2031-01-01T04:00:00.000Z', capacity: 70 });
  });

  it('should refuse unknown fields instead of dropping them', async () => {
    const response = await service.request('POST', '/events', {
      body: eventBody({ status: 'published', organiserIin: '900101300001' }),
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body)).toEqual(
      expect.arrayContaining(['status:whitelistValidation', 'organiserIin:whitelistValidation']),
    );
  });

  it('should refuse an event without a title', async () => {
    const { title: _title, ...withoutTitle } = eventBody();
    const response = await service.request('POST', '/events', { body: withoutTitle });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body)).toContain('title:isDefined');
    expect(
      await service.count('SELECT count(*)::int AS n FROM sessions.events WHERE slug = $1', [
        withoutTitle.slug,
      ]),
    ).toBe(0);
  });

  it('should refuse arrays where objects belong, naming each field, and store nothing', async () => {
    const body = eventBody({ title: [], venue: [], organisers: [[]] });
    const response = await service.request('POST', '/events', {
      body,
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body).sort()).toEqual([
      'organisers:objectItems',
      'title:isObject',
      'venue:isObject',
    ]);
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ field: 'organisers', message: 'Every item of organisers must be an object' }),
    );
    // One level down: texts given as arrays, an organiser given as a number.
    const nested = eventBody({
      venue: { name: [] },
      organisers: [{ name: [[]], role: 'organiser' }, 7],
    });
    const deeper = await service.request('POST', '/events', { body: nested });
    expect(deeper.status).toBe(400);
    expect(fieldErrors(deeper.body).sort()).toEqual([
      'organisers:objectItems',
      'organisers[0].name:isObject',
      'organisers[1]:nestedValidation',
      'venue.name:isObject',
    ]);
    expect(
      await service.count('SELECT count(*)::int AS n FROM sessions.events WHERE slug = ANY($1)', [
        [body.slug, nested.slug],
      ]),
    ).toBe(0);
  });

  it('should refuse arrays where objects belong in a change, leaving the event as it was', async () => {
    const created = await createEvent({
      venue: { name: { en: 'Palace of Independence' } },
      organisers: [{ name: { en: 'UNDP' }, role: 'organiser' }],
    });
    const response = await service.request('PATCH', `/events/${created.id}`, {
      body: { title: [], description: [[]], venue: [], organisers: [[]] },
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body).sort()).toEqual([
      'description:isObject',
      'organisers:objectItems',
      'title:isObject',
      'venue:isObject',
    ]);
    const stored = await service.request('GET', `/events/${created.id}`);
    expect(stored.body).toMatchObject({
      title: created.title,
      venue: { name: { en: 'Palace of Independence' } },
      organisers: [{ name: { en: 'UNDP' }, role: 'organiser' }],
      version: 1,
    });
  });

  it('should clear with null what an event may lack, and refuse null for what it may not', async () => {
    const created = await createEvent({
      description: { en: 'Three days in Astana' },
      venue: { name: { en: 'Palace of Independence' } },
      organisers: [{ name: { en: 'UNDP' }, role: 'organiser' }],
    });
    const refused = await service.request('PATCH', `/events/${created.id}`, {
      body: { title: null, timeZone: null, requiresApproval: null, venue: null },
    });
    expect(refused.status).toBe(400);
    // The validation pipe refuses null wherever the document does not say nullable.
    expect(fieldErrors(refused.body)).toEqual([
      'title:isNotNull',
      'timeZone:isNotNull',
      'requiresApproval:isNotNull',
    ]);
    expect((await service.request('GET', `/events/${created.id}`)).body).toMatchObject({
      venue: { name: { en: 'Palace of Independence' } },
      version: 1,
    });
    const cleared = await service.request('PATCH', `/events/${created.id}`, {
      body: { description: null, venue: null, organisers: null, capacity: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      title: created.title,
      description: {},
      venue: null,
      organisers: [],
      capacity: null,
      timeZone: 'Asia/Almaty',
      version: 2,
    });
  });

  it('should refuse a time zone that is not an IANA zone', async () => {
    const response = await service.request('POST', '/events', {
      body: eventBody({ timeZone: 'Asia/Astana-ish' }),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);
  });

  it('should store times in UTC, whatever offset they were given in', async () => {
    const created = await createEvent({
      startsAt: '2024-02-05T09:00:00+06:00',
      endsAt: '2024-02-07T18:00:00+06:00',
    });
    expect(created.startsAt).toBe('2024-02-05T03:00:00.000Z');
    const stored = await service.request('GET', `/events/${created.id}`);
    expect(stored.body.startsAt).toBe('2024-02-05T03:00:00.000Z');
    expect(stored.body.endsAt).toBe('2024-02-07T12:00:00.000Z');
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM sessions.events WHERE id = $1 AND starts_at = '2024-02-05 03:00:00+00'`,
        [created.id],
      ),
    ).toBe(1);
  });

  it('should not publish an event whose title lacks a required language', async () => {
    const created = await createEvent({ title: { en: 'Training on creative industries' } });
    const response = await service.request('POST', `/events/${created.id}/publish`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        field: 'title',
        code: 'multilingualRequired',
        message: 'title needs a text in: kk, ru',
      }),
    ]);
    const stored = await service.request('GET', `/events/${created.id}`);
    expect(stored.body).toMatchObject({ status: 'draft', version: 1 });
    expect(
      await service.count('SELECT count(*)::int AS n FROM sessions.outbox WHERE message_key = $1', [
        created.id,
      ]),
    ).toBe(0);
  });

  it('should not publish an event without a capacity', async () => {
    const { capacity: _capacity, ...withoutCapacity } = eventBody();
    const created = await service.request('POST', '/events', { body: withoutCapacity });
    expect(created.status).toBe(201);
    expect(created.body.capacity).toBeNull();
    const response = await service.request('POST', `/events/${created.body.id}/publish`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'capacity' })]);
    expect((await service.request('GET', `/events/${created.body.id}`)).body.status).toBe('draft');
  });

  it('should publish a complete event once and announce it on Kafka exactly once', async () => {
    const created = await createEvent({ capacity: 75, timeZone: 'Asia/Aqtobe' });
    const response = await service.request('POST', `/events/${created.id}/publish`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: created.id, status: 'published', version: 2 });
    expect(response.body.publishedAt).toEqual(expect.any(String));

    const message = await probe.single(TOPICS.events, created.id);
    expect(message?.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_type: EVENT_TYPES.eventPublished,
      ce_source: '/jiyn/sessions',
      ce_subject: created.id,
    });
    expect(validatePublished(message?.json)).toBeNull();
    expect(message?.json).toEqual({
      eventId: created.id,
      organisationId: TEST_ORGANISATION_ID,
      version: 2,
      slug: created.slug,
      title: {
        kk: 'Шығармашылық индустриялар бойынша оқыту',
        ru: 'Обучение по креативным индустриям',
        en: 'Training on creative industries',
      },
      timeZone: 'Asia/Aqtobe',
      startsAt: '2030-02-05T04:00:00.000Z',
      endsAt: '2030-02-07T13:00:00.000Z',
      capacity: 75,
      registrationOpensAt: null,
      registrationClosesAt: null,
      cancellationDeadline: null,
      requiresApproval: false,
      waitlistEnabled: true,
      publishedAt: response.body.publishedAt,
    });

    const again = await service.request('POST', `/events/${created.id}/publish`);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('https://jiyn.kz/problems/conflict');
    expect((await service.request('GET', `/events/${created.id}`)).body.version).toBe(2);
    // Longer than the relay's polling interval: a second announcement would have gone out by now.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(publishedMessagesOf(created.id)).toHaveLength(1);
    expect(
      await service.count('SELECT count(*)::int AS n FROM sessions.outbox WHERE message_key = $1', [
        created.id,
      ]),
    ).toBe(1);
  }, 60_000);

  it('should publish an event whose transaction deadlocked, once', async () => {
    const event = await createEvent();
    const contention = await DatabaseContention.open(service.databaseUrl, 'jiyn-sessions');
    try {
      // Publishing locks the event's row, then writes event.published to the outbox.
      const { answer, deadlocks } = await contention.deadlock(
        {
          holdLate: 'LOCK TABLE sessions.outbox IN SHARE MODE',
          takeEarly: { text: 'SELECT 1 FROM sessions.events WHERE id = $1 FOR UPDATE', values: [event.id] },
          rounds: 1,
        },
        () => service.request('POST', `/events/${event.id}/publish`),
      );
      expect(deadlocks).toBe(1);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'published', version: 2 });
      expect(
        await service.count(
          'SELECT count(*)::int AS n FROM sessions.outbox WHERE message_key = $1 AND event_type = $2',
          [event.id, EVENT_TYPES.eventPublished],
        ),
      ).toBe(1);
    } finally {
      await contention.close();
    }
  }, 30_000);

  it('should show an event publicly by its slug only once it is published', async () => {
    const created = await createEvent();
    const draft = await service.request('GET', `/public/events/${created.slug}`);
    expect(draft.status).toBe(404);
    expect((await service.request('POST', `/events/${created.id}/publish`)).status).toBe(200);
    const published = await service.request('GET', `/public/events/${created.slug}`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      id: created.id,
      slug: created.slug,
      status: 'published',
      lang: 'kk',
    });
    expect(published.body.title).toBe('Шығармашылық индустриялар бойынша оқыту');
    const russian = await service.request('GET', `/public/events/${created.slug}?lang=ru`);
    expect(russian.body.title).toBe('Обучение по креативным индустриям');
    const revalidated = await service.request('GET', `/public/events/${created.slug}?lang=ru`, {
      headers: { 'if-none-match': String(russian.headers['etag']) },
    });
    expect(revalidated.status).toBe(304);
    // A change makes a new version, so the old tag no longer matches.
    expect((await service.request('PATCH', `/events/${created.id}`, { body: { capacity: 61 } })).status).toBe(
      200,
    );
    const changed = await service.request('GET', `/public/events/${created.slug}?lang=ru`, {
      headers: { 'if-none-match': String(russian.headers['etag']) },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.capacity).toBe(61);
  });

  it('should refuse NUL characters as a field error, not a database failure', async () => {
    const inPath = await service.request('GET', '/public/events/%00');
    expect(inPath.status).toBe(400);
    expect(inPath.body.errors).toEqual([expect.objectContaining({ field: 'slug', code: 'nulCharacter' })]);
    const inBody = await service.request('POST', '/events', {
      body: {
        slug: 'nul-test',
        title: { kk: 'a\u0000b', ru: 'x' },
        startsAt: '2030-01-01T00:00:00Z',
        endsAt: '2030-01-02T00:00:00Z',
      },
    });
    expect(inBody.status).toBe(400);
    expect(inBody.body.errors).toEqual([
      expect.objectContaining({ field: 'title.kk', code: 'nulCharacter' }),
    ]);
  });

  it('should answer 400 for an id that is not a UUID and 404 for an unknown one', async () => {
    const malformed = await service.request('GET', '/events/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'isUuid' })]);
    const unknown = await service.request('GET', `/events/${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.type).toBe('https://jiyn.kz/problems/not-found');
    expect((await service.request('POST', `/events/${randomUUID()}/publish`)).status).toBe(404);
  });

  it('should page through all events with a keyset cursor, without repeats', async () => {
    for (let i = 0; i < 5; i += 1) await createEvent();
    const total = await service.count('SELECT count(*)::int AS n FROM sessions.events', []);
    expect(total).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
        await service.request('GET', `/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 2));
  });

  it('should refuse a cursor it did not issue, even one that decodes', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'me'])).toString('base64url');
    for (const cursor of ['garbage', forged]) {
      const response = await service.request('GET', `/events?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'cursor', code: 'invalidCursor' }),
      ]);
    }
  });

  it('should answer problems in the language the caller asks for', async () => {
    const path = `/events/${randomUUID()}`;
    const titles: Record<string, string> = {};
    for (const lang of ['ru', 'en', 'kk']) {
      const response = await service.request('GET', path, { headers: { 'accept-language': lang } });
      expect(response.status).toBe(404);
      expect(response.headers['content-language']).toBe(lang);
      titles[lang] = response.body.title;
    }
    expect(titles).toEqual({ ru: 'Не найдено', en: 'Not found', kk: 'Табылмады' });
  });

  it('should refuse callers without the internal token', async () => {
    const before = await service.count('SELECT count(*)::int AS n FROM sessions.events', []);
    const list = await service.request('GET', '/events', { principal: null });
    expect(list.status).toBe(401);
    expect(list.body.type).toBe('https://jiyn.kz/problems/unauthorized');
    const create = await service.request('POST', '/events', { body: eventBody(), principal: null });
    expect(create.status).toBe(401);
    expect(await service.count('SELECT count(*)::int AS n FROM sessions.events', [])).toBe(before);
  });
});
