import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { pickLocalized, SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { nullableRef } from '../nullable-ref';
import { SLUG_PATTERN } from './dto/event.response';
import { EVENT_STATUSES, type EventEntity } from './event.entity';

/** A text in the reader's language, or the nearest one the event has; null when it has none. */
const LOCALISED = { type: String, nullable: true, description: "In the reader's language, with fallback" };

export class PublicEventVenue {
  @ApiProperty(LOCALISED)
  name!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Abay Ave 33a, Astana' })
  address!: string | null;
}

export class PublicEventOrganiser {
  @ApiProperty(LOCALISED)
  name!: string | null;

  @ApiProperty({ example: 'organiser', description: 'organiser, partner, host, sponsor…' })
  role!: string;
}

/** What anyone may read of a published event, in one language (with fallback). */
@ApiExtraModels(PublicEventVenue)
export class PublicEventView {
  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'Language', description: 'The language of the texts' })
  lang!: Lang;

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ pattern: SLUG_PATTERN, example: 'creative-industries-astana-2024' })
  slug!: string;

  @ApiProperty(LOCALISED)
  title!: string | null;

  @ApiProperty(LOCALISED)
  description!: string | null;

  @ApiProperty({ example: 'Asia/Almaty' })
  timeZone!: string;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty(nullableRef(() => PublicEventVenue))
  venue!: PublicEventVenue | null;

  @ApiProperty({ type: PublicEventOrganiser, isArray: true })
  organisers!: PublicEventOrganiser[];

  @ApiProperty({ type: 'integer', nullable: true, minimum: 0 })
  capacity!: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  registrationOpensAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  registrationClosesAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  cancellationDeadline!: string | null;

  @ApiProperty()
  requiresApproval!: boolean;

  @ApiProperty({ enum: EVENT_STATUSES, enumName: 'EventStatus' })
  status!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;
}

/** What anyone may read of a published event, in one language (with fallback). */
export function publicEventView(event: EventEntity, lang: Lang): PublicEventView {
  const text = (value: Record<string, string | undefined>) => pickLocalized(value, lang) ?? null;
  return {
    lang,
    id: event.id,
    slug: event.slug,
    title: text(event.title),
    description: text(event.description),
    timeZone: event.timeZone,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    venue: event.venue ? { name: text(event.venue.name), address: event.venue.address ?? null } : null,
    organisers: event.organisers.map((organiser) => ({ name: text(organiser.name), role: organiser.role })),
    capacity: event.capacity,
    registrationOpensAt: event.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
    cancellationDeadline: event.cancellationDeadline?.toISOString() ?? null,
    requiresApproval: event.requiresApproval,
    status: event.status,
    version: event.version,
  };
}
