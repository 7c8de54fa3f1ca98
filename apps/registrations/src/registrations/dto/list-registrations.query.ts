import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { REGISTRATION_STATUSES } from '@jiyn/contracts';
import { IsKzRegionCode } from '@jiyn/kz';
import { PageQuery } from '@jiyn/persistence';
import type { RegistrationStatus } from '../registration.entity';

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
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
}
