import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EVENT_TYPES, type EventPublishedV1, type EventUpdatedV1 } from '@jiyn/contracts';
import { InboxContext } from '@jiyn/messaging';
import { EventProjectionRepository } from './event-projection.repository';

/** Follows published events (event.published, then each event.updated) and learns the days of published events, within which speakers enter their availability. */
@Controller()
export class EventProjectionHandler {
  constructor(private readonly projections: EventProjectionRepository) {}

  @EventPattern([EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated], {
    group: 'speakers.event-projection',
  })
  async apply(
    @Payload() event: EventPublishedV1 | EventUpdatedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.projections.apply(context.manager, event);
  }
}
