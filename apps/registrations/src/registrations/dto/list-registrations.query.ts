import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { REGISTRATION_STATUSES } from '@jiyn/contracts';
import { IsKzRegionCode } from '@jiyn/kz';
import { PageQuery } from '@jiyn/persistence';
import { IsInstant } from '@jiyn/problems';
import type { RegistrationStatus } from '../../registration-core/registration.entity';

export class ListRegistrationsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() eventId?: string;
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  @ApiPropertyOptional({ example: 'KZ-75' })
  @IsOptional()
  @IsKzRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({
    example: 'Сәрсенова',
    description:
      'Case-insensitive part of the full name or e-mail; 12 digits match the exact IIN only (never part of one)',
    minLength: 1,
    maxLength: 200,
    pattern: '\\S',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Checked in at the door (on `checkInDay`, or on any day), the check-in not reverted',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  checkedIn?: boolean;

  @ApiPropertyOptional({ example: '2024-02-05', description: 'The event day `checkedIn` asks about' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsISO8601({ strict: true })
  checkInDay?: string;

  @ApiPropertyOptional({
    example: '2024-02-01T00:00:00+06:00',
    description:
      'Only registrations changed at or after this instant. To sync without missing or repeating a ' +
      'change, follow `GET /registrations/changes` instead',
  })
  @IsOptional()
  @IsInstant()
  updatedSince?: string;
}
