import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import {
  ANONYMOUS,
  IS_UNGUARDED,
  REQUIRED_SCOPE,
  SCOPE_EXEMPT,
  holds,
  missingScope,
  type Scope,
} from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';

export const SCOPE_FROM_CATALOGUE = 'jiyn:scope-from-catalogue';
/** The proxy's routes: their scope is the forwarded operation's, checked by `RouteAuthorisation`. */
export const ScopeFromCatalogue = () => SetMetadata(SCOPE_FROM_CATALOGUE, true);

/**
 * The gateway's own routes (organisations, API keys, docs, the agenda) are checked by the
 * `@RequiresScope` beside them, like a service's. A route declaring nothing is refused: default deny.
 * Runs after authentication (registered after it), so `request.principal` is set.
 */
@Injectable()
export class GatewayScopeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const declared = (key: string) => this.reflector.getAllAndOverride<unknown>(key, targets);
    if (declared(IS_UNGUARDED) || declared(SCOPE_EXEMPT) || declared(SCOPE_FROM_CATALOGUE)) return true;
    const scope = declared(REQUIRED_SCOPE) as Scope | undefined;
    if (!scope) throw new ProblemException('forbidden');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!holds(request.principal ?? ANONYMOUS, scope)) throw missingScope(scope);
    return true;
  }
}
