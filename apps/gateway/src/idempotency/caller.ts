import { createHash } from 'node:crypto';
import type { Principal } from '@jiyn/auth';

/** Keys of callers with no credential at all (e.g. a participant's own registration form). */
export const ANONYMOUS_CALLER = 'anonymous';

/**
 * Whose key it is. Keys are per caller, so two callers' equal keys never meet: an authenticated
 * principal by its id; a self-service caller by their token, as a digest (the token itself stays
 * out of the table); a caller without any by nothing — their keys must then be random UUIDs, and a
 * replay also needs the very same body (the participant's own data), so no one else can have it.
 */
export function callerOf(principal: Principal | undefined, selfServiceToken?: string): string {
  if (selfServiceToken) return `self:${createHash('sha256').update(selfServiceToken).digest('hex')}`;
  if (principal && principal.kind !== 'anonymous') return `principal:${principal.id}`;
  return ANONYMOUS_CALLER;
}
