import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@jiyn/observability';
import { toKafkaHeaders } from './cloud-event';
import { uuidv7 } from './uuid-v7';

export interface OutgoingEvent {
  topic: string;
  /** CloudEvents type, e.g. kz.jiyn.registration.created.v1. */
  type: string;
  /** The aggregate id: Kafka key and ce_subject. */
  subject: string;
  data: object;
}

/**
 * Appends events to the outbox inside the caller's transaction, so the state change and its
 * events commit (or roll back) together. The relay publishes them after commit.
 */
export class OutboxWriter {
  constructor(
    private readonly schema: string,
    private readonly source: string,
  ) {}

  /** Returns the outbox ids, which are also the events' `ce_id`. */
  async append(manager: EntityManager, ...events: OutgoingEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        'OutboxWriter.append must run inside a transaction, with the state change it announces',
      );
    }
    const now = new Date();
    const correlationid = currentCorrelationId();
    const ids: string[] = [];
    const values: unknown[] = [];
    const rows = events.map((event, index) => {
      const id = uuidv7(now.getTime());
      ids.push(id);
      const headers = toKafkaHeaders({
        id,
        source: this.source,
        type: event.type,
        subject: event.subject,
        time: now.toISOString(),
        correlationid,
      });
      values.push(
        id,
        event.topic,
        event.subject,
        event.type,
        JSON.stringify(headers),
        JSON.stringify(event.data),
      );
      const p = index * 6;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb, $${p + 6})`;
    });
    await manager.query(
      `INSERT INTO "${this.schema}".outbox (id, topic, message_key, event_type, headers, payload) VALUES ${rows.join(', ')}`,
      values,
    );
    return ids;
  }
}
