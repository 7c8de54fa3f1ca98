import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  EVENT_TYPES,
  TOPICS,
  speakerAvailabilityChangedV1Schema,
  speakerCreatedV1Schema,
  type EventPublishedV1,
} from '@jiyn/contracts';
import { anEventPublished, eventually, fieldErrors, schemaValidator } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

const { service, producer, probe } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.speakers],
});
const validateSpeakerCreated = schemaValidator(speakerCreatedV1Schema);
const validateAvailabilityChanged = schemaValidator(speakerAvailabilityChangedV1Schema);
let serial = 0;

function speakerBody(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    fullName: {
      kk: `Әсел Нұрланқызы ${serial}`,
      ru: `Асель Нурлановна ${serial}`,
      en: `Assel Nurlanovna ${serial}`,
    },
    position: { kk: 'Сарапшы', ru: 'Эксперт', en: 'Expert' },
    languages: ['kk', 'ru'],
    email: `speaker${serial}@culture.example.kz`,
    phone: '8 (701) 234-56-78',
    ...overrides,
  };
}

async function createSpeaker(overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const response = await service.request('POST', '/speakers', { body: speakerBody(overrides) });
  expect(response.status).toBe(201);
  return response.body;
}

/** Publishes an event as the sessions service would and waits until the speakers service knows it. */
async function knownEvent(overrides: Partial<EventPublishedV1> = {}): Promise<EventPublishedV1> {
  const event = anEventPublished(overrides);
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'speakers.event_projections', event);
  return event;
}

describe('speakers service', () => {
  it('should create a speaker and show organisers the normalised contact details', async () => {
    const body = speakerBody();
    const response = await service.request('POST', '/speakers', { body });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fullName: body.fullName,
      languages: ['kk', 'ru'],
      email: body.email,
      phone: '+77012345678',
      version: 1,
    });
    const stored = await service.request('GET', `/speakers/${response.body.id}`);
    expect(stored.body).toMatchObject({ email: body.email, phone: '+77012345678' });
  });

  it('should announce a new speaker on Kafka once, without contact details', async () => {
    const body = speakerBody({ email: 'private.person@mail.example.kz', phone: '+7 747 111 22 33' });
    const created = await service.request('POST', '/speakers', { body });
    expect(created.status).toBe(201);

    const message = await probe.single(TOPICS.speakers, created.body.id);
    expect(message?.headers).toMatchObject({
      ce_type: EVENT_TYPES.speakerCreated,
      ce_source: '/jiyn/speakers',
      ce_subject: created.body.id,
    });
    expect(validateSpeakerCreated(message?.json)).toBeNull();
    expect(message?.json).toMatchObject({
      speakerId: created.body.id,
      version: 1,
      fullName: body.fullName,
      languages: ['kk', 'ru'],
    });
    for (const personal of [
      'private.person',
      'mail.example.kz',
      '+77471112233',
      '7471112233',
      '747 111 22 33',
    ])
      expect(message?.value).not.toContain(personal);
  }, 60_000);

  it('should publish a profile without any contact fields', async () => {
    const created = await createSpeaker();
    const response = await service.request('GET', `/public/speakers/${created.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: created.id, fullName: expect.any(Object) });
    expect(response.body).not.toHaveProperty('email');
    expect(response.body).not.toHaveProperty('phone');
    expect(JSON.stringify(response.body)).not.toContain('+77012345678');
  });

  it('should refuse a speaker whose name is given in no language, and store nothing', async () => {
    const before = await service.count('SELECT count(*)::int AS n FROM speakers.speakers', []);
    for (const fullName of [{}, { kk: '   ', ru: '' }]) {
      const response = await service.request('POST', '/speakers', { body: speakerBody({ fullName }) });
      expect(response.status).toBe(400);
      expect(fieldErrors(response.body)).toEqual(['fullName:multilingualRequired']);
    }
    const { fullName: _omitted, ...withoutName } = speakerBody();
    const missing = await service.request('POST', '/speakers', { body: withoutName });
    expect(missing.status).toBe(400);
    expect(fieldErrors(missing.body)).toContain('fullName:isDefined');
    expect(await service.count('SELECT count(*)::int AS n FROM speakers.speakers', [])).toBe(before);
  });

  it('should refuse arrays where objects belong, naming each field, and store nothing', async () => {
    const before = await service.count('SELECT count(*)::int AS n FROM speakers.speakers', []);
    // A list of lists as links used to end in a 500 (a link without a label was trimmed).
    const links = await service.request('POST', '/speakers', { body: speakerBody({ links: [[]] }) });
    expect(links.status).toBe(400);
    expect(fieldErrors(links.body)).toEqual(['links:objectItems']);
    const texts = await service.request('POST', '/speakers', {
      body: speakerBody({ fullName: [], position: [[]], biography: ['Expert'] }),
    });
    expect(texts.status).toBe(400);
    expect(fieldErrors(texts.body).sort()).toEqual([
      'biography:isObject',
      'fullName:isObject',
      'position:isObject',
    ]);
    expect(await service.count('SELECT count(*)::int AS n FROM speakers.speakers', [])).toBe(before);

    const speaker = await createSpeaker({ links: [{ label: 'Site', url: 'https://undp.kz' }] });
    const change = await service.request('PATCH', `/speakers/${speaker.id}`, {
      body: { links: [[]], organisation: [] },
    });
    expect(change.status).toBe(400);
    expect(fieldErrors(change.body).sort()).toEqual(['links:objectItems', 'organisation:isObject']);
    expect((await service.request('GET', `/speakers/${speaker.id}`)).body).toMatchObject({
      links: [{ label: 'Site', url: 'https://undp.kz' }],
      version: 1,
    });
  });

  it('should refuse a malformed e-mail and a phone that is not from Kazakhstan', async () => {
    const response = await service.request('POST', '/speakers', {
      body: speakerBody({ email: 'not-an-email', phone: '+7 916 123 45 67' }),
      headers: { 'accept-language': 'ru' },
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body)).toEqual(expect.arrayContaining(['email:isEmail', 'phone:isKzPhone']));
    expect(response.body.title).toBe('Запрос содержит неверные поля');
  });

  it('should refuse availability for an event it never heard of', async () => {
    const speaker = await createSpeaker();
    const response = await service.request('PUT', `/speakers/${speaker.id}/availability/${randomUUID()}`, {
      body: { ranges: [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T12:00:00+05:00' }] },
    });
    expect(response.status).toBe(404);
    expect(response.body.type).toBe('https://jiyn.kz/problems/not-found');
  });

  it('should keep availability within a published event, sorted and in UTC', async () => {
    const event = await knownEvent();
    const speaker = await createSpeaker();
    const path = `/speakers/${speaker.id}/availability/${event.eventId}`;
    const put = await service.request('PUT', path, {
      body: {
        ranges: [
          { startsAt: '2030-02-06T14:00:00+05:00', endsAt: '2030-02-06T17:00:00+05:00' },
          { startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T12:30:00+05:00' },
        ],
      },
    });
    expect(put.status).toBe(200);
    const expected = [
      { startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T07:30:00.000Z' },
      { startsAt: '2030-02-06T09:00:00.000Z', endsAt: '2030-02-06T12:00:00.000Z' },
    ];
    expect(put.body).toEqual({ ranges: expected });
    const get = await service.request('GET', path);
    expect(get.status).toBe(200);
    expect(get.body).toEqual({ ranges: expected });
  }, 60_000);

  it('should refuse ranges outside the event or overlapping each other, keeping what was stored', async () => {
    const event = await knownEvent();
    const speaker = await createSpeaker();
    const path = `/speakers/${speaker.id}/availability/${event.eventId}`;
    const kept = [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' }];
    expect((await service.request('PUT', path, { body: { ranges: kept } })).status).toBe(200);

    const outside = await service.request('PUT', path, {
      body: {
        ranges: [
          { startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' },
          { startsAt: '2030-02-08T10:00:00+05:00', endsAt: '2030-02-08T12:00:00+05:00' },
        ],
      },
    });
    expect(outside.status).toBe(400);
    expect(fieldErrors(outside.body)).toEqual(['ranges[1]:outsideEvent']);

    const beforeStart = await service.request('PUT', path, {
      body: { ranges: [{ startsAt: '2030-02-05T08:00:00+05:00', endsAt: '2030-02-05T10:00:00+05:00' }] },
    });
    expect(beforeStart.status).toBe(400);
    expect(fieldErrors(beforeStart.body)).toEqual(['ranges[0]:outsideEvent']);

    const overlapping = await service.request('PUT', path, {
      body: {
        ranges: [
          { startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T12:00:00+05:00' },
          { startsAt: '2030-02-05T11:30:00+05:00', endsAt: '2030-02-05T13:00:00+05:00' },
        ],
      },
    });
    expect(overlapping.status).toBe(400);
    expect(fieldErrors(overlapping.body)).toEqual(['ranges[1]:overlaps']);

    expect((await service.request('GET', path)).body).toEqual({
      ranges: [{ startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T06:00:00.000Z' }],
    });
  }, 60_000);

  it('should refuse ranges that are not objects instead of failing, keeping what was stored', async () => {
    const event = await knownEvent();
    const speaker = await createSpeaker();
    const path = `/speakers/${speaker.id}/availability/${event.eventId}`;
    const kept = [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' }];
    expect((await service.request('PUT', path, { body: { ranges: kept } })).status).toBe(200);
    const lists = await service.request('PUT', path, { body: { ranges: [[]] } });
    expect(lists.status).toBe(400);
    expect(fieldErrors(lists.body)).toEqual(['ranges:objectItems']);
    const numbers = await service.request('PUT', path, { body: { ranges: [kept[0], 1] } });
    expect(numbers.status).toBe(400);
    expect(fieldErrors(numbers.body)).toEqual(['ranges:objectItems', 'ranges[1]:nestedValidation']);
    expect((await service.request('GET', path)).body).toEqual({
      ranges: [{ startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T06:00:00.000Z' }],
    });
  }, 60_000);

  it('should announce each availability change with its ranges and a rising version, nothing personal', async () => {
    const event = await knownEvent();
    const body = speakerBody({ email: 'hidden.speaker@mail.example.kz', phone: '+7 747 333 44 55' });
    const created = await service.request('POST', '/speakers', { body });
    expect(created.status).toBe(201);
    const speaker = created.body as { id: string };
    const path = `/speakers/${speaker.id}/availability/${event.eventId}`;
    const first = [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T12:00:00+05:00' }];
    const second = [
      { startsAt: '2030-02-06T14:00:00+05:00', endsAt: '2030-02-06T17:00:00+05:00' },
      { startsAt: '2030-02-05T09:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' },
    ];
    expect((await service.request('PUT', path, { body: { ranges: first } })).status).toBe(200);
    expect((await service.request('PUT', path, { body: { ranges: second } })).status).toBe(200);
    // The same ranges again (a client's retry) are no change: no third event.
    expect((await service.request('PUT', path, { body: { ranges: second } })).status).toBe(200);
    // A refused change announces nothing either.
    const refused = [{ startsAt: '2030-02-09T10:00:00+05:00', endsAt: '2030-02-09T11:00:00+05:00' }];
    expect((await service.request('PUT', path, { body: { ranges: refused } })).status).toBe(400);

    const availabilityEvents = () =>
      probe
        .on(TOPICS.speakers)
        .filter(
          (m) => m.key === speaker.id && m.headers['ce_type'] === EVENT_TYPES.speakerAvailabilityChanged,
        );
    await eventually(() => expect(availabilityEvents()).toHaveLength(2), { timeoutMs: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const messages = availabilityEvents();
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(validateAvailabilityChanged(message.json)).toBeNull();
      expect(message.headers).toMatchObject({ ce_source: '/jiyn/speakers', ce_subject: speaker.id });
    }
    expect(messages.map((m) => m.json)).toEqual([
      {
        speakerId: speaker.id,
        eventId: event.eventId,
        version: 1,
        ranges: [{ startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T07:00:00.000Z' }],
        occurredAt: expect.any(String),
      },
      {
        speakerId: speaker.id,
        eventId: event.eventId,
        version: 2,
        ranges: [
          { startsAt: '2030-02-05T04:00:00.000Z', endsAt: '2030-02-05T06:00:00.000Z' },
          { startsAt: '2030-02-06T09:00:00.000Z', endsAt: '2030-02-06T12:00:00.000Z' },
        ],
        occurredAt: expect.any(String),
      },
    ]);
    for (const message of messages) {
      for (const personal of [
        'hidden.speaker',
        'mail.example.kz',
        '+77473334455',
        '7473334455',
        body.fullName.kk,
        body.fullName.ru,
        body.fullName.en,
        'Сарапшы',
        'Expert',
      ])
        expect(message.value).not.toContain(personal);
    }
  }, 60_000);

  it('should answer 404 for the availability of an unknown speaker', async () => {
    const event = await knownEvent();
    const path = `/speakers/${randomUUID()}/availability/${event.eventId}`;
    const put = await service.request('PUT', path, {
      body: { ranges: [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' }] },
    });
    expect(put.status).toBe(404);
    expect((await service.request('GET', path)).status).toBe(404);
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.availability WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(0);
  }, 60_000);
});
