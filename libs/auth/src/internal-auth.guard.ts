import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException } from '@jiyn/problems';
import { INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, decodePrincipal, type Principal } from './principal';
import { bindDisclosures } from './personal-data-disclosure';
import { digestSecret, secretMatches } from './secrets';
import { IS_UNGUARDED } from './unguarded.decorator';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/**
 * Services answer only the gateway: every route needs the internal token, except the few marked
 * `@Unguarded()` (health probes). The principal the gateway established rides along in a header.
 */
@Injectable()
export class InternalAuthGuard implements CanActivate {
  private readonly tokenDigest: Buffer;

  constructor(
    private readonly reflector: Reflector,
    internalToken: string,
  ) {
    this.tokenDigest = digestSecret(internalToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const unguarded = this.reflector.getAllAndOverride<boolean>(IS_UNGUARDED, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (unguarded) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!secretMatches(header(request, INTERNAL_TOKEN_HEADER), this.tokenDigest))
      throw new ProblemException('unauthorized');
    request.principal = decodePrincipal(header(request, PRINCIPAL_HEADER));
    bindDisclosures(request.principal, context.switchToHttp().getResponse<FastifyReply>());
    return true;
  }
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
