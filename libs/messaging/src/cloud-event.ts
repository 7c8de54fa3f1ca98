import type { IHeaders, KafkaMessage } from 'kafkajs';

/**
 * CloudEvents 1.0 in Kafka binary mode: attributes travel as `ce_*` headers, the JSON data is the
 * record value, the aggregate id is the record key (per-aggregate order).
 */
export interface CloudEventAttributes {
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  /** Extension attribute: the request that caused the event, for tracing across services. */
  correlationid?: string;
}

export interface ReceivedEvent<T = unknown> extends CloudEventAttributes {
  data: T;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
}

export const CE_SPEC_VERSION = '1.0';
export const JSON_CONTENT_TYPE = 'application/json';

export function toKafkaHeaders(attributes: CloudEventAttributes): Record<string, string> {
  const headers: Record<string, string> = {
    ce_specversion: CE_SPEC_VERSION,
    ce_id: attributes.id,
    ce_source: attributes.source,
    ce_type: attributes.type,
    ce_subject: attributes.subject,
    ce_time: attributes.time,
    'content-type': JSON_CONTENT_TYPE,
  };
  if (attributes.correlationid) headers['ce_correlationid'] = attributes.correlationid;
  return headers;
}

export class NotACloudEventError extends Error {
  constructor(reason: string) {
    super(`not a CloudEvent: ${reason}`);
    this.name = 'NotACloudEventError';
  }
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null) return undefined;
  return Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
}

/** Reads a binary-mode CloudEvent; throws NotACloudEventError when required attributes or JSON data are missing. */
export function fromKafkaMessage(topic: string, partition: number, message: KafkaMessage): ReceivedEvent {
  const get = (name: string) => headerText(message.headers, name);
  const [id, source, type, specversion] = [
    get('ce_id'),
    get('ce_source'),
    get('ce_type'),
    get('ce_specversion'),
  ];
  if (specversion !== CE_SPEC_VERSION)
    throw new NotACloudEventError(`ce_specversion is ${specversion ?? 'missing'}`);
  if (!id || !source || !type) throw new NotACloudEventError('ce_id, ce_source and ce_type are required');
  let data: unknown;
  try {
    data = message.value ? JSON.parse(message.value.toString('utf8')) : null;
  } catch {
    throw new NotACloudEventError('value is not JSON');
  }
  return {
    id,
    source,
    type,
    subject: get('ce_subject') ?? message.key?.toString('utf8') ?? '',
    time: get('ce_time') ?? new Date(Number(message.timestamp)).toISOString(),
    correlationid: get('ce_correlationid'),
    data,
    topic,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString('utf8') : null,
  };
}
