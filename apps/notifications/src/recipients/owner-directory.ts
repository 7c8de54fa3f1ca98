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

/** The owner could not be asked now (unreachable, 5xx): the message is tried again later. */
export class OwnerUnavailableError extends Error {}
/** The owner has no such recipient (deleted): nothing to send. */
export class RecipientGoneError extends Error {}

const TIMEOUT_MS = 5_000;

/**
 * Asks the owners of what a message needs, at send time, with the internal token: a participant's
 * or speaker's address and language (registrations, speakers), an event's title and venue
 * (sessions), an organisation's name and branding (gateway). Nothing personal is stored here; the caller holds
 * it for the one message it writes.
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

  speaker(speakerId: string): Promise<SpeakerContact> {
    return this.get<SpeakerContact>(this.env.SPEAKERS_URL, `/internal/speakers/${speakerId}/contact`);
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

  private async get<T>(base: string, path: string): Promise<T> {
    let response;
    try {
      response = await request(new URL(path, base), {
        method: 'GET',
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
    if (response.statusCode === 404) {
      await response.body.dump();
      throw new RecipientGoneError(`${path.replace(/[0-9a-f-]{36}/g, ':id')} answered 404`);
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new OwnerUnavailableError(
        `${path.replace(/[0-9a-f-]{36}/g, ':id')} answered ${response.statusCode}`,
      );
    }
    return (await response.body.json()) as T;
  }
}
