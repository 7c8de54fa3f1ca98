import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { ANONYMOUS, REQUIRED_SCOPE, assertAllowed, notReachable, type Scope } from '@jiyn/auth';
import { SpeakersRepository } from '../speakers/speakers.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Routes addressed by a speaker's id: `/speakers/:id` and everything under it. */
const SPEAKER_ROUTE = /\/speakers\/:id(?:\/|$)/;

/**
 * The counterpart of EventAccessInterceptor for routes addressed by a speaker's id (the profile,
 * its invitations, access, availability, agenda): the speaker's organisation must allow the route's
 * scope before the handler runs, so no route can forget it. Another organisation's speaker, or one
 * nobody owns yet, answers 404. In this service `:id` names other things under `/speakers/events/…`
 * (proposals, reviewers); those routes are covered by their `:eventId`. Ids that are not UUIDs are
 * left to the route's ParseIdPipe (400), unknown speakers to the route's own 404.
 */
@Injectable()
export class SpeakerAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly speakers: SpeakersRepository,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const speakerId = (request.params as Record<string, string | undefined> | undefined)?.['id'];
    const scope = this.reflector.getAllAndOverride<Scope | undefined>(REQUIRED_SCOPE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (scope && speakerId && UUID.test(speakerId) && SPEAKER_ROUTE.test(request.routeOptions.url ?? '')) {
      const organisationId = await this.speakers.organisationOf(speakerId);
      if (organisationId === null) throw notReachable();
      if (organisationId !== undefined)
        assertAllowed(request.principal ?? ANONYMOUS, scope, { organisationId });
    }
    return next.handle();
  }
}
