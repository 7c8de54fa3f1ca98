import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';

export interface InboxPurgeOptions {
  dataSource: DataSource;
  schema: string;
  logger: Logger;
  /** How long applied event ids are kept (default 720 h, 30 days). */
  retentionHours?: number;
  intervalMs?: number;
}

const BATCH = 5_000;

/**
 * The inbox remembers which events each consumer group applied, so a redelivery is skipped. Kafka
 * redelivers within minutes (a rebalance, a restart) and topics keep a week: a month of ids is more
 * than enough, and the table must not grow forever.
 */
export class InboxPurge {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(private readonly options: InboxPurgeOptions) {}

  start(): void {
    this.timer ??= setInterval(() => void this.purgeOnce(), this.options.intervalMs ?? 3_600_000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Deletes ids older than the retention in batches; returns how many. Failures are logged and retried next round. */
  purgeOnce(): Promise<number> {
    this.running ??= this.purge().finally(() => (this.running = undefined));
    return this.running;
  }

  private async purge(): Promise<number> {
    const table = `"${this.options.schema}".inbox`;
    const hours = this.options.retentionHours ?? 720;
    let total = 0;
    try {
      for (;;) {
        // MATERIALIZED: the batch is chosen once, however the DELETE is planned.
        const result: unknown = await this.options.dataSource.query(
          `WITH batch AS MATERIALIZED (
             SELECT consumer, event_id FROM ${table}
              WHERE received_at < now() - make_interval(hours => $1) LIMIT ${BATCH}
           )
           DELETE FROM ${table} i USING batch
            WHERE i.consumer = batch.consumer AND i.event_id = batch.event_id`,
          [hours],
        );
        const deleted = Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
        total += deleted;
        if (deleted < BATCH) return total;
      }
    } catch (error) {
      this.options.logger.warn({ err: error }, 'inbox purge failed; will try again');
      return total;
    }
  }
}
