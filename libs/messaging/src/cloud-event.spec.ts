import { describe, expect, it } from '@jest/globals';
import type { KafkaMessage } from 'kafkajs';
import { NotACloudEventError, fromKafkaMessage, toKafkaHeaders } from './cloud-event';

function message(headers: Record<string, string>, value: string | null): KafkaMessage {
  return {
    key: Buffer.from('agg-1'),
    value: value === null ? null : Buffer.from(value),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)])),
    timestamp: '1700000000000',
    attributes: 0,
    offset: '42',
  } as KafkaMessage;
}

describe('CloudEvents binary mode', () => {
  const attributes = {
    id: '0190a1b2-0000-7000-8000-000000000001',
    source: '/jiyn/registrations',
    type: 'kz.jiyn.registration.created.v1',
    subject: 'agg-1',
    time: '2024-02-05T04:00:00.000Z',
    correlationid: 'req-1',
  };

  it('should round-trip attributes through ce_ headers', () => {
    const headers = toKafkaHeaders(attributes);
    expect(headers['ce_specversion']).toBe('1.0');
    expect(headers['content-type']).toBe('application/json');
    const event = fromKafkaMessage('t', 2, message(headers, '{"a":1}'));
    expect(event).toMatchObject({
      ...attributes,
      data: { a: 1 },
      topic: 't',
      partition: 2,
      offset: '42',
      key: 'agg-1',
    });
  });

  it('should refuse records that are not CloudEvents', () => {
    expect(() => fromKafkaMessage('t', 0, message({}, '{}'))).toThrow(NotACloudEventError);
    const headers = toKafkaHeaders(attributes);
    expect(() => fromKafkaMessage('t', 0, message(headers, '{not json'))).toThrow(/value is not JSON/);
    expect(() => fromKafkaMessage('t', 0, message({ ...headers, ce_specversion: '0.3' }, '{}'))).toThrow(
      /specversion/,
    );
  });
});
