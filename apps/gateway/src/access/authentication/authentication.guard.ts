import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IS_UNGUARDED } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';
import type { CredentialResolver } from './credential-resolver';

/**
 * Default deny: every gateway route needs a credential unless marked @Unguarded() (public reads,
 * self-service, health, docs). The first resolver that recognises the credential decides.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolvers: readonly CredentialResolver[],
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const unguarded = this.reflector.getAllAndOverride<boolean>(IS_UNGUARDED, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (unguarded) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    for (const resolver of this.resolvers) {
      const principal = await resolver.resolve(request);
      if (principal) {
        request.principal = principal;
        return true;
      }
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
