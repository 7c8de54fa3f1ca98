import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { ANONYMOUS, REQUIRED_SCOPE, type Scope } from '@jiyn/auth';
import { RegistrationAccess } from './registration-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The counterpart of EventAccessInterceptor for routes addressed by an object's own id: in this
 * service `:id` always names a registration and `:checkInId` a check-in. Their event's owner must
 * allow the route's scope before the handler runs, so no route can forget it. Ids that are not
 * UUIDs are left to the route's ParseIdPipe (400).
 */
@Injectable()
export class RegistrationAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: RegistrationAccess,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const scope = this.reflector.getAllAndOverride<Scope | undefined>(REQUIRED_SCOPE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (scope) {
      const principal = request.principal ?? ANONYMOUS;
      const registrationId = params['id'];
      const checkInId = params['checkInId'];
      if (registrationId && UUID.test(registrationId))
        await this.access.assertOnRegistration(principal, scope, registrationId);
      if (checkInId && UUID.test(checkInId)) await this.access.assertOnCheckIn(principal, scope, checkInId);
    }
    return next.handle();
  }
}
