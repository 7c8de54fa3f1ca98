import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { PeriodicTask } from '../periodic-task';
import { RegistrationsEnvironment } from '../registrations.environment';
import { AnonymisationService } from './anonymisation.service';

/**
 * Anonymises, every ANONYMISE_SWEEP_INTERVAL_MS, the registrations of events whose retention period
 * has passed. Batches lock with SKIP LOCKED, so several instances sweep side by side without waiting.
 */
@Injectable()
export class RetentionSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly task = new PeriodicTask(() => this.sweep());

  constructor(
    private readonly anonymisation: AnonymisationService,
    private readonly env: RegistrationsEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // A tick that finds the previous sweep still running skips.
    this.task.start(this.env.ANONYMISE_SWEEP_INTERVAL_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  async sweep(now = new Date()): Promise<number> {
    let total = 0;
    try {
      for (const eventId of await this.anonymisation.eventsDue(now)) {
        const { anonymised } = await this.anonymisation.anonymiseAll(eventId);
        total += anonymised;
        if (anonymised > 0)
          this.logger.info({ eventId, anonymised }, 'retention passed: registrations anonymised');
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'retention sweep failed; the next one retries');
    }
    return total;
  }
}
