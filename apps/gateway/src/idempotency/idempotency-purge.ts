import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import type { IdempotencyStore } from './idempotency-store';

/** Removes expired idempotency keys. Every replica runs it; running twice removes nothing more. */
@Injectable()
export class IdempotencyPurge implements OnModuleInit, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: IdempotencyStore,
    private readonly intervalMs: number,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // Spread replicas apart so they do not purge in the same moment.
    this.schedule(Math.round(Math.random() * Math.min(this.intervalMs, 60_000)));
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  /** Purges now; answers how many keys went. */
  purge(): Promise<number> {
    return this.store.purgeExpired();
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const purged = await this.purge();
      if (purged > 0) this.logger.info({ purged }, 'expired idempotency keys purged');
    } catch (error) {
      this.logger.error({ err: error }, 'idempotency key purge failed');
    }
    this.schedule(this.intervalMs);
  }
}
