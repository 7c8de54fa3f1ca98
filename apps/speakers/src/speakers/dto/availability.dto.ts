import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { IsInstant } from '@jiyn/problems';

export class TimeRangeDto {
  @ApiProperty({ example: '2024-02-05T09:00:00+06:00' }) @IsInstant() startsAt!: string;
  @ApiProperty({ example: '2024-02-05T13:00:00+06:00' }) @IsInstant() endsAt!: string;
}

export class SetAvailabilityDto {
  @ApiProperty({ type: [TimeRangeDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeDto)
  ranges!: TimeRangeDto[];
}
