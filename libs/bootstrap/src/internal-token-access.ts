import type { FastifyRequest } from 'fastify';
import { INTERNAL_TOKEN_HEADER, digestSecret, secretMatches } from '@jiyn/auth';

/** Who may read a service's /metrics and /openapi.json: holders of the internal token (header or bearer). */
export function internalTokenAccess(token: string): (request: FastifyRequest) => boolean {
  const digest = digestSecret(token);
  return (request) => {
    const header = request.headers[INTERNAL_TOKEN_HEADER];
    const bearer = request.headers.authorization?.replace(/^Bearer\s+/i, '');
    return secretMatches(typeof header === 'string' ? header : bearer, digest);
  };
}
