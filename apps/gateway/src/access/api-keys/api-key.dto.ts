import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { SCOPES, type Scope } from '@jiyn/auth';
import { PageQuery } from '@jiyn/persistence';
import { IsInstant } from '@jiyn/problems';

/** Longest overlap a rotation may keep the old secret valid: 30 days. */
export const MAX_OVERLAP_SECONDS = 30 * 24 * 3600;
export const DEFAULT_OVERLAP_SECONDS = 3600;

export class CreateApiKeyDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The owning organisation; defaults to the caller's. The break-glass key must name it (bootstrap).",
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ example: 'Ministry registrations sync', minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    enum: SCOPES,
    enumName: 'AccessScope',
    isArray: true,
    minItems: 1,
    uniqueItems: true,
    description: 'Never more than the creator holds',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(SCOPES, { each: true })
  scopes!: Scope[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    minItems: 1,
    maxItems: 100,
    uniqueItems: true,
    description: 'Limit the key to these events of the organisation',
  })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  eventIds?: string[];

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-31T23:59:59+05:00',
    description: 'When the key stops working',
  })
  @IsOptional()
  @IsInstant()
  expiresAt?: string;
}

export class RotateApiKeyDto {
  @ApiPropertyOptional({
    type: 'integer',
    default: DEFAULT_OVERLAP_SECONDS,
    minimum: 0,
    maximum: MAX_OVERLAP_SECONDS,
    description: 'How long the old secret stays valid beside the new one',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OVERLAP_SECONDS)
  overlapSeconds?: number;
}

export class ApiKeyListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Whose keys; defaults to the caller's organisation" })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
