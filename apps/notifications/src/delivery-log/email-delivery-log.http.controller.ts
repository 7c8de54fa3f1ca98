import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  RequiresScope,
  assertAllowed,
  notReachable,
  type Principal,
  type Scope,
} from '@jiyn/auth';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemException, ProblemResponses } from '@jiyn/problems';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import {
  EmailDeliveriesQuery,
  EmailDeliveryDetailResponse,
  EmailDeliveryPage,
  EmailDeliveryResponse,
} from './dto/email-delivery-log.dto';
import {
  EmailDeliveryLogRepository,
  type LoggedAttempt,
  type LoggedEmail,
} from './email-delivery-log.repository';

/**
 * The e-mail log of an event, for its organisers: every message, to whom by id (a registration or
 * a speaker: the log keeps no address or name), how its sending went, each attempt with the mail
 * server's reply; and sending a failed or skipped message again. Like the event's e-mail texts, it
 * is the event's: `events:read` to read, `events:write` to send again, on the event itself, whose
 * organisation this service knows from `event.published`; any other event answers 404.
 */
@ApiTags('e-mail')
@Controller('notifications/email/deliveries')
export class EmailDeliveryLogHttpController {
  constructor(
    private readonly log: EmailDeliveryLogRepository,
    private readonly events: EventProjectionRepository,
  ) {}

  @Get()
  @RequiresScope('events:read')
  @ApiOperation({
    operationId: 'listEmailDeliveries',
    summary: "List an event's e-mail messages, newest first",
    description:
      'Each message to a participant or speaker of the event, with its status and last reply. ' +
      'Filter by recipient (`recipientRef`: a registration or speaker id), template and status.',
  })
  @ApiOkResponse({ type: EmailDeliveryPage })
  @ProblemResponses(404)
  async list(
    @Query() query: EmailDeliveriesQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<LoggedEmail>> {
    const eventId = query.eventId.toLowerCase();
    await this.assertOnEvent(principal, 'events:read', eventId);
    return this.log.page(
      eventId,
      {
        recipientRef: query.recipientRef?.toLowerCase(),
        template: query.template,
        status: query.status,
      },
      query,
    );
  }

  @Get(':id')
  @RequiresScope('events:read')
  @ApiOperation({
    operationId: 'getEmailDelivery',
    summary: 'Read one e-mail message with its attempts',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: EmailDeliveryDetailResponse })
  @ProblemResponses(404)
  async get(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LoggedEmail & { attemptLog: LoggedAttempt[] }> {
    const delivery = await this.deliveryOf(principal, 'events:read', id);
    return { ...delivery, attemptLog: await this.log.attempts(id) };
  }

  @Post(':id/resend')
  @RequiresScope('events:write')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'resendEmailDelivery',
    summary: 'Send a failed or skipped message again',
    description:
      'Queues a new delivery of the same message (same cause, template and recipient, a new ' +
      'Message-ID), written afresh when it is sent: in the recipient’s language of then, to their ' +
      'address of then. 409 while a delivery of the message is queued or being sent, and once one was ' +
      'sent. A skipped message is skipped again while its reason holds (no address, unsubscribed).',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiAcceptedResponse({ type: EmailDeliveryResponse, description: 'The new delivery, queued' })
  @ProblemResponses(404, 409)
  async resend(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LoggedEmail> {
    await this.deliveryOf(principal, 'events:write', id);
    const outcome = await this.log.resend(id);
    switch (outcome.kind) {
      case 'queued':
        return outcome.delivery;
      case 'missing':
        throw notReachable();
      case 'pending':
        throw new ProblemException('conflict', {
          detail: {
            en: `This message is still ${outcome.delivery.status} (delivery ${outcome.delivery.id}); send it again once that one has failed or been skipped`,
            ru: `Это письмо ещё ${outcome.delivery.status === 'queued' ? 'в очереди' : 'отправляется'} (доставка ${outcome.delivery.id}); отправьте его повторно, если она завершится ошибкой или будет пропущена`,
            kk: `Бұл хат әлі ${outcome.delivery.status === 'queued' ? 'кезекте' : 'жіберілуде'} (${outcome.delivery.id} жеткізілімі); ол сәтсіз аяқталса не өткізіліп жіберілсе, қайта жіберіңіз`,
          },
          extensions: { deliveryId: outcome.delivery.id, deliveryStatus: outcome.delivery.status },
        });
      case 'delivered':
        throw new ProblemException('conflict', {
          detail: {
            en: `This message was sent (delivery ${outcome.delivery.id}): the mail server took it, so it is not sent again`,
            ru: `Это письмо отправлено (доставка ${outcome.delivery.id}): почтовый сервер его принял, повторно оно не отправляется`,
            kk: `Бұл хат жіберілді (${outcome.delivery.id} жеткізілімі): пошта сервері оны қабылдады, сондықтан қайта жіберілмейді`,
          },
          extensions: { deliveryId: outcome.delivery.id, deliveryStatus: outcome.delivery.status },
        });
    }
  }

  /**
   * The delivery, when the caller may use the scope on its event; else 403 or 404 — the same 404
   * for another organisation's delivery as for none, so its existence is not given away.
   */
  private async deliveryOf(principal: Principal, scope: Scope, id: string): Promise<LoggedEmail> {
    const delivery = await this.log.find(id);
    if (!delivery?.eventId) throw notReachable();
    await this.assertOnEvent(principal, scope, delivery.eventId);
    return delivery;
  }

  /** Only the event's organisation (and who it gave the event to); an event not known here is a 404. */
  private async assertOnEvent(principal: Principal, scope: Scope, eventId: string): Promise<void> {
    const event = await this.events.find(eventId);
    if (!event?.organisationId) throw notReachable();
    assertAllowed(principal, scope, { organisationId: event.organisationId, eventId });
  }
}
