import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { nullableRef } from '../../nullable-ref';
import { SESSION_TYPES } from '../programme-snapshot';

/** A text in the reader's language, or the nearest one there is; null when there is none. */
const LOCALISED = { type: String, nullable: true, description: "In the reader's language, with fallback" };
const LOCAL_TIME = {
  format: 'date-time',
  example: '2024-02-05T10:00:00+05:00',
  description: "Wall-clock time in the event's time zone, with the offset then in force",
};

export class PublicScheduleVersion {
  @ApiProperty({ type: 'integer', minimum: 1 })
  number!: number;

  @ApiProperty({ example: 'v2' })
  name!: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;
}

export class PublicScheduleVenue {
  @ApiProperty(LOCALISED)
  name!: string | null;

  @ApiProperty({ type: String, nullable: true })
  address!: string | null;
}

@ApiExtraModels(PublicScheduleVenue)
export class PublicScheduleEvent {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'creative-industries-astana-2024' })
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

  @ApiProperty(nullableRef(() => PublicScheduleVenue))
  venue!: PublicScheduleVenue | null;
}

export class PublicScheduleRoom {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty(LOCALISED)
  name!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 0 })
  capacity!: number | null;
}

export class PublicScheduleTrack {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty(LOCALISED)
  name!: string | null;

  @ApiProperty({ example: '#0a7cbf' })
  colour!: string;
}

export class PublicScheduleSpeaker {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty(LOCALISED)
  name!: string | null;
}

/** One published session, localised. */
export class PublicScheduleSession {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty(LOCALISED)
  title!: string | null;

  @ApiProperty(LOCALISED)
  abstract!: string | null;

  @ApiProperty({ enum: SESSION_TYPES, enumName: 'ProgrammeSessionType' })
  type!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  trackId!: string | null;

  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'Language', description: 'Spoken in the session' })
  language!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ format: 'date-time', description: 'Instant, in UTC' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Instant, in UTC' })
  endsAt!: string;

  @ApiProperty(LOCAL_TIME)
  localStart!: string;

  @ApiProperty(LOCAL_TIME)
  localEnd!: string;

  @ApiProperty({ type: PublicScheduleSpeaker, isArray: true })
  speakers!: PublicScheduleSpeaker[];
}

/** A published schedule version as a reader wants it: one language, times in UTC and local. */
export class PublicSchedule {
  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'Language', description: 'The language of the texts' })
  lang!: string;

  @ApiProperty({ type: PublicScheduleVersion })
  version!: PublicScheduleVersion;

  @ApiProperty({ type: PublicScheduleEvent })
  event!: PublicScheduleEvent;

  @ApiProperty({ type: PublicScheduleRoom, isArray: true })
  rooms!: PublicScheduleRoom[];

  @ApiProperty({ type: PublicScheduleTrack, isArray: true })
  tracks!: PublicScheduleTrack[];

  @ApiProperty({ type: PublicScheduleSession, isArray: true, description: 'In start order' })
  sessions!: PublicScheduleSession[];
}
