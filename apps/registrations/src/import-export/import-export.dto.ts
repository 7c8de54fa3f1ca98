import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { ListRegistrationsQuery } from '../registrations/dto/list-registrations.query';

export class ImportQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'true',
    description: 'A dry run (the default) only reports; dryRun=false applies the valid rows',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiProperty({
    example: 'default-1',
    description:
      'The consent text version (of the event’s registration form) under which the importing organisation collected every participant’s consent; required, as the personal-data law asks',
    minLength: 1,
    maxLength: 50,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  consentTextVersion!: string;

  @ApiPropertyOptional({
    enum: ['kk', 'ru', 'en'],
    description: 'Language of the report (or Accept-Language)',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LANGUAGES)
  lang?: string;
}

/** The list's filters (whatever the list accepts), without paging: an export is the whole selection. */
export class ExportQuery extends OmitType(ListRegistrationsQuery, ['eventId', 'cursor', 'limit'] as const) {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}
