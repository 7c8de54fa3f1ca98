import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EVENT_TYPES, type EventPublishedV1, type EventUpdatedV1 } from '@jiyn/contracts';
import { InboxContext } from '@jiyn/messaging';
import { RegistrationTransitions } from './registration-transitions';
import { SeatLedger } from './seat-ledger';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';

/**
 * Follows published events (event.published, then each event.updated) and learns capacity,
 * registration windows and the cancellation deadline from the sessions service. Seats a raised
 * capacity frees go to the waitlist in the same transaction.
 */
@Controller()
export class EventProjectionHandler {
  constructor(
    private readonly projections: EventProjectionRepository,
    private readonly transitions: RegistrationTransitions,
    private readonly ledger: SeatLedger,
  ) {}

  @EventPattern([EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated], {
    group: 'registrations.event-projection',
  })
  async apply(
    @Payload() event: EventPublishedV1 | EventUpdatedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { manager } = context;
    if (await this.projections.apply(manager, event)) {
      await this.ledger.resize(manager, event.eventId, event.capacity);
      await this.transitions.fillFreeSeats(manager, event.eventId);
    }
  }
}
