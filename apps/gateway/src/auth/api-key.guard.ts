import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IS_UNGUARDED, digestSecret, secretMatches, type Principal } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';

/** Reads the caller's key from `Authorization: Bearer …` or `X-Api-Key`. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const apiKey = request.headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey) return apiKey;
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/**
 * Default deny: every gateway route needs a valid key unless marked @Unguarded() (public reads,
 * health, docs). Only the key's digest is held in memory; the key is never logged.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly adminDigest: Buffer;
  private readonly adminPrincipal: Principal;

  constructor(
    private readonly reflector: Reflector,
    adminKey: string,
  ) {
    this.adminDigest = digestSecret(adminKey);
    this.adminPrincipal = {
      id: `break-glass:${this.adminDigest.toString('hex').slice(0, 12)}`,
      kind: 'break-glass',
      grants: [],
    };
  }

  canActivate(context: ExecutionContext): boolean {
    const unguarded = this.reflector.getAllAndOverride<boolean>(IS_UNGUARDED, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (unguarded) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (secretMatches(presentedKey(request), this.adminDigest)) {
      request.principal = this.adminPrincipal;
      return true;
    }
    void http.getResponse<FastifyReply>().header('www-authenticate', 'Bearer realm="jiyn"');
    throw new ProblemException('unauthorized', {
      detail: {
        en: 'Send an API key as "Authorization: Bearer <key>" or "X-Api-Key: <key>"',
        ru: 'Передайте API-ключ в заголовке "Authorization: Bearer <ключ>" или "X-Api-Key: <ключ>"',
        kk: 'API кілтін "Authorization: Bearer <кілт>" немесе "X-Api-Key: <кілт>" тақырыбында жіберіңіз',
      },
    });
  }
}
