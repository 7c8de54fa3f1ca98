import { Injectable } from '@nestjs/common';
import type Mail from 'nodemailer/lib/mailer';
import { calendarHead, escapeText, fold, offsetFinder, stamp, vtimezone } from '@jiyn/icalendar';
import { pickLocalized, type Lang } from '@jiyn/kz';
import type { EmailDelivery, QueuedEmail } from '../delivery-log/email-deliveries.repository';
import { EventProjectionRepository, type KnownEvent } from '../event-projection/event-projection.repository';
import { NotificationsEnvironment } from '../notifications.environment';
import {
  OwnerDirectory,
  OwnerUnavailableError,
  type InvitationLink,
  type PublicEvent,
  type OrganisationProfile,
} from '../recipients/owner-directory';
import { EmailPreferencesRepository } from './email-preferences.repository';
import { OwnerNoticeComposer } from './owner-notices/owner-notice-composer';
import { SessionChangeFacts, isAboutSession } from './session-changes/session-change-facts';
import { WITH_INVITATION_LINK, WITH_TICKET } from './templates/catalogue';
import { EmailRenderer, type MessageFacts, type RenderedEmail } from './templates/email-renderer';
import { COMMON_TEXTS, DATE_LOCALES, INVITATION_TEXTS } from './templates/texts';
import { checkInQrPng } from './ticket/check-in-qr';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/**
 * A message ready for SMTP, why there is nothing to send, or (a message to an organisation's
 * owners) the messages it stands for, one per owner, to queue in its place.
 */
export type Composed =
  | { kind: 'message'; message: Mail.Options; language: Lang }
  | { kind: 'skip'; reason: string }
  | { kind: 'fan-out'; messages: QueuedEmail[]; reason: string };

/** Where an invitation's time is shown when it concerns no event: the platform's default zone. */
const DEFAULT_TIME_ZONE = 'Asia/Almaty';

/**
 * Turns one queued delivery into the e-mail: asks the owner for the recipient's address and
 * language, the sessions service for the event's title and venue, the gateway for the
 * organisation's name and branding, then renders HTML and text with the check-in QR code and the
 * event's .ics where the message carries a ticket. The address lives in the returned message only.
 */
@Injectable()
export class EmailComposer {
  constructor(
    private readonly owners: OwnerDirectory,
    private readonly events: EventProjectionRepository,
    private readonly preferences: EmailPreferencesRepository,
    private readonly renderer: EmailRenderer,
    private readonly unsubscribeTokens: UnsubscribeTokens,
    private readonly env: NotificationsEnvironment,
    private readonly sessionChanges: SessionChangeFacts,
    private readonly ownerNotices: OwnerNoticeComposer,
  ) {}

  async compose(delivery: EmailDelivery): Promise<Composed> {
    if (delivery.recipientKind === 'organisation' || delivery.recipientKind === 'person')
      return this.ownerNotices.compose(delivery);
    if (WITH_INVITATION_LINK.has(delivery.template)) return this.invitation(delivery);
    if (!delivery.eventId) return { kind: 'skip', reason: 'no event' };
    const event = await this.events.find(delivery.eventId);
    // Registrations exist only for published events: its event.published is on its way.
    if (!event) throw new OwnerUnavailableError('the event is not known here yet');
    if (
      !delivery.transactional &&
      (await this.preferences.isUnsubscribed(event.eventId, delivery.recipientRef))
    )
      return { kind: 'skip', reason: 'unsubscribed' };

    const recipient =
      delivery.recipientKind === 'participant'
        ? await this.participant(delivery.recipientRef)
        : await this.speaker(delivery.recipientRef);
    if (!recipient.email) return { kind: 'skip', reason: 'the recipient has no e-mail address' };
    const lang = recipient.lang;
    // A sign-up ends with its registration, maybe since the message was queued: its owner knows.
    if (isAboutSession(delivery.template) && recipient.status !== 'confirmed')
      return { kind: 'skip', reason: `the registration is ${recipient.status ?? 'gone'}` };
    const session = await this.sessionChanges.of(delivery, event, lang);
    if (session?.kind === 'skip') return session;
    const [publicEvent, organisation, overrides] = await Promise.all([
      this.owners.event(event.slug, lang),
      event.organisationId ? this.owners.organisation(event.organisationId) : Promise.resolve(undefined),
      this.preferences.overrides(event.eventId, delivery.template),
    ]);
    const common = COMMON_TEXTS[lang];
    const when = (iso: string | Date) => formatDate(new Date(iso), lang, event.timeZone);
    const eventTitle = publicEvent.title ?? event.slug;
    const facts: { label: string; value: string }[] = session
      ? [...session.facts]
      : [{ label: common.starts, value: when(event.startsAt) }];
    if (publicEvent.venue?.name)
      facts.push({
        label: common.venue,
        value: [publicEvent.venue.name, publicEvent.venue.address].filter(Boolean).join(', '),
      });
    const ticket = WITH_TICKET.has(delivery.template) && recipient.ticket;
    if (ticket) facts.unshift({ label: common.code, value: ticket.code });
    const offerExpiresAt = recipient.offerExpiresAt ?? (delivery.params['offerExpiresAt'] as string | null);
    if (delivery.template === 'seat-offered' && offerExpiresAt)
      facts.push({ label: common.offerExpires, value: when(offerExpiresAt) });
    // No offer open any more (accepted or lapsed since): registrations answers 409, nothing is sent.
    const action: MessageFacts['action'] =
      delivery.template === 'seat-offered'
        ? {
            label: common.acceptOffer,
            url: this.offerUrl((await this.owners.offerLink(delivery.recipientRef)).token, lang),
          }
        : undefined;

    const unsubscribeUrl = delivery.transactional
      ? undefined
      : `${this.env.PUBLIC_BASE_URL}/api/v1/self/notifications/email/unsubscribe?token=${this.unsubscribeTokens.issue(event.eventId, delivery.recipientRef)}`;
    const rendered = await this.renderer.render(
      delivery.template,
      {
        lang,
        ...brandingOf(organisation, lang),
        eventTitle,
        name: recipient.name,
        values: {
          code: ticket ? ticket.code : undefined,
          position: recipient.waitlistPosition ?? undefined,
          offerExpiresAt: offerExpiresAt ? when(offerExpiresAt) : undefined,
          startsAt: when(event.startsAt),
          proposalTitle: delivery.params[`proposalTitle.${lang}`] ?? delivery.params['proposalTitle'],
          ...session?.values,
        },
        facts,
        qrCid: ticket ? 'check-in-qr@jiyn' : undefined,
        action,
        unsubscribeUrl,
      },
      overrides[lang],
    );
    const attachments: Mail.Attachment[] = [];
    if (ticket) {
      attachments.push({
        filename: 'check-in.png',
        content: checkInQrPng(ticket.token),
        contentType: 'image/png',
        cid: 'check-in-qr@jiyn',
      });
      attachments.push({
        filename: `${event.slug}.ics`,
        content: this.calendarOf(event, eventTitle, publicEvent.venue?.name ?? null),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      });
    }
    return this.message(delivery, { ...recipient, email: recipient.email }, lang, rendered, {
      attachments,
      unsubscribeUrl,
    });
  }

  /**
   * A speaker's invitation: to sign in (no event), or as a co-speaker to confirm or decline a
   * proposal (its event's title and organisation). The link is minted by the speakers service last,
   * once everything else is known, so a message that is skipped or cannot be written mints nothing;
   * a message retried mints again (every link minted works until one is used). The token is in the
   * returned message only.
   */
  private async invitation(delivery: EmailDelivery): Promise<Composed> {
    const invitationId = delivery.params['invitationId'];
    if (typeof invitationId !== 'string') return { kind: 'skip', reason: 'no invitation' };
    const recipient = await this.speaker(delivery.recipientRef);
    if (!recipient.email) return { kind: 'skip', reason: 'the recipient has no e-mail address' };
    const lang = recipient.lang;
    let event: KnownEvent | undefined;
    let publicEvent: PublicEvent | undefined;
    if (delivery.eventId) {
      event = await this.events.find(delivery.eventId);
      if (!event) throw new OwnerUnavailableError('the event is not known here yet');
      publicEvent = await this.owners.event(event.slug, lang);
    }
    const organisationId =
      event?.organisationId ??
      (typeof delivery.params['organisationId'] === 'string' ? delivery.params['organisationId'] : null);
    const [organisation, overrides] = await Promise.all([
      organisationId ? this.owners.organisation(organisationId) : Promise.resolve(undefined),
      event
        ? this.preferences.overrides(event.eventId, delivery.template)
        : Promise.resolve({} as Awaited<ReturnType<EmailPreferencesRepository['overrides']>>),
    ]);
    const link = await this.owners.invitationLink(invitationId);
    const words = INVITATION_TEXTS[lang];
    const when = (iso: string | Date) =>
      formatDate(new Date(iso), lang, event?.timeZone ?? DEFAULT_TIME_ZONE);
    const facts = [{ label: words.linkExpires, value: when(link.expiresAt) }];
    if (event) facts.push({ label: COMMON_TEXTS[lang].starts, value: when(event.startsAt) });
    const rendered = await this.renderer.render(
      delivery.template,
      {
        lang,
        ...brandingOf(organisation, lang),
        eventTitle: event ? (publicEvent?.title ?? event.slug) : '',
        name: recipient.name,
        values: {
          proposalTitle: link.proposal ? pickLocalized(link.proposal.title, lang) : undefined,
          primarySpeakerName: link.proposal
            ? pickLocalized(link.proposal.primarySpeakerName, lang)
            : undefined,
          expiresAt: when(link.expiresAt),
          startsAt: event ? when(event.startsAt) : undefined,
        },
        facts,
        action: {
          label: link.proposal ? words.answer : words.signIn,
          url: this.invitationUrl(link),
        },
      },
      overrides[lang],
    );
    return this.message(delivery, { ...recipient, email: recipient.email }, lang, rendered, {});
  }

  /**
   * Where a speaker follows an invitation: the same address the speakers service gives organisers
   * (`/invitations/speaker`), on this service's PUBLIC_BASE_URL, with the token in the fragment,
   * which browsers never send to a server, and a co-speaker's proposal in the query.
   */
  private invitationUrl(link: InvitationLink): string {
    const base = this.env.PUBLIC_BASE_URL.replace(/\/+$/, '');
    const query = link.proposal ? `?proposal=${encodeURIComponent(link.proposal.proposalId)}` : '';
    return `${base}/invitations/speaker${query}#token=${link.token}`;
  }

  /** The e-mail itself: sender, recipient, both parts, the headers every message carries. */
  private message(
    delivery: EmailDelivery,
    recipient: { email: string; name: string | null },
    lang: Lang,
    rendered: RenderedEmail,
    extra: { attachments?: Mail.Attachment[]; unsubscribeUrl?: string },
  ): Composed {
    const { unsubscribeUrl } = extra;
    return {
      kind: 'message',
      language: lang,
      message: {
        from: this.env.MAIL_FROM,
        to: recipient.name ? { name: recipient.name, address: recipient.email } : recipient.email,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        messageId: delivery.messageId,
        attachments: extra.attachments ?? [],
        headers: {
          'Content-Language': lang,
          'X-Jiyn-Template': delivery.template,
          // Automatic (RFC 3834): no auto-replies back, please.
          'Auto-Submitted': 'auto-generated',
          // RFC 8058: mail clients unsubscribe with one POST, no page to visit.
          ...(unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
        },
        list: unsubscribeUrl
          ? { unsubscribe: { url: unsubscribeUrl, comment: COMMON_TEXTS[lang].unsubscribe } }
          : undefined,
      },
    };
  }

  /**
   * The accept link: the registrations service's page for the offer, in the reader's language. It
   * accepts nothing on a GET (mail scanners open links); its button does, with a POST.
   */
  private offerUrl(token: string, lang: Lang): string {
    const query = new URLSearchParams({ token, lang });
    return `${this.env.PUBLIC_BASE_URL.replace(/\/$/, '')}/api/v1/self/registrations/offer?${query}`;
  }

  /** An event's .ics is the same for every recipient reading one language: written once per version. */
  private readonly calendars = new Map<string, string>();

  private calendarOf(event: KnownEvent, title: string, venue: string | null): string {
    const key = JSON.stringify([
      event.eventId,
      event.startsAt,
      event.endsAt,
      event.timeZone,
      event.slug,
      title,
      venue,
    ]);
    let calendar = this.calendars.get(key);
    if (calendar === undefined) {
      calendar = eventCalendar(event, title, venue, this.env.PUBLIC_BASE_URL);
      if (this.calendars.size >= 1_000) this.calendars.clear();
      this.calendars.set(key, calendar);
    }
    return calendar;
  }

  private async participant(registrationId: string) {
    const contact = await this.owners.participant(registrationId);
    return {
      email: contact.email,
      name: contact.fullName,
      lang: contact.preferredLanguage,
      status: contact.status,
      ticket:
        contact.status === 'confirmed'
          ? { code: contact.confirmationCode, token: contact.checkInToken }
          : undefined,
      waitlistPosition: contact.waitlistPosition,
      offerExpiresAt: contact.offerExpiresAt,
    };
  }

  private async speaker(speakerId: string) {
    const contact = await this.owners.speaker(speakerId);
    return {
      email: contact.email,
      name: pickLocalized(contact.fullName, contact.preferredLanguage) ?? null,
      lang: contact.preferredLanguage,
      status: undefined,
      ticket: undefined,
      waitlistPosition: null,
      offerExpiresAt: null,
    };
  }
}

/**
 * Who a message comes from, in the reader's language: the organisation's name (the platform's
 * without one), colour, logo and signature (a language it lacks: another, as for names).
 */
export function brandingOf(
  organisation: OrganisationProfile | undefined,
  lang: Lang,
): { organisationName: string; brandColour?: string; logoUrl?: string; organisationFooter?: string } {
  if (!organisation) return { organisationName: 'Jiyn' };
  return {
    organisationName: pickLocalized(organisation.name, lang) ?? 'Jiyn',
    brandColour: organisation.brandColour ?? undefined,
    logoUrl: organisation.logoUrl ?? undefined,
    organisationFooter: organisation.emailFooter ? pickLocalized(organisation.emailFooter, lang) : undefined,
  };
}

/** "5 February 2024, 09:00" in the reader's language and the event's time zone. */
/** Formatters by language and zone: building one costs more than a whole message's rendering. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

export function formatDate(at: Date, lang: Lang, timeZone: string): string {
  const key = `${lang} ${timeZone}`;
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    if (DATE_FORMATS.size >= 500) DATE_FORMATS.clear();
    DATE_FORMATS.set(key, format);
  }
  return format.format(at);
}

/** The event as one VEVENT in its own time zone (RFC 5545), for the recipient's calendar. */
export function eventCalendar(
  event: KnownEvent,
  title: string,
  venue: string | null,
  baseUrl: string,
): string {
  const offsetAt = offsetFinder(event.timeZone);
  const start = event.startsAt.getTime();
  const end = event.endsAt.getTime();
  const lines = [
    ...calendarHead({ productId: '-//Jiyn//Notifications//EN', name: title, timeZone: event.timeZone }),
    ...vtimezone(event.timeZone, offsetAt, [start, end]),
    'BEGIN:VEVENT',
    `UID:${event.eventId}@jiyn`,
    `DTSTAMP:${stamp(Date.now())}Z`,
    `DTSTART;TZID=${event.timeZone}:${stamp(start + offsetAt(start))}`,
    `DTEND;TZID=${event.timeZone}:${stamp(end + offsetAt(end))}`,
    `SUMMARY:${escapeText(title)}`,
    ...(venue ? [`LOCATION:${escapeText(venue)}`] : []),
    `URL:${baseUrl}/api/v1/public/events/${event.slug}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
