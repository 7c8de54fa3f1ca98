import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SESSION_CHANGE_TYPES, TOPICS, type SessionChangedV1 } from '@jiyn/contracts';
import type { EventConsumer, ReceivedEvent } from '@jiyn/messaging';
import { SessionProjectionRepository } from './session-projection.repository';

/**
 * Follows the programme (session.created, .updated, .scheduled, .moved, .cancelled) and keeps each
 * session's capacity, time and status for sign-ups; stale and replayed versions change nothing.
 */
@Injectable()
export class SessionChangedConsumer implements EventConsumer<SessionChangedV1> {
  readonly subscription = {
    groupId: 'registrations.session-projection',
    topic: TOPICS.programmeSessions,
    types: SESSION_CHANGE_TYPES,
  };

  constructor(private readonly sessions: SessionProjectionRepository) {}

  async handle(event: ReceivedEvent<SessionChangedV1>, manager: EntityManager): Promise<void> {
    await this.sessions.apply(manager, event.data);
  }
}
