import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { digestSecret, type Principal } from '@jiyn/auth';
import { presentedKeyDigest, type CredentialResolver } from './credential-resolver';

/**
 * The environment's ADMIN_API_KEY: a break-glass credential for bootstrapping the first organisation.
 * Only its digest is held in memory; the key is never logged.
 */
export class BreakGlassKey implements CredentialResolver {
  private readonly digest: Buffer;
  private readonly principal: Principal;

  constructor(adminKey: string) {
    this.digest = digestSecret(adminKey);
    this.principal = {
      id: `break-glass:${this.digest.toString('hex').slice(0, 12)}`,
      kind: 'break-glass',
      grants: [],
    };
  }

  matches(request: FastifyRequest): boolean {
    const presented = presentedKeyDigest(request);
    return presented !== undefined && timingSafeEqual(presented, this.digest);
  }

  resolve(request: FastifyRequest): Promise<Principal | undefined> {
    return Promise.resolve(this.matches(request) ? this.principal : undefined);
  }
}
