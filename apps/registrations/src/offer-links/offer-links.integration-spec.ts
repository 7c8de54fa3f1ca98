import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { eventually, type ProbedMessage } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationLifecycleService } from '../registrations/registration-lifecycle.service';
import { RegistrationsEnvironment } from '../registrations.environment';
import { OfferLinkTokens } from './offer-link-tokens';
import { eventsKnownTo, participantsOf } from '../../test/builders';

/**
 * The accept link of a seat offer's e-mail, on the service with its real database and Kafka: the
 * token the notifications service mints, the page a GET shows (and which accepts nothing), and the
 * POST that takes the seat exactly as the self-service accept does, once.
 */
const { service, producer, probe } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
  // Offers lapse when a test says so (expireNextOffer), not behind its back.
  env: { OFFER_SWEEP_INTERVAL_MS: '3600000' },
});

const participant = participantsOf({
  name: 'Ұсыныс Алушы',
  email: 'offer-link',
  birthDate: '1986-09-30',
  // One sex and age band for all, so two participants' events differ only in their ids and times.
  sex: 'female',
  regionCode: 'KZ-71',
  first: 5300,
});
const TITLE = {
  kk: 'Креативті индустрияларды дамыту',
  ru: 'Развитие креативных индустрий',
  en: 'Developing the creative industries',
};
const knownEvent = eventsKnownTo({ service, producer }, { title: TITLE });
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

interface Registered {
  id: string;
  status: string;
  managementToken: string;
}

/** An event of `capacity` seats promoting by offer, and `waiting` registrations offered a seat each. */
async function offered(waiting: number, language: 'kk' | 'ru' | 'en' = 'ru') {
  const event = await knownEvent({ capacity: waiting });
  const settings = await service.request('PUT', `/registrations/events/${event.eventId}/settings`, {
    body: { promotion: 'offer', offerHours: 48 },
  });
  expect(settings.status).toBe(200);
  const holders: Registered[] = [];
  for (let i = 0; i < waiting; i += 1) holders.push(await register(event.eventId));
  const offers: Registered[] = [];
  for (let i = 0; i < waiting; i += 1) offers.push(await register(event.eventId, language));
  expect(offers.every((registration) => registration.status === 'waitlisted')).toBe(true);
  for (const holder of holders)
    expect((await service.request('POST', `/registrations/${holder.id}/cancel`)).status).toBe(200);
  for (const offer of offers) expect(await statusOf(offer.id)).toBe('offered');
  return { event, offers };
}

async function register(eventId: string, preferredLanguage = 'ru'): Promise<Registered> {
  const response = await service.request('POST', '/registrations', {
    body: participant(eventId, { preferredLanguage }),
  });
  expect(response.status).toBe(201);
  return response.body as Registered;
}

async function statusOf(id: string): Promise<string> {
  return (await service.request('GET', `/registrations/${id}`)).body.status as string;
}

/** The notifications service's call: straight to the socket, the route is not in the OpenAPI document. */
async function mint(id: string, internalToken: string | null = service.internalToken) {
  const response = await fetch(`${await service.app.getUrl()}/internal/registrations/${id}/offer-link`, {
    method: 'POST',
    headers: internalToken ? { [INTERNAL_TOKEN_HEADER]: internalToken } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

async function tokenOf(id: string): Promise<string> {
  const minted = await mint(id);
  expect(minted.status).toBe(200);
  return minted.body['token'] as string;
}

/** As the gateway forwards a participant who has no API key: the anonymous principal. */
function show(token: string, headers: Record<string, string> = {}, query = '') {
  return service.request('GET', `/self/registrations/offer?token=${encodeURIComponent(token)}${query}`, {
    principal: ANONYMOUS,
    headers,
  });
}

/** What a browser's form sends (`token=…`, urlencoded), or JSON for an API client. */
function accept(token: string, { html = true, query = '' }: { html?: boolean; query?: string } = {}) {
  return service.request('POST', `/self/registrations/offer/accept${query}`, {
    principal: ANONYMOUS,
    body: html ? new URLSearchParams({ token }).toString() : { token },
    headers: html
      ? { 'content-type': 'application/x-www-form-urlencoded', accept: BROWSER }
      : { accept: 'application/json' },
  });
}

function confirmedEventsOf(id: string): ProbedMessage[] {
  return probe
    .on(TOPICS.registrations)
    .filter((m) => m.key === id && m.headers['ce_type'] === EVENT_TYPES.registrationConfirmed);
}

async function seats(eventId: string) {
  const response = await service.request('GET', `/registrations/events/${eventId}/seats`);
  expect(response.status).toBe(200);
  return response.body as { capacity: number; taken: number; free: number; consistent: boolean };
}

describe('the accept link of a seat offer', () => {
  it('should mint a token only for an open offer, and only for the internal token', async () => {
    const { offers } = await offered(1);
    const [offer] = offers as [Registered];
    const minted = await mint(offer.id);
    expect(minted.status).toBe(200);
    expect(minted.body['token']).toMatch(new RegExp(`^${offer.id}\\.\\d+\\.[A-Za-z0-9_-]{43}$`));
    const stored = (await service.request('GET', `/registrations/${offer.id}`)).body;
    expect(minted.body['offerExpiresAt']).toBe(stored.offerExpiresAt);
    // Minting is a MAC, not a write: the same offer gives the same token (a retried e-mail, the same link).
    expect((await mint(offer.id)).body['token']).toBe(minted.body['token']);
    expect((await mint(offer.id, null)).status).toBe(401);
    expect((await mint(offer.id, 'x'.repeat(48))).status).toBe(401);
    expect((await mint(randomUUID())).status).toBe(404);

    const confirmed = await register((await knownEvent({ capacity: 5 })).eventId);
    const notOffered = await mint(confirmed.id);
    expect(notOffered.status).toBe(409);
    expect(notOffered.body['type']).toBe('https://jiyn.kz/problems/offer-already-accepted');
  }, 60_000);

  it('should show the offer on a GET in the reader’s language and accept nothing', async () => {
    const { event, offers } = await offered(1, 'kk');
    const [offer] = offers as [Registered];
    const token = await tokenOf(offer.id);

    // The e-mail's link names the participant's language; a browser's Accept-Language is next; then theirs.
    const page = await show(token, { accept: BROWSER, 'accept-language': 'en' }, '&lang=ru');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    const html = page.body as string;
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('«Развитие креативных индустрий»');
    expect(html).toContain('<form method="post" action="offer/accept?lang=ru">');
    expect(html).toContain(`<input type="hidden" name="token" value="${token}">`);
    expect(html.match(/<button/g)).toHaveLength(1);
    expect((await show(token, { accept: BROWSER, 'accept-language': 'en-GB,en;q=0.9' })).body).toContain(
      'Developing the creative industries',
    );
    expect((await show(token, { accept: BROWSER })).body).toContain('<html lang="kk">');

    const json = await show(token, { accept: 'application/json', 'accept-language': 'en' });
    expect(json.status).toBe(200);
    expect(json.headers['cache-control']).toBe('no-store');
    const stored = (await service.request('GET', `/registrations/${offer.id}`)).body;
    expect(json.body).toEqual({
      eventId: event.eventId,
      eventTitle: 'Developing the creative industries',
      offerExpiresAt: stored.offerExpiresAt,
    });

    // Scanners may open it any number of times: still offered, nothing announced.
    for (let i = 0; i < 3; i += 1) expect((await show(token)).status).toBe(200);
    expect(await statusOf(offer.id)).toBe('offered');
    expect(stored.version).toBe(2);
    expect((await service.request('GET', `/registrations/${offer.id}`)).body.version).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(confirmedEventsOf(offer.id)).toHaveLength(0);
  }, 60_000);

  it('should take the seat once, as the self-service accept does, and say so to a second try', async () => {
    const { event, offers } = await offered(2);
    const [byLink, bySelf] = offers as [Registered, Registered];
    const token = await tokenOf(byLink.id);

    const accepted = await accept(token, { query: '?lang=en' });
    expect(accepted.status).toBe(200);
    expect(accepted.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(accepted.body).toContain('Your seat is confirmed');
    expect(accepted.body).toContain('You are registered for Developing the creative industries.');
    expect(await statusOf(byLink.id)).toBe('confirmed');

    const self = await service.request('POST', '/self/registrations/me/accept-offer', {
      principal: ANONYMOUS,
      headers: { [SELF_SERVICE_TOKEN_HEADER]: bySelf.managementToken },
    });
    expect(self.status).toBe(200);

    // The same accounting: both seats held before and after, every counter equal to what it counts.
    expect(await seats(event.eventId)).toMatchObject({ capacity: 2, taken: 2, free: 0, consistent: true });
    // The same event, field for field but the ids and times.
    await eventually(() => {
      expect(confirmedEventsOf(byLink.id)).toHaveLength(1);
      expect(confirmedEventsOf(bySelf.id)).toHaveLength(1);
    });
    const shape = (message: ProbedMessage | undefined) => {
      const {
        registrationId: _r,
        participantKey: _p,
        occurredAt: _o,
        ...rest
      } = message?.json as Record<string, unknown>;
      return { headers: { type: message?.headers['ce_type'], source: message?.headers['ce_source'] }, rest };
    };
    expect(shape(confirmedEventsOf(byLink.id)[0])).toEqual(shape(confirmedEventsOf(bySelf.id)[0]));
    expect(shape(confirmedEventsOf(byLink.id)[0]).rest).toMatchObject({
      status: 'confirmed',
      previousStatus: 'offered',
      offerExpiresAt: null,
      version: 3,
    });

    // Again, as a browser and as an API client: already accepted, nothing changes.
    const again = await accept(token, { query: '?lang=kk' });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(again.body).toContain('<html lang="kk">');
    expect(again.body).toContain('Орын ұсынысы бұрын қабылданған');
    const againJson = await accept(token, { html: false });
    expect(againJson.status).toBe(409);
    expect(againJson.body.type).toBe('https://jiyn.kz/problems/offer-already-accepted');
    const page = await show(token, { accept: BROWSER, 'accept-language': 'ru' });
    expect(page.status).toBe(409);
    expect(page.body).toContain('Ваше место уже подтверждено');
    expect((await service.request('GET', `/registrations/${byLink.id}`)).body.version).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(confirmedEventsOf(byLink.id)).toHaveLength(1);
  }, 60_000);

  it('should let only one of many simultaneous accepts through', async () => {
    const { event, offers } = await offered(1);
    const [offer] = offers as [Registered];
    const token = await tokenOf(offer.id);
    const answers = await Promise.all(Array.from({ length: 8 }, () => accept(token, { html: false })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    expect(answers.find((answer) => answer.status === 200)?.body).toEqual({
      registrationId: offer.id,
      eventId: event.eventId,
      status: 'confirmed',
    });
    expect(await seats(event.eventId)).toMatchObject({ taken: 1, consistent: true });
    await eventually(() => expect(confirmedEventsOf(offer.id)).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(confirmedEventsOf(offer.id)).toHaveLength(1);
  }, 60_000);

  it('should refuse an expired offer, before and after it lapsed, and give the seat to the next in line', async () => {
    const { event, offers } = await offered(1);
    const [offer] = offers as [Registered];
    const next = await register(event.eventId);
    const mailed = await tokenOf(offer.id);
    // Time travel: the offer ran out a second ago, and the sweeper has not been round yet. The link
    // of an e-mail for the offer as it now stands is made as the mint route makes it.
    const [{ expires }] = await service.query<{ expires: Date }>(
      `UPDATE registrations.registrations SET offer_expires_at = now() - interval '1 second'
        WHERE id = $1 RETURNING offer_expires_at AS expires`,
      [offer.id],
    );
    const token = service.app
      .get(OfferLinkTokens)
      .issue({ registrationId: offer.id, offerExpiresAt: expires as Date });
    const minted = await mint(offer.id);
    expect(minted.status).toBe(409);
    expect(minted.body['type']).toBe('https://jiyn.kz/problems/offer-expired');

    const late = await accept(token, { html: false });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      type: 'https://jiyn.kz/problems/offer-expired',
      registrationStatus: 'offered',
    });
    // The link mailed earlier named the offer with its former expiry: that offer is gone too.
    expect((await accept(mailed, { html: false })).body.type).toBe('https://jiyn.kz/problems/offer-expired');
    expect(await statusOf(offer.id)).toBe('offered');

    while (await service.app.get(RegistrationLifecycleService).expireNextOffer()) {
      // lapse every offer that is due, this one included
    }
    expect(await statusOf(offer.id)).toBe('cancelled');
    expect(await statusOf(next.id)).toBe('offered');
    const afterLapse = await accept(token, { query: '?lang=en' });
    expect(afterLapse.status).toBe(409);
    expect(afterLapse.body).toContain(
      'The offer has expired and the seat has passed to the next person in line.',
    );
    const lapsedJson = await show(token, { accept: 'application/json' });
    expect(lapsedJson.status).toBe(409);
    expect(lapsedJson.body).toMatchObject({
      type: 'https://jiyn.kz/problems/offer-expired',
      registrationStatus: 'cancelled',
    });
    expect(await seats(event.eventId)).toMatchObject({ taken: 1, consistent: true });
  }, 60_000);

  it('should refuse wrong tokens alike, and a link of one registration should touch no other', async () => {
    const { event, offers } = await offered(2);
    const [first, second] = offers as [Registered, Registered];
    const token = await tokenOf(first.id);
    const [, expiry, mac] = token.split('.') as [string, string, string];
    const wrong = [
      `${second.id}.${expiry}.${mac}`, // the first's MAC under the second's id
      `${first.id}.${Number(expiry) + 86_400_000}.${mac}`, // a longer offer
      `${first.id}.${expiry}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
      `${randomUUID()}.${expiry}.${mac}`,
      first.managementToken, // the management token is no offer link
      'not-a-token',
    ];
    for (const candidate of wrong) {
      const json = await accept(candidate, { html: false });
      expect(json.status).toBe(404);
      expect(json.body.type).toBe('https://jiyn.kz/problems/not-found');
      const page = await show(candidate, { accept: BROWSER, 'accept-language': 'ru' });
      expect(page.status).toBe(404);
      expect(page.body).toContain('Эта ссылка неизвестна');
    }
    const missing = await service.request('POST', '/self/registrations/offer/accept', {
      principal: ANONYMOUS,
      body: {},
    });
    expect(missing.status).toBe(404);
    expect((await show('')).status).toBe(404);
    // A link is not a management token either.
    const asManagementToken = await service.request('GET', '/self/registrations/me', {
      principal: ANONYMOUS,
      headers: { [SELF_SERVICE_TOKEN_HEADER]: token },
    });
    expect(asManagementToken.status).toBe(401);
    expect([await statusOf(first.id), await statusOf(second.id)]).toEqual(['offered', 'offered']);

    // The first's genuine link confirms the first and nobody else.
    expect((await accept(token, { html: false })).status).toBe(200);
    expect([await statusOf(first.id), await statusOf(second.id)]).toEqual(['confirmed', 'offered']);
    expect(await seats(event.eventId)).toMatchObject({ taken: 2, consistent: true });
  }, 60_000);

  it('should refuse bodies it cannot read and large ones, changing nothing', async () => {
    const { offers } = await offered(1);
    const [offer] = offers as [Registered];
    const token = await tokenOf(offer.id);
    const asXml = await service.request('POST', '/self/registrations/offer/accept', {
      principal: ANONYMOUS,
      body: `<token>${token}</token>`,
      headers: { 'content-type': 'application/xml' },
    });
    expect(asXml.status).toBe(415);
    const huge = await service.request('POST', '/self/registrations/offer/accept', {
      principal: ANONYMOUS,
      body: `token=${token}&padding=${'x'.repeat(8_000)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(huge.status).toBe(413);
    expect(await statusOf(offer.id)).toBe('offered');
  }, 60_000);
});
