import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { call } from './gateway-client';

const mailDir = () => testMailServer().mailDir;
/** Session messages to one address, as the platform's SMTP server received them. */
const sessionMail = async (to: string) =>
  (await readMailbox(mailDir(), to)).filter((received) =>
    String(received.mail.headers.get('x-jiyn-template')).startsWith('session-'),
  );
/** ICU keeps "2030 г." and "10:00–11:30" together with narrow no-break spaces; read as spaces. */
const spaced = (text: string | false | undefined) => (text || '').replace(/[\u2009\u202f]/g, ' ');

/**
 * The whole way through the five apps: an organiser moves a workshop participants signed up for;
 * nobody hears of it while it is a draft of the working programme, and each participant gets one
 * e-mail in their language once the new schedule version is published.
 */
describe('a moved session, told by e-mail', () => {
  it('should tell the participants signed up for a workshop when its move is published, in their language', async () => {
    const event = await call('POST', '/api/v1/events', {
      body: {
        slug: `moves-${randomUUID().slice(0, 8)}`,
        title: { kk: 'Қолөнер күні', ru: 'День ремёсел', en: 'Crafts day' },
        startsAt: '2030-02-05T09:00:00+05:00',
        endsAt: '2030-02-07T18:00:00+05:00',
        capacity: 50,
      },
    });
    expect(event.status).toBe(201);
    const eventId = event.body.id as string;
    expect((await call('POST', `/api/v1/events/${eventId}/publish`)).status).toBe(200);
    const studio = await call('POST', `/api/v1/events/${eventId}/rooms`, {
      body: { name: { kk: 'Студия', ru: 'Студия', en: 'Studio' }, capacity: 20 },
    });
    const loft = await call('POST', `/api/v1/events/${eventId}/rooms`, {
      body: { name: { kk: 'Лофт', ru: 'Лофт', en: 'Loft' }, capacity: 20 },
    });
    const workshop = await call('POST', `/api/v1/events/${eventId}/sessions`, {
      body: {
        title: { kk: 'Киіз басу', ru: 'Валяние войлока', en: 'Felt making' },
        type: 'workshop',
        language: 'kk',
        roomId: studio.body.id,
        startsAt: '2030-02-06T10:00:00+05:00',
        endsAt: '2030-02-06T11:30:00+05:00',
        capacity: 10,
        status: 'confirmed',
      },
    });
    expect(workshop.status).toBe(201);
    const sessionId = workshop.body.session.id as string;
    expect((await call('POST', `/api/v1/events/${eventId}/schedule/versions`, { body: {} })).status).toBe(
      201,
    );
    await eventually(
      async () =>
        expect((await call('GET', `/api/v1/registrations/events/${eventId}/sessions`)).body.items).toEqual([
          expect.objectContaining({ sessionId, seatsLeft: 10 }),
        ]),
      { timeoutMs: 30_000 },
    );

    const register = async (lang: 'kk' | 'ru' | 'en') => {
      const email = `moved-${lang}-${randomUUID().slice(0, 8)}@akimat.example.kz`;
      const created = await call('POST', '/api/v1/registrations', {
        body: {
          eventId,
          fullName: `Шебер ${lang}`,
          email,
          regionCode: 'KZ-71',
          preferredLanguage: lang,
          consent: { textVersion: 'default-1', accepted: true },
        },
      });
      expect(created.body.status).toBe('confirmed');
      const signUp = await call('POST', `/api/v1/self/registrations/me/sessions/${sessionId}`, {
        key: created.body.managementToken,
      });
      expect(signUp.status).toBe(201);
      return { email, token: created.body.managementToken as string };
    };
    const kk = await register('kk');
    const ru = await register('ru');
    const en = await register('en');
    const changedMind = await register('ru');
    expect(
      (
        await call('DELETE', `/api/v1/self/registrations/me/sessions/${sessionId}`, {
          key: changedMind.token,
        })
      ).status,
    ).toBe(200);

    // The organiser moves it to the loft in the afternoon: a draft of the working programme.
    const moved = await call('PATCH', `/api/v1/events/${eventId}/sessions/${sessionId}`, {
      body: {
        roomId: loft.body.id,
        startsAt: '2030-02-06T14:00:00+05:00',
        endsAt: '2030-02-06T15:30:00+05:00',
      },
    });
    expect(moved.status).toBe(200);
    // The move is on Kafka (registrations has it), and nobody is told of a draft.
    await eventually(
      async () =>
        expect((await call('GET', `/api/v1/registrations/events/${eventId}/sessions`)).body.items).toEqual([
          expect.objectContaining({ sessionId, startsAt: '2030-02-06T09:00:00.000Z' }),
        ]),
      { timeoutMs: 30_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const { email } of [kk, ru, en]) expect(await sessionMail(email)).toEqual([]);

    expect((await call('POST', `/api/v1/events/${eventId}/schedule/versions`, { body: {} })).status).toBe(
      201,
    );
    const expected = [
      {
        to: kk.email,
        subject: 'Қолөнер күні: «Киіз басу» сессиясы ауыстырылды',
        now: 'Енді: 2030 ж. 6 ақпан, 14:00–15:30, Лофт',
        was: 'Бұрын: 2030 ж. 6 ақпан, 10:00–11:30, Студия',
      },
      {
        to: ru.email,
        subject: 'День ремёсел: сессия «Валяние войлока» перенесена',
        now: 'Стало: 6 февраля 2030 г., 14:00–15:30, Лофт',
        was: 'Было: 6 февраля 2030 г., 10:00–11:30, Студия',
      },
      {
        to: en.email,
        subject: 'Crafts day: “Felt making” has moved',
        now: 'Now: 6 February 2030, 14:00–15:30, Loft',
        was: 'Was: 6 February 2030, 10:00–11:30, Studio',
      },
    ];
    for (const { to, subject, now, was } of expected) {
      const mail = await eventually(
        async () => {
          const [received, ...more] = await sessionMail(to);
          expect(more).toEqual([]);
          if (!received) throw new Error(`no session mail to ${to} yet`);
          return received.mail;
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      expect(mail.subject).toBe(subject);
      expect(spaced(mail.text)).toContain(was);
      expect(spaced(mail.text)).toContain(now);
    }
    expect(await sessionMail(changedMind.email)).toEqual([]);
  }, 180_000);
});
