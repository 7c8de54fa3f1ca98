import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { IdempotencyPurge } from './idempotency-purge';
import { IdempotencyStore } from './idempotency-store';
import { IdempotentRequests } from './idempotent-requests';

export interface IdempotencySettings {
  ttlHours: number;
}

/** Expired keys are not replayed anyway; purging only keeps the table small. */
const PURGE_INTERVAL_MS = 10 * 60_000;

/** Idempotency-Key support for the proxied POST and PATCH requests, shared by every replica. */
@Module({})
export class IdempotencyModule {
  static register(settings: IdempotencySettings): DynamicModule {
    return {
      module: IdempotencyModule,
      providers: [
        {
          provide: IdempotencyStore,
          inject: [DataSource],
          useFactory: (db: DataSource) => new IdempotencyStore(db),
        },
        {
          provide: IdempotentRequests,
          inject: [IdempotencyStore],
          useFactory: (store: IdempotencyStore) => new IdempotentRequests(store, settings.ttlHours),
        },
        {
          provide: IdempotencyPurge,
          inject: [IdempotencyStore, SERVICE_LOGGER],
          useFactory: (store: IdempotencyStore, logger: Logger) =>
            new IdempotencyPurge(store, PURGE_INTERVAL_MS, logger),
        },
      ],
      exports: [IdempotentRequests, IdempotencyPurge],
    };
  }
}
