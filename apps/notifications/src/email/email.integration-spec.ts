import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { TEST_ORGANISATION_ID, useServiceTestBed } from '@jiyn/service-harness';
import { anEventPublished, eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { NotificationsAppModule } from '../app.module';
import { notificationsDatabase } from '../database/database';
import { NotificationsEnvironment } from '../notifications.environment';
import { EmailSender } from './email-sender';
import { ScheduledMessages } from './scheduled-messages';

/**
 * The e-mail half on the real Kafka, PostgreSQL and SMTP server of the test run; messages are read
 * back from the SMTP server's mail directory with mailparser. The owners' internal routes
 * (registrations, sessions, the gateway's organisations) answer from a small HTTP server here, as
 * those services answer them (their own tests cover them; the e2e tier runs the real ones).
 */
const mailServer = testMailServer();
const participants = new Map<string, Record<string, unknown>>();
/** Open seat offers' link tokens, as registrations mints them; a registration without one answers 409. */
const offerLinks = new Map<string, string>();
/** A month away: the service's own 30-second sweep must not send its reminders while other tests count mail. */
const DEMO = anEventPublished({
  organisationId: TEST_ORGANISATION_ID,
  slug: `creative-industries-astana-${randomUUID().slice(0, 6)}`,
  startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  endsAt: new Date(Date.now() + 32 * 86_400_000).toISOString(),
});
/** Starts in an hour, within the reminder lead: the reminder test's own. */
const SOON = anEventPublished({
  organisationId: TEST_ORGANISATION_ID,
  slug: `creative-industries-soon-${randomUUID().slice(0, 6)}`,
  startsAt: new Date(Date.now() + 3_600_000).toISOString(),
  endsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
});
const TITLES = {
  kk: 'Креативті индустрияларды дамыту',
  ru: 'Развитие креативных индустрий',
  en: 'Developing the creative industries',
} as const;

let owners: Server;
let ownersUrl = 'http://127.0.0.1:9';

function owner(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://owners');
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const contact = /^\/internal\/registrations\/([^/]+)\/contact$/.exec(url.pathname);
  if (contact) return participants.has(contact[1]) ? send(200, participants.get(contact[1])) : send(404, {});
  const offer = /^\/internal\/registrations\/([^/]+)\/offer-link$/.exec(url.pathname);
  if (offer && request.method === 'POST') {
    const token = offerLinks.get(offer[1] ?? '');
    if (!token) return send(409, { type: 'https://jiyn.kz/problems/offer-expired' });
    return send(200, { token, offerExpiresAt: '2030-01-20T06:00:00.000Z' });
  }
  if (url.pathname.startsWith('/public/events/')) {
    const lang = (url.searchParams.get('lang') ?? 'ru') as keyof typeof TITLES;
    return send(200, { title: TITLES[lang], venue: { name: 'Astana Hub', address: 'Мәңгілік Ел 55/8' } });
  }
  if (url.pathname === `/internal/organisations/${TEST_ORGANISATION_ID}`)
    return send(200, {
      id: TEST_ORGANISATION_ID,
      name: {
        kk: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
        ru: 'Министерство культуры и информации Республики Казахстан',
        en: 'Ministry of Culture and Information of the Republic of Kazakhstan',
      },
    });
  send(404, {});
}

beforeAll(async () => {
  owners = createServer(owner);
  await new Promise<void>((resolve) => owners.listen(0, '127.0.0.1', resolve));
  ownersUrl = `http://127.0.0.1:${(owners.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => owners.close(resolve)));

const { service, producer } = useServiceTestBed({
  service: 'notifications',
  environment: NotificationsEnvironment,
  module: NotificationsAppModule.register,
  database: (url) => notificationsDatabase(url),
  env: {
    get REGISTRATIONS_URL() {
      return ownersUrl;
    },
    get SPEAKERS_URL() {
      return ownersUrl;
    },
    get SESSIONS_URL() {
      return ownersUrl;
    },
    get GATEWAY_URL() {
      return ownersUrl;
    },
    SMTP_URL: mailServer.url,
    PUBLIC_BASE_URL: 'https://jiyn.example.kz',
    EMAIL_RETRY_BASE_MS: '200',
    EMAIL_MAX_ATTEMPTS: '5',
  } as unknown as Record<string, string>,
  probe: [],
});

function aParticipant(lang: 'kk' | 'ru' | 'en', email: string, status = 'confirmed', eventId = DEMO.eventId) {
  const registrationId = randomUUID();
  participants.set(registrationId, {
    registrationId,
    eventId,
    status,
    email,
    fullName: { kk: 'Сәрсенова Әлия', ru: 'Петрова Ирина', en: 'Aigerim Nurlanovna' }[lang],
    preferredLanguage: lang,
    confirmationCode: 'ABCDE-23456',
    checkInToken: `token-of-${registrationId}`,
    waitlistPosition: status === 'waitlisted' ? 3 : null,
    offerExpiresAt: null,
  });
  return registrationId;
}

async function registrationEvent(
  type: string,
  registrationId: string,
  status: string,
  id = randomUUID(),
  eventId = DEMO.eventId,
) {
  await producer.send(
    TOPICS.registrations,
    type,
    registrationId,
    {
      registrationId,
      eventId,
      version: 1,
      status,
      channel: 'self',
      participantKey: 'a'.repeat(64),
      occurredAt: new Date().toISOString(),
    },
    id,
  );
  return id;
}

const address = (tag: string) => `participant-${tag}-${randomUUID().slice(0, 8)}@akimat.example.kz`;
const mailTo = (to: string) => readMailbox(mailServer.mailDir, to);

describe('e-mail to participants', () => {
  beforeAll(async () => {
    await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, DEMO.eventId, DEMO);
    await eventually(async () =>
      // This event's own: the topic is the run's, other files publish theirs on it too.
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM notifications.event_projections WHERE event_id = $1`,
          [DEMO.eventId],
        ),
      ).toBe(1),
    );
  }, 30_000);

  it('should confirm a registration in the participant’s language, with the code, QR image and .ics', async () => {
    const cases = [
      {
        lang: 'kk',
        subject: 'Креативті индустрияларды дамыту: тіркелуіңіз расталды',
        greeting: 'Сәлеметсіз бе',
      },
      {
        lang: 'ru',
        subject: 'Развитие креативных индустрий: регистрация подтверждена',
        greeting: 'Здравствуйте',
      },
      {
        lang: 'en',
        subject: 'Developing the creative industries: your registration is confirmed',
        greeting: 'Hello',
      },
    ] as const;
    for (const expected of cases) {
      const to = address(expected.lang);
      const registrationId = aParticipant(expected.lang, to);
      await registrationEvent(EVENT_TYPES.registrationCreated, registrationId, 'confirmed');
      const [received] = await eventually(
        async () => {
          const mails = await mailTo(to);
          expect(mails).toHaveLength(1);
          return mails;
        },
        { timeoutMs: 30_000 },
      );
      const mail = received?.mail;
      expect(mail.subject).toBe(expected.subject);
      expect(mail.headers.get('content-language')).toBe(expected.lang);
      expect(mail.text).toContain(expected.greeting);
      expect(mail.text).toContain('ABCDE-23456');
      expect(mail.html).toContain('ABCDE-23456');
      // mailparser inlines the related image as a data: URL where the HTML says cid:check-in-qr@jiyn
      expect(mail.html).toMatch(/<img[^>]+src="data:image\/png;base64,/);
      expect(mail.headers.has('list-unsubscribe')).toBe(false);
      const qr = mail.attachments.find((attachment) => attachment.contentType === 'image/png');
      expect(qr?.cid).toBe('check-in-qr@jiyn');
      // Read back as a phone would: pngjs decodes the picture, jsQR reads the code.
      const picture = PNG.sync.read(qr?.content ?? Buffer.alloc(0));
      expect(jsQR(new Uint8ClampedArray(picture.data), picture.width, picture.height)?.data).toBe(
        `token-of-${registrationId}`,
      );
      const ics = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
      expect(ics?.content.toString()).toContain(`SUMMARY:${TITLES[expected.lang]}`);
      expect(ics?.content.toString()).toContain('DTSTART;TZID=Asia/Almaty:');
      expect(mail.messageId).toMatch(/@notifications\.jiyn>$/);
    }
  }, 120_000);

  it('should write each kind of registration news: waitlisted with the position, offered, rejected, cancelled', async () => {
    const to = address('news');
    const registrationId = aParticipant('ru', to, 'waitlisted');
    await registrationEvent(EVENT_TYPES.registrationCreated, registrationId, 'waitlisted');
    await eventually(async () => expect(await mailTo(to)).toHaveLength(1), { timeoutMs: 30_000 });
    expect((await mailTo(to))[0]?.mail.text).toContain('Ваше место в листе ожидания: 3');
    offerLinks.set(registrationId, `${registrationId}.1894168800000.news`);
    await registrationEvent(EVENT_TYPES.registrationOffered, registrationId, 'offered');
    await registrationEvent(EVENT_TYPES.registrationRejected, registrationId, 'rejected');
    await registrationEvent(EVENT_TYPES.registrationCancelled, registrationId, 'cancelled');
    const subjects = await eventually(
      async () => {
        const mails = await mailTo(to);
        expect(mails).toHaveLength(4);
        return mails.map((received) => received.mail.subject);
      },
      { timeoutMs: 30_000 },
    );
    expect(subjects.sort()).toEqual(
      [
        'Развитие креативных индустрий: вы в листе ожидания',
        'Развитие креативных индустрий: вам предложено место',
        'Развитие креативных индустрий: заявка отклонена',
        'Развитие креативных индустрий: регистрация отменена',
      ].sort(),
    );
  }, 60_000);

  it('should carry the offer’s accept link, and not write when the offer closed before the message went', async () => {
    const to = address('offer');
    const registrationId = aParticipant('ru', to, 'offered');
    const token = `${registrationId}.1894168800000.${'A'.repeat(43)}`;
    offerLinks.set(registrationId, token);
    await registrationEvent(EVENT_TYPES.registrationOffered, registrationId, 'offered');
    const [received] = await eventually(
      async () => {
        const mails = await mailTo(to);
        expect(mails).toHaveLength(1);
        return mails;
      },
      { timeoutMs: 30_000 },
    );
    const link = `https://jiyn.example.kz/api/v1/self/registrations/offer?token=${token}&lang=ru`;
    expect(received?.mail.subject).toBe('Развитие креативных индустрий: вам предложено место');
    expect(received?.mail.text).toContain(`Принять место: ${link}`);
    // The button: Handlebars escapes `=` and `&` in the attribute; the address a client opens is the same.
    const href = /<a\s+href="([^"]*registrations\/offer[^"]*)"/.exec(received?.mail.html || '')?.[1] ?? '';
    expect(href.replaceAll('&#x3D;', '=').replaceAll('&amp;', '&')).toBe(link);
    expect(received?.mail.html).toContain('Принять место');

    // Accepted (or lapsed) between the event and the sending: the offer's e-mail is not written.
    const late = address('offer-late');
    const closed = aParticipant('en', late, 'confirmed');
    await registrationEvent(EVENT_TYPES.registrationOffered, closed, 'offered');
    const [delivery] = await eventually(
      async () => {
        const rows = await service.query<{ status: string; last_reply: string }>(
          `SELECT status, last_reply FROM notifications.email_deliveries WHERE recipient_ref = $1`,
          [closed],
        );
        expect(rows[0]?.status).toBe('skipped');
        return rows;
      },
      { timeoutMs: 30_000 },
    );
    expect(delivery?.last_reply).toBe('/internal/registrations/:id/offer-link answered 409');
    expect(await mailTo(late)).toHaveLength(0);
  }, 60_000);

  it('should send one message when the same event is delivered twice', async () => {
    const to = address('twice');
    const registrationId = aParticipant('kk', to);
    const id = await registrationEvent(EVENT_TYPES.registrationApproved, registrationId, 'confirmed');
    await registrationEvent(EVENT_TYPES.registrationApproved, registrationId, 'confirmed', id);
    await eventually(async () => expect(await mailTo(to)).toHaveLength(1), { timeoutMs: 30_000 });
    await service.app.get(EmailSender).drain();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await mailTo(to)).toHaveLength(1);
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.email_deliveries WHERE recipient_ref = $1`,
        [registrationId],
      ),
    ).toBe(1);
  }, 60_000);

  it('should retry a temporary SMTP refusal (4xx) with backoff, and log each attempt', async () => {
    const to = `defer-${randomUUID().slice(0, 8)}+defer2@akimat.example.kz`;
    const registrationId = aParticipant('en', to);
    await registrationEvent(EVENT_TYPES.registrationCreated, registrationId, 'confirmed');
    await eventually(async () => expect(await mailTo(to)).toHaveLength(1), { timeoutMs: 30_000 });
    const attempts = await service.query<{ outcome: string; smtp_reply: string }>(
      `SELECT a.outcome, a.smtp_reply FROM notifications.email_delivery_attempts a
         JOIN notifications.email_deliveries d ON d.id = a.delivery_id
        WHERE d.recipient_ref = $1 ORDER BY a.attempt`,
      [registrationId],
    );
    expect(attempts.map((attempt) => attempt.outcome)).toEqual([
      'temporary-failure',
      'temporary-failure',
      'sent',
    ]);
    expect(attempts[0]?.smtp_reply).toMatch(/^451/);
    const [delivery] = await service.query<{ status: string; attempts: number }>(
      `SELECT status, attempts FROM notifications.email_deliveries WHERE recipient_ref = $1`,
      [registrationId],
    );
    expect(delivery).toEqual({ status: 'sent', attempts: 3 });
  }, 60_000);

  it('should not retry a permanent SMTP refusal (5xx), and keep its reply', async () => {
    const to = `gone-${randomUUID().slice(0, 8)}+reject@akimat.example.kz`;
    const registrationId = aParticipant('ru', to);
    await registrationEvent(EVENT_TYPES.registrationCreated, registrationId, 'confirmed');
    const [delivery] = await eventually(
      async () => {
        const rows = await service.query<{ status: string; attempts: number; last_reply: string }>(
          `SELECT status, attempts, last_reply FROM notifications.email_deliveries WHERE recipient_ref = $1`,
          [registrationId],
        );
        expect(rows[0]?.status).toBe('failed');
        return rows;
      },
      { timeoutMs: 30_000 },
    );
    expect(delivery?.attempts).toBe(1);
    expect(delivery?.last_reply).toMatch(/^550/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await mailTo(to)).toHaveLength(0);
  }, 60_000);

  it('should keep the address nowhere in its database', async () => {
    const dump = await service.query<{ text: string }>(
      `SELECT string_agg(t::text, ' ') AS text FROM notifications.email_deliveries t`,
    );
    expect(dump[0]?.text).not.toMatch(/@akimat\.example\.kz/);
  });

  it('should remind confirmed participants before the event, with a working one-click unsubscribe', async () => {
    const to = address('reminder');
    const registrationId = aParticipant('kk', to, 'confirmed', SOON.eventId);
    await registrationEvent(
      EVENT_TYPES.registrationCreated,
      registrationId,
      'confirmed',
      undefined,
      SOON.eventId,
    );
    // The seat is known before the event is: whichever sweep fans the reminder out (this test's or
    // the service's own, every 30 s) finds this participant.
    await eventually(async () =>
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM notifications.participant_projections WHERE registration_id = $1`,
          [registrationId],
        ),
      ).toBe(1),
    );
    await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, SOON.eventId, SOON);
    await eventually(async () => expect(await mailTo(to)).toHaveLength(1), { timeoutMs: 30_000 });
    await service.app.get(ScheduledMessages).sweep();
    const reminder = await eventually(
      async () => {
        const mails = (await mailTo(to)).filter((received) => received.mail.subject?.startsWith('Еске салу'));
        expect(mails).toHaveLength(1);
        return mails[0]?.mail;
      },
      { timeoutMs: 30_000 },
    );
    const header = (name: string) => reminder.headerLines.find((line) => line.key === name)?.line ?? '';
    const link = /<(https:\/\/[^>]+)>/.exec(header('list-unsubscribe'))?.[1] ?? '';
    expect(link).toMatch(
      /^https:\/\/jiyn\.example\.kz\/api\/v1\/self\/notifications\/email\/unsubscribe\?token=/,
    );
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const path = new URL(link).pathname.replace('/api/v1', '') + new URL(link).search;
    const answer = await service.request('POST', path, {
      principal: null,
      headers: {
        'x-jiyn-internal-token': service.internalToken,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(answer).toMatchObject({ status: 200, body: { eventId: SOON.eventId, unsubscribed: true } });
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.email_unsubscribes WHERE recipient_ref = $1`,
        [registrationId],
      ),
    ).toBe(1);
    const forged = await service.request(
      'POST',
      `/self/notifications/email/unsubscribe?token=${SOON.eventId}.${registrationId}.AAAA`,
      {
        principal: null,
        headers: { 'x-jiyn-internal-token': service.internalToken, 'accept-language': 'kk' },
      },
    );
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0]).toMatchObject({ field: 'token', code: 'invalidUnsubscribeToken' });
  }, 90_000);
});

describe('organisers’ words', () => {
  it('should use an event’s own subject in the given language and the platform’s in the others', async () => {
    const put = await service.request(
      'PUT',
      `/notifications/email/events/${DEMO.eventId}/templates/registration-waitlisted`,
      {
        body: { en: { subject: '{{eventTitle}}: hold on, {{name}}', intro: 'You are number {{position}}.' } },
      },
    );
    expect(put.status).toBe(200);
    expect(put.body.overrides).toEqual({
      en: { subject: '{{eventTitle}}: hold on, {{name}}', intro: 'You are number {{position}}.' },
    });
    const to = address('override');
    const registrationId = aParticipant('en', to, 'waitlisted');
    await registrationEvent(EVENT_TYPES.registrationWaitlisted, registrationId, 'waitlisted');
    const [received] = await eventually(
      async () => {
        const mails = await mailTo(to);
        expect(mails).toHaveLength(1);
        return mails;
      },
      { timeoutMs: 30_000 },
    );
    expect(received?.mail.subject).toBe('Developing the creative industries: hold on, Aigerim Nurlanovna');
    expect(received?.mail.text).toContain('You are number 3.');
  }, 60_000);

  it.each([
    ['kk', 'бұл хатта жоқ {{code}} мәнін қолданады'],
    ['ru', 'использует {{code}}, которого в этом письме нет'],
    ['en', 'uses {{code}}, which this message does not have'],
  ])(
    'should refuse unknown placeholders and broken templates, field by field (%s)',
    async (lang, message) => {
      const answer = await service.request(
        'PUT',
        `/notifications/email/events/${DEMO.eventId}/templates/registration-rejected`,
        {
          headers: { 'accept-language': lang },
          body: { ru: { subject: 'Код: {{code}}', intro: '{{#if eventTitle}} не закрыт' } },
        },
      );
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      const errors = answer.body.errors as { field: string; code: string; message: string }[];
      expect(errors.map((error) => [error.field, error.code])).toEqual([
        ['ru.subject', 'unknownPlaceholder'],
        ['ru.intro', 'invalidEmailTemplate'],
      ]);
      expect(errors[0]?.message).toContain(message);
      // Nothing was written.
      const after = await service.request(
        'GET',
        `/notifications/email/events/${DEMO.eventId}/templates/registration-rejected`,
      );
      expect(after.body.overrides).toEqual({});
    },
  );

  it('should refuse texts that are too long or not text, as any body', async () => {
    const answer = await service.request(
      'PUT',
      `/notifications/email/events/${DEMO.eventId}/templates/registration-rejected`,
      { body: { en: { subject: 'x'.repeat(201), intro: 42 } } },
    );
    expect(answer.status).toBe(400);
    expect(
      (answer.body.errors as { field: string; code: string }[])
        .map((error) => [error.field, error.code])
        .sort(),
    ).toEqual(
      expect.arrayContaining([
        ['en.intro', 'isString'],
        ['en.subject', 'maxLength'],
      ]),
    );
  });

  it('should say which messages exist when the template is unknown, and hide other organisations’ events', async () => {
    const unknown = await service.request(
      'GET',
      `/notifications/email/events/${DEMO.eventId}/templates/newsletter`,
    );
    expect(unknown.status).toBe(404);
    const other = await service.request(
      'GET',
      `/notifications/email/events/${randomUUID()}/templates/event-reminder`,
    );
    expect(other.status).toBe(404);
  });
});
