import { describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import {
  EVENT_TYPES,
  TOPICS,
  speakerDeletedV1Schema,
  speakerUpdatedV1Schema,
  type EventPublishedV1,
} from '@jiyn/contracts';
import { anEventPublished, eventually, fieldErrors, schemaValidator } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakerAccessService } from '../speaker-access';
import { SpeakersEnvironment } from '../speakers.environment';

const { service, producer, probe } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.speakers],
});
const validateUpdated = schemaValidator(speakerUpdatedV1Schema);
const validateDeleted = schemaValidator(speakerDeletedV1Schema);
let serial = 0;

/** A full profile with private contacts that must never leave organisers and the speaker. */
function profile(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    fullName: { kk: `Дәурен Тулеев ${serial}`, ru: `Даурен Тулеев ${serial}`, en: `Dauren Tuleev ${serial}` },
    position: { kk: 'Сарапшы', ru: 'Эксперт', en: 'Expert' },
    organisation: { kk: 'БҰҰДБ', ru: 'ПРООН', en: 'UNDP' },
    biography: {
      ru: '**Эксперт** по креативной экономике.\n\n- Семей\n- Кызылорда',
      en: 'Creative economy **expert**. See https://undp.kz',
    },
    photoUrl: 'https://cdn.example.kz/speakers/tuleev.jpg',
    links: [{ label: 'UNDP', url: 'https://www.undp.org/kazakhstan' }],
    languages: ['kk', 'ru', 'en'],
    email: `secret.person${serial}@private.example.kz`,
    phone: `+7 701 555 ${String(serial).padStart(2, '0')} 99`,
    ...overrides,
  };
}

const PRIVATE_MARKERS = (body: { email: string }, phoneE164: string) => [
  body.email,
  'private.example.kz',
  phoneE164,
  phoneE164.slice(2),
];

async function create(body = profile()) {
  const response = await service.request('POST', '/speakers', { body });
  expect(response.status).toBe(201);
  return response.body as { id: string; phone: string; email: string; version: number };
}

async function tokenFor(speakerId: string): Promise<string> {
  const invitation = await service.request('POST', `/speakers/${speakerId}/invitations`, { body: {} });
  const redeemed = await service.request('POST', '/self/speakers/invitations/redeem', {
    body: { token: invitation.body.token },
    principal: ANONYMOUS,
  });
  expect(redeemed.status).toBe(200);
  return redeemed.body.accessToken;
}

function asSelf(method: string, path: string, token: string | undefined, body?: unknown) {
  return service.request(method, path, {
    principal: ANONYMOUS,
    headers: token === undefined ? {} : { [SELF_SERVICE_TOKEN_HEADER]: token },
    body,
  });
}

function eventsOf(speakerId: string, type: string) {
  return probe.on(TOPICS.speakers).filter((m) => m.key === speakerId && m.headers['ce_type'] === type);
}

async function knownEvent(): Promise<EventPublishedV1> {
  const event = anEventPublished();
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'speakers.event_projections', event);
  return event;
}

describe('speaker profiles', () => {
  it('should keep the full profile and show contacts to organisers only', async () => {
    const body = profile();
    const created = await create(body);
    const organiser = await service.request('GET', `/speakers/${created.id}`);
    expect(organiser.body).toMatchObject({
      fullName: body.fullName,
      organisation: body.organisation,
      photoUrl: body.photoUrl,
      links: body.links,
      languages: ['kk', 'ru', 'en'],
      email: body.email,
      phone: created.phone,
      biography: body.biography,
      biographyHtml: {
        ru: '<p><strong>Эксперт</strong> по креативной экономике.</p>\n<ul>\n<li>Семей</li>\n<li>Кызылорда</li>\n</ul>',
        en: expect.stringContaining(
          '<a href="https://undp.kz" rel="nofollow noopener noreferrer ugc" target="_blank">',
        ),
      },
    });
    expect(created.phone).toMatch(/^\+7701555\d{4}$/);

    const publicView = await service.request('GET', `/public/speakers/${created.id}`, {
      principal: ANONYMOUS,
    });
    expect(publicView.status).toBe(200);
    expect(Object.keys(publicView.body).sort()).toEqual([
      'biography',
      'biographyHtml',
      'fullName',
      'id',
      'languages',
      'links',
      'organisation',
      'photoUrl',
      'position',
    ]);
    for (const marker of PRIVATE_MARKERS(body, created.phone))
      expect(JSON.stringify(publicView.body)).not.toContain(marker);
  });

  it('should sanitise biographies: no script, handler, javascript: or data: ever reaches the HTML', async () => {
    const vectors = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))',
      '[x](JAVASCRIPT:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '![x](data:image/png;base64,iVBORw0KGgo=)',
      '<a href="javascript:alert(1)">x</a>',
      '<div style="background:url(javascript:alert(1))">x</div>',
    ].join('\n\n');
    const created = await create(profile({ biography: { kk: vectors, ru: vectors, en: vectors } }));
    const publicView = await service.request('GET', `/public/speakers/${created.id}`, {
      principal: ANONYMOUS,
    });
    for (const html of Object.values(publicView.body.biographyHtml as Record<string, string>)) {
      expect(html).not.toMatch(/<(script|img|div|iframe|svg)\b/i);
      expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(html).not.toMatch(/<a[^>]*href="\s*(javascript|data|vbscript):/i);
      expect(html).not.toMatch(/<[^>]*style=/i);
    }
    // The source is kept as written (organisers can see what was typed).
    expect(publicView.body.biography.kk).toBe(vectors);
  });

  it('should refuse bad profile fields with field errors and store nothing', async () => {
    const before = await service.count('SELECT count(*)::int AS n FROM speakers.speakers', []);
    const response = await service.request('POST', '/speakers', {
      headers: { 'accept-language': 'kk' },
      body: profile({
        photoUrl: 'http://cdn.example.kz/x.jpg',
        links: [
          { label: 'ok', url: 'https://example.kz' },
          { label: '', url: 'javascript:alert(1)' },
          // Stored trimmed, this would be an empty label.
          { label: ' \t ', url: 'https://example.kz/spaces' },
        ],
        languages: ['kk', 'kk', 'de'],
        phone: '+7 916 123 45 67',
      }),
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body)).toEqual(
      expect.arrayContaining([
        'photoUrl:httpsUrl',
        'links[1].label:isNotEmpty',
        'links[1].url:httpsUrl',
        'links[2].label:matches',
        'languages:arrayUnique',
        'languages:isIn',
        'phone:isKzPhone',
      ]),
    );
    expect(response.body.errors.find((e: { field: string }) => e.field === 'photoUrl').message).toBe(
      'photoUrl өрісі https:// мекенжайы болуы керек',
    );

    const tooMany = await service.request('POST', '/speakers', {
      headers: { 'accept-language': 'en' },
      body: profile({
        links: Array.from({ length: 11 }, (_, i) => ({ label: `l${i}`, url: `https://e.kz/${i}` })),
      }),
    });
    expect(tooMany.status).toBe(400);
    expect(fieldErrors(tooMany.body)).toEqual(['links:arrayMaxSize']);
    expect(tooMany.body.errors[0].message).toBe('links may have at most 10 items');

    const longName = await service.request('POST', '/speakers', {
      body: profile({ fullName: { ru: 'Я'.repeat(301) } }),
    });
    expect(longName.status).toBe(400);
    expect(fieldErrors(longName.body)).toEqual(['fullName.ru:maxLength']);
    expect(await service.count('SELECT count(*)::int AS n FROM speakers.speakers', [])).toBe(before);
  });

  it('should announce public changes only, with public fields only, and version every change', async () => {
    const body = profile();
    const created = await create(body);
    const path = `/speakers/${created.id}`;

    const renamed = await service.request('PATCH', path, {
      body: { fullName: { kk: 'Дәурен Тулеев', ru: 'Даурен Тулеев' }, position: { ru: 'Руководитель' } },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      version: 2,
      fullName: { kk: 'Дәурен Тулеев', ru: 'Даурен Тулеев' },
      email: body.email,
    });
    // Private only: a new version, no event.
    const privateOnly = await service.request('PATCH', path, {
      body: { email: 'another.secret@private.example.kz', phone: '+7 747 000 11 22' },
    });
    expect(privateOnly.body).toMatchObject({ version: 3, phone: '+77470001122' });
    // The same values again (a retry): nothing changes.
    const same = await service.request('PATCH', path, {
      body: { position: { ru: 'Руководитель' }, email: 'another.secret@private.example.kz' },
    });
    expect(same.body.version).toBe(3);
    // A biography change is public: announced.
    const bio = await service.request('PATCH', path, {
      body: { biography: { en: 'New bio' }, photoUrl: null },
    });
    expect(bio.body).toMatchObject({ version: 4, photoUrl: null, biography: { en: 'New bio' } });

    await eventually(() => expect(eventsOf(created.id, EVENT_TYPES.speakerUpdated)).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const updates = eventsOf(created.id, EVENT_TYPES.speakerUpdated);
    expect(updates.map((m) => m.json)).toEqual([
      {
        speakerId: created.id,
        version: 2,
        fullName: { kk: 'Дәурен Тулеев', ru: 'Даурен Тулеев' },
        position: { ru: 'Руководитель' },
        languages: ['kk', 'ru', 'en'],
        occurredAt: expect.any(String),
      },
      expect.objectContaining({ version: 4 }),
    ]);
    for (const message of updates) {
      expect(validateUpdated(message.json)).toBeNull();
      expect(message.headers).toMatchObject({ ce_source: '/jiyn/speakers', ce_subject: created.id });
      for (const marker of [
        ...PRIVATE_MARKERS(body, created.phone),
        'another.secret',
        '+77470001122',
        '7470001122',
      ])
        expect(message.value).not.toContain(marker);
    }
  }, 60_000);

  it('should refuse to clear a name or take unknown fields, and leave the profile as it was', async () => {
    const created = await create();
    for (const [body, expected] of [
      [{ fullName: null }, ['fullName:isNotNull']],
      [{ fullName: { kk: ' ' } }, ['fullName:multilingualRequired']],
      [{ version: 9 }, ['version:whitelistValidation']],
      [{ links: [{ label: 'x', url: 'https://e.kz', rel: 'me' }] }, ['links[0].rel:whitelistValidation']],
    ] as const) {
      const response = await service.request('PATCH', `/speakers/${created.id}`, { body });
      expect(response.status).toBe(400);
      expect(fieldErrors(response.body)).toEqual(expected);
    }
    expect((await service.request('GET', `/speakers/${created.id}`)).body.version).toBe(1);
    const unknown = await service.request('PATCH', '/speakers/0190a4f1-0000-7000-8000-000000000000', {
      body: { position: { en: 'x' } },
    });
    expect(unknown.status).toBe(404);
  });

  it('should delete a profile: gone everywhere, contacts wiped, access ended, announced once', async () => {
    const body = profile();
    const created = await create(body);
    const token = await tokenFor(created.id);
    const event = await knownEvent();
    const range = [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T11:00:00+05:00' }];
    expect(
      (
        await service.request('PUT', `/speakers/${created.id}/availability/${event.eventId}`, {
          body: { ranges: range },
        })
      ).status,
    ).toBe(200);

    const deleted = await service.request('DELETE', `/speakers/${created.id}`);
    expect(deleted.status).toBe(204);
    expect((await service.request('GET', `/speakers/${created.id}`)).status).toBe(404);
    expect(
      (await service.request('GET', `/public/speakers/${created.id}`, { principal: ANONYMOUS })).status,
    ).toBe(404);
    expect(
      (await service.request('PATCH', `/speakers/${created.id}`, { body: { position: { en: 'x' } } })).status,
    ).toBe(404);
    expect((await service.request('DELETE', `/speakers/${created.id}`)).status).toBe(404);
    expect((await asSelf('GET', '/self/speakers/me', token)).status).toBe(401);
    const list = await service.request('GET', '/speakers?limit=200');
    expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(created.id);
    const [row] = await service.query<{ email: string | null; phone: string | null }>(
      'SELECT email, phone FROM speakers.speakers WHERE id = $1',
      [created.id],
    );
    expect(row).toEqual({ email: null, phone: null });
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.availability WHERE speaker_id = $1', [
        created.id,
      ]),
    ).toBe(0);

    await eventually(() => expect(eventsOf(created.id, EVENT_TYPES.speakerDeleted)).toHaveLength(1));
    const [message] = eventsOf(created.id, EVENT_TYPES.speakerDeleted);
    expect(validateDeleted(message.json)).toBeNull();
    expect(message.json).toEqual({ speakerId: created.id, version: 2, occurredAt: expect.any(String) });
  }, 60_000);
});

describe('a speaker serving themself', () => {
  it('should see and edit their own profile, contacts included', async () => {
    const body = profile();
    const created = await create(body);
    const token = await tokenFor(created.id);

    const me = await asSelf('GET', '/self/speakers/me', token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: created.id, email: body.email, phone: created.phone });

    const edited = await asSelf('PATCH', '/self/speakers/me', token, {
      biography: { kk: '**Жаңа** өмірбаян' },
      phone: '8 (777) 123 45 67',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      biographyHtml: { kk: '<p><strong>Жаңа</strong> өмірбаян</p>' },
      phone: '+77771234567',
      version: 2,
    });
    expect((await service.request('GET', `/speakers/${created.id}`)).body.phone).toBe('+77771234567');
  });

  it('should set their own availability within a known event', async () => {
    const created = await create();
    const token = await tokenFor(created.id);
    const event = await knownEvent();
    const ranges = [{ startsAt: '2030-02-05T10:00:00+05:00', endsAt: '2030-02-05T12:00:00+05:00' }];
    const put = await asSelf('PUT', `/self/speakers/me/availability/${event.eventId}`, token, { ranges });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      ranges: [{ startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T07:00:00.000Z' }],
    });
    expect((await asSelf('GET', `/self/speakers/me/availability/${event.eventId}`, token)).body).toEqual(
      put.body,
    );
    expect(
      (await service.request('GET', `/speakers/${created.id}/availability/${event.eventId}`)).body,
    ).toEqual(put.body);
    const outside = await asSelf('PUT', `/self/speakers/me/availability/${event.eventId}`, token, {
      ranges: [{ startsAt: '2031-02-05T10:00:00+05:00', endsAt: '2031-02-05T12:00:00+05:00' }],
    });
    expect(outside.status).toBe(400);
  }, 60_000);

  it('should reach only their own profile: never another speaker’s, never organiser routes', async () => {
    const mine = await create();
    const other = await create();
    const token = await tokenFor(mine.id);

    expect((await asSelf('GET', '/self/speakers/me', token)).body.id).toBe(mine.id);
    for (const [method, path, body] of [
      ['GET', `/speakers/${other.id}`, undefined],
      ['PATCH', `/speakers/${other.id}`, { position: { en: 'Hacked' } }],
      ['DELETE', `/speakers/${other.id}`, undefined],
      ['PUT', `/speakers/${other.id}/availability/${other.id}`, { ranges: [] }],
      ['POST', `/speakers/${other.id}/invitations`, {}],
      ['POST', '/speakers', profile()],
    ] as const) {
      const response = await asSelf(method, path, token, body);
      expect(response.status).toBe(401);
    }
    // Unknown body fields cannot smuggle an id in either.
    const smuggled = await asSelf('PATCH', '/self/speakers/me', token, {
      id: other.id,
      position: { en: 'Hacked' },
    });
    expect(smuggled.status).toBe(400);
    const otherNow = await service.request('GET', `/speakers/${other.id}`);
    expect(otherNow.body).toMatchObject({ version: 1, position: { en: 'Expert' } });
  });

  it('should answer 401 before looking at the body for missing, forged or other-kind tokens', async () => {
    const created = await create();
    const invitation = (await service.request('POST', `/speakers/${created.id}/invitations`, { body: {} }))
      .body;
    const dataSource = service.app.get(DataSource);
    const access = service.app.get(SpeakerAccessService);
    const reviewerInvitation = await dataSource.transaction((manager) =>
      access.issueInvitation(manager, 'reviewer', created.id),
    );
    const reviewerToken = (await access.redeem(reviewerInvitation.token)).accessToken;

    for (const token of [undefined, 'forged-token', invitation.token, reviewerToken]) {
      expect((await asSelf('GET', '/self/speakers/me', token)).status).toBe(401);
      const patch = await asSelf('PATCH', '/self/speakers/me', token, { fullName: null, nonsense: true });
      expect(patch.status).toBe(401);
      expect(patch.body.type).toBe('https://jiyn.kz/problems/unauthorized');
    }
    expect((await service.request('GET', `/speakers/${created.id}`)).body.version).toBe(1);
  });
});
