import type { CloudEventAttributes } from '@jiyn/messaging';

/**
 * A CloudEvent in structured mode (`application/cloudevents+json`): the attributes it carried on
 * Kafka in `ce_*` headers and its data, in one JSON document. The correlation id (an extension
 * that traces requests inside Jiyn) stays inside. The text is made once and kept, so every
 * attempt, retry and replay sends the same bytes.
 */
export function structuredCloudEvent(attributes: CloudEventAttributes, data: unknown): string {
  return JSON.stringify({
    specversion: '1.0',
    id: attributes.id,
    source: attributes.source,
    type: attributes.type,
    subject: attributes.subject,
    time: attributes.time,
    datacontenttype: 'application/json',
    data,
  });
}
