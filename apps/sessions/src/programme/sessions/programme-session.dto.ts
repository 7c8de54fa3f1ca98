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

  @ApiProperty({ enum: SESSION_TYPES }) @IsIn(SESSION_TYPES) type!: SessionType;
  @ApiProperty({ enum: SUPPORTED_LANGUAGES }) @IsIn(SUPPORTED_LANGUAGES) language!: Lang;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() trackId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Speaker ids from the speakers service' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  speakerIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'null to unschedule' })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;
  @ApiPropertyOptional({ example: '2024-02-05T10:00:00+06:00' })
  @IsOptional()
  @IsInstant()
  startsAt?: string | null;
  @ApiPropertyOptional({ example: '2024-02-05T11:00:00+06:00' })
  @IsOptional()
  @IsInstant()
  endsAt?: string | null;
  @ApiPropertyOptional({ description: "Defaults to the room's capacity" })
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
  @ApiPropertyOptional({ enum: SESSION_TYPES }) @IsOptional() @IsIn(SESSION_TYPES) type?: SessionType;
  @ApiPropertyOptional({ enum: SUPPORTED_LANGUAGES })
  @IsOptional()
  @IsIn(SUPPORTED_LANGUAGES)
  language?: Lang;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() trackId?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  speakerIds?: string[] | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() roomId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInstant() startsAt?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInstant() endsAt?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100_000) capacity?: number | null;
  @ApiPropertyOptional({ enum: ['draft', 'confirmed', 'cancelled'] })
  @IsOptional()
  @IsIn(['draft', 'confirmed', 'cancelled'])
  status?: 'draft' | 'confirmed' | 'cancelled';
}
