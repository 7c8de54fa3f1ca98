import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'SpeakerAvailabilityRange' })
export class AvailabilityRangeResponse {
  @ApiProperty({ format: 'date-time', example: '2024-02-05T03:00:00.000Z' }) startsAt!: string;
  @ApiProperty({ format: 'date-time', example: '2024-02-05T07:00:00.000Z' }) endsAt!: string;
}

/** When a speaker can speak at an event: ranges in time order, as UTC instants. */
@ApiSchema({ name: 'SpeakerAvailability' })
export class AvailabilityResponse {
  @ApiProperty({ type: AvailabilityRangeResponse, isArray: true })
  ranges!: AvailabilityRangeResponse[];
}
