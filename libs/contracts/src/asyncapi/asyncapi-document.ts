import { EVENT_CONTRACTS } from '../registry';
import type { EventType } from '../event-types';
import { TOPICS, type Topic } from '../topics';

/** What a channel says beyond its topic: who writes it, what the record key is. */
interface ChannelNote {
  id: string;
  title: string;
  producer: string;
  key: string;
  description: string;
}

const CHANNELS: Record<Topic, ChannelNote> = {
  [TOPICS.events]: {
    id: 'events',
    title: 'Events',
    producer: 'sessions',
    key: 'The event id',
    description: 'Events (the gatherings): published, changed, their programme published.',
  },
  [TOPICS.programmeSessions]: {
    id: 'sessions',
    title: 'Programme sessions',
    producer: 'sessions',
    key: 'The session id',
    description: 'Sessions of a programme: the state of a session after each change.',
  },
  [TOPICS.registrations]: {
    id: 'registrations',
    title: 'Registrations',
    producer: 'registrations',
    key: 'The registration id',
    description:
      'Every change of a registration with its state after it, versions 1, 2, 3… per key. No name, IIN, ' +
      'e-mail, phone or birth date, ever: region, sex and age band only.',
  },
  [TOPICS.speakers]: {
    id: 'speakers',
    title: 'Speakers',
    producer: 'speakers',
    key: 'The speaker id',
    description: "Speakers' public profiles, availability and invitations.",
  },
  [TOPICS.proposals]: {
    id: 'proposals',
    title: 'Proposals',
    producer: 'speakers',
    key: 'The proposal id',
    description: 'Proposals of a call for proposals: submitted, accepted, rejected, withdrawn.',
  },
  [TOPICS.feedback]: {
    id: 'feedback',
    title: 'Feedback',
    producer: 'feedback',
    key: 'The survey id (anonymous surveys, survey windows) or the response id',
    description:
      'Surveys opening and closing, and answers: ratings and chosen options only, never free text; ' +
      "anonymous surveys' answers in batches of at least k, with no registration or response id.",
  },
  [TOPICS.webhookEndpoints]: {
    id: 'webhookEndpoints',
    title: 'Webhook endpoints',
    producer: 'notifications',
    key: 'The endpoint id',
    description: "Organisations' webhook endpoints disabled after failing for days.",
  },
};

/** The CloudEvents 1.0 attributes, as Kafka headers (binary content mode). */
const CLOUD_EVENT_HEADERS = {
  type: 'object',
  required: ['ce_specversion', 'ce_id', 'ce_source', 'ce_type', 'ce_subject', 'ce_time', 'content-type'],
  properties: {
    ce_specversion: { type: 'string', const: '1.0', description: 'CloudEvents version' },
    ce_id: {
      type: 'string',
      description: 'Unique per event: a consumer that has seen it (a redelivery, a replay) skips it',
    },
    ce_source: { type: 'string', description: 'The producing service, e.g. /jiyn/registrations' },
    ce_type: { type: 'string', description: 'The event type: which payload schema applies' },
    ce_subject: { type: 'string', description: 'The aggregate the event is about (the record key)' },
    ce_time: { type: 'string', format: 'date-time', description: 'When the change committed' },
    ce_correlationid: { type: 'string', description: 'The request that caused it, for tracing' },
    'content-type': { type: 'string', const: 'application/json' },
  },
};

const KAFKA_BINDING_VERSION = '0.5.0';

/** The stream's version: it moves with the public API's. */
export const STREAM_VERSION = '1.0.0';

function messageId(type: EventType): string {
  // kz.jiyn.registration.checked-in.v1 → registration.checked-in.v1 (ids must be unique, not pretty)
  return type.replace(/^kz\.jiyn\./, '');
}

/**
 * A JSON Schema of libs/contracts as an AsyncAPI Schema object (a draft-07 superset: no $schema, no
 * $id), opened at every depth: libs/contracts/schemas say exactly what this version sends (producers'
 * tests hold their payloads to them); a consumer reading by this document must accept fields added
 * later, so here no object forbids additional properties.
 */
function payloadOf(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return opened(rest) as Record<string, unknown>;
}

function opened(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(opened);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, opened(value)]),
  );
}

/**
 * The AsyncAPI 3.0 document of Jiyn's Kafka stream, built from the contracts' registry: a channel
 * per topic, a message per event type with its payload schema, the CloudEvents headers and the key.
 */
export function buildAsyncApiDocument(version: string = STREAM_VERSION): Record<string, unknown> {
  const byTopic = new Map<Topic, EventType[]>();
  for (const contract of Object.values(EVENT_CONTRACTS))
    byTopic.set(contract.topic, [...(byTopic.get(contract.topic) ?? []), contract.type]);

  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const [topic, types] of byTopic) {
    const note = CHANNELS[topic];
    const refs = Object.fromEntries(
      types.map((type) => [messageId(type), { $ref: `#/components/messages/${messageId(type)}` }]),
    );
    channels[note.id] = {
      address: topic,
      title: note.title,
      description: `${note.description} Written by the ${note.producer} service. Key: ${note.key}.`,
      messages: refs,
      bindings: { kafka: { topic, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    operations[`${note.id}.send`] = {
      action: 'send',
      title: `The ${note.producer} service publishes ${note.title.toLowerCase()}`,
      channel: { $ref: `#/channels/${note.id}` },
      messages: types.map((type) => ({ $ref: `#/channels/${note.id}/messages/${messageId(type)}` })),
    };
    for (const type of types) {
      const schema = EVENT_CONTRACTS[type].schema as Record<string, unknown>;
      messages[messageId(type)] = {
        name: type,
        title: type,
        summary: schema['description'],
        contentType: 'application/json',
        headers: CLOUD_EVENT_HEADERS,
        payload: payloadOf(schema),
        bindings: {
          kafka: { key: { type: 'string', description: note.key }, bindingVersion: KAFKA_BINDING_VERSION },
        },
      };
    }
  }

  return {
    asyncapi: '3.0.0',
    id: 'urn:kz:jiyn:events',
    info: {
      title: 'Jiyn event stream',
      version,
      description:
        'The Kafka topics Jiyn publishes: CloudEvents 1.0 in binary mode (attributes as `ce_*` headers, the ' +
        'JSON payload as the value), keyed by the aggregate id so each aggregate keeps its order. Payloads ' +
        'carry no personal data. A consumer must accept fields it does not know; a breaking change comes as ' +
        'a new versioned type or topic.',
      license: { name: 'Apache-2.0' },
    },
    defaultContentType: 'application/json',
    servers: {
      production: {
        host: 'kafka:9092',
        protocol: 'kafka',
        description: 'The deployment\u2019s Kafka cluster (KAFKA_BROKERS)',
      },
    },
    channels,
    operations,
    components: { messages },
  };
}
