/** Scopes a caller can hold. `personal-data` unmasks IIN and phone in lists. */
export const SCOPES = ['admin', 'personal-data', 'registrations:write', 'programme:write'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is calling, as established by the gateway and passed to services with the internal token. */
export interface Principal {
  /** Stable id of the credential (never the secret itself). */
  id: string;
  kind: 'admin-key' | 'anonymous';
  scopes: Scope[];
}

export const ANONYMOUS: Principal = { id: 'anonymous', kind: 'anonymous', scopes: [] };

export const INTERNAL_TOKEN_HEADER = 'x-jiyn-internal-token';
export const PRINCIPAL_HEADER = 'x-jiyn-principal';
/**
 * The bearer token of a self-service caller (a participant's management token, an invited speaker's
 * profile token), passed on by the gateway for `/api/v1/self/…` only; the owning service checks it.
 */
export const SELF_SERVICE_TOKEN_HEADER = 'x-jiyn-self-token';

export function encodePrincipal(principal: Principal): string {
  return Buffer.from(JSON.stringify(principal), 'utf8').toString('base64url');
}

export function decodePrincipal(value: string | undefined): Principal {
  if (!value) return ANONYMOUS;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Principal>;
    if (typeof parsed.id !== 'string' || !Array.isArray(parsed.scopes)) return ANONYMOUS;
    const scopes = parsed.scopes.filter((scope): scope is Scope =>
      (SCOPES as readonly string[]).includes(scope),
    );
    return { id: parsed.id, kind: parsed.kind === 'admin-key' ? 'admin-key' : 'anonymous', scopes };
  } catch {
    return ANONYMOUS;
  }
}

export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.includes('admin') || principal.scopes.includes(scope);
}
