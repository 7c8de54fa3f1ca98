import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { FeedbackEnvironment } from '../feedback.environment';
import { SurveysService } from './surveys.service';

/**
 * Every SURVEY_WINDOW_SWEEP_INTERVAL_MS: announces survey.opened for published surveys whose opening
 * has come, and closes (announcing survey.closed) those whose closing has come — each once, marked on
 * the survey in the same transaction as its outbox row. Rows are taken with SKIP LOCKED, so replicas
 * may sweep at once.
 */
@Injectable()
export class SurveyWindowSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly surveys: SurveysService,
    private readonly env: FeedbackEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.env.SURVEY_WINDOW_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One sweep at a time per process; a call during a sweep gets that sweep. Returns announcements written. */
  sweep(now?: Date): Promise<number> {
    this.running ??= this.announceAll(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async announceAll(now?: Date): Promise<number> {
    let written = 0;
    try {
      for (
        let batch = await this.surveys.announceDue(now);
        batch > 0;
        batch = await this.surveys.announceDue(now)
      )
        written += batch;
      if (written > 0) this.logger.info({ written }, 'survey openings and closings announced');
    } catch (error) {
      this.logger.warn({ err: error, written }, 'survey window sweep failed; retried on the next tick');
    }
    return written;
  }
}
