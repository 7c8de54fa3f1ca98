import type { EntityManager } from 'typeorm';
import type { ReceivedEvent } from './cloud-event';

export interface Subscription {
  /** Consumer group, `<service>.<purpose>`: each purpose keeps its own offsets and inbox rows. */
  groupId: string;
  topics: readonly string[];
  /** Event types this consumer handles; other types on the topic are acknowledged and skipped. */
  types: readonly string[];
  /** Attempts before the record goes to the dead-letter topic (default 5). */
  maxAttempts?: number;
  /**
   * Partitions handled at once (default 1). Each partition stays in order; records of different
   * partitions (different aggregates) are applied in parallel transactions.
   */
  partitionsConcurrently?: number;
}

/**
 * What ConsumerRunner runs for one consumer group (KafkaInboxTransport builds these from the
 * `@EventPattern` handlers Nest discovers). `handle` runs inside a database transaction that also records
 * the event id in the inbox, so its effects happen exactly once even when Kafka delivers twice.
 * Outbox rows written with `manager` are part of the same transaction.
 */
export interface EventConsumer<T = unknown> {
  readonly subscription: Subscription;
  handle(event: ReceivedEvent<T>, manager: EntityManager): Promise<void>;
}

/** Thrown by a handler for input that no retry can fix: the record goes straight to the dead-letter topic. */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}
