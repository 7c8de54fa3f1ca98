import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageOf } from '@jiyn/persistence';
import { WEBHOOK_EVENT_TYPES } from '../../subscribable-event-types';

/** A webhook subscription of the organisation. Its secret is never shown again after creation or rotation. */
@ApiSchema({ name: 'WebhookEndpoint' })
export class WebhookEndpointResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uri', example: 'https://integration.mci.gov.kz/jiyn/webhooks' })
  url!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: [String], enum: [...WEBHOOK_EVENT_TYPES], enumName: 'WebhookEventType' })
  eventTypes!: string[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    nullable: true,
    description: "The events (gatherings) delivered; null: all of the organisation's",
  })
  eventIds!: string[] | null;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
  maxConcurrency!: number;

  @ApiProperty({ description: 'false: nothing is queued or delivered (see disabledReason)' })
  enabled!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['owner', 'failing', null],
    description:
      'owner: paused through the API; failing: every attempt failed for too long (5 days by default)',
  })
  disabledReason!: 'owner' | 'failing' | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  disabledAt!: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The first failed attempt since the last successful one; null while healthy',
  })
  failingSince!: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until when the previous secret still signs beside the current one (after a rotation)',
  })
  previousSecretExpiresAt!: Date | null;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

/** The answer to a creation: the endpoint and its signing secret, shown this once. */
@ApiSchema({ name: 'CreatedWebhookEndpoint' })
export class CreatedWebhookEndpointResponse extends WebhookEndpointResponse {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (Standard Webhooks, `whsec_` + base64). Shown once: store it now.',
  })
  secret!: string;
}

@ApiSchema({ name: 'RotatedWebhookSecret' })
export class RotatedWebhookSecretResponse {
  @ApiProperty({
    description: 'The new signing secret, shown once.',
    example: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD',
  })
  secret!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'Until then deliveries carry two signatures, by the new and the previous secret; null: no overlap',
  })
  previousSecretExpiresAt!: Date | null;
}

@ApiSchema({ name: 'WebhookEventTypes' })
export class WebhookEventTypesResponse {
  @ApiProperty({ type: [String], enum: [...WEBHOOK_EVENT_TYPES], enumName: 'WebhookEventType' })
  items!: string[];
}

export const WebhookEndpointPage = PageOf(WebhookEndpointResponse, 'WebhookEndpointPage');
