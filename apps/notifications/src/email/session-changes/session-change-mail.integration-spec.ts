import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { EVENT_TYPES, TOPICS, type SchedulePublishedV1 } from '@jiyn/contracts';
import { TEST_ORGANISATION_ID, useServiceTestBed } from '@jiyn/service-harness';
import { anEventPublished, eventually, readMailbox, testMailServer, type ReceivedMail } from '@jiyn/testing';
import { NotificationsAppModule } from '../../app.module';
import { notificationsDatabase } from '../../database/database';
import { NotificationsEnvironment } from '../../notifications.environment';
import { EmailSender } from '../email-sender';

/**
 * Session changes by e-mail on the real Kafka, PostgreSQL and SMTP server of the test run: sign-ups
 * and schedule versions arrive as registrations and sessions publish them, and messages are read
 * back from the SMTP server's mail directory with mailparser. The owners' routes (a participant's
 * contact, the public event and its published schedule versions) answer from a small HTTP server
 * here, as those services answer them.
 */
type Lang = 'kk' | 'ru' | 'en';
const mailServer = testMailServer();
const participants = new Map<string, Record<string, unknown>>();
/** Published schedule versions by `slug#number`, each as its three localised answers. */
const versions = new Map<string, Record<Lang, unknown>>();

const EVENT_TITLE = {
  kk: 'Креативті индустрияларды дамыту',
  ru: 'Развитие креативных индустрий',
  en: 'Developing the creative industries',
} as const;
const ROOMS = {
  main: { kk: 'Үлкен зал', ru: 'Большой зал', en: 'Main hall' },
  small: { kk: 'Шағын зал', ru: 'Малый зал', en: 'Small hall' },
} as const;
const TITLES = {
  moved: { kk: 'Креативті экономика', ru: 'Креативная экономика', en: 'The creative economy' },
  off: { kk: 'Дизайн апталығы', ru: 'Неделя дизайна', en: 'Design week' },
  reworded: { kk: 'Медиа', ru: 'Медиа', en: 'Media' },
} as const;
/** 5 February 2030 in Astana (UTC+5): 10:00–11:30, moved to 14:00–15:30 in the other hall. */
const FROM = { startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T06:30:00.000Z' };
const TO = { startsAt: '2030-02-05T09:00:00.000Z', endsAt: '2030-02-05T10:30:00.000Z' };
/** The session taken off the programme: 12:00–13:00 in the small hall. */
const OFF = { startsAt: '2030-02-05T07:00:00.000Z', endsAt: '2030-02-05T08:00:00.000Z' };

let owners: Server;
let ownersUrl = 'http://127.0.0.1:9';

function owner(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://owners');
  const lang = (url.searchParams.get('lang') ?? 'ru') as Lang;
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const contact = /^\/internal\/registrations\/([^/]+)\/contact$/.exec(url.pathname);
  if (contact) return participants.has(contact[1]) ? send(200, participants.get(contact[1])) : send(404, {});
  const version = /^\/public\/events\/([^/]+)\/schedule\/versions\/(\d+)$/.exec(url.pathname);
  if (version) {
    const published = versions.get(`${version[1]}#${version[2]}`);
    return published ? send(200, published[lang]) : send(404, {});
  }
  if (/^\/public\/events\/[^/]+$/.test(url.pathname))
    return send(200, {
      title: EVENT_TITLE[lang],
      venue: { name: 'Astana Hub', address: 'Мәңгілік Ел 55/8' },
    });
  if (url.pathname === `/internal/organisations/${TEST_ORGANISATION_ID}`)
    return send(200, {
      id: TEST_ORGANISATION_ID,
      name: { kk: 'Мәдениет министрлігі', ru: 'Министерство культуры', en: 'Ministry of Culture' },
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

/**
 * A published event with a programme of three sessions in two published versions: version 2 moves
 * one (main hall 10:00 → small hall 14:00), takes one off and rewords the third.
 */
async function aProgramme() {
  const event = anEventPublished({ organisationId: TEST_ORGANISATION_ID });
  const rooms = { main: randomUUID(), small: randomUUID() };
  const sessions = { moved: randomUUID(), off: randomUUID(), reworded: randomUUID() };
  const localised = (
    number: number,
    list: { id: string; title: Record<Lang, string>; roomId: string; startsAt: string; endsAt: string }[],
  ) =>
    Object.fromEntries(
      (['kk', 'ru', 'en'] as const).map((lang) => [
        lang,
        {
          lang,
          version: { number, name: `v${number}`, publishedAt: new Date().toISOString() },
          event: { id: event.eventId, slug: event.slug, title: EVENT_TITLE[lang], timeZone: event.timeZone },
          rooms: [
            { id: rooms.main, name: ROOMS.main[lang], capacity: 300 },
            { id: rooms.small, name: ROOMS.small[lang], capacity: 40 },
          ],
          tracks: [],
          sessions: list.map((session) => ({ ...session, title: session.title[lang], speakers: [] })),
        },
      ]),
    ) as Record<Lang, unknown>;
  const reworded = {
    id: sessions.reworded,
    roomId: rooms.main,
    startsAt: '2030-02-06T05:00:00.000Z',
    endsAt: '2030-02-06T06:00:00.000Z',
  };
  versions.set(
    `${event.slug}#1`,
    localised(1, [
      { id: sessions.moved, title: TITLES.moved, roomId: rooms.main, ...FROM },
      { id: sessions.off, title: TITLES.off, roomId: rooms.small, ...OFF },
      { ...reworded, title: TITLES.reworded },
    ]),
  );
  versions.set(
    `${event.slug}#2`,
    localised(2, [
      { id: sessions.moved, title: TITLES.moved, roomId: rooms.small, ...TO },
      { ...reworded, title: { kk: 'Медиа 2030', ru: 'Медиа 2030', en: 'Media 2030' } },
    ]),
  );
  await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, event.eventId, event);
  await eventually(async () =>
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.event_projections WHERE event_id = $1`,
        [event.eventId],
      ),
    ).toBe(1),
  );
  /** Version 2, published now (what was signed up for before this instant was version 1). */
  const secondVersion = (): SchedulePublishedV1 => ({
    eventId: event.eventId,
    version: 2,
    name: 'v2',
    changes: {
      added: [],
      moved: [
        {
          sessionId: sessions.moved,
          from: { roomId: rooms.main, ...FROM },
          to: { roomId: rooms.small, ...TO },
        },
      ],
      changed: [sessions.reworded],
      cancelled: [sessions.off],
    },
    publishedAt: new Date().toISOString(),
  });
  return { event, rooms, sessions, secondVersion };
}

type Programme = Awaited<ReturnType<typeof aProgramme>>;

/** A confirmed participant of the programme's event, registered (registration.created, confirmed). */
async function aParticipant(programme: Programme, lang: Lang, email: string) {
  const registrationId = aContact(programme, lang, email);
  await registrationEvent(programme, EVENT_TYPES.registrationCreated, registrationId, 1, 'confirmed');
  return registrationId;
}

/** What the registrations service answers for the participant's contact (the only place with the address). */
function aContact(programme: Programme, lang: Lang, email: string) {
  const registrationId = randomUUID();
  participants.set(registrationId, {
    registrationId,
    eventId: programme.event.eventId,
    status: 'confirmed',
    email,
    fullName: { kk: 'Сәрсенова Әлия', ru: 'Петрова Ирина', en: 'Aigerim Nurlanovna' }[lang],
    preferredLanguage: lang,
    confirmationCode: 'ABCDE-23456',
    checkInToken: `token-of-${registrationId}`,
    waitlistPosition: null,
    offerExpiresAt: null,
  });
  return registrationId;
}

/** A registration's event as the registrations service publishes it (no personal data). */
async function registrationEvent(
  programme: Programme,
  type: string,
  registrationId: string,
  version: number,
  status: string,
  extra: { sessionId?: string; occurredAt?: string } = {},
  id = randomUUID(),
) {
  await producer.send(
    TOPICS.registrations,
    type,
    registrationId,
    {
      registrationId,
      eventId: programme.event.eventId,
      version,
      status,
      channel: 'self',
      participantKey: 'a'.repeat(64),
      occurredAt: new Date().toISOString(),
      ...extra,
    },
    id,
  );
  return id;
}

async function signUp(programme: Programme, registrationId: string, sessionId: string, version = 2) {
  await registrationEvent(
    programme,
    EVENT_TYPES.registrationSessionSignedUp,
    registrationId,
    version,
    'confirmed',
    { sessionId },
  );
}

/** Waits until the service knows `count` live sign-ups for the session. */
async function signUpsKnown(sessionId: string, count: number) {
  await eventually(
    async () =>
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM notifications.session_sign_ups WHERE session_id = $1 AND signed_up`,
          [sessionId],
        ),
      ).toBe(count),
    { timeoutMs: 60_000 },
  );
}

/** Publishes version 2 as the sessions service would; again (a redelivery) with the same id and payload. */
async function publishVersion(
  programme: Programme,
  again?: { id: string; payload: SchedulePublishedV1 },
): Promise<{ id: string; payload: SchedulePublishedV1 }> {
  const payload = again?.payload ?? programme.secondVersion();
  const id = await producer.send(
    TOPICS.events,
    EVENT_TYPES.schedulePublished,
    programme.event.eventId,
    payload,
    again?.id,
  );
  return { id, payload };
}

/** Waits until the service applied the version (its inbox row in the schedules group). */
async function versionApplied(id: string) {
  await eventually(
    async () =>
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM notifications.inbox
            WHERE event_id = $1 AND consumer LIKE '%notifications.email.schedules'`,
          [id],
        ),
      ).toBe(1),
    { timeoutMs: 30_000 },
  );
}

const address = (tag: string) => `session-${tag}-${randomUUID().slice(0, 8)}@akimat.example.kz`;
const mailTo = (to: string) => readMailbox(mailServer.mailDir, to);
/** Session messages only (a cancelled registration also gets its own `registration-cancelled`). */
const sessionMail = async (to: string) =>
  (await mailTo(to)).filter((received) =>
    String(received.mail.headers.get('x-jiyn-template')).startsWith('session-'),
  );
/**
 * The messages to any of these addresses, raw, by the envelope the SMTP server recorded: a poll
 * that does not parse every message of the run each second.
 */
async function rawMailTo(addresses: Set<string>): Promise<{ to: string[]; raw: string }[]> {
  const files = (await readdir(mailServer.mailDir)).filter((name) => name.endsWith('.eml'));
  const found: { to: string[]; raw: string }[] = [];
  for (const file of files) {
    const raw = await readFile(join(mailServer.mailDir, file), 'utf8');
    const to = /^X-Smtp-Server-Envelope-To: (.*)\r\n/.exec(raw.slice(0, 2048))?.[1]?.split(', ') ?? [];
    if (to.some((recipient) => addresses.has(recipient))) found.push({ to, raw });
  }
  return found;
}

/** ICU keeps "2030 г." and "10:00–11:30" together with narrow no-break spaces; read as spaces. */
const spaced = (text: string | false | undefined) => (text || '').replace(/[\u2009\u202f]/g, ' ');

async function oneMail(to: string): Promise<ReceivedMail['mail']> {
  return eventually(
    async () => {
      const [received, ...more] = await sessionMail(to);
      expect(more).toHaveLength(0);
      if (!received) throw new Error(`no session mail to ${to} yet`);
      return received.mail;
    },
    { timeoutMs: 30_000 },
  );
}

/** Lets the sender finish what it claimed, then gives a late duplicate time to show up. */
async function settle() {
  await service.app.get(EmailSender).drain();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}

describe('a session a participant signed up for', () => {
  it('should tell each participant, in their language, that it moved: old and new time and room in the event’s zone', async () => {
    const programme = await aProgramme();
    const cases = [
      {
        lang: 'kk',
        subject: 'Креативті индустрияларды дамыту: «Креативті экономика» сессиясы ауыстырылды',
        intro:
          '«Креативті экономика» сессиясы енді 2030 ж. 5 ақпан, 14:00–15:30 өтеді, орны: Шағын зал (бұрын: 2030 ж. 5 ақпан, 10:00–11:30, Үлкен зал). Жазылуыңыз сақталады.',
        was: 'Бұрын: 2030 ж. 5 ақпан, 10:00–11:30, Үлкен зал',
        now: 'Енді: 2030 ж. 5 ақпан, 14:00–15:30, Шағын зал',
      },
      {
        lang: 'ru',
        subject: 'Развитие креативных индустрий: сессия «Креативная экономика» перенесена',
        intro:
          'Сессия «Креативная экономика» теперь пройдёт 5 февраля 2030 г., 14:00–15:30, место: Малый зал (было: 5 февраля 2030 г., 10:00–11:30, Большой зал). Ваша запись сохраняется.',
        was: 'Было: 5 февраля 2030 г., 10:00–11:30, Большой зал',
        now: 'Стало: 5 февраля 2030 г., 14:00–15:30, Малый зал',
      },
      {
        lang: 'en',
        subject: 'Developing the creative industries: “The creative economy” has moved',
        intro:
          '“The creative economy” now takes place on 5 February 2030, 14:00–15:30 in Small hall (previously 5 February 2030, 10:00–11:30, Main hall). Your place is kept.',
        was: 'Was: 5 February 2030, 10:00–11:30, Main hall',
        now: 'Now: 5 February 2030, 14:00–15:30, Small hall',
      },
    ] as const;
    const told = cases.map((expected) => ({ ...expected, to: address(expected.lang) }));
    for (const { lang, to } of told) {
      const registrationId = await aParticipant(programme, lang, to);
      await signUp(programme, registrationId, programme.sessions.moved);
    }
    await signUpsKnown(programme.sessions.moved, 3);
    await publishVersion(programme);

    for (const expected of told) {
      const mail = await oneMail(expected.to);
      expect(mail.subject).toBe(expected.subject);
      expect(mail.headers.get('content-language')).toBe(expected.lang);
      expect(mail.headers.get('x-jiyn-template')).toBe('session-changed');
      // About a sign-up the participant made: transactional, no unsubscribe.
      expect(mail.headers.has('list-unsubscribe')).toBe(false);
      expect(spaced(mail.text)).toContain(expected.intro);
      expect(spaced(mail.text)).toContain(expected.was);
      expect(spaced(mail.text)).toContain(expected.now);
      expect(spaced(mail.html)).toContain(expected.intro);
      // No ticket: the QR and the .ics belong to the registration's own messages.
      expect(mail.attachments).toHaveLength(0);
    }
  }, 120_000);

  it('should tell who signed up that a session is off the programme, and nobody who cancelled the sign-up, the registration (before the version or since), or signed up after', async () => {
    const programme = await aProgramme();
    const told = address('told');
    const toldId = await aParticipant(programme, 'ru', told);
    await signUp(programme, toldId, programme.sessions.off);

    const changedMind = address('changed-mind');
    const changedMindId = await aParticipant(programme, 'ru', changedMind);
    await signUp(programme, changedMindId, programme.sessions.off);
    await registrationEvent(
      programme,
      EVENT_TYPES.registrationSessionSignUpCancelled,
      changedMindId,
      3,
      'confirmed',
      { sessionId: programme.sessions.off },
    );

    const leaving = address('leaving');
    const leavingId = await aParticipant(programme, 'en', leaving);
    await signUp(programme, leavingId, programme.sessions.off);
    // Registrations ends the sign-ups of a cancelled registration with it, without events of their own.
    await registrationEvent(programme, EVENT_TYPES.registrationCancelled, leavingId, 3, 'cancelled');

    const late = address('late');
    const lateId = await aParticipant(programme, 'kk', late);
    await registrationEvent(
      programme,
      EVENT_TYPES.registrationSessionSignedUp,
      lateId,
      2,
      'confirmed',
      // Signed up once version 2 was out: what they signed up for is what it says.
      { sessionId: programme.sessions.off, occurredAt: new Date(Date.now() + 60_000).toISOString() },
    );

    // Cancelled since, as far as the registrations service knows at send time (its event still on its way).
    const endedSince = address('ended-since');
    const endedSinceId = await aParticipant(programme, 'kk', endedSince);
    await signUp(programme, endedSinceId, programme.sessions.off);
    participants.set(endedSinceId, { ...participants.get(endedSinceId), status: 'cancelled' });

    // Drafts nobody published: the working programme's own events reach no participant.
    await producer.send(TOPICS.programmeSessions, EVENT_TYPES.sessionMoved, programme.sessions.off, {
      sessionId: programme.sessions.off,
      eventId: programme.event.eventId,
      version: 5,
      title: TITLES.off,
      type: 'talk',
      language: 'ru',
      trackId: null,
      roomId: programme.rooms.main,
      ...TO,
      capacity: 40,
      status: 'confirmed',
      speakerIds: [],
      occurredAt: new Date().toISOString(),
    });

    // Everything above is known before the version comes (the topics are not ordered between them).
    await eventually(
      async () => {
        const rows = await service.query<{ registration_id: string; signed_up: boolean; status: string }>(
          `SELECT s.registration_id, s.signed_up, p.status
             FROM notifications.session_sign_ups s
             JOIN notifications.participant_projections p USING (registration_id)
            WHERE s.session_id = $1`,
          [programme.sessions.off],
        );
        expect(
          Object.fromEntries(rows.map((row) => [row.registration_id, [row.signed_up, row.status]])),
        ).toEqual({
          [toldId]: [true, 'confirmed'],
          [changedMindId]: [false, 'confirmed'],
          [leavingId]: [true, 'cancelled'],
          [lateId]: [true, 'confirmed'],
          [endedSinceId]: [true, 'confirmed'],
        });
      },
      { timeoutMs: 30_000 },
    );
    await publishVersion(programme);

    const mail = await oneMail(told);
    expect(mail.subject).toBe(
      'Развитие креативных индустрий: сессия «Неделя дизайна» исключена из программы',
    );
    expect(mail.headers.get('x-jiyn-template')).toBe('session-cancelled');
    expect(spaced(mail.text)).toContain(
      'Сессия «Неделя дизайна» (5 февраля 2030 г., 12:00–13:00, Малый зал) исключена из программы мероприятия «Развитие креативных индустрий». Ваша регистрация на само мероприятие остаётся в силе.',
    );
    await eventually(async () =>
      expect(
        await service.query(
          `SELECT status, last_reply FROM notifications.email_deliveries
            WHERE recipient_ref = $1 AND template LIKE 'session-%'`,
          [endedSinceId],
        ),
      ).toEqual([{ status: 'skipped', last_reply: 'the registration is cancelled' }]),
    );
    await settle();
    for (const nobody of [changedMind, leaving, late, endedSince])
      expect(await sessionMail(nobody)).toEqual([]);
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.email_deliveries
          WHERE template LIKE 'session-%' AND recipient_ref = ANY($1::uuid[])`,
        [[changedMindId, leavingId, lateId]],
      ),
    ).toBe(0);
  }, 120_000);

  it('should say nothing of a version that only rewords a session', async () => {
    const programme = await aProgramme();
    const to = address('reworded');
    const registrationId = await aParticipant(programme, 'en', to);
    await signUp(programme, registrationId, programme.sessions.reworded);
    await signUpsKnown(programme.sessions.reworded, 1);
    const { id } = await publishVersion(programme);
    // The version is applied, and queued nothing for this participant.
    await versionApplied(id);
    await settle();
    expect(await sessionMail(to)).toEqual([]);
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.email_deliveries WHERE recipient_ref = $1 AND template LIKE 'session-%'`,
        [registrationId],
      ),
    ).toBe(0);
  }, 60_000);

  it('should send nothing more when the same version is delivered again', async () => {
    const programme = await aProgramme();
    const to = address('twice');
    const registrationId = await aParticipant(programme, 'kk', to);
    await signUp(programme, registrationId, programme.sessions.moved);
    await signUpsKnown(programme.sessions.moved, 1);
    const published = await publishVersion(programme);
    await oneMail(to);
    await publishVersion(programme, published);
    await versionApplied(published.id);
    await settle();
    expect(await sessionMail(to)).toHaveLength(1);
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.email_deliveries WHERE recipient_ref = $1 AND template LIKE 'session-%'`,
        [registrationId],
      ),
    ).toBe(1);
  }, 60_000);

  it('should tell all 200 participants of a big session, each exactly once, even when the version comes twice', async () => {
    const programme = await aProgramme();
    const langs: Lang[] = ['kk', 'ru', 'en'];
    const crowd = new Set<string>();
    for (let index = 0; index < 200; index++) {
      const to = address(`crowd${index}`);
      crowd.add(to);
      // Known by their sign-ups alone (which carry the registration's status): no confirmation mail
      // for 200 people to wait for beside the ones counted here.
      const registrationId = aContact(programme, langs[index % 3] ?? 'ru', to);
      await signUp(programme, registrationId, programme.sessions.moved);
    }
    await signUpsKnown(programme.sessions.moved, 200);
    const published = await publishVersion(programme);
    await publishVersion(programme, published);
    await eventually(async () => expect((await rawMailTo(crowd)).length).toBeGreaterThanOrEqual(200), {
      timeoutMs: 120_000,
      intervalMs: 1_000,
    });
    await settle();
    const mails = await rawMailTo(crowd);
    expect(mails).toHaveLength(200);
    expect(new Set(mails.flatMap((mail) => mail.to))).toEqual(crowd);
    expect(mails.every((mail) => /^X-Jiyn-Template: session-changed\r$/m.test(mail.raw))).toBe(true);
    expect(
      await service.count(
        `SELECT count(*)::int AS n FROM notifications.email_deliveries
          WHERE event_id = $1 AND template = 'session-changed' AND status = 'sent'`,
        [programme.event.eventId],
      ),
    ).toBe(200);
  }, 300_000);
});
