import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { EmailDeliveriesRepository, type EmailDelivery } from '../delivery-log/email-deliveries.repository';
import { loggableReply } from '../delivery-log/smtp-replies';
import { NotificationsEnvironment } from '../notifications.environment';
import { OwnerUnavailableError, RecipientGoneError } from '../recipients/owner-directory';
import { EmailComposer } from './email-composer';
import { MailTransport } from './mail-transport';

/** A claimed message is someone's for this long; after it, another sender (or this one restarted) takes it. */
const LEASE_MS = 120_000;
const POLL_MS = 1_000;
const MAX_RETRY_MS = 3_600_000;

/**
 * Sends what handlers queued. Claim (a short transaction: `sending`, a lease, one more attempt) →
 * compose and send over SMTP → record the outcome. A crash after the claim leaves the row `sending`
 * until its lease ends; it is then sent again with the same Message-ID, so the one case that can
 * deliver twice (the SMTP server accepted, the process died before recording it) is a duplicate a
 * mail system recognises by that id. Nothing queued is lost: rows leave the queue only as sent,
 * failed for good, or skipped (no address, unsubscribed), each with its reason in the log.
 *
 * Temporary failures (4xx, server unreachable, an owner not answering) are retried with doubling,
 * jittered waits from EMAIL_RETRY_BASE_MS up to an hour, EMAIL_MAX_ATTEMPTS times; permanent ones
 * (5xx) are not retried. Woken by NOTIFY when a message is queued, polling every second otherwise.
 */
@Injectable()
export class EmailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopping = false;
  private listener?: Client;
  private wake?: () => void;
  private loop?: Promise<void>;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly deliveries: EmailDeliveriesRepository,
    private readonly composer: EmailComposer,
    private readonly transport: MailTransport,
    private readonly env: NotificationsEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.listener?.end().catch(() => undefined);
  }

  /** Sends everything due now; for tests and the benchmark that want no wait. */
  async drain(): Promise<void> {
    while (await this.tick()) await Promise.allSettled([...this.inFlight]);
    await Promise.allSettled([...this.inFlight]);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let claimed = false;
      try {
        claimed = await this.tick();
      } catch (error) {
        this.logger.warn({ err: error }, 'e-mail queue not readable; trying again');
      }
      if (claimed) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Claims what fits beside the messages in flight; true when it claimed any. */
  private async tick(): Promise<boolean> {
    const room = this.env.EMAIL_SEND_CONCURRENCY - this.inFlight.size;
    if (room <= 0) {
      await Promise.race([...this.inFlight]);
      return true;
    }
    const claimed = await this.deliveries.claimDue(room, LEASE_MS);
    for (const delivery of claimed) {
      const sending = this.deliver(delivery).finally(() => {
        this.inFlight.delete(sending);
        this.wake?.();
      });
      this.inFlight.add(sending);
    }
    return claimed.length > 0;
  }

  private async deliver(delivery: EmailDelivery): Promise<void> {
    const log = { deliveryId: delivery.id, template: delivery.template, attempt: delivery.attempts };
    try {
      const composed = await this.composer.compose(delivery);
      if (composed.kind === 'skip') {
        await this.deliveries.recordOutcome(delivery, { kind: 'skipped', reply: composed.reason });
        this.logger.info({ ...log, reason: composed.reason }, 'e-mail skipped');
        return;
      }
      if (composed.kind === 'fan-out') {
        await this.deliveries.recordOutcome(delivery, {
          kind: 'fanned-out',
          reply: composed.reason,
          messages: composed.messages,
        });
        this.logger.info({ ...log, messages: composed.messages.length }, 'e-mail fanned out');
        return;
      }
      const outcome = await this.transport.send(composed.message);
      if (outcome.kind === 'sent') {
        const current = await this.deliveries.recordOutcome(delivery, {
          ...outcome,
          language: composed.language,
        });
        if (current) this.logger.info(log, 'e-mail sent');
        // Sent with the same Message-ID as the claim that took the row over: one copy for readers.
        else this.logger.warn(log, 'e-mail sent after its lease ran out; another sender has the row');
      } else if (outcome.kind === 'permanent-failure') {
        await this.deliveries.recordOutcome(delivery, { ...outcome, language: composed.language });
        this.logger.warn(
          { ...log, reply: loggableReply(outcome.reply) },
          'e-mail refused for good; not retried',
        );
      } else await this.retryLater(delivery, outcome.reply);
    } catch (error) {
      if (error instanceof RecipientGoneError) {
        await this.deliveries.recordOutcome(delivery, { kind: 'skipped', reply: error.message });
        return;
      }
      const reason =
        error instanceof OwnerUnavailableError ? error.message : `error: ${(error as Error).message}`;
      await this.retryLater(delivery, reason).catch((failure: unknown) =>
        // The lease runs out and the message is claimed again: nothing is lost.
        this.logger.error({ ...log, err: failure }, 'e-mail outcome not recorded; retried after its lease'),
      );
    }
  }

  private async retryLater(delivery: EmailDelivery, reply: string): Promise<void> {
    const log = {
      deliveryId: delivery.id,
      template: delivery.template,
      attempt: delivery.attempts,
      // Servers quote the recipient's address in their replies: the log keeps none.
      reply: loggableReply(reply),
    };
    if (delivery.attempts >= this.env.EMAIL_MAX_ATTEMPTS) {
      await this.deliveries.recordOutcome(delivery, {
        kind: 'permanent-failure',
        reply: `gave up: ${reply}`,
      });
      this.logger.error(log, 'e-mail failed after its last attempt');
      return;
    }
    const wait = Math.min(MAX_RETRY_MS, this.env.EMAIL_RETRY_BASE_MS * 2 ** (delivery.attempts - 1));
    const retryAt = new Date(Date.now() + wait / 2 + Math.random() * (wait / 2));
    await this.deliveries.recordOutcome(delivery, { kind: 'temporary-failure', reply, retryAt });
    this.logger.warn({ ...log, retryAt }, 'e-mail failed for now; retried later');
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.env.DATABASE_URL,
      application_name: 'jiyn-notifications-email',
    });
    client.on('error', (error) =>
      this.logger.warn({ err: error }, 'e-mail wake-up connection lost; polling'),
    );
    client.on('notification', () => this.wake?.());
    try {
      await client.connect();
      await client.query('LISTEN notifications_email_queued');
      this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'no wake-up connection; polling every second');
      await client.end().catch(() => undefined);
    }
  }
}
