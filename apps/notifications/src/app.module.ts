import { Module, type DynamicModule } from '@nestjs/common';
import { dataServiceModules, type ServiceRuntime } from '@jiyn/bootstrap';
import { NOTIFICATIONS_SCHEMA, notificationsDatabase } from './database/database';
import { EmailModule } from './email/email.module';
import type { NotificationsEnvironment } from './notifications.environment';
import { webhookSettingsOf } from './webhooks/webhook-settings';
import { WebhooksModule } from './webhooks/webhooks.module';

/**
 * Tells people and systems what happened: e-mail to participants and speakers (src/email, with
 * recipients fetched from their owners at send time: src/recipients; what was sent: src/delivery-log)
 * and signed webhooks to organisations' systems (src/webhooks).
 */
@Module({})
export class NotificationsAppModule {
  static register(env: NotificationsEnvironment, runtime: ServiceRuntime): DynamicModule {
    const shared = dataServiceModules({
      service: 'notifications',
      env,
      runtime,
      database: notificationsDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
    });
    return {
      module: NotificationsAppModule,
      imports: [
        ...shared.imports,
        // e-mail
        EmailModule,
        // webhooks
        WebhooksModule.register({
          schema: NOTIFICATIONS_SCHEMA,
          settings: webhookSettingsOf(env),
        }),
      ],
      providers: shared.providers,
    };
  }
}
