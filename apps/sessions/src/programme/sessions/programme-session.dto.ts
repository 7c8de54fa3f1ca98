import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { IsInstant, MultilingualField, MultilingualTextDto, ClearableWithNull } from '@jiyn/problems';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { SESSION_TYPES, type SessionType } from '../programme-snapshot';

export class CreateProgrammeSessionDto {
  @MultilingualField({ required: true })
  title!: MultilingualTextDto;

  @MultilingualField()
  abstract?: MultilingualTextDto;

  @ApiProperty({ enum: SESSION_TYPES, enumName: 'ProgrammeSessionType' })
  @IsIn(SESSION_TYPES)
  type!: SessionType;
  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'Language' })
  @IsIn(SUPPORTED_LANGUAGES)
  language!: Lang;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  trackId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: 20,
    uniqueItems: true,
    description: 'Speaker ids from the speakers service',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  speakerIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null to unschedule' })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2024-02-05T10:00:00+06:00',
  })
  @IsOptional()
  @IsInstant()
  startsAt?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2024-02-05T11:00:00+06:00',
  })
  @IsOptional()
  @IsInstant()
  endsAt?: string | null;
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 100_000,
    description: "Defaults to the room's capacity",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  capacity?: number | null;
  @ApiPropertyOptional({ enum: ['draft', 'confirmed'] }) @IsOptional() @IsIn(['draft', 'confirmed']) status?:
    'draft' | 'confirmed';
}

/**
 * Any field may change; `roomId`, `startsAt`, `endsAt` set to null unschedule; null also clears
 * the abstract, track, speakers and capacity, and is refused for title, type, language and status.
 * Status may also become cancelled.
 */
@ClearableWithNull('abstract', 'trackId', 'speakerIds', 'roomId', 'startsAt', 'endsAt', 'capacity')
export class UpdateProgrammeSessionDto {
  @MultilingualField()
  title?: MultilingualTextDto;
  @MultilingualField()
  abstract?: MultilingualTextDto | null;
  @ApiPropertyOptional({ enum: SESSION_TYPES, enumName: 'ProgrammeSessionType' })
  @IsOptional()
  @IsIn(SESSION_TYPES)
  type?: SessionType;
  @ApiPropertyOptional({ enum: SUPPORTED_LANGUAGES, enumName: 'Language' })
  @IsOptional()
  @IsIn(SUPPORTED_LANGUAGES)
  language?: Lang;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  trackId?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    nullable: true,
    maxItems: 20,
    uniqueItems: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  speakerIds?: string[] | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null to unschedule' })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null to unschedule',
  })
  @IsOptional()
  @IsInstant()
  startsAt?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null to unschedule',
  })
  @IsOptional()
  @IsInstant()
  endsAt?: string | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 100_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  capacity?: number | null;
  @ApiPropertyOptional({ enum: ['draft', 'confirmed', 'cancelled'] })
  @IsOptional()
  @IsIn(['draft', 'confirmed', 'cancelled'])
  status?: 'draft' | 'confirmed' | 'cancelled';
}
