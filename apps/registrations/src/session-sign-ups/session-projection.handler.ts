import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { SESSION_CHANGE_TYPES, type SessionChangedV1 } from '@jiyn/contracts';
import { InboxContext } from '@jiyn/messaging';
import { SessionProjectionRepository } from './session-projection.repository';

/**
 * Follows the programme (session.created, .updated, .scheduled, .moved, .cancelled) and keeps each
 * session's capacity, time and status for sign-ups; stale and replayed versions change nothing.
 */
@Controller()
export class SessionProjectionHandler {
  constructor(private readonly sessions: SessionProjectionRepository) {}

  @EventPattern([...SESSION_CHANGE_TYPES], { group: 'registrations.session-projection' })
  async apply(@Payload() session: SessionChangedV1, @Ctx() context: InboxContext): Promise<void> {
    await this.sessions.apply(context.manager, session);
  }
}
