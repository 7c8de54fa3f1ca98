import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { LeaseStore } from './lease-store';
import { RATE_LIMIT_DEFAULTS, RateLimitSettingsController } from './rate-limit-settings.controller';
import type { RateLimitDefaults } from './rate-limit-policy';
import { RateLimitGuard } from './rate-limit.guard';
import { SharedRateLimiter } from './shared-rate-limiter';

/** Ended windows are kept an hour (for a look during an incident), then removed by any replica. */
const KEEP_ENDED_WINDOWS_SECONDS = 3600;
const HOUSEKEEPING_INTERVAL_MS = 10 * 60_000;

@Injectable()
class EndedWindowsCleanup implements OnModuleInit, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: LeaseStore,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.store.forgetEnded(KEEP_ENDED_WINDOWS_SECONDS).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'ended rate-limit windows not removed');
      });
    }, HOUSEKEEPING_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

/** Rate limits shared by all gateway replicas through PostgreSQL. The guard is installed by the app module, after authentication. */
@Module({})
export class RateLimitModule {
  static register(defaults: RateLimitDefaults): DynamicModule {
    return {
      module: RateLimitModule,
      controllers: [RateLimitSettingsController],
      providers: [
        { provide: LeaseStore, inject: [DataSource], useFactory: (ds: DataSource) => new LeaseStore(ds) },
        {
          provide: SharedRateLimiter,
          inject: [LeaseStore, SERVICE_LOGGER],
          useFactory: (store: LeaseStore, logger: Logger) => new SharedRateLimiter(store, logger),
        },
        { provide: RATE_LIMIT_DEFAULTS, useValue: defaults },
        {
          provide: RateLimitGuard,
          inject: [SharedRateLimiter],
          useFactory: (limiter: SharedRateLimiter) => new RateLimitGuard(limiter, defaults),
        },
        EndedWindowsCleanup,
      ],
      exports: [RateLimitGuard, SharedRateLimiter],
    };
  }
}
