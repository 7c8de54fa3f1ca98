import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type EventPublishedV1, type EventUpdatedV1 } from '@jiyn/contracts';
import type { EventConsumer, ReceivedEvent } from '@jiyn/messaging';
import { EventProjectionRepository } from './event-projection.repository';

/** Follows published events (event.published, then each event.updated) and learns the days of published events, within which speakers enter their availability. */
@Injectable()
export class EventPublishedConsumer implements EventConsumer<EventPublishedV1 | EventUpdatedV1> {
  readonly subscription = {
    groupId: 'speakers.event-projection',
    topic: TOPICS.events,
    types: [EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated],
  };

  constructor(private readonly projections: EventProjectionRepository) {}

  async handle(
    event: ReceivedEvent<EventPublishedV1 | EventUpdatedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await this.projections.apply(manager, event.data);
  }
}
