import { createHash, randomBytes } from 'node:crypto';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { invalidManagementToken } from './registrations-problems';
import { RegistrationEntity } from '../registration-core/registration.entity';

/** 32 random bytes, base64url: what the participant gets once, in the create response. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh management token and the digest that is stored in its place. */
export function newManagementToken(): { token: string; digest: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, digest: digestManagementToken(token) };
}

/** SHA-256 (hex) of a token: tokens are stored and looked up only by digest. */
export function digestManagementToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Resolves a participant's management token (the self-service bearer token, passed on by the
 * gateway as `x-jiyn-self-token`) to their registration. Missing, malformed, unknown or forged
 * tokens are one and the same 401 problem, so nothing is learnt by probing. Never log the token.
 */
@Injectable()
export class ManagementTokenAuth {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The registration the token manages, or a 401 problem. With a transaction's `manager` and
   * `lock: true` the row is locked `FOR UPDATE` for the rest of that transaction.
   */
  async registrationFor(
    token: string | undefined,
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<RegistrationEntity> {
    if (!token || !TOKEN_PATTERN.test(token)) throw invalidManagementToken();
    const manager = options.manager ?? this.dataSource.manager;
    const query = manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.management_token_digest = :digest', { digest: digestManagementToken(token) });
    if (options.lock) query.setLock('for_no_key_update');
    const registration = await query.getOne();
    if (!registration) throw invalidManagementToken();
    return registration;
  }
}

/**
 * A participant's route (`@UseGuards(ManagementTokenGuard)`): the token is checked before pipes
 * and the body parser's complaints, so a caller without a valid one hears 401 and nothing about
 * the route's input. The handler resolves the registration again, inside its own transaction.
 */
@Injectable()
export class ManagementTokenGuard implements CanActivate {
  constructor(private readonly tokens: ManagementTokenAuth) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers[SELF_SERVICE_TOKEN_HEADER];
    await this.tokens.registrationFor(typeof header === 'string' && header.length > 0 ? header : undefined);
    return true;
  }
}
