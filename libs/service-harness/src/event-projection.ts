import { EVENT_TYPES, TOPICS, type EventPublishedV1 } from '@jiyn/contracts';
import { eventually, type CloudEventProducer } from '@jiyn/testing';
import { TEST_ORGANISATION_ID, type ServiceUnderTest } from './service-harness';

/**
 * Announces the event on Kafka as the sessions service would; returns the CloudEvent id (`ceId` when
 * given). The event belongs to the test organisation (TEST_ADMIN's) unless it names another.
 */
export function sendEventPublished(
  producer: CloudEventProducer,
  event: EventPublishedV1,
  ceId?: string,
): Promise<string> {
  const owned = { organisationId: TEST_ORGANISATION_ID, ...event };
  return producer.send(TOPICS.events, EVENT_TYPES.eventPublished, event.eventId, owned, ceId);
}

/**
 * Waits until the service's projection of published events (`table`, e.g. `registrations.event_projections`)
 * holds exactly this version of the event.
 */
export async function untilEventProjected(
  service: ServiceUnderTest,
  table: string,
  event: EventPublishedV1,
  { timeoutMs = 30_000 } = {},
): Promise<void> {
  await eventually(
    async () => {
      const version = await service.count(`SELECT version AS n FROM ${table} WHERE event_id = $1`, [
        event.eventId,
      ]);
      if (version !== event.version) {
        throw new Error(
          `${table} holds version ${version} of event ${event.eventId} (-1: none), expected ${event.version}`,
        );
      }
    },
    { timeoutMs },
  );
}
