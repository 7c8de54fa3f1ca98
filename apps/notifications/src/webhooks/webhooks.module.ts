import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { DeliveryWorker } from './deliveries/delivery-worker';
import { WebhookDeliveriesRepository } from './deliveries/webhook-deliveries.repository';
import { WebhookDeliveriesService } from './deliveries/webhook-deliveries.service';
import { WebhookEndpointsRepository } from './endpoints/webhook-endpoints.repository';
import { WebhookEndpointsService } from './endpoints/webhook-endpoints.service';
import { WebhookEventOwnersRepository } from './intake/webhook-event-owners.repository';
import { WebhookIntakeHandler } from './intake/webhook-intake.handler';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';
import { WEBHOOKS_SCHEMA } from './webhooks-schema';
import { WebhooksHttpController } from './webhooks.http.controller';

export interface WebhooksModuleOptions {
  schema: string;
  settings: WebhookSettings;
}

/**
 * Standard Webhooks for organisations' systems: subscriptions at /webhooks, the intake of every
 * subscribable event from Kafka (inbox transport), and the delivery worker.
 */
@Module({})
export class WebhooksModule {
  static register(options: WebhooksModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: WEBHOOKS_SCHEMA, useValue: options.schema },
      { provide: WEBHOOK_SETTINGS, useValue: options.settings },
      WebhookEndpointsRepository,
      WebhookEndpointsService,
      WebhookDeliveriesRepository,
      WebhookDeliveriesService,
      WebhookEventOwnersRepository,
      DeliveryWorker,
    ];
    return {
      module: WebhooksModule,
      controllers: [WebhooksHttpController, WebhookIntakeHandler],
      providers,
    };
  }
}
