import { isScope, type Scope } from './scopes';

export { SCOPES, type Scope } from './scopes';

/**
 * What a principal may do where: every event of one organisation (and the organisation itself),
 * or one event only (an event-limited key, a person's role in one event, a partner organisation's
 * access to another's event).
 */
export type Grant =
  | { organisationId: string; eventId?: undefined; scopes: Scope[] }
  | { eventId: string; organisationId?: undefined; scopes: Scope[] };

export type PrincipalKind = 'person' | 'api-key' | 'break-glass' | 'anonymous';

/** Who is calling, as established by the gateway and passed to services with the internal token. */
export interface Principal {
  /** Stable id of the person or credential (never a secret): `person:<uuid>`, `api-key:<uuid>`. */
  id: string;
  kind: PrincipalKind;
  /** The organisation acting: a key's owner, a signed-in person's current organisation. */
  organisationId?: string;
  grants: Grant[];
}

/** What a request touches: an organisation's event, or the organisation itself. */
export interface Target {
  organisationId: string;
  eventId?: string;
}

export const ANONYMOUS: Principal = { id: 'anonymous', kind: 'anonymous', grants: [] };

export const INTERNAL_TOKEN_HEADER = 'x-jiyn-internal-token';
export const PRINCIPAL_HEADER = 'x-jiyn-principal';
/**
 * The bearer token of a self-service caller (a participant's management token, an invited speaker's
 * profile token), passed on by the gateway for `/api/v1/self/…` only; the owning service checks it.
 */
export const SELF_SERVICE_TOKEN_HEADER = 'x-jiyn-self-token';

const KINDS: readonly PrincipalKind[] = ['person', 'api-key', 'break-glass', 'anonymous'];

export function encodePrincipal(principal: Principal): string {
  return Buffer.from(JSON.stringify(principal), 'utf8').toString('base64url');
}

/** Reads the header the gateway wrote; anything malformed is anonymous, unknown scopes are dropped. */
export function decodePrincipal(value: string | undefined): Principal {
  if (!value) return ANONYMOUS;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
    const kind = parsed['kind'];
    if (typeof parsed['id'] !== 'string' || !KINDS.includes(kind as PrincipalKind)) return ANONYMOUS;
    if (!Array.isArray(parsed['grants'])) return ANONYMOUS;
    const organisationId = parsed['organisationId'];
    return {
      id: parsed['id'],
      kind: kind as PrincipalKind,
      ...(typeof organisationId === 'string' ? { organisationId } : {}),
      grants: (parsed['grants'] as unknown[]).flatMap(decodeGrant),
    };
  } catch {
    return ANONYMOUS;
  }
}

function decodeGrant(value: unknown): Grant[] {
  if (!value || typeof value !== 'object') return [];
  const { organisationId, eventId, scopes } = value as Record<string, unknown>;
  if (!Array.isArray(scopes)) return [];
  const known = scopes.filter(isScope);
  if (typeof organisationId === 'string' && eventId === undefined) return [{ organisationId, scopes: known }];
  if (typeof eventId === 'string' && organisationId === undefined) return [{ eventId, scopes: known }];
  return [];
}

/**
 * The environment's admin key exists to bootstrap: create the first organisations and their API
 * keys (the gateway's own routes). It reads and writes no event, participant or speaker.
 */
export const BREAK_GLASS_SCOPES: readonly Scope[] = ['api-keys:manage', 'members:manage'];

function breakGlassMay(principal: Principal, scope: Scope): boolean {
  return principal.kind === 'break-glass' && BREAK_GLASS_SCOPES.includes(scope);
}

/** Whether the principal holds the scope anywhere: the gateway's check before routing. */
export function holds(principal: Principal, scope: Scope): boolean {
  return breakGlassMay(principal, scope) || principal.grants.some((grant) => grant.scopes.includes(scope));
}

/** Whether the principal may use the scope on this organisation or event: the services' check. */
export function allows(principal: Principal, scope: Scope, target: Target): boolean {
  if (breakGlassMay(principal, scope)) return true;
  return principal.grants.some(
    (grant) =>
      grant.scopes.includes(scope) &&
      (grant.organisationId === target.organisationId ||
        (target.eventId !== undefined && grant.eventId === target.eventId)),
  );
}

/** Where the principal may use the scope, for filtering lists: whole organisations and single events. */
export function reach(principal: Principal, scope: Scope): { organisationIds: string[]; eventIds: string[] } {
  const organisationIds = new Set<string>();
  const eventIds = new Set<string>();
  for (const grant of principal.grants) {
    if (!grant.scopes.includes(scope)) continue;
    if (grant.organisationId !== undefined) organisationIds.add(grant.organisationId);
    else eventIds.add(grant.eventId);
  }
  return { organisationIds: [...organisationIds], eventIds: [...eventIds] };
}

/** @deprecated Transitional alias of `holds`, for callers that do not yet know their target. */
export function hasScope(principal: Principal, scope: Scope): boolean {
  return holds(principal, scope);
}
