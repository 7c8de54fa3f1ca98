import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from '@jiyn/messaging';
import type { Page } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { TargetGuard } from '../delivery/target-guard';
import { WebhookSender } from '../delivery/webhook-sender';
import { endpointNotFound } from '../endpoints/webhook-endpoints.service';
import { WebhookEndpointsRepository } from '../endpoints/webhook-endpoints.repository';
import { structuredCloudEvent } from '../intake/cloud-event-body';
import { SecretCipher } from '../signing/secret-cipher';
import { keyOf, signDelivery } from '../signing/standard-webhooks';
import { WEBHOOK_PING_TYPE } from '../subscribable-event-types';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhook-settings';
import type { DeliveriesQuery } from './dto/deliveries.query';
import {
  WebhookDeliveriesRepository,
  type AttemptView,
  type DeliveryView,
} from './webhook-deliveries.repository';

/** The longest range one replay may cover: the events kept are at most a year old anyway. */
const MAX_REPLAY_DAYS = 366;

function deliveryNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No delivery ${id} for this webhook endpoint`,
      ru: `Для этого вебхука нет доставки ${id}`,
      kk: `Бұл вебхук үшін ${id} жеткізілімі жоқ`,
    },
  });
}

@Injectable()
export class WebhookDeliveriesService {
  private readonly sender: WebhookSender;
  private readonly cipher: SecretCipher;

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly endpoints: WebhookEndpointsRepository,
    @Inject(WEBHOOK_SETTINGS) settings: WebhookSettings,
  ) {
    this.sender = new WebhookSender(new TargetGuard(settings.allowedNetworks), settings.timeoutMs);
    this.cipher = new SecretCipher(settings.encryptionKey);
  }

  async list(
    organisationId: string,
    endpointId: string,
    query: DeliveriesQuery,
  ): Promise<Page<DeliveryView>> {
    await this.endpointOf(organisationId, endpointId);
    return this.deliveries.page(endpointId, query.status, query.cursor, query.limit ?? 50);
  }

  async attempts(
    organisationId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<{ items: AttemptView[] }> {
    await this.endpointOf(organisationId, endpointId);
    const items = await this.deliveries.attempts(endpointId, deliveryId);
    if (!items) throw deliveryNotFound(deliveryId);
    return { items };
  }

  /** Starts a finished delivery's retry schedule again, at once. */
  async retry(organisationId: string, endpointId: string, deliveryId: string): Promise<DeliveryView> {
    await this.endpointOf(organisationId, endpointId);
    const outcome = await this.deliveries.retry(endpointId, deliveryId);
    if (outcome === 'missing') throw deliveryNotFound(deliveryId);
    if (outcome === 'busy') {
      throw new ProblemException('conflict', {
        detail: {
          en: 'This delivery is still queued or being delivered; retry it once it has succeeded or failed',
          ru: 'Эта доставка ещё в очереди или выполняется; повторите её, когда она завершится успехом или ошибкой',
          kk: 'Бұл жеткізілім әлі кезекте немесе орындалуда; ол сәтті не сәтсіз аяқталғанда қайталаңыз',
        },
      });
    }
    return (await this.deliveries.one(endpointId, deliveryId)) as DeliveryView;
  }

  /** Queues again what the endpoint's subscription matches among the events of [from, to). */
  async replay(
    organisationId: string,
    endpointId: string,
    range: { from: string; to: string },
  ): Promise<{ enqueued: number; from: Date; to: Date }> {
    const endpoint = await this.endpointOf(organisationId, endpointId);
    const [from, to] = [new Date(range.from), new Date(range.to)];
    if (!(from < to) || to.getTime() - from.getTime() > MAX_REPLAY_DAYS * 86_400_000) {
      throw new ProblemException('validation', {
        errors: [{ field: 'to', code: 'replayRange', args: [MAX_REPLAY_DAYS] }],
      });
    }
    if (!endpoint.enabled) {
      throw new ProblemException('conflict', {
        detail: {
          en: 'This endpoint is disabled: enable it (PATCH enabled: true) before replaying',
          ru: 'Этот вебхук отключён: включите его (PATCH enabled: true) перед повторной отправкой',
          kk: 'Бұл вебхук өшірілген: қайта жібермес бұрын оны қосыңыз (PATCH enabled: true)',
        },
      });
    }
    return { enqueued: await this.deliveries.replay(endpointId, from, to), from, to };
  }

  /** Sends a signed ping now and answers with what came of it; the ping shows in the log too. */
  async test(
    organisationId: string,
    endpointId: string,
  ): Promise<{ deliveryId: string; messageId: string; attempt: AttemptView }> {
    const endpoint = await this.endpointOf(organisationId, endpointId);
    const ping = { id: uuidv7(), type: WEBHOOK_PING_TYPE, time: new Date().toISOString() };
    const body = structuredCloudEvent(
      { ...ping, source: '/jiyn/notifications', subject: endpoint.id },
      { endpointId: endpoint.id, message: 'Jiyn webhook test' },
    );
    const startedAt = new Date();
    const keys = [keyOf(this.cipher.open(endpoint.secretSealed, endpoint.id))];
    if (
      endpoint.previousSecretSealed &&
      endpoint.previousSecretExpiresAt &&
      endpoint.previousSecretExpiresAt > startedAt
    ) {
      keys.push(keyOf(this.cipher.open(endpoint.previousSecretSealed, endpoint.id)));
    }
    const outcome = await this.sender.send({
      url: endpoint.url,
      headers: signDelivery(keys, ping.id, body, startedAt),
      body,
    });
    const recorded = await this.deliveries.recordPing(endpoint, { ...ping, body }, { startedAt, ...outcome });
    return {
      deliveryId: recorded.deliveryId,
      messageId: ping.id,
      attempt: { id: recorded.attemptId, attempt: 1, startedAt, ...outcome },
    };
  }

  private async endpointOf(organisationId: string, endpointId: string) {
    const endpoint = await this.endpoints.find(organisationId, endpointId);
    if (!endpoint) throw endpointNotFound(endpointId);
    return endpoint;
  }
}
