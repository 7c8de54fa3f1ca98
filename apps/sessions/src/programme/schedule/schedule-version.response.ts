import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { MultilingualTextDto } from '@jiyn/problems';
import { nullableRef } from '../../nullable-ref';
import { SESSION_TYPES } from '../programme-snapshot';

/** Where a session was or is; all three null while it is unscheduled. */
export class ScheduleSlotResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  roomId!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startsAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endsAt!: string | null;
}

export class ScheduleSessionMoveResponse {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ type: ScheduleSlotResponse })
  from!: ScheduleSlotResponse;

  @ApiProperty({ type: ScheduleSlotResponse })
  to!: ScheduleSlotResponse;
}

/** What changed since the previous version; the first version adds every session. */
export class ScheduleChangesResponse {
  @ApiProperty({ type: String, format: 'uuid', isArray: true })
  added!: string[];

  @ApiProperty({ type: ScheduleSessionMoveResponse, isArray: true, description: 'Room or time changed' })
  moved!: ScheduleSessionMoveResponse[];

  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Content, speakers or track' })
  changed!: string[];

  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Gone from the schedule' })
  cancelled!: string[];
}

/** A published, immutable version of an event's schedule. */
export class ScheduleVersionResponse {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 2 })
  number!: number;

  @ApiProperty({ example: 'v2 — day 2 rooms swapped' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Public changelog comment' })
  comment!: string | null;

  @ApiProperty({ description: 'Published despite room or speaker clashes' })
  forced!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  publishedAt!: Date;

  @ApiProperty({ type: ScheduleChangesResponse })
  changelog!: ScheduleChangesResponse;
}

export class ScheduleVersionList {
  @ApiProperty({ type: ScheduleVersionResponse, isArray: true, description: 'The latest 100, newest first' })
  items!: ScheduleVersionResponse[];
}

export class ScheduleSnapshotVenue {
  @ApiProperty({ type: MultilingualTextDto })
  name!: MultilingualTextDto;

  @ApiPropertyOptional()
  address?: string;
}

@ApiExtraModels(ScheduleSnapshotVenue)
export class ScheduleSnapshotEvent {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'creative-industries-astana-2024' })
  slug!: string;

  @ApiProperty({ type: MultilingualTextDto })
  title!: MultilingualTextDto;

  @ApiProperty({ type: MultilingualTextDto })
  description!: MultilingualTextDto;

  @ApiProperty({ example: 'Asia/Almaty' })
  timeZone!: string;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty(nullableRef(() => ScheduleSnapshotVenue))
  venue!: ScheduleSnapshotVenue | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uri',
    nullable: true,
    description: 'Public event page, if any',
  })
  url?: string | null;
}

export class ScheduleSnapshotVersion {
  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  number!: number;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;
}

export class ScheduleSnapshotRoom {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: MultilingualTextDto })
  name!: MultilingualTextDto;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 0 })
  capacity!: number | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  position!: number;
}

export class ScheduleSnapshotTrack {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: MultilingualTextDto })
  name!: MultilingualTextDto;

  @ApiProperty({ example: '#0a7cbf' })
  colour!: string;
}

export class ScheduleSnapshotSpeaker {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: MultilingualTextDto, description: 'Empty when the name was not yet known' })
  name!: MultilingualTextDto;
}

export class ScheduleSnapshotSession {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: MultilingualTextDto })
  title!: MultilingualTextDto;

  @ApiProperty({ type: MultilingualTextDto })
  abstract!: MultilingualTextDto;

  @ApiProperty({ enum: SESSION_TYPES, enumName: 'ProgrammeSessionType' })
  type!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  trackId!: string | null;

  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'Language' })
  language!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ type: ScheduleSnapshotSpeaker, isArray: true })
  speakers!: ScheduleSnapshotSpeaker[];
}

/** The programme exactly as published in this version, in every language: what the exports render. */
export class ScheduleSnapshotResponse {
  @ApiProperty({ type: ScheduleSnapshotEvent })
  event!: ScheduleSnapshotEvent;

  @ApiProperty({ type: ScheduleSnapshotVersion })
  version!: ScheduleSnapshotVersion;

  @ApiProperty({ type: ScheduleSnapshotRoom, isArray: true })
  rooms!: ScheduleSnapshotRoom[];

  @ApiProperty({ type: ScheduleSnapshotTrack, isArray: true })
  tracks!: ScheduleSnapshotTrack[];

  @ApiProperty({
    type: ScheduleSnapshotSession,
    isArray: true,
    description: 'Confirmed sessions placed in a room and slot, in start order',
  })
  sessions!: ScheduleSnapshotSession[];
}

export class ScheduleVersionDetail extends ScheduleVersionResponse {
  @ApiProperty({ type: ScheduleSnapshotResponse })
  snapshot!: ScheduleSnapshotResponse;
}
