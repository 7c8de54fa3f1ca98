import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '@jiyn/observability';

/**
 * Removes audit entries older than the retention, through the database's own purge function (the
 * gateway may not delete them itself). Every replica runs it; running twice removes nothing more.
 */
@Injectable()
export class AuditRetention implements OnModuleInit, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly retentionDays: number,
    private readonly intervalMs: number,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // Spread replicas apart so they do not purge in the same moment.
    const first = Math.round(Math.random() * Math.min(this.intervalMs, 60_000));
    this.timer = setTimeout(() => void this.tick(), first);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  /** Purges now; answers how many entries went. */
  async purge(): Promise<number> {
    const [row] = (await this.dataSource.query('SELECT access.purge_audit_log($1) AS purged', [
      this.retentionDays,
    ])) as { purged: string }[];
    return Number(row?.purged ?? 0);
  }

  private async tick(): Promise<void> {
    try {
      const purged = await this.purge();
      if (purged > 0) this.logger.info({ purged, retentionDays: this.retentionDays }, 'audit entries purged');
    } catch (error) {
      this.logger.error({ err: error }, 'audit purge failed');
    }
    this.timer = setTimeout(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }
}
