import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsInstant } from '@jiyn/problems';
import { PageQuery } from '@jiyn/persistence';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook-delivery.response';

export class DeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, enumName: 'WebhookDeliveryStatus' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

/** A time range of events (their CloudEvent `time`), from inclusive, to exclusive. */
export class ReplayWebhookEventsDto {
  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-01T00:00:00Z' })
  @IsInstant()
  from!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    example: '2026-12-02T00:00:00Z',
    description: 'After `from`, at most 366 days later (else a 400 `replayRange`)',
  })
  @IsInstant()
  to!: string;
}
