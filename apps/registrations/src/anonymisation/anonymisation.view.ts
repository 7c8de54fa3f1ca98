import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'EventRetention' })
export class RetentionView {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 36500,
    example: 90,
    description:
      'Days after the event’s end; null while the organiser has set none (nothing is anonymised then)',
  })
  days!: number | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the event’s registrations become due for anonymisation; null without a period',
  })
  anonymiseAfter!: string | null;
}

@ApiSchema({ name: 'EventAnonymisation' })
export class EventAnonymisation {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Registrations anonymised by this run' })
  anonymised!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Registrations another transaction held just then; the next run (or the sweeper) takes them',
  })
  remaining!: number;
}
