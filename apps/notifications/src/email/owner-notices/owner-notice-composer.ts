import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { KZ_DEFAULT_TIME_ZONE, pickLocalized, type Lang } from '@jiyn/kz';
import { SERVICE_LOGGER } from '@jiyn/observability';
import type { EmailDelivery } from '../../delivery-log/email-deliveries.repository';
import { NotificationsEnvironment } from '../../notifications.environment';
import { OwnerDirectory } from '../../recipients/owner-directory';
import type { Composed } from '../email-composer';
import { EmailRenderer } from '../templates/email-renderer';
import { DATE_LOCALES } from '../templates/texts';
import { DisabledEndpointsRepository } from './disabled-endpoints.repository';

/** The facts' labels of a message to owners, per language. */
const LABELS: Record<
  Lang,
  Record<'endpoint' | 'endpointId' | 'failingSince' | 'disabledAt' | 'lastError', string>
> = {
  kk: {
    endpoint: 'Нүкте',
    endpointId: 'Нүкте идентификаторы',
    failingSince: 'Қателер басталды',
    disabledAt: 'Өшірілді',
    lastError: 'Соңғы қате',
  },
  ru: {
    endpoint: 'Точка',
    endpointId: 'Идентификатор точки',
    failingSince: 'Ошибки с',
    disabledAt: 'Отключена',
    lastError: 'Последняя ошибка',
  },
  en: {
    endpoint: 'Endpoint',
    endpointId: 'Endpoint id',
    failingSince: 'Failing since',
    disabledAt: 'Disabled',
    lastError: 'Last error',
  },
};

/**
 * Messages to an organisation's owners (`webhook-endpoint-disabled`). Queued once for the
 * organisation; when that is sent, the gateway is asked who its owners are and it fans out into one
 * message per owner (each unique, so a repeated fan-out adds none). Each owner's message is then
 * written in their language with their address, both asked again at that moment and kept nowhere.
 */
@Injectable()
export class OwnerNoticeComposer {
  constructor(
    private readonly owners: OwnerDirectory,
    private readonly endpoints: DisabledEndpointsRepository,
    private readonly renderer: EmailRenderer,
    private readonly env: NotificationsEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async compose(delivery: EmailDelivery): Promise<Composed> {
    return delivery.recipientKind === 'organisation' ? this.fanOut(delivery) : this.toOwner(delivery);
  }

  private async fanOut(delivery: EmailDelivery): Promise<Composed> {
    const owners = await this.owners.organisationOwners(delivery.recipientRef);
    if (owners.length === 0) {
      const reason = 'the organisation has no owner to write to';
      this.logger.warn(
        { deliveryId: delivery.id, organisationId: delivery.recipientRef, template: delivery.template },
        `${reason}: nobody is told`,
      );
      return { kind: 'skip', reason };
    }
    return {
      kind: 'fan-out',
      reason: `queued for ${owners.length} owner(s)`,
      messages: owners.map((owner) => ({
        sourceEventId: delivery.sourceEventId,
        template: delivery.template,
        recipientKind: 'person' as const,
        recipientRef: owner.personId,
        eventId: null,
        params: { ...delivery.params, organisationId: delivery.recipientRef },
      })),
    };
  }

  private async toOwner(delivery: EmailDelivery): Promise<Composed> {
    const organisationId = String(delivery.params['organisationId']);
    const endpointId = String(delivery.params['endpointId']);
    const [owners, profile, endpoint] = await Promise.all([
      this.owners.organisationOwners(organisationId),
      this.owners.organisation(organisationId),
      this.endpoints.facts(endpointId),
    ]);
    const owner = owners.find((candidate) => candidate.personId === delivery.recipientRef);
    if (!owner) return { kind: 'skip', reason: 'no longer an owner of the organisation' };
    if (!endpoint) return { kind: 'skip', reason: 'the endpoint was deleted' };
    if (!endpoint.stillDisabled) return { kind: 'skip', reason: 'the endpoint is enabled again' };
    const lang = owner.preferredLanguage;
    const labels = LABELS[lang];
    const when = (iso: unknown) => formatInstant(new Date(String(iso)), lang);
    const organisationName = pickLocalized(profile.name, lang) ?? 'Jiyn';
    const rendered = await this.renderer.render(delivery.template, {
      lang,
      organisationName,
      eventTitle: '',
      name: owner.displayName,
      values: {
        endpointHost: endpoint.host,
        endpointId,
        failingSince: when(delivery.params['failingSince']),
        disabledAt: when(delivery.params['disabledAt']),
      },
      facts: [
        { label: labels.endpoint, value: endpoint.host },
        { label: labels.endpointId, value: endpointId },
        { label: labels.failingSince, value: when(delivery.params['failingSince']) },
        { label: labels.disabledAt, value: when(delivery.params['disabledAt']) },
        ...(endpoint.lastError ? [{ label: labels.lastError, value: endpoint.lastError }] : []),
      ],
    });
    return {
      kind: 'message',
      language: lang,
      message: {
        from: this.env.MAIL_FROM,
        to: { name: owner.displayName, address: owner.email },
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        messageId: delivery.messageId,
        headers: {
          'Content-Language': lang,
          'X-Jiyn-Template': delivery.template,
          'Auto-Submitted': 'auto-generated',
        },
      },
    };
  }
}

/** "1 March 2030, 11:30 GMT+5": an organisation has no time zone of its own; Kazakhstan's, named. */
function formatInstant(at: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], {
    timeZone: KZ_DEFAULT_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}
