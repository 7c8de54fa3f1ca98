import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { PageOf } from '@jiyn/persistence';
import { MultilingualTextDto } from '@jiyn/problems';
import { nullableRef } from '../../nullable-ref';
import { EVENT_STATUSES } from '../event.entity';

/** The URL-safe name of an event in public links. */
export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const SLUG_MAX_LENGTH = 100;

/** A slug in a path, as the document says it: what an event's slug may be, nothing longer. */
export const SLUG_PARAMETER_SCHEMA = {
  type: 'string',
  pattern: SLUG_PATTERN,
  maxLength: SLUG_MAX_LENGTH,
  example: 'creative-industries-astana-2024',
} as const;

export class EventVenueResponse {
  @ApiProperty({ type: MultilingualTextDto })
  name!: MultilingualTextDto;

  @ApiPropertyOptional({ example: 'Abay Ave 33a, Astana', description: 'Absent when none was given' })
  address?: string;
}

export class EventOrganiserResponse {
  @ApiProperty({ type: MultilingualTextDto })
  name!: MultilingualTextDto;

  @ApiProperty({ example: 'organiser', description: 'organiser, partner, host, sponsor…' })
  role!: string;
}

/** An event as its organisers see it, in every language it has. */
@ApiExtraModels(EventVenueResponse)
export class EventResponse {
  @ApiProperty({ format: 'uuid', example: '01935c1e-7a43-7cc1-9b8e-3c1f4f1b2a10' })
  id!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The owning organisation; null only for events made before organisations owned them',
  })
  organisationId!: string | null;

  @ApiProperty({ pattern: SLUG_PATTERN, example: 'creative-industries-astana-2024' })
  slug!: string;

  @ApiProperty({ type: MultilingualTextDto })
  title!: MultilingualTextDto;

  @ApiProperty({ type: MultilingualTextDto })
  description!: MultilingualTextDto;

  @ApiProperty({
    enum: SUPPORTED_LANGUAGES,
    enumName: 'Language',
    isArray: true,
    example: ['kk', 'ru'],
    description: 'Languages every published text must have',
  })
  requiredLanguages!: string[];

  @ApiProperty({ example: 'Asia/Almaty', description: 'IANA time zone the event is held in' })
  timeZone!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  startsAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  endsAt!: Date;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, example: 60 })
  capacity!: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  registrationOpensAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  registrationClosesAt!: Date | null;

  @ApiProperty()
  requiresApproval!: boolean;

  @ApiProperty()
  waitlistEnabled!: boolean;

  @ApiProperty(nullableRef(() => EventVenueResponse))
  venue!: EventVenueResponse | null;

  @ApiProperty({ type: EventOrganiserResponse, isArray: true })
  organisers!: EventOrganiserResponse[];

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Participants may cancel until then',
  })
  cancellationDeadline!: Date | null;

  @ApiProperty({ enum: EVENT_STATUSES, enumName: 'EventStatus', example: 'draft' })
  status!: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Grows by one with every change' })
  version!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: Date | null;
}

export const EventPage = PageOf(EventResponse, 'EventPage');
