import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { FeedbackEnvironment } from '../feedback.environment';
import { AnonymousRelease } from './anonymous-release';

/** Every ANONYMOUS_RELEASE_INTERVAL_MS: announces the anonymous answers whose batch is due (AnonymousRelease). */
@Injectable()
export class AnonymousReleaseSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly release: AnonymousRelease,
    private readonly env: FeedbackEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.env.ANONYMOUS_RELEASE_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One sweep at a time per process; a call during a sweep gets that sweep. Returns events written. */
  sweep(now?: Date): Promise<number> {
    this.running ??= this.releaseDue(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async releaseDue(now?: Date): Promise<number> {
    try {
      const written = await this.release.releaseDue(now);
      // The count only: which survey and when would narrow down whose answers they are no more than the events do.
      if (written > 0) this.logger.info({ written }, 'anonymous answers announced');
      return written;
    } catch (error) {
      this.logger.warn({ err: error }, 'anonymous answers release failed; retried on the next tick');
      return 0;
    }
  }
}
