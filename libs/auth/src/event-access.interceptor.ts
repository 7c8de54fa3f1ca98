import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { assertAllowed } from './enforcement';
import { ANONYMOUS } from './principal';
import { REQUIRED_SCOPE } from './requires-scope.decorator';
import { notReachable } from './scope-problems';
import type { Scope } from './scopes';

/** Each service knows which organisation owns an event (its own table or its projection). */
export interface EventOwners {
  /** The owning organisation; undefined for an unknown event or one that has none yet. */
  organisationOf(eventId: string): Promise<string | undefined>;
}
export const EVENT_OWNERS = Symbol('EVENT_OWNERS');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One place per service for every route under an event (`…/:eventId/…`): the route's scope must be
 * allowed on that event's organisation or on the event, or the answer is 404 (another organisation's
 * event) or 403 naming the scope. Runs after the guards, so the principal is known. An id that is not
 * a UUID is left to the route's ParseIdPipe (400).
 */
@Injectable()
export class EventAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(EVENT_OWNERS) private readonly owners: EventOwners,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const eventId = (request.params as Record<string, string | undefined> | undefined)?.['eventId'];
    const scope = this.reflector.getAllAndOverride<Scope | undefined>(REQUIRED_SCOPE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (scope && eventId && UUID.test(eventId)) {
      const organisationId = await this.owners.organisationOf(eventId);
      // An event without a known owner is nobody's to touch yet: as if it did not exist.
      if (!organisationId) throw notReachable();
      assertAllowed(request.principal ?? ANONYMOUS, scope, { organisationId, eventId });
    }
    return next.handle();
  }
}
