import { createHmac } from 'node:crypto';

/**
 * The pseudonymous key analytics sees instead of a person: HMAC-SHA256 of the IIN (or, without
 * one, the lower-cased e-mail) under a service secret. Stable across events, not reversible.
 */
export function participantKey(secret: string, identity: { iin?: string | null; email: string }): string {
  const subject = identity.iin ? `iin:${identity.iin}` : `email:${identity.email.trim().toLowerCase()}`;
  return createHmac('sha256', secret).update(subject, 'utf8').digest('hex');
}
