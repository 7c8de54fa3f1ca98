import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * `__Host-` makes browsers insist on Secure, Path=/ and no Domain, so no subdomain can plant or read it.
 * SameSite=Lax rather than Strict: the OIDC callback arrives as a top-level navigation from the
 * provider's site, and a Strict cookie would not accompany the redirect into the console that follows
 * it (the person would look signed out). Lax still keeps the cookie off cross-site POSTs, and every
 * cookie-authenticated write must also carry the X-CSRF-Token header and a matching Origin.
 */
export const SESSION_COOKIE = '__Host-jiyn_session';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || undefined;
  }
  return undefined;
}

export function cookieHeader(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
}

export function appendCookie(reply: FastifyReply, cookie: string): void {
  const existing = reply.getHeader('set-cookie');
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  void reply.header('set-cookie', [...list, cookie]);
}

/** The CSRF token is derived from the session token: nothing more to store, and useless without the cookie. */
export function csrfTokenOf(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('jiyn-csrf').digest('base64url');
}

export function csrfTokenMatches(sessionToken: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
