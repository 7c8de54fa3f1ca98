import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { runInTransaction } from '@jiyn/persistence';
import { EmailDeliveriesRepository } from '../delivery-log/email-deliveries.repository';
import { EventProjectionRepository, type KnownEvent } from '../event-projection/event-projection.repository';
import { ParticipantProjectionRepository } from '../event-projection/participant-projection.repository';
import { NotificationsEnvironment } from '../notifications.environment';
import type { EmailTemplateName } from './templates/catalogue';

const HOUR_MS = 3_600_000;
const SWEEP_MS = 30_000;

/**
 * Messages no event triggers, sent because their time came: the reminder EMAIL_REMINDER_LEAD_HOURS
 * before an event starts, and the feedback invitation EMAIL_FEEDBACK_DELAY_HOURS after it ends, to
 * every confirmed participant then. Each event's fan-out is recorded in the transaction that queues
 * its messages, so it happens once across restarts and replicas (a second one finds the record).
 */
@Injectable()
export class ScheduledMessages implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventProjectionRepository,
    private readonly participants: ParticipantProjectionRepository,
    private readonly deliveries: EmailDeliveriesRepository,
    private readonly env: NotificationsEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Queues every reminder and invitation that is due; one sweep at a time. */
  sweep(): Promise<void> {
    this.running ??= this.sweepOnce()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'scheduled e-mail sweep failed; next one soon'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweepOnce(): Promise<void> {
    const lead = this.env.EMAIL_REMINDER_LEAD_HOURS * HOUR_MS;
    for (const event of await this.events.due('starts_at', -lead, 'event-reminder', true))
      await this.fanOut(event, 'event-reminder');
    const delay = this.env.EMAIL_FEEDBACK_DELAY_HOURS * HOUR_MS;
    for (const event of await this.events.due('ends_at', delay, 'feedback-invitation', false))
      await this.fanOut(event, 'feedback-invitation');
  }

  private async fanOut(event: KnownEvent, template: EmailTemplateName): Promise<void> {
    const queued = await runInTransaction(this.dataSource, async (manager) => {
      const claimed = (await manager.query(
        `INSERT INTO notifications.email_fan_outs (event_id, template) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [event.eventId, template],
      )) as unknown[];
      if (claimed.length === 0) return 0;
      const registrations = await this.participants.confirmed(manager, event.eventId);
      return this.deliveries.enqueue(
        manager,
        registrations.map((registrationId) => ({
          sourceEventId: `${template}:${event.eventId}`,
          template,
          recipientKind: 'participant' as const,
          recipientRef: registrationId,
          eventId: event.eventId,
        })),
      );
    });
    this.logger.info({ eventId: event.eventId, template, queued }, 'scheduled e-mail queued');
  }
}
