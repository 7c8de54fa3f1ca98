import type { FastifyRequest } from 'fastify';
import { digestSecret, type Principal } from '@jiyn/auth';

/**
 * One way of proving who is calling: an API key, a sign-in session cookie, the break-glass key.
 * `resolve` answers undefined when the request does not carry this kind of credential at all, a
 * principal when it carries a valid one, and throws a ProblemException (401) when it carries one that
 * is unknown, expired or revoked — a bad credential is refused, never tried as something else.
 */
export interface CredentialResolver {
  resolve(request: FastifyRequest): Promise<Principal | undefined>;
}

/** Nest token of the resolvers the authentication guard asks, in order. */
export const CREDENTIAL_RESOLVERS = Symbol('CREDENTIAL_RESOLVERS');

/** Reads the caller's key from `Authorization: Bearer …` or `X-Api-Key`. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const apiKey = request.headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey) return apiKey;
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** Each request's presented key digested once, however many resolvers compare it. */
const presentedDigests = new WeakMap<FastifyRequest, Buffer | null>();

/**
 * SHA-256 of the presented key (the break-glass key and API keys are both known by it), computed
 * once per request; undefined without a key.
 */
export function presentedKeyDigest(request: FastifyRequest): Buffer | undefined {
  let digest = presentedDigests.get(request);
  if (digest === undefined) {
    const key = presentedKey(request);
    digest = key ? digestSecret(key) : null;
    presentedDigests.set(request, digest);
  }
  return digest ?? undefined;
}
