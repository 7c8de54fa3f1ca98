import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/**
 * The agenda is the sessions service's published schedule (its document describes every field)
 * with each session's speakers replaced by their public profile. Described here: what the gateway
 * adds and what a client needs to find its way; the schedule's other fields pass through as they are.
 */
@ApiSchema({ name: 'AgendaSpeakerLink' })
export class AgendaSpeakerLink {
  @ApiProperty({ example: 'LinkedIn' })
  label!: string;

  @ApiProperty({ format: 'uri', example: 'https://www.linkedin.com/in/example' })
  url!: string;
}

/** A speaker's public profile in the agenda's language; only `id` and `name` when the profile is unavailable. */
@ApiSchema({ name: 'AgendaSpeaker' })
export class AgendaSpeaker {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Full name in the agenda’s language' })
  name!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  position?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  organisation?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Markdown source' })
  biography?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Rendered and sanitised: safe to insert into a page',
  })
  biographyHtml?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uri', nullable: true })
  photoUrl?: string | null;

  @ApiPropertyOptional({ type: AgendaSpeakerLink, isArray: true })
  links?: AgendaSpeakerLink[];

  @ApiPropertyOptional({ type: String, isArray: true, example: ['kk', 'ru'] })
  languages?: string[];
}

@ApiSchema({ name: 'AgendaSession' })
export class AgendaSession {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ type: AgendaSpeaker, isArray: true })
  speakers!: AgendaSpeaker[];
}

@ApiSchema({ name: 'AgendaVersion' })
export class AgendaVersion {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The published schedule version' })
  number!: number;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;
}

@ApiSchema({ name: 'AgendaEvent' })
export class AgendaEvent {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'astana-creative-week-2026' })
  slug!: string;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;
}

@ApiSchema({ name: 'Agenda' })
export class AgendaResponse {
  @ApiProperty({ enum: ['kk', 'ru', 'en'], enumName: 'AgendaLanguage', description: 'The language answered' })
  lang!: string;

  @ApiProperty({ type: AgendaVersion })
  version!: AgendaVersion;

  @ApiProperty({ type: AgendaEvent })
  event!: AgendaEvent;

  @ApiProperty({ type: AgendaSession, isArray: true })
  sessions!: AgendaSession[];
}
