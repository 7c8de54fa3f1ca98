import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotificationsEnvironment } from '../notifications.environment';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The token in a reminder's unsubscribe link: which event's reminders and whose, with an HMAC so
 * nobody can unsubscribe someone else. The key is derived from INTERNAL_TOKEN (HKDF, its own label):
 * no further secret to manage; a rotated internal token retires older links.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(env: NotificationsEnvironment) {
    this.key = Buffer.from(hkdfSync('sha256', env.INTERNAL_TOKEN, '', 'jiyn-notifications-unsubscribe', 32));
  }

  issue(eventId: string, recipientRef: string): string {
    return `${eventId}.${recipientRef}.${this.mac(eventId, recipientRef)}`;
  }

  /** The event and recipient a token names, or undefined when it is not one of ours. */
  read(token: string): { eventId: string; recipientRef: string } | undefined {
    const [eventId, recipientRef, mac, ...rest] = token.split('.');
    if (rest.length || !eventId || !recipientRef || !mac) return undefined;
    if (!UUID.test(eventId) || !UUID.test(recipientRef)) return undefined;
    const expected = Buffer.from(this.mac(eventId, recipientRef));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return { eventId, recipientRef };
  }

  private mac(eventId: string, recipientRef: string): string {
    return createHmac('sha256', this.key).update(`${eventId}.${recipientRef}`).digest('base64url');
  }
}
