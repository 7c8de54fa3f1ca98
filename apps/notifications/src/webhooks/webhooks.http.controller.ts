import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequiresScope, type Principal } from '@jiyn/auth';
import { PageQuery, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { DeliveriesQuery, ReplayWebhookEventsDto } from './deliveries/dto/deliveries.query';
import {
  WebhookAttemptListResponse,
  WebhookDeliveryPage,
  WebhookDeliveryResponse,
  WebhookReplayResponse,
  WebhookTestResponse,
} from './deliveries/dto/webhook-delivery.response';
import type { AttemptView, DeliveryView } from './deliveries/webhook-deliveries.repository';
import { WebhookDeliveriesService } from './deliveries/webhook-deliveries.service';
import {
  CreateWebhookEndpointDto,
  RotateWebhookSecretDto,
  UpdateWebhookEndpointDto,
} from './endpoints/dto/webhook-endpoint.dto';
import {
  CreatedWebhookEndpointResponse,
  RotatedWebhookSecretResponse,
  WebhookEndpointPage,
  WebhookEndpointResponse,
  WebhookEventTypesResponse,
} from './endpoints/dto/webhook-endpoint.response';
import {
  organisationOf,
  WebhookEndpointsService,
  type EndpointView,
} from './endpoints/webhook-endpoints.service';
import { WEBHOOK_EVENT_TYPES } from './subscribable-event-types';

/**
 * The organisation's webhook subscriptions (Standard Webhooks) and their delivery log. Everything
 * here belongs to the organisation acting; another organisation's endpoint answers 404.
 */
@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksHttpController {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly deliveries: WebhookDeliveriesService,
  ) {}

  @Post()
  @RequiresScope('webhooks:write')
  @ApiOperation({
    operationId: 'createWebhookEndpoint',
    summary: 'Subscribe an endpoint to event types',
    description:
      'Each matching event is POSTed as a CloudEvent (structured JSON, `application/cloudevents+json`) ' +
      'with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature`. ' +
      'The answer holds the signing secret, shown this once. The URL is refused when its host resolves ' +
      'to a loopback, private, link-local or otherwise internal address (`webhookTargetRefused`).',
  })
  @ApiCreatedResponse({ type: CreatedWebhookEndpointResponse })
  create(
    @Body() dto: CreateWebhookEndpointDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EndpointView & { secret: string }> {
    return this.endpoints.create(organisationOf(principal, 'webhooks:write'), dto);
  }

  @Get()
  @RequiresScope('webhooks:read')
  @ApiOperation({ operationId: 'listWebhookEndpoints', summary: "List the organisation's webhook endpoints" })
  @ApiOkResponse({ type: WebhookEndpointPage })
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<EndpointView>> {
    return this.endpoints.list(organisationOf(principal, 'webhooks:read'), query.cursor, query.limit);
  }

  @Get('event-types')
  @RequiresScope('webhooks:read')
  @ApiOperation({
    operationId: 'listWebhookEventTypes',
    summary: 'List the event types an endpoint may subscribe to',
    description:
      'Their payloads are described by the JSON Schemas of the event contracts (the AsyncAPI document).',
  })
  @ApiOkResponse({ type: WebhookEventTypesResponse })
  eventTypes(): { items: string[] } {
    return { items: [...WEBHOOK_EVENT_TYPES] };
  }

  @Get(':id')
  @RequiresScope('webhooks:read')
  @ApiOperation({ operationId: 'getWebhookEndpoint', summary: 'Read a webhook endpoint' })
  @ApiOkResponse({ type: WebhookEndpointResponse })
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<EndpointView> {
    return this.endpoints.get(organisationOf(principal, 'webhooks:read'), id);
  }

  @Patch(':id')
  @RequiresScope('webhooks:write')
  @ApiOperation({
    operationId: 'updateWebhookEndpoint',
    summary: 'Change, pause or resume a webhook endpoint',
    description:
      '`enabled: false` pauses it (nothing new is queued for it); `enabled: true` resumes it, also after ' +
      'it was disabled for failing. Events missed meanwhile can be replayed.',
  })
  @ApiOkResponse({ type: WebhookEndpointResponse })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateWebhookEndpointDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EndpointView> {
    return this.endpoints.update(organisationOf(principal, 'webhooks:write'), id, dto);
  }

  @Delete(':id')
  @RequiresScope('webhooks:write')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteWebhookEndpoint',
    summary: 'Delete a webhook endpoint and its delivery log',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  async delete(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.endpoints.delete(organisationOf(principal, 'webhooks:write'), id);
  }

  @Post(':id/rotate-secret')
  @RequiresScope('webhooks:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rotateWebhookSecret',
    summary: "Replace an endpoint's signing secret",
    description:
      'The new secret is shown this once. The previous one keeps signing beside it for `overlapSeconds` ' +
      '(a day by default): deliveries then carry two signatures in `webhook-signature`, one per secret.',
  })
  @ApiOkResponse({ type: RotatedWebhookSecretResponse })
  rotateSecret(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: RotateWebhookSecretDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ secret: string; previousSecretExpiresAt: Date | null }> {
    return this.endpoints.rotateSecret(organisationOf(principal, 'webhooks:write'), id, dto);
  }

  @Post(':id/test')
  @RequiresScope('webhooks:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'testWebhookEndpoint',
    summary: 'Send a signed test ping now',
    description:
      'Posts a CloudEvent of type `kz.jiyn.webhook.ping.v1`, signed like any delivery, and answers with ' +
      'what came of it (status, time taken, the start of the answer or the error). Not retried.',
  })
  @ApiOkResponse({ type: WebhookTestResponse })
  test(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ deliveryId: string; messageId: string; attempt: AttemptView }> {
    return this.deliveries.test(organisationOf(principal, 'webhooks:write'), id);
  }

  @Post(':id/replay')
  @RequiresScope('webhooks:write')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'replayWebhookEvents',
    summary: 'Deliver again the events of a time range',
    description:
      'Queues every kept event of [from, to) (by its CloudEvent time) that the subscription matches now: ' +
      'ones delivered before go again, ones never delivered go for the first time; queued ones are left ' +
      'as they are. Each keeps its `webhook-id` (the CloudEvent id), so receivers can tell repeats. Events ' +
      'are kept 30 days by default.',
  })
  @ApiAcceptedResponse({ type: WebhookReplayResponse })
  @ProblemResponses(409)
  replay(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ReplayWebhookEventsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ enqueued: number; from: Date; to: Date }> {
    return this.deliveries.replay(organisationOf(principal, 'webhooks:write'), id, dto);
  }

  @Get(':id/deliveries')
  @RequiresScope('webhooks:read')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: "List an endpoint's deliveries, newest first",
  })
  @ApiOkResponse({ type: WebhookDeliveryPage })
  listDeliveries(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DeliveriesQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<DeliveryView>> {
    return this.deliveries.list(organisationOf(principal, 'webhooks:read'), id, query);
  }

  @Get(':id/deliveries/:deliveryId/attempts')
  @RequiresScope('webhooks:read')
  @ApiOperation({ operationId: 'listWebhookAttempts', summary: "Read a delivery's attempts log" })
  @ApiOkResponse({ type: WebhookAttemptListResponse })
  attempts(
    @Param('id', ParseIdPipe) id: string,
    @Param('deliveryId', ParseIdPipe) deliveryId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ items: AttemptView[] }> {
    return this.deliveries.attempts(organisationOf(principal, 'webhooks:read'), id, deliveryId);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @RequiresScope('webhooks:write')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'retryWebhookDelivery',
    summary: 'Deliver a succeeded or failed delivery again',
    description: 'Starts its retry schedule again, at once, with the same `webhook-id`.',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryResponse, description: 'Queued again' })
  @ProblemResponses(409)
  retry(
    @Param('id', ParseIdPipe) id: string,
    @Param('deliveryId', ParseIdPipe) deliveryId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeliveryView> {
    return this.deliveries.retry(organisationOf(principal, 'webhooks:write'), id, deliveryId);
  }
}
