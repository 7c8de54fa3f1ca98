import { EVENT_TYPES, type EventType } from '@jiyn/contracts';

/**
 * The event types an endpoint may subscribe to: every type of @jiyn/contracts whose payload names
 * the gathering it concerns (`eventId`), so its organisation is known. Speaker profiles
 * (`speaker.created`, `.updated`, `.deleted`) belong to no event and are not offered, nor is
 * `webhook.endpoint-disabled`, which is about the subscriptions themselves, nor
 * `speaker.invitation.issued`, the notifications service's own cue to write to a speaker (an
 * invitation to sign in belongs to no event).
 */
export const WEBHOOK_EVENT_TYPES: readonly EventType[] = Object.values(EVENT_TYPES).filter(
  (type) =>
    type !== EVENT_TYPES.speakerCreated &&
    type !== EVENT_TYPES.speakerUpdated &&
    type !== EVENT_TYPES.speakerDeleted &&
    type !== EVENT_TYPES.speakerInvitationIssued &&
    type !== EVENT_TYPES.webhookEndpointDisabled,
);

/** The type of the test ping (`POST /webhooks/{id}/test`): never on Kafka, never subscribed to. */
export const WEBHOOK_PING_TYPE = 'kz.jiyn.webhook.ping.v1';

export function isWebhookEventType(type: string): type is EventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);
}
