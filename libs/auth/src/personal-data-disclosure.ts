import type { Principal } from './principal';

/**
 * A service's answer carries this header when it disclosed unmasked personal data (IIN, phone,
 * e-mail, birth date…); its value names the kinds, comma-separated. The gateway records the read in
 * its audit log and strips the header before the caller sees the answer.
 */
export const PERSONAL_DATA_HEADER = 'x-jiyn-personal-data';

export type PersonalDataKind = 'iin' | 'phone' | 'email' | 'birth-date' | 'contacts';

interface HeaderTarget {
  header(name: string, value: string): unknown;
  getHeader(name: string): unknown;
}

/** Each request's principal (decoded per request) leads to its reply, without threading it through. */
const replies = new WeakMap<Principal, HeaderTarget>();

/** Called by the InternalAuthGuard: disclosures noted against this principal mark this reply. */
export function bindDisclosures(principal: Principal, reply: HeaderTarget): void {
  replies.set(principal, reply);
}

/** Marks the answer to the principal's request as disclosing these kinds of personal data. */
export function notePersonalDataDisclosed(principal: Principal, ...kinds: PersonalDataKind[]): void {
  const reply = replies.get(principal);
  if (!reply || kinds.length === 0) return;
  const present = String(reply.getHeader(PERSONAL_DATA_HEADER) ?? '')
    .split(',')
    .filter(Boolean);
  reply.header(PERSONAL_DATA_HEADER, [...new Set([...present, ...kinds])].join(','));
}
