import pg from 'pg';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { ServiceMetrics } from '@jiyn/observability';
import { outboxChannel } from './messaging-tables';

export interface OutboxRelayOptions {
  databaseUrl: string;
  schema: string;
  kafka: Kafka;
  logger: Logger;
  metrics: ServiceMetrics;
  /** Polling fallback when no NOTIFY arrives (missed notification, listener reconnecting). */
  pollIntervalMs?: number;
  batchSize?: number;
  /**
   * After a partial batch, how long to let rows gather before claiming the next one while
   * notifications keep coming (default 10 ms). Under a steady stream every commit notifies: without
   * it the relay claims one or two rows at a time, paying four statements and a Kafka request each.
   */
  lingerMs?: number;
  retentionHours?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  payload: string;
  created_at: Date;
}

const MAX_BACKOFF_MS = 10_000;
/** A batch smaller than this was only a trickle: the relay lingers before claiming the next. */
const LINGER_BELOW_ROWS = 20;

/** Broker answers that no retry can change: the record itself is the problem. */
const PERMANENT_ERRORS = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
]);

/** A 32-bit key for pg_advisory_xact_lock, the same in every process (FNV-1a of the name). */
export function advisoryLockKey(name: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(name, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash | 0;
}

/** A UUID as read from the outbox, checked before it is written into SQL. */
function uuidLiteral(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw new Error(`outbox id is not a UUID: ${id}`);
  return id;
}

/** Looks through kafkajs's wrappers (retries exhausted → cause → protocol error) for a permanent refusal. */
export function isPermanentKafkaError(error: unknown): boolean {
  let current = error as { type?: string; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 6; depth += 1) {
    if (current.type && PERMANENT_ERRORS.has(current.type)) return true;
    current = current.cause as typeof current;
  }
  return false;
}

/**
 * Publishes outbox rows to Kafka with acks=all. Rows are claimed in commit-safe order and marked
 * published in the same transaction only after Kafka acknowledged them, so a crash or an
 * unreachable broker leaves them waiting, never lost (at worst published twice; consumers dedupe by
 * ce_id). Any number of relays may run on one outbox: one publishes at a time, so each aggregate's
 * events reach Kafka in the order they committed.
 */
export class OutboxRelay {
  private readonly pool: pg.Pool;
  private listener?: pg.Client;
  private producer?: Producer;
  private running = false;
  private wakeUp?: () => void;
  private pendingWake = false;
  private loop?: Promise<void>;
  private timers: NodeJS.Timeout[] = [];
  private failures = 0;
  private lastBatch = 0;
  private readonly table: string;
  /** The advisory lock key of this outbox's publisher (a number: written into the SQL as is). */
  private readonly publishLock: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 2,
      application_name: `${options.schema}-outbox-relay`,
    });
    this.pool.on('error', (error) => options.logger.warn({ err: error }, 'outbox relay pool error'));
    this.table = `"${options.schema}".outbox`;
    this.publishLock = advisoryLockKey(`jiyn:outbox-relay:${options.schema}`);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.loop = this.run();
    this.timers.push(setInterval(() => void this.reportBacklog(), 5_000));
    this.timers.push(setInterval(() => void this.purgePublished(), 3_600_000));
    void this.reportBacklog();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.timers.forEach(clearInterval);
    this.wake();
    await this.loop;
    await this.producer?.disconnect().catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  /** Asks the relay to look for rows now (also called on NOTIFY). */
  wake(): void {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pendingWake = false;
      try {
        let published: number;
        do published = await this.publishBatch();
        while (this.running && published === this.batchSize); // a full batch: keep draining
        this.lastBatch = published;
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        this.options.metrics.outboxPublishFailures.inc();
        this.options.logger.warn(
          { err: error, failures: this.failures },
          'outbox publish failed; rows stay and will be retried',
        );
        await this.resetProducer();
        await this.sleep(Math.min(MAX_BACKOFF_MS, 200 * 2 ** Math.min(this.failures, 6)), false);
        continue;
      }
      if (!this.pendingWake) await this.sleep(this.options.pollIntervalMs ?? 1000, true);
      // Rows are trickling in one commit at a time: let a few gather. A big batch means the relay
      // is behind, so it goes straight on.
      else if (this.lastBatch < LINGER_BELOW_ROWS) await this.sleep(this.options.lingerMs ?? 10, false);
    }
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 500;
  }

  /** Claims, publishes and marks one batch; returns how many rows it published. */
  private async publishBatch(): Promise<number> {
    const client = await this.pool.connect();
    // While Kafka is sent to, the client holds an open transaction and runs no query: a connection
    // lost then (database restart, pg_terminate_backend) is emitted on the client, not on a query,
    // and with no listener it would crash the process. Noted here, it fails the batch instead.
    let lost: Error | undefined;
    const onLost = (error: Error): void => {
      lost = error;
      this.options.logger.warn({ err: error }, 'outbox relay lost its database connection mid-batch');
    };
    client.on('error', onLost);
    try {
      // BEGIN and the claim in one round trip, like the mark and COMMIT below: under load the relay
      // shares the process with the API, and each round trip waits its turn on the event loop.
      // (Several statements need the simple protocol: no parameters, so only a number and UUIDs
      // read from the table are written into the SQL.)
      //
      // One relay publishes at a time (the transaction's advisory lock, held until its batch is marked
      // and committed): with several replicas, a second relay claiming an aggregate's next version
      // while the first still sends the one before would publish them out of order. The others wait
      // on the lock, and one takes over at once when the holder's transaction ends, however it ends.
      const claimed = (await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(${this.publishLock});
         SELECT id, topic, message_key, headers, payload, created_at FROM ${this.table}
          WHERE published_at IS NULL AND parked_at IS NULL ORDER BY created_at, id
          LIMIT ${Math.trunc(this.batchSize)} FOR UPDATE SKIP LOCKED`,
      )) as unknown as pg.QueryResult<OutboxRow>[];
      const rows = claimed[2]?.rows ?? [];
      if (rows.length === 0) {
        await client.query('COMMIT');
        return 0;
      }
      let published = rows;
      try {
        await this.send(rows);
      } catch (error) {
        if (!isPermanentKafkaError(error)) {
          await client.query('ROLLBACK');
          await this.recordFailure(rows, error as Error);
          throw error;
        }
        // Kafka refused something for good: find which rows, park them, publish the rest.
        published = await this.sendOneByOne(client, rows);
      }
      await client.query(
        `UPDATE ${this.table} SET published_at = now(), attempts = attempts + 1
          WHERE id = ANY('{${published.map((row) => uuidLiteral(row.id)).join(',')}}'::uuid[]); COMMIT`,
      );
      const now = Date.now();
      for (const row of published)
        this.options.metrics.outboxPublishLatency.observe((now - row.created_at.getTime()) / 1000);
      return rows.length;
    } catch (error) {
      if (!lost) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.removeListener('error', onLost);
      // A lost connection goes back destroyed, not into the pool.
      client.release(lost);
    }
  }

  /** Sends rows singly; parks those Kafka refuses for good; an outage (retriable error) aborts the batch. */
  private async sendOneByOne(client: pg.PoolClient, rows: OutboxRow[]): Promise<OutboxRow[]> {
    const sent: OutboxRow[] = [];
    for (const row of rows) {
      try {
        await this.send([row]);
        sent.push(row);
      } catch (error) {
        if (!isPermanentKafkaError(error)) throw error;
        await client.query(
          `UPDATE ${this.table} SET parked_at = now(), attempts = attempts + 1, last_error = $2 WHERE id = $1`,
          [row.id, (error as Error).message.slice(0, 1000)],
        );
        this.options.metrics.outboxParked.inc();
        this.options.logger.error(
          {
            outboxId: row.id,
            topic: row.topic,
            bytes: Buffer.byteLength(row.payload),
            error: (error as Error).message,
          },
          'Kafka refused an outbox row for good; parked it so the rows after it flow',
        );
      }
    }
    return sent;
  }

  private async send(rows: OutboxRow[]): Promise<void> {
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({ key: row.message_key, value: row.payload, headers: row.headers });
      byTopic.set(row.topic, messages);
    }
    await producer.sendBatch({
      acks: -1,
      timeout: 10_000,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.options.kafka.producer({
        allowAutoTopicCreation: false,
        // One in-flight request keeps per-key order across kafkajs's own retries.
        maxInFlightRequests: 1,
        retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2_000 },
      });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  /** After a failure the connection may be half-dead (broker restarted, paused): start clean. */
  private async resetProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private async recordFailure(rows: OutboxRow[], error: Error): Promise<void> {
    await this.pool
      .query(
        `UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[]) AND published_at IS NULL`,
        [rows.map((row) => row.id), error.message.slice(0, 1000)],
      )
      .catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (!this.running) return; // a reconnect timer that fires after stop() opens nothing
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: `${this.options.schema}-outbox-listen`,
    });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.options.logger.warn(
        { err: error },
        'outbox listener lost its connection; polling until it is back',
      );
      this.listener = undefined;
      if (this.running) setTimeout(() => void this.listen().catch(() => undefined), 1_000);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${outboxChannel(this.options.schema)}`);
      this.listener = client;
      this.wake(); // rows may have arrived while we were not listening
    } catch (error) {
      this.options.logger.warn({ err: error }, 'outbox listener could not connect; retrying');
      await client.end().catch(() => undefined);
      if (this.running) setTimeout(() => void this.listen().catch(() => undefined), 1_000);
    }
  }

  private sleep(ms: number, wakeable: boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      if (wakeable) this.wakeUp = done;
      if (!this.running) done();
    }).finally(() => {
      this.wakeUp = undefined;
    });
  }

  private async reportBacklog(): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ count: string }>(
        `SELECT count(*) FROM ${this.table} WHERE published_at IS NULL AND parked_at IS NULL`,
      );
      this.options.metrics.outboxBacklog.set(Number(rows[0]?.count ?? 0));
    } catch {
      // the database being away is reported by readiness, not here
    }
  }

  /** Published rows are kept for replay for the retention period, then removed in small batches. */
  private async purgePublished(): Promise<void> {
    const hours = this.options.retentionHours ?? 168;
    try {
      let deleted = 0;
      do {
        const result = await this.pool.query(
          // MATERIALIZED: the batch is chosen once, however the DELETE is planned.
          `WITH batch AS MATERIALIZED (
             SELECT id FROM ${this.table} WHERE published_at < now() - make_interval(hours => $1) LIMIT 5000
           )
           DELETE FROM ${this.table} WHERE id IN (SELECT id FROM batch)`,
          [hours],
        );
        deleted = result.rowCount ?? 0;
      } while (deleted === 5000 && this.running);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'outbox purge failed; will try again');
    }
  }
}
