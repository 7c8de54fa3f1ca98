import type { FastifyRequest } from 'fastify';
import type { QuotaSetting } from './lease-store';

export type PolicyName = 'api-key' | 'person' | 'self-service' | 'public';

/** One budget a request spends from, and how big it is by default. */
export interface RateLimitPolicy {
  name: PolicyName;
  bucket: string;
  defaultQuota: number;
  /** An organisation's own limit replaces the default, when it set one. */
  override?: { setting: QuotaSetting; organisationId: string };
}

export interface RateLimitDefaults {
  apiKeyPerMinute: number;
  personPerMinute: number;
  selfServicePerMinute: number;
  publicPerMinute: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keys and people spend their own budgets (set per organisation); callers without a credential
 * (self-service, public reads) spend their client address's. The break-glass key is not limited: it
 * is for operators, and an outage is when they need it.
 */
export function policyFor(request: FastifyRequest, defaults: RateLimitDefaults): RateLimitPolicy | undefined {
  if (!request.url.startsWith('/api/v1/')) return undefined;
  const principal = request.principal;
  const organisationId =
    principal?.organisationId && UUID.test(principal.organisationId) ? principal.organisationId : undefined;
  if (principal?.kind === 'api-key')
    return {
      name: 'api-key',
      bucket: `api-key:${principal.id}`,
      defaultQuota: defaults.apiKeyPerMinute,
      ...(organisationId ? { override: { setting: 'api_key_per_minute', organisationId } } : {}),
    };
  if (principal?.kind === 'person')
    return {
      name: 'person',
      bucket: `person:${principal.id}`,
      defaultQuota: defaults.personPerMinute,
      ...(organisationId ? { override: { setting: 'person_per_minute', organisationId } } : {}),
    };
  if (principal && principal.kind !== 'anonymous') return undefined;
  if (request.url.startsWith('/api/v1/self/'))
    return {
      name: 'self-service',
      bucket: `self:${request.ip}`,
      defaultQuota: defaults.selfServicePerMinute,
    };
  if (request.url.startsWith('/api/v1/public/'))
    return { name: 'public', bucket: `public:${request.ip}`, defaultQuota: defaults.publicPerMinute };
  return undefined;
}
