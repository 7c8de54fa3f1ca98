import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';

const internalUrl = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * The notifications service's settings: a data service's (database, Kafka, outbox, inbox), the
 * services it asks for recipients, then e-mail's and webhooks' own, each in its section below.
 */
export class NotificationsEnvironment extends DataServiceEnvironment {
  /** Owners of the recipients' addresses, asked at send time with the internal token. */
  @IsUrl(internalUrl) REGISTRATIONS_URL!: string;
  @IsUrl(internalUrl) SPEAKERS_URL!: string;
  /** Events' titles and venues, in the recipient's language (the public event the sessions service serves). */
  @IsUrl(internalUrl) SESSIONS_URL!: string;
  /** The gateway: organisations (names, branding) live in its access schema. */
  @IsUrl(internalUrl) GATEWAY_URL!: string;

  // --- e-mail ---

  /** `smtp://host:port` (STARTTLS when offered) or `smtps://host:port` (TLS from the start), user and password in it if needed. */
  @Matches(/^smtps?:\/\/[^\s/]+(:\d+)?\/?$/, {
    message: 'SMTP_URL must be smtp://[user:password@]host[:port] or smtps://…',
  })
  SMTP_URL!: string;

  /** The sender: `Name <address>`, or an address. */
  @IsOptional()
  @IsString()
  MAIL_FROM: string = 'Jiyn <no-reply@jiyn.local>';

  /** Where links in e-mail point (the gateway or the web app in front of it), as for the other services. */
  @IsOptional()
  @IsUrl(internalUrl)
  PUBLIC_BASE_URL: string = 'http://127.0.0.1:3000';

  /** Connections kept open to the SMTP server (nodemailer's pool). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  SMTP_POOL_SIZE: number = 5;

  /** Optional DKIM signing: the domain, the selector and the private key (PEM, or base64 of PEM). */
  @IsOptional() @IsString() DKIM_DOMAIN?: string;
  @IsOptional() @IsString() DKIM_SELECTOR?: string;
  @IsOptional() @IsString() DKIM_PRIVATE_KEY?: string;

  /** Messages sent at once by one replica. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  EMAIL_SEND_CONCURRENCY: number = 10;

  /** Tries for a message that meets temporary failures (4xx, unreachable server) before it fails for good. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  EMAIL_MAX_ATTEMPTS: number = 8;

  /** First wait after a temporary failure, doubled each time (with jitter), up to an hour. */
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  EMAIL_RETRY_BASE_MS: number = 30_000;

  /** How long before an event starts its reminder goes out. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 14)
  EMAIL_REMINDER_LEAD_HOURS: number = 24;

  /** How long after an event ends the feedback invitation goes out. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24 * 14)
  EMAIL_FEEDBACK_DELAY_HOURS: number = 2;

  // --- webhooks ---
}
