import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArrayMaxSize } from 'class-validator';
import { IsInstant, NestedObjects } from '@jiyn/problems';

@ApiSchema({ name: 'SpeakerAvailabilityRangeInput' })
export class TimeRangeDto {
  @ApiProperty({ format: 'date-time', example: '2024-02-05T09:00:00+06:00' }) @IsInstant() startsAt!: string;
  @ApiProperty({ format: 'date-time', example: '2024-02-05T13:00:00+06:00' }) @IsInstant() endsAt!: string;
}

@ApiSchema({ name: 'SpeakerAvailabilityInput' })
export class SetAvailabilityDto {
  @ApiProperty({ type: [TimeRangeDto], maxItems: 100, description: 'Replaces every range of the event' })
  @NestedObjects(() => TimeRangeDto)
  @ArrayMaxSize(100)
  ranges!: TimeRangeDto[];
}
