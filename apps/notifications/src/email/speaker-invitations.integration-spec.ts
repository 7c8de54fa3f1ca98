import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import { INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS, type SpeakerInvitationIssuedV1 } from '@jiyn/contracts';
import type { Lang, Multilingual } from '@jiyn/kz';
import { TEST_ORGANISATION_ID, useServiceTestBed } from '@jiyn/service-harness';
import { anEventPublished, eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { NotificationsAppModule } from '../app.module';
import { notificationsDatabase } from '../database/database';
import { NotificationsEnvironment } from '../notifications.environment';
import { EmailSender } from './email-sender';

/**
 * Speakers' invitations by e-mail, on the real Kafka, PostgreSQL and SMTP server of the test run.
 * The speakers service's internal routes (a speaker's contact; minting an invitation's link) answer
 * from a small HTTP server here, as the speakers service answers them — its own tests cover them
 * (recipient-contacts/*.integration-spec.ts), and apps/e2e/src/speaker-invitations.e2e-spec.ts runs
 * the real services together, the mailed link signing the speaker in through the gateway.
 */
const mailServer = testMailServer();
const ORGANISATION = {
  kk: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
  ru: 'Министерство культуры и информации Республики Казахстан',
  en: 'Ministry of Culture and Information of the Republic of Kazakhstan',
} as const;
const EVENT_TITLES = {
  kk: 'Креативті индустриялар форумы',
  ru: 'Форум креативных индустрий',
  en: 'Creative Industries Forum',
} as const;
const EVENT = anEventPublished({ organisationId: TEST_ORGANISATION_ID });
const NAMES = { kk: 'Әсел Нұрланқызы', ru: 'Асель Нурлановна', en: 'Assel Nurlanovna' };

interface FakeInvitation {
  speakerId: string;
  expiresAt: string;
  /** What the speakers service would answer instead of a link (409 with this reason). */
  refused?: 'revoked' | 'expired' | 'redeemed' | 'answered';
  proposal: {
    proposalId: string;
    eventId: string;
    title: Multilingual;
    primarySpeakerName: Multilingual;
  } | null;
  /** Every token minted for it, in order. */
  minted: string[];
}

const contacts = new Map<string, { email: string | null; fullName: Multilingual; preferredLanguage: Lang }>();
const invitations = new Map<string, FakeInvitation>();
let owners: Server;
let ownersUrl = 'http://127.0.0.1:9';

/** The owners' internal routes: the speakers service's, the sessions service's public event, the gateway's organisation. */
function owner(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://owners');
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  // As the speakers service does: the internal token or nothing. Asked while the service is still
  // booting (invitations other test files announced on the run's topic), answer as a busy owner would.
  let internalToken: string;
  try {
    internalToken = service.internalToken;
  } catch {
    return send(503, {});
  }
  if (request.headers[INTERNAL_TOKEN_HEADER] !== internalToken) return send(401, {});
  const contact = /^\/internal\/speakers\/([^/]+)\/contact$/.exec(url.pathname);
  if (contact && request.method === 'GET') {
    const found = contacts.get(contact[1] ?? '');
    return found ? send(200, { speakerId: contact[1], ...found }) : send(404, {});
  }
  const links = /^\/internal\/speakers\/invitations\/([^/]+)\/links$/.exec(url.pathname);
  if (links && request.method === 'POST') {
    const id = links[1] ?? '';
    const invitation = invitations.get(id);
    if (!invitation) return send(404, { type: 'https://jiyn.kz/problems/not-found' });
    if (invitation.refused)
      return send(409, { type: 'https://jiyn.kz/problems/conflict', reason: invitation.refused });
    const token = randomBytes(32).toString('base64url');
    invitation.minted.push(token);
    return send(201, {
      invitationId: id,
      speakerId: invitation.speakerId,
      purpose: invitation.proposal ? 'co-speaker' : 'access',
      token,
      expiresAt: invitation.expiresAt,
      proposal: invitation.proposal,
    });
  }
  if (url.pathname.startsWith('/public/events/')) {
    const lang = (url.searchParams.get('lang') ?? 'ru') as keyof typeof EVENT_TITLES;
    return send(200, { title: EVENT_TITLES[lang], venue: { name: 'Astana Hub', address: null } });
  }
  if (url.pathname === `/internal/organisations/${TEST_ORGANISATION_ID}`)
    return send(200, { id: TEST_ORGANISATION_ID, name: ORGANISATION });
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
    get SPEAKERS_URL() {
      return ownersUrl;
    },
    get REGISTRATIONS_URL() {
      return ownersUrl;
    },
    get SESSIONS_URL() {
      return ownersUrl;
    },
    get GATEWAY_URL() {
      return ownersUrl;
    },
    SMTP_URL: mailServer.url,
    // With a trailing slash: the link must not get two.
    PUBLIC_BASE_URL: 'https://jiyn.example.kz/',
    EMAIL_RETRY_BASE_MS: '200',
    EMAIL_MAX_ATTEMPTS: '5',
  } as unknown as Record<string, string>,
  probe: [],
});

const address = (tag: string) => `speaker-${tag}-${randomUUID().slice(0, 8)}@culture.example.kz`;

function aSpeaker(lang: Lang, email: string | null, fullName: Multilingual = NAMES): string {
  const speakerId = randomUUID();
  contacts.set(speakerId, { email, fullName, preferredLanguage: lang });
  return speakerId;
}

/** What the speakers service records and announces when an invitation is to be mailed. */
async function invite(
  speakerId: string,
  options: { proposal?: FakeInvitation['proposal']; id?: string; eventId?: string } = {},
) {
  const invitationId = randomUUID();
  const expiresAt = '2030-02-01T06:00:00.000Z'; // 11:00 in Astana
  invitations.set(invitationId, { speakerId, expiresAt, proposal: options.proposal ?? null, minted: [] });
  const data: SpeakerInvitationIssuedV1 = {
    invitationId,
    speakerId,
    organisationId: TEST_ORGANISATION_ID,
    purpose: options.proposal ? 'co-speaker' : 'access',
    proposalId: options.proposal?.proposalId ?? null,
    eventId: options.proposal?.eventId ?? null,
    expiresAt,
    occurredAt: new Date().toISOString(),
  };
  const eventId = await producer.send(
    TOPICS.speakers,
    EVENT_TYPES.speakerInvitationIssued,
    speakerId,
    data,
    options.id,
  );
  return { invitationId, data, eventId, invitation: invitations.get(invitationId) as FakeInvitation };
}

async function theMailTo(to: string): Promise<ParsedMail> {
  const [received] = await eventually(
    async () => {
      const mails = await readMailbox(mailServer.mailDir, to);
      expect(mails).toHaveLength(1);
      return mails;
    },
    { timeoutMs: 30_000 },
  );
  if (!received) throw new Error(`no mail to ${to}`);
  return received.mail;
}

/** The invitation link in the plain-text part; the HTML part's button points at the same. */
function linkIn(mail: ParsedMail): URL {
  const text = /(https:\/\/\S+#token=[A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
  expect(text).toBeDefined();
  const link = new URL(text ?? 'https://missing');
  const hrefs = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((match) =>
    (match[1] ?? '').replaceAll('&amp;', '&').replaceAll('&#x3D;', '='),
  );
  expect(hrefs).toContain(link.href);
  return link;
}

const tokenOf = (link: URL) => link.hash.replace(/^#token=/, '');

const deliveriesOf = (speakerId: string) =>
  service.query<{ status: string; template: string; last_reply: string | null; attempts: number }>(
    `SELECT status, template, last_reply, attempts FROM notifications.email_deliveries
      WHERE recipient_ref = $1 ORDER BY created_at`,
    [speakerId],
  );

describe('a speaker’s invitation to sign in', () => {
  it.each([
    [
      'kk',
      'Қазақстан Республикасы Мәдениет және ақпарат министрлігі сізді спикер ретінде шақырады',
      'Сәлеметсіз бе, Әсел Нұрланқызы!',
      'Сілтеменің жарамдылық мерзімі: 2030 ж. 1 ақпан, 11:00',
      'Спикер бетіне кіру: ',
    ],
    [
      'ru',
      'Министерство культуры и информации Республики Казахстан: приглашение для спикера',
      'Здравствуйте, Асель Нурлановна!',
      'Ссылка действует до: 1 февраля 2030 г. в 11:00',
      'Войти в кабинет спикера: ',
    ],
    [
      'en',
      'Ministry of Culture and Information of the Republic of Kazakhstan invites you as a speaker',
      'Hello Assel Nurlanovna,',
      'The link works until: 1 February 2030 at 11:00',
      'Sign in to your speaker page: ',
    ],
  ] as const)(
    'should arrive in the speaker’s language (%s) with the link minted for it',
    async (lang, subject, greeting, expiry, button) => {
      const to = address(lang);
      const speakerId = aSpeaker(lang, to);
      const { invitation } = await invite(speakerId);
      const mail = await theMailTo(to);
      expect(mail.subject).toBe(subject);
      expect(mail.headers.get('content-language')).toBe(lang);
      expect(mail.headers.get('x-jiyn-template')).toBe('speaker-invitation');
      expect(mail.headers.has('list-unsubscribe')).toBe(false);
      expect(mail.text).toContain(greeting);
      expect(mail.text).toContain(expiry);
      expect(mail.text).toContain(button);
      expect(mail.text).toContain(ORGANISATION[lang]);
      // No event to speak of: the footer names the organisation only.
      expect(mail.text).not.toContain('«»');
      const link = linkIn(mail);
      expect(`${link.origin}${link.pathname}${link.search}`).toBe(
        'https://jiyn.example.kz/invitations/speaker',
      );
      expect(invitation.minted).toEqual([tokenOf(link)]);

      // Neither the address nor the token is kept here.
      const [dump] = await service.query<{ text: string }>(
        `SELECT concat_ws(' ', (SELECT string_agg(d::text, ' ') FROM notifications.email_deliveries d),
                (SELECT string_agg(a::text, ' ') FROM notifications.email_delivery_attempts a)) AS text`,
      );
      expect(dump?.text).not.toContain(to);
      expect(dump?.text).not.toContain(tokenOf(link));
    },
    60_000,
  );

  it('should send nothing more, and mint nothing more, when the same event is delivered again', async () => {
    const to = address('twice');
    const speakerId = aSpeaker('ru', to);
    const first = await invite(speakerId);
    await theMailTo(to);
    await producer.send(
      TOPICS.speakers,
      EVENT_TYPES.speakerInvitationIssued,
      speakerId,
      first.data,
      first.eventId,
    );
    await eventually(
      async () =>
        expect(
          await service.count(`SELECT count(*)::int AS n FROM notifications.inbox WHERE event_id = $1`, [
            first.eventId,
          ]),
        ).toBe(1),
      { timeoutMs: 15_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await service.app.get(EmailSender).drain();
    expect(await readMailbox(mailServer.mailDir, to)).toHaveLength(1);
    expect((await deliveriesOf(speakerId)).map((row) => row.status)).toEqual(['sent']);
    expect(first.invitation.minted).toHaveLength(1);
  }, 60_000);

  it('should mint again when a send is retried, and mail the newest link', async () => {
    const to = `retried-${randomUUID().slice(0, 8)}+defer1@culture.example.kz`;
    const speakerId = aSpeaker('en', to);
    const { invitation } = await invite(speakerId);
    const mail = await theMailTo(to);
    expect(await deliveriesOf(speakerId)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
    expect(invitation.minted).toHaveLength(2);
    expect(tokenOf(linkIn(mail))).toBe(invitation.minted[1]);
  }, 60_000);

  it('should skip, minting and sending nothing, when the speaker has no address', async () => {
    const speakerId = aSpeaker('kk', null);
    const { invitation } = await invite(speakerId);
    await eventually(
      async () =>
        expect(await deliveriesOf(speakerId)).toEqual([
          expect.objectContaining({ status: 'skipped', last_reply: 'the recipient has no e-mail address' }),
        ]),
      { timeoutMs: 30_000 },
    );
    expect(invitation.minted).toHaveLength(0);
  }, 60_000);

  it('should skip, sending nothing, an invitation revoked or unknown by the time it is written', async () => {
    const to = address('revoked');
    const speakerId = aSpeaker('ru', to);
    const revoked = randomUUID();
    invitations.set(revoked, {
      speakerId,
      expiresAt: new Date().toISOString(),
      refused: 'revoked',
      proposal: null,
      minted: [],
    });
    for (const invitationId of [revoked, randomUUID()]) {
      await producer.send(TOPICS.speakers, EVENT_TYPES.speakerInvitationIssued, speakerId, {
        invitationId,
        speakerId,
        organisationId: TEST_ORGANISATION_ID,
        purpose: 'access',
        proposalId: null,
        eventId: null,
        expiresAt: new Date().toISOString(),
        occurredAt: new Date().toISOString(),
      } satisfies SpeakerInvitationIssuedV1);
    }
    const rows = await eventually(
      async () => {
        const found = await deliveriesOf(speakerId);
        expect(found.map((row) => row.status)).toEqual(['skipped', 'skipped']);
        return found;
      },
      { timeoutMs: 30_000 },
    );
    expect(rows.map((row) => row.last_reply)).toEqual([
      '/internal/speakers/invitations/:id/links answered 409 (revoked)',
      '/internal/speakers/invitations/:id/links answered 404',
    ]);
    expect(rows.map((row) => row.attempts)).toEqual([1, 1]);
    expect(await readMailbox(mailServer.mailDir, to)).toHaveLength(0);
  }, 60_000);
});

describe('a co-speaker’s invitation', () => {
  const title = { kk: 'Креативті экономика', ru: 'Креативная экономика', en: 'The creative economy' };
  const proposal = () => ({
    proposalId: randomUUID(),
    eventId: EVENT.eventId,
    title,
    primarySpeakerName: NAMES,
  });

  beforeAll(async () => {
    await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, EVENT.eventId, EVENT);
    await eventually(async () =>
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM notifications.event_projections WHERE event_id = $1`,
          [EVENT.eventId],
        ),
      ).toBe(1),
    );
  }, 30_000);

  it.each([
    [
      'kk',
      'Креативті индустриялар форумы: «Креативті экономика» баяндамасына қосымша спикер ретінде шақыру',
      'Әсел Нұрланқызы «Креативті индустриялар форумы» іс-шарасына «Креативті экономика» баяндама ұсынысын жіберіп, сізді қосымша спикер ретінде көрсетті.',
      'Растау немесе бас тарту: ',
    ],
    [
      'ru',
      'Форум креативных индустрий: приглашение стать соспикером доклада «Креативная экономика»',
      'Асель Нурлановна подаёт заявку на выступление «Креативная экономика» на мероприятии «Форум креативных индустрий» и указывает вас соспикером.',
      'Подтвердить или отказаться: ',
    ],
    [
      'en',
      'Creative Industries Forum: you are invited to co-present “The creative economy”',
      'Assel Nurlanovna has proposed “The creative economy” for Creative Industries Forum and named you as a co-speaker.',
      'Confirm or decline: ',
    ],
  ] as const)(
    'should name the proposal and its primary speaker in the co-speaker’s language (%s)',
    async (lang, subject, intro, button) => {
      const to = address(`co-${lang}`);
      const speakerId = aSpeaker(lang, to, { ru: 'Дана Сериковна' });
      const named = proposal();
      const { invitation } = await invite(speakerId, { proposal: named });
      const mail = await theMailTo(to);
      expect(mail.subject).toBe(subject);
      expect(mail.headers.get('x-jiyn-template')).toBe('co-speaker-invitation');
      expect(mail.text).toContain(intro);
      expect(mail.text).toContain(button);
      expect(mail.text).toContain(ORGANISATION[lang]);
      const link = linkIn(mail);
      expect(`${link.origin}${link.pathname}${link.search}`).toBe(
        `https://jiyn.example.kz/invitations/speaker?proposal=${named.proposalId}`,
      );
      expect(invitation.minted).toEqual([tokenOf(link)]);
    },
    60_000,
  );

  it('should skip a co-speaker who has nothing left to answer', async () => {
    const to = address('answered');
    const speakerId = aSpeaker('ru', to);
    const { invitationId } = { invitationId: randomUUID() };
    invitations.set(invitationId, {
      speakerId,
      expiresAt: new Date().toISOString(),
      refused: 'answered',
      proposal: proposal(),
      minted: [],
    });
    await producer.send(TOPICS.speakers, EVENT_TYPES.speakerInvitationIssued, speakerId, {
      invitationId,
      speakerId,
      organisationId: TEST_ORGANISATION_ID,
      purpose: 'co-speaker',
      proposalId: randomUUID(),
      eventId: EVENT.eventId,
      expiresAt: new Date().toISOString(),
      occurredAt: new Date().toISOString(),
    } satisfies SpeakerInvitationIssuedV1);
    await eventually(
      async () =>
        expect(await deliveriesOf(speakerId)).toEqual([
          expect.objectContaining({ status: 'skipped', last_reply: expect.stringContaining('(answered)') }),
        ]),
      { timeoutMs: 30_000 },
    );
    expect(await readMailbox(mailServer.mailDir, to)).toHaveLength(0);
  }, 60_000);

  it('should refuse per-event words for the invitation to sign in, which concerns no event', async () => {
    const refused = await service.request(
      'PUT',
      `/notifications/email/events/${EVENT.eventId}/templates/speaker-invitation`,
      { body: { en: { subject: 'Hello' } } },
    );
    expect(refused.status).toBe(404);
    const placeholders = await service.request(
      'PUT',
      `/notifications/email/events/${EVENT.eventId}/templates/co-speaker-invitation`,
      {
        body: {
          en: { subject: '{{primarySpeakerName}} asks you about {{proposalTitle}} until {{expiresAt}}' },
        },
      },
    );
    expect(placeholders.status).toBe(200);
    const to = address('co-override');
    const speakerId = aSpeaker('en', to);
    await invite(speakerId, { proposal: proposal() });
    expect((await theMailTo(to)).subject).toBe(
      'Assel Nurlanovna asks you about The creative economy until 1 February 2030 at 11:00',
    );
  }, 60_000);
});
