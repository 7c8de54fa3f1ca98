/**
 * Kafka topics, one per aggregate stream. ⚠️ A published topic or event type never changes
 * incompatibly: a breaking change is a new `.vN` topic or type, and the old one keeps flowing.
 */
export const TOPICS = {
  /** Events (the gatherings) owned by the sessions service. */
  events: 'jiyn.sessions.events.v1',
  /** Sessions of a programme (talks, panels, workshops…), keyed by session id. */
  programmeSessions: 'jiyn.sessions.sessions.v1',
  registrations: 'jiyn.registrations.registrations.v1',
  speakers: 'jiyn.speakers.speakers.v1',
  /** Proposals of a call for proposals, keyed by proposal id. */
  proposals: 'jiyn.speakers.proposals.v1',
  feedback: 'jiyn.feedback.feedback.v1',
  /** What the notifications service tells about organisations' webhook endpoints, keyed by endpoint id. */
  webhookEndpoints: 'jiyn.notifications.webhook-endpoints.v1',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export const ALL_TOPICS: readonly Topic[] = Object.values(TOPICS);

/** Where a consumer puts a record it could not handle after its last retry. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
