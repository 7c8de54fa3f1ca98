import { Injectable } from '@nestjs/common';
import { request } from 'undici';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, encodePrincipal } from '@jiyn/auth';
import { isLang, type Lang, type Multilingual } from '@jiyn/kz';
import { NotificationsEnvironment } from '../notifications.environment';

/** A participant, as the registrations service tells it at send time (kept in memory for one message). */
export interface ParticipantContact {
  registrationId: string;
  eventId: string;
  status: string;
  email: string | null;
  fullName: string | null;
  preferredLanguage: Lang;
  confirmationCode: string;
  checkInToken: string;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
}

export interface SpeakerContact {
  speakerId: string;
  email: string | null;
  fullName: Multilingual;
  preferredLanguage: Lang;
}

/** An event as the public reads it, in one language. */
export interface PublicEvent {
  title: string | null;
  venue: { name: string | null; address: string | null } | null;
}

/** The token of the accept link of a participant's open seat offer (registrations mints it at send time). */
export interface OfferLinkToken {
  token: string;
  offerExpiresAt: string;
}

/** An owner of an organisation, as the gateway tells it at send time (kept in memory for one message). */
export interface OrganisationOwner {
  personId: string;
  email: string;
  displayName: string;
  preferredLanguage: Lang;
}

/** One published schedule version, in one language: what a message about its sessions says. */
export interface PublishedSchedule {
  eventId: string;
  timeZone: string;
  rooms: Map<string, string | null>;
  sessions: Map<string, { title: string | null; roomId: string; startsAt: string; endsAt: string }>;
}

/** The part of the sessions service's public schedule version read here. */
interface PublicScheduleBody {
  event: { id: string; timeZone: string };
  rooms: { id: string; name: string | null }[];
  sessions: { id: string; title: string | null; roomId: string; startsAt: string; endsAt: string }[];
}

/** An organisation as the gateway shows it to services: its name and e-mail branding. */
export interface OrganisationProfile {
  id: string;
  name: Multilingual;
  /** `#rrggbb`; null (or absent, from an older gateway): the platform's colour. */
  brandColour?: string | null;
  /** An https:// image; null: none. */
  logoUrl?: string | null;
  /** A signature under every message, per language; null: none. */
  emailFooter?: Multilingual | null;
}

/**
 * A link the speakers service minted for one invitation mail. The token is a secret: it lives in
 * this object and in the mail, never in a log, the database or an error message.
 */
export interface InvitationLink {
  invitationId: string;
  speakerId: string;
  purpose: 'access' | 'co-speaker';
  token: string;
  expiresAt: string;
  proposal: {
    proposalId: string;
    eventId: string;
    title: Multilingual;
    primarySpeakerName: Multilingual;
  } | null;
}

/** The owner could not be asked now (unreachable, 5xx): the message is tried again later. */
export class OwnerUnavailableError extends Error {}
/**
 * The owner has nothing to send any more: the recipient is gone (deleted), or an invitation can no
 * longer be used (redeemed, revoked, expired, nothing left to answer).
 */
export class RecipientGoneError extends Error {}

const TIMEOUT_MS = 5_000;

/**
 * Asks the owners of what a message needs, at send time, with the internal token: a participant's
 * or speaker's address and language (registrations, speakers), an event's title and venue
 * (sessions), an organisation's name, branding and its owners' addresses (gateway). Nothing
 * personal is stored here; the caller holds it for the one message it writes.
 */
@Injectable()
export class OwnerDirectory {
  private readonly organisations = new Map<string, { profile: OrganisationProfile; until: number }>();
  private readonly events = new Map<string, { event: PublicEvent; until: number }>();
  private readonly schedules = new Map<string, PublishedSchedule>();

  constructor(private readonly env: NotificationsEnvironment) {}

  async participant(registrationId: string): Promise<ParticipantContact> {
    const contact = await this.get<ParticipantContact>(
      this.env.REGISTRATIONS_URL,
      `/internal/registrations/${registrationId}/contact`,
    );
    if (!isLang(contact.preferredLanguage)) contact.preferredLanguage = 'ru';
    return contact;
  }

  /**
   * The accept link's token of the registration's open seat offer, minted as the mail is written.
   * 404 and 409 (unknown, or no offer open any more: accepted or lapsed since) mean there is
   * nothing to send.
   */
  offerLink(registrationId: string): Promise<OfferLinkToken> {
    return this.call<OfferLinkToken>(
      'POST',
      this.env.REGISTRATIONS_URL,
      `/internal/registrations/${registrationId}/offer-link`,
      { 200: 'ok', 404: 'gone', 409: 'gone' },
    );
  }

  speaker(speakerId: string): Promise<SpeakerContact> {
    return this.get<SpeakerContact>(this.env.SPEAKERS_URL, `/internal/speakers/${speakerId}/contact`);
  }

  /**
   * A newly minted link for a speaker's invitation mail: asked for last, just before the mail goes,
   * and again on each attempt (every link minted works until one is used). 404 and 409 (unknown,
   * or no longer usable: redeemed, revoked, expired, answered) mean there is nothing to send.
   */
  invitationLink(invitationId: string): Promise<InvitationLink> {
    return this.call<InvitationLink>(
      'POST',
      this.env.SPEAKERS_URL,
      `/internal/speakers/invitations/${invitationId}/links`,
      { 201: 'ok', 404: 'gone', 409: 'gone' },
    );
  }

  /** Cached for a minute: a fan-out of thousands of messages asks once per language. */
  async event(slug: string, lang: Lang): Promise<PublicEvent> {
    const key = `${slug}:${lang}`;
    const cached = this.events.get(key);
    if (cached && cached.until > Date.now()) return cached.event;
    const event = await this.get<PublicEvent>(
      this.env.SESSIONS_URL,
      `/public/events/${encodeURIComponent(slug)}?lang=${lang}`,
    );
    this.events.set(key, { event, until: Date.now() + 60_000 });
    return event;
  }

  /** Never cached: who owns an organisation is asked each time a message is written to its owners. */
  async organisationOwners(id: string): Promise<OrganisationOwner[]> {
    const answer = await this.get<{ owners: OrganisationOwner[] }>(
      this.env.GATEWAY_URL,
      `/internal/organisations/${id}/owners`,
    );
    return answer.owners.map((owner) => ({
      ...owner,
      preferredLanguage: isLang(owner.preferredLanguage) ? owner.preferredLanguage : 'ru',
    }));
  }

  /**
   * A published schedule version as the public reads it (sessions' `/public/events/{slug}/schedule/
   * versions/{n}`). Versions never change: the last few read are kept, rooms and sessions only, so
   * a fan-out to thousands asks once per language.
   */
  async scheduleVersion(slug: string, number: number, lang: Lang): Promise<PublishedSchedule> {
    const key = `${slug}:${number}:${lang}`;
    const kept = this.schedules.get(key);
    if (kept) return kept;
    const body = await this.get<PublicScheduleBody>(
      this.env.SESSIONS_URL,
      `/public/events/${encodeURIComponent(slug)}/schedule/versions/${number}?lang=${lang}`,
    );
    const schedule: PublishedSchedule = {
      eventId: body.event.id,
      timeZone: body.event.timeZone,
      rooms: new Map(body.rooms.map((room) => [room.id, room.name])),
      sessions: new Map(
        body.sessions.map(({ id, title, roomId, startsAt, endsAt }) => [
          id,
          { title, roomId, startsAt, endsAt },
        ]),
      ),
    };
    if (this.schedules.size >= 24) this.schedules.delete(this.schedules.keys().next().value as string);
    this.schedules.set(key, schedule);
    return schedule;
  }

  /** Cached for five minutes. */
  async organisation(id: string): Promise<OrganisationProfile> {
    const cached = this.organisations.get(id);
    if (cached && cached.until > Date.now()) return cached.profile;
    const profile = await this.get<OrganisationProfile>(
      this.env.GATEWAY_URL,
      `/internal/organisations/${id}`,
    );
    this.organisations.set(id, { profile, until: Date.now() + 300_000 });
    return profile;
  }

  private get<T>(base: string, path: string): Promise<T> {
    return this.call<T>('GET', base, path, { 200: 'ok', 404: 'gone' });
  }

  /** Asks an owner; `answers` says which statuses are an answer and which mean nothing to send. */
  private async call<T>(
    method: 'GET' | 'POST',
    base: string,
    path: string,
    answers: Record<number, 'ok' | 'gone'>,
  ): Promise<T> {
    let response;
    try {
      response = await request(new URL(path, base), {
        method,
        headers: {
          [INTERNAL_TOKEN_HEADER]: this.env.INTERNAL_TOKEN,
          [PRINCIPAL_HEADER]: encodePrincipal(ANONYMOUS),
          accept: 'application/json',
        },
        headersTimeout: TIMEOUT_MS,
        bodyTimeout: TIMEOUT_MS,
      });
    } catch (error) {
      throw new OwnerUnavailableError(`${new URL(base).host} did not answer: ${(error as Error).message}`);
    }
    const route = path.replace(/[0-9a-f-]{36}/g, ':id').replace(/\?.*$/, '');
    if (answers[response.statusCode] === 'gone') {
      // A problem's `reason` (e.g. expired) says why, and carries nothing personal.
      const reason = await problemReason(response.body);
      throw new RecipientGoneError(`${route} answered ${response.statusCode}${reason ? ` (${reason})` : ''}`);
    }
    if (answers[response.statusCode] !== 'ok') {
      await response.body.dump();
      throw new OwnerUnavailableError(`${route} answered ${response.statusCode}`);
    }
    return (await response.body.json()) as T;
  }
}

/** The `reason` of a problem answer, if it has one that is a plain word; the body is read either way. */
async function problemReason(body: { text(): Promise<string> }): Promise<string | undefined> {
  try {
    const reason = (JSON.parse(await body.text()) as { reason?: unknown }).reason;
    return typeof reason === 'string' && /^[a-z-]{1,40}$/.test(reason) ? reason : undefined;
  } catch {
    return undefined;
  }
}
