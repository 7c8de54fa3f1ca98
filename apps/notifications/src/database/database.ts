import type { ServiceDatabaseOptions } from '@jiyn/persistence';
import { CreateMessagingTables1765000000000 } from './migrations/1765000000000-create-messaging-tables';
import { CreateEmailTables1765000000100 } from './migrations/1765000000100-create-email-tables';
import { CreateWebhooks1765000000200 } from './migrations/1765000000200-create-webhooks';
import { CreateSessionSignUps1765000000300 } from './migrations/1765000000300-create-session-sign-ups';
import { OwnerNotices1765000000350 } from './migrations/1765000000350-owner-notices';
import { EmailResends1765000000400 } from './migrations/1765000000400-email-resends';
import { WebhookDeliveriesInMilliseconds1765000000500 } from './migrations/1765000000500-webhook-deliveries-in-milliseconds';

export const NOTIFICATIONS_SCHEMA = 'notifications';

/**
 * The notifications schema. E-mail's tables (src/email, src/delivery-log) and webhooks' tables
 * (src/webhooks) each come with their own migrations, listed here in timestamp order.
 */
export function notificationsDatabase(url: string, poolSize?: number): ServiceDatabaseOptions {
  return {
    url,
    schema: NOTIFICATIONS_SCHEMA,
    applicationName: 'jiyn-notifications',
    poolSize,
    entities: [],
    migrations: [
      CreateMessagingTables1765000000000,
      // e-mail
      CreateEmailTables1765000000100,
      // webhooks
      CreateWebhooks1765000000200,
      // e-mail: session changes
      CreateSessionSignUps1765000000300,
      // e-mail to organisations' owners (a webhook endpoint disabled)
      OwnerNotices1765000000350,
      // e-mail: the log read by organisers, messages sent again
      EmailResends1765000000400,
      // webhooks: the delivery log's keyset pages
      WebhookDeliveriesInMilliseconds1765000000500,
    ],
  };
}
