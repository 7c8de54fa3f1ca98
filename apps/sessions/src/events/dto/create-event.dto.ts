import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsTimeZone,
  Matches,
  Max,
  MaxLength,
  Min,
  ArrayUnique,
  IsArray,
  ArrayMaxSize,
  IsString,
  IsUUID,
} from 'class-validator';
import {
  IsInstant,
  MultilingualField,
  MultilingualTextDto,
  NestedObject,
  NestedObjects,
} from '@jiyn/problems';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './event.response';

export class VenueDto {
  @MultilingualField({ required: true })
  name!: MultilingualTextDto;

  @ApiPropertyOptional({ example: 'Abay Ave 33a, Astana' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;
}

export class OrganiserDto {
  @MultilingualField({ required: true })
  name!: MultilingualTextDto;

  @ApiProperty({ example: 'organiser', description: 'organiser, partner, host, sponsor…' })
  @IsString()
  @MaxLength(50)
  role!: string;
}

export class CreateEventDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "The owning organisation; default: the caller's own. Needs events:write there.",
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({
    pattern: SLUG_PATTERN,
    maxLength: SLUG_MAX_LENGTH,
    // Not the demo event's slug: a contract fuzzer sends examples, and slugs are unique across organisations.
    example: 'media-literacy-training-2030',
  })
  @Matches(new RegExp(SLUG_PATTERN))
  @MaxLength(SLUG_MAX_LENGTH)
  slug!: string;

  @MultilingualField({ required: true })
  title!: MultilingualTextDto;

  @MultilingualField()
  description?: MultilingualTextDto;

  @ApiPropertyOptional({
    enum: SUPPORTED_LANGUAGES,
    enumName: 'Language',
    isArray: true,
    uniqueItems: true,
    example: ['kk', 'ru'],
    description: 'Languages every published text must have; default kk and ru',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SUPPORTED_LANGUAGES, { each: true })
  requiredLanguages?: Lang[];

  @ApiPropertyOptional({ example: 'Asia/Almaty', description: 'IANA time zone; default Asia/Almaty' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiProperty({ format: 'date-time', example: '2024-02-05T09:00:00+06:00' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({ format: 'date-time', example: '2024-02-07T18:00:00+06:00' })
  @IsInstant()
  endsAt!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1_000_000, example: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  capacity?: number;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsInstant()
  registrationOpensAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsInstant()
  registrationClosesAt?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  waitlistEnabled?: boolean;

  @ApiPropertyOptional({ type: VenueDto })
  @IsOptional()
  @NestedObject(() => VenueDto)
  venue?: VenueDto;

  @ApiPropertyOptional({ type: [OrganiserDto], maxItems: 20 })
  @IsOptional()
  @NestedObjects(() => OrganiserDto)
  @ArrayMaxSize(20)
  organisers?: OrganiserDto[];

  @ApiPropertyOptional({ format: 'date-time', description: 'Participants may cancel until then' })
  @IsOptional()
  @IsInstant()
  cancellationDeadline?: string;
}
