import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type Mail from 'nodemailer/lib/mailer';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { NotificationsEnvironment } from '../notifications.environment';

/** How the SMTP server took a message: accepted, refused for now (4xx, unreachable) or for good (5xx). */
export type SmtpOutcome =
  | { kind: 'sent'; reply: string }
  | { kind: 'temporary-failure'; reply: string }
  | { kind: 'permanent-failure'; reply: string };

/**
 * Nodemailer over a pool of SMTP connections (SMTP_URL: `smtp://` upgrades with STARTTLS when the
 * server offers it, `smtps://` is TLS from the start), DKIM-signed when DKIM_* is set. The outcome is
 * classified by the server's reply code: 5xx refuses for good, 4xx and every network failure
 * (refused, timed out, reset) only for now.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter<SMTPPool.SentMessageInfo>;

  constructor(
    env: NotificationsEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {
    const dkim =
      env.DKIM_DOMAIN && env.DKIM_SELECTOR && env.DKIM_PRIVATE_KEY
        ? {
            domainName: env.DKIM_DOMAIN,
            keySelector: env.DKIM_SELECTOR,
            privateKey: env.DKIM_PRIVATE_KEY.includes('BEGIN')
              ? env.DKIM_PRIVATE_KEY
              : Buffer.from(env.DKIM_PRIVATE_KEY, 'base64').toString('utf8'),
          }
        : undefined;
    const url = new URL(env.SMTP_URL);
    this.transporter = nodemailer.createTransport({
      pool: true,
      maxConnections: env.SMTP_POOL_SIZE,
      maxMessages: 1_000,
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
      secure: url.protocol === 'smtps:',
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      dkim,
      // No address or content in the logs: nodemailer's own logger stays off.
      logger: false,
    } satisfies SMTPPool.Options);
  }

  async send(message: Mail.Options): Promise<SmtpOutcome> {
    try {
      const info = await this.transporter.sendMail(message);
      if (info.rejected.length > 0) return { kind: 'permanent-failure', reply: info.response };
      return { kind: 'sent', reply: info.response };
    } catch (error) {
      const failure = error as Error & { responseCode?: number; response?: string; code?: string };
      const reply = failure.response ?? `${failure.code ?? 'ERROR'} ${failure.message}`;
      if (failure.responseCode && failure.responseCode >= 500 && failure.responseCode < 600)
        return { kind: 'permanent-failure', reply };
      this.logger.warn(
        { code: failure.code, responseCode: failure.responseCode },
        'SMTP send failed for now',
      );
      return { kind: 'temporary-failure', reply };
    }
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
