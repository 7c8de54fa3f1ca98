import { IsUrl, Matches } from 'class-validator';
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
  /** The gateway: organisations (names, branding) live in its access schema. */
  @IsUrl(internalUrl) GATEWAY_URL!: string;

  // --- e-mail ---

  /** `smtp://host:port` (STARTTLS when offered) or `smtps://host:port` (TLS from the start), user and password in it if needed. */
  @Matches(/^smtps?:\/\/[^\s/]+(:\d+)?\/?$/, {
    message: 'SMTP_URL must be smtp://[user:password@]host[:port] or smtps://…',
  })
  SMTP_URL!: string;

  // --- webhooks ---
}
