import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EVENT_TYPES, type EventPublishedV1, type EventUpdatedV1 } from '@jiyn/contracts';
import { InboxContext } from '@jiyn/messaging';
import { WebhookDeliveriesRepository } from '../deliveries/webhook-deliveries.repository';
import { WEBHOOK_EVENT_TYPES } from '../subscribable-event-types';
import { structuredCloudEvent } from './cloud-event-body';
import { WebhookEventOwnersRepository } from './webhook-event-owners.repository';

const GROUP = 'notifications.webhooks';
/**
 * The intake keeps up with a busy registrations topic by taking its partitions in parallel
 * (3: the topics' layout). Each event is independent of the others (its own inbox row, its own
 * deliveries), and a partition keeps its order.
 */
const OPTIONS = { group: GROUP, partitionsConcurrently: 3 };
const GATHERING_TYPES: readonly string[] = [EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated];
const OTHER_TYPES = WEBHOOK_EVENT_TYPES.filter((type) => !GATHERING_TYPES.includes(type));

/**
 * Takes every subscribable event off Kafka and queues its webhook deliveries, in the transaction
 * that also writes the event's inbox row: a redelivered event is skipped whole, so each endpoint
 * gets each event once (then retried with the same `webhook-id` until it answers 2xx).
 */
@Controller()
export class WebhookIntakeHandler {
  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly owners: WebhookEventOwnersRepository,
  ) {}

  /** A gathering's own events name its organisation: learn it, and route what waited for it. */
  @EventPattern([EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated], OPTIONS)
  async gathering(
    @Payload() payload: EventPublishedV1 | EventUpdatedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { manager } = context;
    await this.owners.apply(manager, payload.eventId, payload.organisationId, payload.version);
    const organisationId = await this.owners.organisationOf(manager, payload.eventId);
    if (organisationId) await this.deliveries.routeWaiting(manager, payload.eventId, organisationId);
    await this.intake(payload, context);
  }

  /** Everything else names its gathering (`eventId`), whose owner the projection knows (or will). */
  @EventPattern([...OTHER_TYPES], OPTIONS)
  async other(@Payload() payload: { eventId: string }, @Ctx() context: InboxContext): Promise<void> {
    await this.intake(payload, context);
  }

  private async intake(payload: { eventId: string }, context: InboxContext): Promise<void> {
    const event = context.event;
    await this.deliveries.intake(context.manager, {
      id: event.id,
      type: event.type,
      eventId: payload.eventId,
      time: event.time,
      body: structuredCloudEvent(event, payload),
    });
  }
}
