import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { PeriodicTask } from '../periodic-task';
import { RegistrationsEnvironment } from '../registrations.environment';
import { RegistrationLifecycleService } from './registration-lifecycle.service';

/**
 * Expires lapsed seat offers every OFFER_SWEEP_INTERVAL_MS and passes their seats on. Offers are
 * claimed with SKIP LOCKED, so several replicas can sweep at once without handling one twice.
 */
@Injectable()
export class OfferSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task = new PeriodicTask(() => this.expireAll());

  constructor(
    private readonly lifecycle: RegistrationLifecycleService,
    private readonly env: RegistrationsEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start(this.env.OFFER_SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  /** Expires every offer due now; returns how many. One sweep at a time per process. */
  sweep(): Promise<number> {
    return this.task.run();
  }

  private async expireAll(): Promise<number> {
    let expired = 0;
    try {
      while (await this.lifecycle.expireNextOffer()) expired += 1;
      if (expired > 0) this.logger.info({ expired }, 'seat offers expired and passed on');
    } catch (error) {
      this.logger.warn({ err: error, expired }, 'offer sweep failed; retried on the next tick');
    }
    return expired;
  }
}
