import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { useServiceTestBed } from '@jiyn/service-harness';
import { anEventPublished, eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { NotificationsAppModule } from '../app.module';
import { notificationsDatabase } from '../database/database';
import { NotificationsEnvironment } from '../notifications.environment';

/**
 * An organisation's branding in its e-mail, on the run's real Kafka, PostgreSQL and SMTP server;
 * messages read back with mailparser. The gateway's internal profile (its own test covers the
 * route) and the registrations and sessions routes answer from a small HTTP server here.
 */
const mailServer = testMailServer();
const BRANDED = randomUUID();
const PLAIN = randomUUID();
const LOGO = 'https://www.gov.kz/uploads/mci/logo-320x96.png';
const FOOTER = {
  kk: 'ҚР Мәдениет және ақпарат министрлігі\nАстана, Мәңгілік Ел 8, «Министрліктер үйі»',
  ru: 'Министерство культуры и информации РК\nАстана, Мәңгілік Ел 8, «Дом министерств»',
};
const profiles = new Map<string, unknown>([
  [
    BRANDED,
    {
      id: BRANDED,
      slug: 'mci',
      name: { kk: 'Мәдениет министрлігі', ru: 'Министерство культуры', en: 'Ministry of Culture' },
      bin: null,
      brandColour: '#14532d',
      logoUrl: LOGO,
      emailFooter: FOOTER,
    },
  ],
  // As a gateway from before branding answers: no branding fields at all.
  [PLAIN, { id: PLAIN, name: { ru: 'Акимат Астаны', en: 'Astana akimat' } }],
]);
const events = {
  branded: anEventPublished({
    organisationId: BRANDED,
    slug: `branded-${randomUUID().slice(0, 6)}`,
    startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
  }),
  plain: anEventPublished({
    organisationId: PLAIN,
    slug: `plain-${randomUUID().slice(0, 6)}`,
    startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
  }),
};
const participants = new Map<string, Record<string, unknown>>();

let owners: Server;
let ownersUrl = 'http://127.0.0.1:9';

function owner(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://owners');
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const contact = /^\/internal\/registrations\/([^/]+)\/contact$/.exec(url.pathname);
  if (contact) return participants.has(contact[1]) ? send(200, participants.get(contact[1])) : send(404, {});
  if (url.pathname.startsWith('/public/events/'))
    return send(200, { title: 'Креативті индустриялар', venue: { name: 'Astana Hub', address: null } });
  const organisation = /^\/internal\/organisations\/([^/]+)$/.exec(url.pathname);
  if (organisation && profiles.has(organisation[1])) return send(200, profiles.get(organisation[1]));
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
  } as unknown as Record<string, string>,
  probe: [],
});

/** A participant registered and confirmed; the message that tells them, as the SMTP server got it. */
async function confirmationOf(event: { eventId: string }, lang: 'kk' | 'ru' | 'en') {
  const registrationId = randomUUID();
  const to = `branding-${lang}-${randomUUID().slice(0, 8)}@akimat.example.kz`;
  participants.set(registrationId, {
    registrationId,
    eventId: event.eventId,
    status: 'confirmed',
    email: to,
    fullName: 'Сәрсенова Әлия',
    preferredLanguage: lang,
    confirmationCode: 'BRAND-23456',
    checkInToken: `token-of-${registrationId}`,
    waitlistPosition: null,
    offerExpiresAt: null,
  });
  await producer.send(TOPICS.registrations, EVENT_TYPES.registrationCreated, registrationId, {
    registrationId,
    eventId: event.eventId,
    version: 1,
    status: 'confirmed',
    channel: 'self',
    participantKey: 'b'.repeat(64),
    occurredAt: new Date().toISOString(),
  });
  return eventually(
    async () => {
      const mails = await readMailbox(mailServer.mailDir, to);
      const [received] = mails;
      if (mails.length !== 1 || !received) throw new Error(`${mails.length} messages to ${to} so far`);
      return received.mail;
    },
    // The service's consumer group is new and reads the shared broker's topics from the beginning:
    // on a full run the first message waits behind every earlier suite's registrations.
    { timeoutMs: 120_000 },
  );
}

/** The <img> tags of the HTML part whose address is not an inline part (the QR code is one). */
const remoteImages = (html: string) =>
  (html.match(/<img\b[^>]*>/g) ?? []).filter((tag) => !/src="data:/.test(tag));

describe("an organisation's branding in its e-mail", () => {
  beforeAll(async () => {
    for (const event of Object.values(events))
      await producer.send(TOPICS.events, EVENT_TYPES.eventPublished, event.eventId, event);
    await eventually(async () =>
      expect(
        await service.count(
          `SELECT count(*)::int AS n FROM notifications.event_projections WHERE event_id = ANY($1::uuid[])`,
          [Object.values(events).map((event) => event.eventId)],
        ),
      ).toBe(2),
    );
  }, 30_000);

  it('should head the message with the logo and the colour, and end both parts with the signature', async () => {
    const mail = await confirmationOf(events.branded, 'ru');
    const html = String(mail.html);
    expect(remoteImages(html)).toEqual([expect.stringContaining(`src="${LOGO}"`)]);
    expect(remoteImages(html)[0]).toContain('alt="Министерство культуры"');
    expect(remoteImages(html)[0]).toMatch(/max-width:160px;max-height:64px/);
    // The name's band and the button-less message's header: white on the organisation's colour.
    expect(html).toContain('background-color:#14532d');
    expect(html).not.toContain('#0b5cad');
    expect(html).toContain(
      'Министерство культуры и информации РК<br />Астана, Мәңгілік Ел 8, «Дом министерств»',
    );
    // The plain-text part: the signature line by line, then the platform's footer; no markup at all.
    const text = String(mail.text);
    expect(text).toContain(
      '--\nМинистерство культуры и информации РК\nАстана, Мәңгілік Ел 8, «Дом министерств»\nЭто письмо отправлено организацией «Министерство культуры»',
    );
    expect(text).not.toMatch(/<[a-z/!]|&[a-z]+;|&#/i);
    expect(text).not.toContain(LOGO);
  }, 150_000);

  it("should sign in the reader's language, and in another where the organisation wrote none in theirs", async () => {
    const kk = await confirmationOf(events.branded, 'kk');
    expect(kk.text).toContain(
      'ҚР Мәдениет және ақпарат министрлігі\nАстана, Мәңгілік Ел 8, «Министрліктер үйі»',
    );
    expect(String(kk.html)).toContain('alt="Мәдениет министрлігі"');
    // No English signature: the Russian one, as names fall back (en → ru → kk).
    const en = await confirmationOf(events.branded, 'en');
    expect(en.text).toContain('Министерство культуры и информации РК');
    expect(String(en.html)).toContain('alt="Ministry of Culture"');
  }, 150_000);

  it("should keep the platform's look for an organisation without branding", async () => {
    const mail = await confirmationOf(events.plain, 'ru');
    const html = String(mail.html);
    expect(remoteImages(html)).toEqual([]);
    expect(html).toContain('background-color:#0b5cad');
    expect(html).toContain('Акимат Астаны');
    expect(String(mail.text)).toMatch(/\n--\nЭто письмо отправлено организацией «Акимат Астаны»/);
  }, 150_000);
});
