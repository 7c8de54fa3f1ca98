import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type SessionChangedV1 } from '@jiyn/contracts';
import type { EventConsumer, ReceivedEvent } from '@jiyn/messaging';
import { SessionProjectionRepository } from './session-projection.repository';

/** Follows the programme's sessions; stale and replayed versions change nothing. */
@Injectable()
export class SessionChangedConsumer implements EventConsumer<SessionChangedV1> {
  readonly subscription = {
    groupId: 'feedback.session-projection',
    topic: TOPICS.programmeSessions,
    types: [
      EVENT_TYPES.sessionCreated,
      EVENT_TYPES.sessionUpdated,
      EVENT_TYPES.sessionScheduled,
      EVENT_TYPES.sessionMoved,
      EVENT_TYPES.sessionCancelled,
    ],
  };

  constructor(private readonly sessions: SessionProjectionRepository) {}

  async handle(event: ReceivedEvent<SessionChangedV1>, manager: EntityManager): Promise<void> {
    await this.sessions.apply(manager, event.data);
  }
}
