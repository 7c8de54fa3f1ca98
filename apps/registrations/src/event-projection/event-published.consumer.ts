import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type EventPublishedV1, type EventUpdatedV1 } from '@jiyn/contracts';
import type { EventConsumer, ReceivedEvent } from '@jiyn/messaging';
import { RegistrationTransitions } from '../registration-core/registration-transitions';
import { SeatLedger } from '../registration-core/seat-ledger';
import { EventProjectionRepository } from './event-projection.repository';

/**
 * Follows published events (event.published, then each event.updated) and learns capacity,
 * registration windows and the cancellation deadline from the sessions service. Seats a raised
 * capacity frees go to the waitlist in the same transaction.
 */
@Injectable()
export class EventPublishedConsumer implements EventConsumer<EventPublishedV1 | EventUpdatedV1> {
  readonly subscription = {
    groupId: 'registrations.event-projection',
    topic: TOPICS.events,
    types: [EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated],
  };

  constructor(
    private readonly projections: EventProjectionRepository,
    private readonly transitions: RegistrationTransitions,
    private readonly ledger: SeatLedger,
  ) {}

  async handle(
    event: ReceivedEvent<EventPublishedV1 | EventUpdatedV1>,
    manager: EntityManager,
  ): Promise<void> {
    if (await this.projections.apply(manager, event.data)) {
      await this.ledger.resize(manager, event.data.eventId, event.data.capacity);
      await this.transitions.fillFreeSeats(manager, event.data.eventId);
    }
  }
}
