import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';
import { DELIVERY_TIMEOUT_MS } from './webhooks/delivery/webhook-sender';

const DURATION_LIST = /^\s*\d+(\.\d+)?(ms|s|m|h|d)(\s*,\s*\d+(\.\d+)?(ms|s|m|h|d))*\s*$/;
const DURATION = /^\d+(\.\d+)?(ms|s|m|h|d)$/;

const splitList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : value;
/** From the raw string: implicit conversion would make "false" true. */
const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  return typeof raw === 'string' ? ['1', 'true', 'yes'].includes(raw.trim().toLowerCase()) : raw;
};

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

  /**
   * 32 bytes (64 hex characters or base64) sealing the endpoints' signing secrets at rest
   * (AES-256-GCM). Secrets must be read back to sign, so they cannot be hashed; without this key
   * a copy of the database does not reveal them.
   */
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, {
    message: 'WEBHOOK_SECRET_ENCRYPTION_KEY must be 32 bytes as 64 hex characters or base64',
  })
  WEBHOOK_SECRET_ENCRYPTION_KEY!: string;

  /** Networks (CIDRs or addresses) webhooks may reach although private or local. None by default. */
  @IsOptional()
  @Transform(splitList)
  @IsString({ each: true })
  WEBHOOK_ALLOWED_NETWORKS: string[] = [];

  /** Whether endpoints may be plain http:// (local receivers, tests); https:// only by default. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOK_ALLOW_HTTP: boolean = false;

  /** Waits between attempts (Standard Webhooks' example by default). */
  @IsOptional()
  @Matches(DURATION_LIST, { message: 'WEBHOOK_RETRY_SCHEDULE must be durations such as 5s,5m,30m,2h' })
  WEBHOOK_RETRY_SCHEDULE: string = '5s,5m,30m,2h,5h,10h,10h';

  /** An endpoint failing every attempt for this long is disabled and its owner told. */
  @IsOptional()
  @Matches(DURATION, { message: 'WEBHOOK_DISABLE_AFTER must be a duration such as 5d' })
  WEBHOOK_DISABLE_AFTER: string = '5d';

  /** How long a receiver has to answer. */
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(30_000)
  WEBHOOK_TIMEOUT_MS: number = DELIVERY_TIMEOUT_MS;

  /** Attempts one process keeps in flight at once, over all endpoints. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000)
  WEBHOOK_WORKER_CONCURRENCY: number = 64;

  /** Attempts in flight at once per endpoint, over all processes, unless the endpoint sets its own. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  WEBHOOK_ENDPOINT_CONCURRENCY: number = 10;

  /** How long consumed events are kept for retries and replays. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  WEBHOOK_EVENT_RETENTION_DAYS: number = 30;
}
