import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KZ_DEFAULT_TIME_ZONE, pickLocalized, type Lang } from '@jiyn/kz';
import {
  EventProjectionRepository,
  type EventPresentation,
} from '../event-projection/event-projection.repository';
import type { RegistrationEntity } from '../registration-core/registration.entity';
import { RegistrationLifecycleService } from '../registrations/registration-lifecycle.service';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import { offerAlreadyAccepted, offerNoLongerStands, unknownOfferLink } from './offer-link-problems';
import { OfferLinkTokens, type OfferLink } from './offer-link-tokens';

/** An open offer as its link shows it. */
export interface StandingOffer {
  registration: RegistrationEntity;
  offerExpiresAt: Date;
  event: EventPresentation;
}

/**
 * The seat offer's link: made for the notifications service when it writes the offer's e-mail,
 * shown as a page, and taken up with the same move as the self-service accept. A link works only
 * for the offer it was made for, while that offer is open.
 */
@Injectable()
export class OfferLinks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: OfferLinkTokens,
    private readonly registrations: RegistrationsRepository,
    private readonly lifecycle: RegistrationLifecycleService,
    private readonly projections: EventProjectionRepository,
  ) {}

  /** The token of the registration's open offer; a problem when none is open (the e-mail is then not sent). */
  async mint(registrationId: string): Promise<{ token: string; offerExpiresAt: Date }> {
    const registration = await this.registrations.findById(registrationId);
    if (!registration) throw unknownOfferLink();
    if (registration.status === 'confirmed') throw offerAlreadyAccepted();
    const offerExpiresAt = registration.offerExpiresAt;
    if (registration.status !== 'offered' || !offerExpiresAt || offerExpiresAt.getTime() <= Date.now())
      throw offerNoLongerStands(registration.status, offerExpiresAt ?? new Date());
    return { token: this.tokens.issue({ registrationId, offerExpiresAt }), offerExpiresAt };
  }

  /** The offer a token names, while it is open; otherwise the problem saying what became of it. */
  async open(token: unknown): Promise<StandingOffer> {
    const link = this.read(token);
    const registration = standing(await this.registrations.findById(link.registrationId), link);
    return { registration, offerExpiresAt: link.offerExpiresAt, event: await this.eventOf(registration) };
  }

  /** Takes the seat, once: a second acceptance (or one racing it) finds the registration confirmed. */
  async accept(token: unknown): Promise<{ registration: RegistrationEntity; event: EventPresentation }> {
    const link = this.read(token);
    const registration = await this.lifecycle.acceptOfferByLink(link.registrationId, (locked) =>
      standing(locked, link),
    );
    return { registration, event: await this.eventOf(registration) };
  }

  private read(token: unknown): OfferLink {
    const link = this.tokens.read(token);
    if (!link) throw unknownOfferLink();
    return link;
  }

  private async eventOf(registration: RegistrationEntity): Promise<EventPresentation> {
    return (
      (await this.projections.presentation(this.dataSource.manager, registration.eventId)) ?? {
        slug: '',
        title: {},
        timeZone: KZ_DEFAULT_TIME_ZONE,
      }
    );
  }
}

/** The event's title in `lang` (another language's when missing), else its slug. */
export function eventTitleIn(event: EventPresentation, lang: Lang): string {
  return pickLocalized(event.title, lang) ?? event.slug;
}

/**
 * The registration if the link's offer is the one open on it now; otherwise what became of that
 * offer: taken up (the registration is confirmed), lapsed, or overtaken by a change.
 */
function standing(registration: RegistrationEntity | null, link: OfferLink): RegistrationEntity {
  if (!registration) throw unknownOfferLink();
  const sameOffer =
    registration.status === 'offered' &&
    registration.offerExpiresAt?.getTime() === link.offerExpiresAt.getTime();
  if (sameOffer && link.offerExpiresAt.getTime() > Date.now()) return registration;
  if (registration.status === 'confirmed') throw offerAlreadyAccepted();
  throw offerNoLongerStands(registration.status, link.offerExpiresAt);
}
