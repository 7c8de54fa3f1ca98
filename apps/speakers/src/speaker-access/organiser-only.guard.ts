import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '@jiyn/problems';

/**
 * Organiser routes answer only callers the gateway authenticated with an API key. The gateway
 * already refuses others; this keeps a self-service caller (anonymous principal plus a token)
 * out even if a route were exposed by mistake.
 */
@Injectable()
export class OrganiserOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.principal?.kind === undefined || request.principal.kind === 'anonymous')
      throw new ProblemException('unauthorized');
    return true;
  }
}
