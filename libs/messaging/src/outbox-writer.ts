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

/** An outbox row as the relay reads it: what a single-statement write inserts itself. */
export interface OutboxRow {
  id: string;
  topic: string;
  messageKey: string;
  eventType: string;
  /** JSON of the Kafka headers (CloudEvents binary mode). */
  headers: string;
  /** JSON of the event data. */
  payload: string;
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
    const rows = events.map((event) => this.toRow(event, now));
    await manager.query(
      `INSERT INTO ${this.table} (id, topic, message_key, event_type, headers, payload) VALUES ${rows
        .map((_, index) => {
          const p = index * 6;
          return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb, $${p + 6})`;
        })
        .join(', ')}`,
      rows.flatMap((row) => [row.id, row.topic, row.messageKey, row.eventType, row.headers, row.payload]),
    );
    return rows.map((row) => row.id);
  }

  /** The outbox table, quoted, for a statement that writes a state change and its event at once. */
  get table(): string {
    return `"${this.schema}".outbox`;
  }

  /**
   * The row `append` would write, for a single statement that inserts it together with the state
   * change it announces (one statement is atomic: both commit or neither). `ce_id` = the row id.
   */
  toRow(event: OutgoingEvent, now: Date = new Date()): OutboxRow {
    const id = uuidv7(now.getTime());
    const headers = toKafkaHeaders({
      id,
      source: this.source,
      type: event.type,
      subject: event.subject,
      time: now.toISOString(),
      correlationid: currentCorrelationId(),
    });
    return {
      id,
      topic: event.topic,
      messageKey: event.subject,
      eventType: event.type,
      headers: JSON.stringify(headers),
      payload: JSON.stringify(event.data),
    };
  }
}
