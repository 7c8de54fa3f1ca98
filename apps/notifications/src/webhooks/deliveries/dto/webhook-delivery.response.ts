import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageOf } from '@jiyn/persistence';

export const DELIVERY_STATUSES = ['pending', 'delivering', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event's way to one endpoint: its status and its latest attempt. */
@ApiSchema({ name: 'WebhookDelivery' })
export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The CloudEvent id, sent as `webhook-id`: the same on every attempt, retry and replay',
  })
  messageId!: string;

  @ApiProperty({ example: 'kz.jiyn.registration.created.v1' })
  eventType!: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'The CloudEvent time' })
  eventTime!: Date;

  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'WebhookDeliveryStatus' })
  status!: DeliveryStatus;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Attempts since it was queued, retried or replayed',
  })
  attempts!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When a pending delivery is tried next',
  })
  nextAttemptAt!: Date | null;

  @ApiProperty({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt!: Date | null;
}

/** One POST to the endpoint and what came of it. */
@ApiSchema({ name: 'WebhookAttempt' })
export class WebhookAttemptResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  attempt!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  startedAt!: Date;

  @ApiProperty({ type: 'integer', minimum: 0 })
  durationMs!: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: "The receiver's HTTP status; null when none came",
  })
  statusCode!: number | null;

  @ApiProperty({ type: String, nullable: true, description: "The first 2 KiB of the receiver's answer" })
  responseBody!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why no answer came: timeout, refused target, connection error',
  })
  error!: string | null;

  @ApiProperty()
  succeeded!: boolean;
}

@ApiSchema({ name: 'WebhookAttempts' })
export class WebhookAttemptListResponse {
  @ApiProperty({ type: [WebhookAttemptResponse], description: 'Newest last; at most the latest 100' })
  items!: WebhookAttemptResponse[];
}

@ApiSchema({ name: 'WebhookReplay' })
export class WebhookReplayResponse {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Deliveries queued again (or for the first time)',
  })
  enqueued!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  from!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  to!: Date;
}

@ApiSchema({ name: 'WebhookTest' })
export class WebhookTestResponse {
  @ApiProperty({ format: 'uuid' })
  deliveryId!: string;

  @ApiProperty({ format: 'uuid', description: "The ping's `webhook-id`" })
  messageId!: string;

  @ApiProperty({ type: WebhookAttemptResponse })
  attempt!: WebhookAttemptResponse;
}

export const WebhookDeliveryPage = PageOf(WebhookDeliveryResponse, 'WebhookDeliveryPage');
