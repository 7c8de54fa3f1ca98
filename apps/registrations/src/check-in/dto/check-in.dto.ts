import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@jiyn/persistence';
import { NullAsAbsent } from '@jiyn/problems';

/** A scan at the door: the participant's code or QR token, for an event day or one session; null is as absent. */
export class CheckInDto {
  @ApiProperty({ format: 'uuid', description: 'The event being checked into (the door’s event)' })
  @IsUUID()
  eventId!: string;

  @ApiPropertyOptional({ example: 'ABCDE-23456', description: 'Confirmation code; any case, dash optional' })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  code?: string;

  @ApiPropertyOptional({ description: 'The QR payload (c1.…)' })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(512)
  token?: string;

  @ApiPropertyOptional({
    example: '2024-02-05',
    description: 'Event day (local date in the event’s zone); default today there',
  })
  @NullAsAbsent()
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Check into this session (one the participant signed up for)',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsUUID()
  sessionId?: string;
}

export class ListCheckInsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2024-02-05', description: 'Event day; default today in the event’s zone' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;
}
