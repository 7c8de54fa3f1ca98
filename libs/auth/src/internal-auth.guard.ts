import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException } from '@jiyn/problems';
import { INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, decodePrincipal, holds, type Principal } from './principal';
import { REQUIRED_SCOPE } from './requires-scope.decorator';
import { SCOPE_EXEMPT } from './scope-exempt.decorator';
import { missingScope } from './scope-problems';
import type { Scope } from './scopes';
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
 * Then the route's declared scope: a principal that holds it nowhere is refused here too, so a
 * service never trusts the gateway alone. What the request touches is checked by the handler
 * (`assertAllowed`), which knows the organisation and event.
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
    const principal = decodePrincipal(header(request, PRINCIPAL_HEADER));
    request.principal = principal;
    bindDisclosures(principal, context.switchToHttp().getResponse<FastifyReply>());
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<string>(SCOPE_EXEMPT, targets)) return true;
    const scope = this.reflector.getAllAndOverride<Scope | undefined>(REQUIRED_SCOPE, targets);
    // Undeclared routes stop the service from booting; should one slip through, it serves nobody.
    if (!scope) throw new ProblemException('forbidden');
    // No credential at all (a self-service caller on an organiser route): not signed in, not refused.
    if (principal.kind === 'anonymous') throw new ProblemException('unauthorized');
    if (!holds(principal, scope)) throw missingScope(scope);
    return true;
  }
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
