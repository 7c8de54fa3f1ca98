import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';

export const BREAKDOWNS = ['region', 'sex', 'age-band'] as const;

export class ResultsQuery {
  @ApiPropertyOptional({
    enum: BREAKDOWNS,
    description: 'Break the results down by the respondents’ region, sex or age band (small cells hidden)',
  })
  @IsOptional()
  @IsIn(BREAKDOWNS)
  breakdown?: (typeof BREAKDOWNS)[number];
}

export class ResultsExportQuery extends ResultsQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';

  @ApiPropertyOptional({
    enum: SUPPORTED_LANGUAGES,
    description: 'Language of headers and question texts; else from Accept-Language',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LANGUAGES)
  lang?: string;
}

export class SubjectResultsQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId!: string;
}
