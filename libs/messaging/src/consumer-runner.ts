import type { Batch, Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { checkEventPayload, deadLetterTopicOf } from '@jiyn/contracts';
import { isTransientDatabaseError, queryRows, runInTransaction } from '@jiyn/persistence';
import { runWithCorrelation, type ServiceMetrics } from '@jiyn/observability';
import { NotACloudEventError, fromKafkaMessage, type ReceivedEvent } from './cloud-event';
import { PermanentEventError, type EventConsumer } from './event-consumer';
import { GroupStartAtEnd } from './group-start-at-end';

export interface ConsumerRunnerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  schema: string;
  logger: Logger;
  metrics: ServiceMetrics;
  /** First retry delay; doubles each attempt up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Prepended to each subscription's group id on the broker (the inbox keeps the plain name). */
  groupPrefix?: string;
  /**
   * Where a group with no committed offsets begins: `earliest` (default) reads all the topics
   * hold; `latest` begins at the topics' ends as they were at the start, so nothing sent after the
   * start is missed (see GroupStartAtEnd).
   */
  newGroupStart?: 'earliest' | 'latest';
}

type Outcome = 'handled' | 'duplicate' | 'ignored' | 'dead_lettered';

/**
 * Runs EventConsumers: validates each CloudEvent against its contract, suppresses duplicates with
 * the inbox, retries failures with backoff, and after the last attempt moves the record to
 * `<topic>.dlq` (error in headers) and goes on — a poison message neither blocks its partition
 * nor disappears.
 */
export class ConsumerRunner {
  private readonly consumers: Consumer[] = [];
  /** For new groups that begin at the ends: where each begins, by handler. */
  private readonly startsAtEnd = new Map<EventConsumer, GroupStartAtEnd>();
  private dlqProducer?: Producer;

  constructor(private readonly options: ConsumerRunnerOptions) {}

  async start(handlers: EventConsumer[]): Promise<void> {
    if (handlers.length === 0) return;
    this.dlqProducer = this.options.kafka.producer({ allowAutoTopicCreation: false });
    await this.dlqProducer.connect();
    const startsCommitted: Promise<void>[] = [];
    for (const handler of handlers) {
      const startCommitted = await this.startOne(handler);
      if (startCommitted) startsCommitted.push(startCommitted);
    }
    // A new group's start is durable before the service reports ready: stopped and restarted at
    // once, it still begins where it first did.
    await Promise.all(startsCommitted);
  }

  async stop(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.disconnect().catch(() => undefined)));
    await this.dlqProducer?.disconnect().catch(() => undefined);
  }

  /** Starts the handler's consumer; answers the commit of its start when its group is new and begins at the end. */
  private async startOne(handler: EventConsumer): Promise<Promise<void> | undefined> {
    const { groupId, topics } = handler.subscription;
    const brokerGroupId = `${this.options.groupPrefix ?? ''}${groupId}`;
    const startAtEnd =
      this.options.newGroupStart === 'latest'
        ? await GroupStartAtEnd.read(this.options.kafka, brokerGroupId, topics)
        : undefined;
    const consumer = this.options.kafka.consumer({
      groupId: brokerGroupId,
      // A member that died without leaving (crash, kill -9) holds its partitions until its session
      // expires, and a restarted service waits that long to join: keep it short. Handlers heartbeat
      // between messages and during backoff, so a slow message does not cost the session.
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      // Shorter long-polls keep shutdown quick: disconnect waits for the fetch in flight.
      maxWaitTimeInMs: 1_000,
      allowAutoTopicCreation: false,
    });
    const startCommitted = startAtEnd?.commitOnceJoined(consumer, 60_000);
    // Awaited by start() once every consumer runs; until then a failure is not unhandled.
    startCommitted?.catch(() => undefined);
    if (startAtEnd) this.startsAtEnd.set(handler, startAtEnd);
    await consumer.connect();
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: handler.subscription.partitionsConcurrently ?? 1,
      eachBatchAutoResolve: false,
      autoCommit: true,
      eachBatch: (payload) => this.consumeBatch(handler, payload),
    });
    this.consumers.push(consumer);
    return startCommitted;
  }

  private async consumeBatch(handler: EventConsumer, payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary } = payload;
    const startAtEnd = this.startsAtEnd.get(handler);
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      if (startAtEnd?.isBeforeStart(batch.topic, batch.partition, message.offset)) {
        resolveOffset(message.offset);
        continue;
      }
      const outcome = await this.process(handler, batch, message, heartbeat, isRunning);
      this.options.metrics.messagesProcessed.inc({
        group: handler.subscription.groupId,
        topic: batch.topic,
        outcome,
      });
      resolveOffset(message.offset);
      await heartbeat();
      this.reportLag(handler, batch, message);
    }
    await commitOffsetsIfNecessary();
  }

  private async process(
    handler: EventConsumer,
    batch: Batch,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    isRunning: () => boolean,
  ): Promise<Outcome> {
    let event: ReceivedEvent;
    try {
      event = fromKafkaMessage(batch.topic, batch.partition, message);
    } catch (error) {
      return this.deadLetter(handler, batch, message, error as Error, 1);
    }
    if (!handler.subscription.types.includes(event.type)) return 'ignored';

    // Fields this version does not know are dropped, not refused: producers may add optional ones.
    const check = await checkEventPayload(event.type, event.data, 'ignore');
    if (!check.ok) {
      return this.deadLetter(
        handler,
        batch,
        message,
        new PermanentEventError(`invalid payload: ${check.problems.join('; ')}`),
        1,
      );
    }
    const validated: ReceivedEvent = { ...event, data: check.payload };

    const maxAttempts = handler.subscription.maxAttempts ?? 5;
    let outageWaits = 0;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const applied = await runWithCorrelation(event.correlationid, () =>
          this.applyOnce(handler, validated),
        );
        return applied ? 'handled' : 'duplicate';
      } catch (error) {
        if (isTransientDatabaseError(error) && isRunning()) {
          // The database is away, not the message at fault: wait for it without using up the
          // message's attempts, or a short outage would dead-letter everything in flight.
          outageWaits += 1;
          attempt -= 1;
          this.options.logger.warn(
            { err: error, eventId: event.id, outageWaits },
            'database unavailable; waiting to retry',
          );
          await this.backoff(Math.min(outageWaits, 6), heartbeat);
          continue;
        }
        const permanent = error instanceof PermanentEventError;
        this.options.logger.warn(
          { err: error, eventId: event.id, type: event.type, groupId: handler.subscription.groupId, attempt },
          permanent ? 'event rejected' : 'event handling failed',
        );
        if (permanent || attempt >= maxAttempts)
          return this.deadLetter(handler, batch, message, error as Error, attempt);
        await this.backoff(attempt, heartbeat);
      }
    }
  }

  /** Inbox row and effects in one transaction; returns false when the event was already applied. */
  private async applyOnce(handler: EventConsumer, event: ReceivedEvent): Promise<boolean> {
    return runInTransaction(this.options.dataSource, async (manager) => {
      const inserted = await queryRows(
        manager,
        `INSERT INTO "${this.options.schema}".inbox (consumer, event_id, topic) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [handler.subscription.groupId, event.id, event.topic],
      );
      if (inserted.length === 0) return false;
      await handler.handle(event, manager);
      return true;
    });
  }

  private async deadLetter(
    handler: EventConsumer,
    batch: Batch,
    message: KafkaMessage,
    error: Error,
    attempts: number,
  ): Promise<Outcome> {
    if (!this.dlqProducer) throw error;
    const headers = {
      ...message.headers,
      dlq_original_topic: batch.topic,
      dlq_original_partition: String(batch.partition),
      dlq_original_offset: message.offset,
      dlq_consumer_group: handler.subscription.groupId,
      dlq_attempts: String(attempts),
      dlq_error_class: error instanceof NotACloudEventError ? 'NotACloudEventError' : error.name,
      dlq_error_message: error.message.slice(0, 2000),
      dlq_failed_at: new Date().toISOString(),
    };
    // If this send fails the error propagates, the offset is not committed and the record is redelivered:
    // it is never skipped without being parked somewhere.
    await this.dlqProducer.send({
      topic: deadLetterTopicOf(batch.topic),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    this.options.metrics.deadLettered.inc({ group: handler.subscription.groupId, topic: batch.topic });
    this.options.logger.error(
      {
        groupId: handler.subscription.groupId,
        topic: batch.topic,
        partition: batch.partition,
        offset: message.offset,
        // Through the error serializer, which drops the values a database error carries.
        err: error,
      },
      'message moved to dead-letter topic',
    );
    return 'dead_lettered';
  }

  private async backoff(attempt: number, heartbeat: () => Promise<void>): Promise<void> {
    const initial = this.options.initialBackoffMs ?? 200;
    let remaining = Math.min(this.options.maxBackoffMs ?? 5_000, initial * 2 ** (attempt - 1));
    // Heartbeat while waiting so a long backoff does not cost the partition in a rebalance.
    while (remaining > 0) {
      const step = Math.min(remaining, 1_000);
      await new Promise((resolve) => setTimeout(resolve, step));
      remaining -= step;
      await heartbeat().catch(() => undefined);
    }
  }

  private reportLag(handler: EventConsumer, batch: Batch, message: KafkaMessage): void {
    const lag = Math.max(0, Number(batch.highWatermark) - Number(message.offset) - 1);
    this.options.metrics.consumerLag.set(
      { group: handler.subscription.groupId, topic: batch.topic, partition: String(batch.partition) },
      lag,
    );
  }
}
