import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Kinds of personal data the service's answer disclosed unmasked (its `x-jiyn-personal-data`). */
    personalDataRead?: string[];
  }
}

const KIND = /^[a-z-]{1,32}$/;

/**
 * Keeps what a service said it disclosed, for the audit entry. The header itself is not among the
 * response headers the gateway returns, so callers never see it.
 */
export function notePersonalDataRead(request: FastifyRequest, header: string | string[] | undefined): void {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return;
  const kinds = value
    .split(',')
    .map((kind) => kind.trim())
    .filter((kind) => KIND.test(kind));
  if (kinds.length > 0) request.personalDataRead = [...new Set(kinds)].slice(0, 16);
}
