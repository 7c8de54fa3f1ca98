import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { ROLES, type Role } from '@jiyn/auth';
import { IsBin } from '@jiyn/kz';
import { PageQuery } from '@jiyn/persistence';
import { MultilingualField, MultilingualTextDto } from '@jiyn/problems';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export class CreateOrganisationDto {
  @ApiProperty({
    example: 'mci',
    pattern: SLUG_PATTERN.source,
    description: 'Lower-case letters, digits and hyphens, 2–63 characters',
  })
  @IsString()
  @Matches(SLUG_PATTERN)
  slug!: string;

  @MultilingualField({ required: true, description: 'The name in Kazakh, Russian and English' })
  name!: MultilingualTextDto;

  @ApiPropertyOptional({
    example: '990340005977',
    pattern: '^\\d{12}$',
    description: 'Business identification number (БИН)',
  })
  @IsOptional()
  @IsBin()
  bin?: string;
}

export class OrganisationListQuery extends PageQuery {
  @ApiPropertyOptional({ pattern: SLUG_PATTERN.source, description: 'Only the organisation with this slug' })
  @IsOptional()
  @IsString()
  @Matches(SLUG_PATTERN)
  slug?: string;
}

export class EventGrantListQuery extends PageQuery {}

export class CreateEventGrantDto {
  @ApiProperty({ format: 'uuid', description: 'An event of the granting organisation' })
  @IsUUID()
  eventId!: string;

  @ApiProperty({ format: 'uuid', description: 'The partner organisation given access' })
  @IsUUID()
  partnerOrganisationId!: string;

  @ApiProperty({ enum: ROLES, enumName: 'AccessRole' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ default: false, description: 'Unmasked IIN, phone, e-mail and birth date' })
  @IsOptional()
  @IsBoolean()
  personalData?: boolean;
}
