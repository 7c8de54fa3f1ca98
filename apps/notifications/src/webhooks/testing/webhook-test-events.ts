import { randomBytes, randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS, type EventType } from '@jiyn/contracts';
import { TEST_ORGANISATION_ID, sendEventPublished, type ServiceUnderTest } from '@jiyn/service-harness';
import { anEventPublished, eventually, type CloudEventProducer } from '@jiyn/testing';

/** Publishes a gathering of the organisation and waits until the webhooks know its owner. */
export async function publishedEvent(
  service: ServiceUnderTest,
  producer: CloudEventProducer,
  organisationId: string = TEST_ORGANISATION_ID,
): Promise<string> {
  const event = anEventPublished({ organisationId });
  await sendEventPublished(producer, event);
  await eventually(
    async () => {
      const known = await service.count(
        'SELECT count(*)::int AS n FROM notifications.webhook_event_owners WHERE event_id = $1 AND organisation_id IS NOT NULL',
        [event.eventId],
      );
      if (known !== 1) throw new Error(`the owner of ${event.eventId} is not known yet`);
    },
    { timeoutMs: 30_000 },
  );
  return event.eventId;
}

/**
 * A registration event of the gathering, as the registrations service would send it; returns its
 * CloudEvent id. Events of one `registrationId` (the Kafka key) share a partition, so they are
 * taken in the order sent: a test that must know an earlier one was handled sends a later one of
 * the same registration and waits for that.
 */
export function sendRegistrationEvent(
  producer: CloudEventProducer,
  eventId: string,
  type: EventType = EVENT_TYPES.registrationCreated,
  ceId: string = randomUUID(),
  registrationId: string = randomUUID(),
): Promise<string> {
  const payload = {
    registrationId,
    eventId,
    version: 1,
    status: 'confirmed',
    regionCode: 'KZ-71',
    channel: 'api',
    participantKey: randomBytes(32).toString('hex'),
    occurredAt: new Date().toISOString(),
  };
  return producer.send(TOPICS.registrations, type, registrationId, payload, ceId);
}
