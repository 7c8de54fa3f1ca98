import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { eventually } from '@jiyn/testing';
import { call, platform } from './gateway-client';

/**
 * An invited speaker through the gateway: the organiser invites, the speaker redeems the link and
 * edits their own profile with the token (no API key), and anyone reads their public agenda.
 */
describe('speakers through the gateway', () => {
  it('should let an invited speaker edit their profile and show the public their published agenda', async () => {
    const event = await call('POST', '/api/v1/events', {
      body: {
        slug: `speaker-${randomUUID().slice(0, 8)}`,
        title: { kk: 'Шығармашылық индустриялар', ru: 'Креативные индустрии', en: 'Creative industries' },
        startsAt: '2024-02-05T09:00:00+06:00',
        endsAt: '2024-02-07T18:00:00+06:00',
        capacity: 60,
      },
    });
    expect(event.status).toBe(201);
    const eventId = event.body.id as string;
    expect((await call('POST', `/api/v1/events/${eventId}/publish`)).status).toBe(200);
    const speaker = await call('POST', '/api/v1/speakers', {
      body: {
        fullName: { kk: 'Жанна Асанова', ru: 'Жанна Асанова', en: 'Zhanna Asanova' },
        email: 'zh.asanova@speakers.example.kz',
        phone: '+7 701 555 01 03',
      },
    });
    expect(speaker.status).toBe(201);
    const speakerId = speaker.body.id as string;

    const invitation = await call('POST', `/api/v1/speakers/${speakerId}/invitations`, { body: {} });
    expect(invitation.status).toBe(201);
    expect(invitation.body.url).toBe(
      `${platform().baseUrl}/invitations/speaker#token=${invitation.body.token}`,
    );
    const redeemed = await call('POST', '/api/v1/self/speakers/invitations/redeem', {
      key: null,
      body: { token: invitation.body.token },
    });
    expect(redeemed.status).toBe(200);
    const token = redeemed.body.accessToken as string;
    const again = await call('POST', '/api/v1/self/speakers/invitations/redeem', {
      key: null,
      body: { token: invitation.body.token },
    });
    expect(again.status).toBe(409);

    const me = await call('GET', '/api/v1/self/speakers/me', { key: token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: speakerId, phone: '+77015550103' });
    const edited = await call('PATCH', '/api/v1/self/speakers/me', {
      key: token,
      body: { biography: { ru: '**Сенатор**. <script>alert(1)</script>' } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.biographyHtml.ru).toBe(
      '<p><strong>Сенатор</strong>. &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    // The speaker's token opens nothing an API key guards.
    expect((await call('GET', `/api/v1/speakers/${speakerId}`, { key: token })).status).toBe(401);
    expect((await call('GET', '/api/v1/self/speakers/me', { key: 'forged' })).status).toBe(401);

    const publicProfile = await call('GET', `/api/v1/public/speakers/${speakerId}`, { key: null });
    expect(publicProfile.status).toBe(200);
    expect(JSON.stringify(publicProfile.body)).not.toMatch(/speakers\.example\.kz|7015550103/);

    const room = await call('POST', `/api/v1/events/${eventId}/rooms`, {
      body: { name: { en: 'Hall', ru: 'Зал' }, capacity: 60 },
    });
    const session = await call('POST', `/api/v1/events/${eventId}/sessions`, {
      body: {
        title: { ru: 'Законопроект о креативных индустриях', en: 'The creative industries bill' },
        type: 'talk',
        language: 'ru',
        roomId: room.body.id,
        startsAt: '2024-02-05T11:00:00+06:00',
        endsAt: '2024-02-05T12:00:00+06:00',
        speakerIds: [speakerId],
        status: 'confirmed',
      },
    });
    expect(session.status).toBe(201);
    const sessionId = session.body.session.id as string;
    // Drafts show to the speaker at once; the public waits for the published schedule.
    await eventually(
      async () => {
        const mine = await call('GET', '/api/v1/self/speakers/me/agenda', { key: token });
        expect(mine.body.items.map((i: { sessionId: string }) => i.sessionId)).toEqual([sessionId]);
      },
      { timeoutMs: 30_000 },
    );
    const before = await call('GET', `/api/v1/public/speakers/${speakerId}/agenda`, { key: null });
    expect(before.body.items).toEqual([]);
    expect((await call('POST', `/api/v1/events/${eventId}/schedule/versions`, { body: {} })).status).toBe(
      201,
    );

    const ics = await eventually(
      async () => {
        const response = await call('GET', `/api/v1/public/speakers/${speakerId}/agenda.ics?lang=en`, {
          key: null,
        });
        expect(response.status).toBe(200);
        expect(response.body).toContain(`UID:${sessionId}@jiyn.kz`);
        return response.body as string;
      },
      { timeoutMs: 30_000 },
    );
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const [vevent] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(vevent.summary).toBe('The creative industries bill');
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2024-02-05T05:00:00.000Z');
    expect(ics).toContain('DTSTART;TZID=Asia/Almaty:20240205T110000');
  }, 120_000);
});
