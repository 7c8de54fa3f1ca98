import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RegistrationsEnvironment } from '../registrations.environment';

/** What an offer link names: one registration's one offer, told apart from any later one by its expiry. */
export interface OfferLink {
  registrationId: string;
  offerExpiresAt: Date;
}

const TOKEN =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;
/** Domain separation: a MAC made for anything else with this key never reads as an offer link. */
const PURPOSE = 'jiyn-registrations-offer-accept-v1';

/**
 * The token in a seat offer's e-mail: `<registration id>.<offer expiry, ms>.<HMAC-SHA256>` keyed
 * with OFFER_LINK_SECRET. A MAC rather than a stored random token: nothing to write when the
 * e-mail is composed (or composed again on a retry, which then carries the same link), nothing
 * to purge, and nothing in the database that would accept a seat if copied. It can do one thing,
 * accept that offer, and only while it stands: accepting clears the offer's expiry, lapsing
 * cancels the registration, so a used or lapsed token matches no offer (and a new offer has
 * another expiry). Rotating the secret retires the links in flight; offers last hours, not months.
 */
@Injectable()
export class OfferLinkTokens {
  private readonly key: Buffer;

  constructor(env: RegistrationsEnvironment) {
    this.key = Buffer.from(env.OFFER_LINK_SECRET, 'utf8');
  }

  issue(link: OfferLink): string {
    const expiry = link.offerExpiresAt.getTime();
    return `${link.registrationId}.${expiry}.${this.mac(link.registrationId, expiry)}`;
  }

  /** The offer a token names, or undefined when it is not one this service made. */
  read(token: unknown): OfferLink | undefined {
    if (typeof token !== 'string') return undefined;
    const match = TOKEN.exec(token);
    if (!match) return undefined;
    const [, registrationId, expiry, mac] = match as unknown as [string, string, string, string];
    const expected = Buffer.from(this.mac(registrationId, Number(expiry)));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return { registrationId, offerExpiresAt: new Date(Number(expiry)) };
  }

  private mac(registrationId: string, expiry: number): string {
    return createHmac('sha256', this.key)
      .update(`${PURPOSE}\n${registrationId}\n${expiry}`)
      .digest('base64url');
  }
}
