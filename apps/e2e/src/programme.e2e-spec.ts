import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually } from '@jiyn/testing';
import { call, platform } from './gateway-client';

/**
 * The programme through the gateway: an organiser builds and publishes it; anyone reads the
 * agenda (sessions with speakers' public profiles), localised and revalidated by ETag.
 */
describe('programme through the gateway', () => {
  it('should publish a programme and serve its agenda with speakers, publicly and localised', async () => {
    const event = await call('POST', '/api/v1/events', {
      body: {
        slug: `agenda-${randomUUID().slice(0, 8)}`,
        title: { kk: 'Күн тәртібі', ru: 'Повестка', en: 'Agenda' },
        startsAt: '2024-02-05T09:00:00+06:00',
        endsAt: '2024-02-07T18:00:00+06:00',
        capacity: 60,
      },
    });
    expect(event.status).toBe(201);
    expect((await call('POST', `/api/v1/events/${event.body.id}/publish`)).status).toBe(200);
    const speaker = await call('POST', '/api/v1/speakers', {
      body: {
        fullName: { kk: 'Дәурен Төлеев', ru: 'Даурен Тулеев', en: 'Dauren Tuleev' },
        position: { en: 'Founder of Dom36', ru: 'Основатель Dom36' },
        biography: { ru: 'Основал **Dom36**. <script>alert(1)</script>' },
        links: [{ label: 'Dom36', url: 'https://dom36.kz' }],
        email: 'dauren@example.kz',
      },
    });
    const room = await call('POST', `/api/v1/events/${event.body.id}/rooms`, {
      body: { name: { en: 'Hall', ru: 'Зал' }, capacity: 60 },
    });
    const session = await call('POST', `/api/v1/events/${event.body.id}/sessions`, {
      body: {
        title: { ru: 'Кейсы Dom36', en: 'Dom36 cases' },
        type: 'case-study',
        language: 'ru',
        roomId: room.body.id,
        startsAt: '2024-02-06T14:00:00+06:00',
        endsAt: '2024-02-06T15:30:00+06:00',
        speakerIds: [speaker.body.id],
        status: 'confirmed',
      },
    });
    expect(session.status).toBe(201);
    expect(session.body.conflicts).toEqual([]);

    // The sessions service learns the speaker's public name from Kafka before the version freezes it.
    await eventually(
      async () => {
        const detail = await call(
          'GET',
          `/api/v1/events/${event.body.id}/sessions/${session.body.session.id}`,
        );
        expect(detail.body.speakers[0].name).toMatchObject({ en: 'Dauren Tuleev' });
      },
      { timeoutMs: 30_000 },
    );
    const version = await call('POST', `/api/v1/events/${event.body.id}/schedule/versions`, { body: {} });
    expect(version.status).toBe(201);

    const agenda = await call('GET', `/api/v1/public/events/${event.body.slug}/agenda`, {
      key: null,
      headers: { 'accept-language': 'ru' },
    });
    expect(agenda.status).toBe(200);
    expect(agenda.headers.get('content-language')).toBe('ru');
    expect(agenda.body.sessions[0]).toMatchObject({
      title: 'Кейсы Dom36',
      localStart: '2024-02-06T14:00:00+06:00',
      speakers: [
        {
          id: speaker.body.id,
          name: 'Даурен Тулеев',
          position: 'Основатель Dom36',
          biography: 'Основал **Dom36**. <script>alert(1)</script>',
          links: [{ label: 'Dom36', url: 'https://dom36.kz' }],
        },
      ],
    });
    // What a page inserts is the rendered biography, with nothing executable left in it.
    const biographyHtml = agenda.body.sessions[0].speakers[0].biographyHtml as string;
    expect(biographyHtml).toContain('<strong>Dom36</strong>');
    expect(biographyHtml).not.toContain('<script');
    expect(JSON.stringify(agenda.body)).not.toContain('dauren@example.kz');
    const etag = agenda.headers.get('etag') ?? '';
    const again = await call('GET', `/api/v1/public/events/${event.body.slug}/agenda`, {
      key: null,
      headers: { 'accept-language': 'ru', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);

    const schedule = await call('GET', `/api/v1/public/events/${event.body.slug}/schedule?lang=en`, {
      key: null,
    });
    expect(schedule.body.sessions[0].title).toBe('Dom36 cases');
    const cached = await call('GET', `/api/v1/public/events/${event.body.slug}/schedule?lang=en`, {
      key: null,
      headers: { 'if-none-match': schedule.headers.get('etag') ?? '' },
    });
    expect(cached.status).toBe(304);
    const ics = await call('GET', `/api/v1/public/events/${event.body.slug}/schedule.ics`, { key: null });
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(ics.body).toContain('DTSTART;TZID=Asia/Almaty:20240206T140000');
    // Links follow this platform's gateway (moved by the port offset), not a fixed :3000.
    expect((ics.body as string).replace(/\r\n[ \t]/g, '')).toContain(
      `URL:${platform().baseUrl}/api/v1/public/events/${event.body.slug}/sessions/`,
    );

    const unknown = await call('GET', '/api/v1/public/events/no-such-event/agenda', { key: null });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/application\/problem\+json/);
  }, 90_000);

  it('should refuse programme writes without a key', async () => {
    const eventId = randomUUID();
    for (const [method, path] of [
      ['POST', `/api/v1/events/${eventId}/rooms`],
      ['POST', `/api/v1/events/${eventId}/sessions`],
      ['PATCH', `/api/v1/events/${eventId}/sessions/${randomUUID()}`],
      ['POST', `/api/v1/events/${eventId}/schedule/versions`],
    ] as const) {
      const response = await call(method, path, { key: null, body: {} });
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
    // The public schedule has no write method at all, with or without a key.
    const publicWrite = await call('POST', '/api/v1/public/events/x/schedule', { key: null, body: {} });
    expect(publicWrite.status).toBe(405);
  });
});
