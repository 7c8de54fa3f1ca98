import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EVENT_TYPES, type WebhookEndpointDisabledV1 } from '@jiyn/contracts';
import { InboxContext } from '@jiyn/messaging';
import { EmailDeliveriesRepository } from '../../delivery-log/email-deliveries.repository';

/**
 * E-mail to an organisation's owners about its own affairs. The service hears its own
 * `webhook.endpoint-disabled` (written to the outbox with the disabling) and queues one message
 * for the organisation in the inbox transaction: exactly once per event however often Kafka
 * delivers it. Who the owners are is asked when it is sent (the message then fans out to them).
 */
@Controller()
export class OwnerNoticeHandlers {
  constructor(private readonly deliveries: EmailDeliveriesRepository) {}

  @EventPattern([EVENT_TYPES.webhookEndpointDisabled], { group: 'notifications.email.owners' })
  async endpointDisabled(
    @Payload() disabled: WebhookEndpointDisabledV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.deliveries.enqueue(context.manager, [
      {
        sourceEventId: context.event.id,
        template: 'webhook-endpoint-disabled',
        recipientKind: 'organisation',
        recipientRef: disabled.organisationId,
        eventId: null,
        params: {
          endpointId: disabled.endpointId,
          failingSince: disabled.failingSince,
          disabledAt: disabled.occurredAt,
        },
      },
    ]);
  }
}
