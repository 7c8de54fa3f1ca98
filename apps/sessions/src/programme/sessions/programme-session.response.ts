import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { PageOf } from '@jiyn/persistence';
import { MultilingualTextDto } from '@jiyn/problems';
import { nullableRef } from '../../nullable-ref';
import { ProgrammeConflictResponse } from '../conflicts/conflict.response';
import { SESSION_TYPES } from '../programme-snapshot';

export const SESSION_STATUSES = ['draft', 'confirmed', 'cancelled'] as const;

/** One item of a programme: a talk, panel, workshop group or break; unscheduled until placed. */
export class ProgrammeSessionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

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

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null while unscheduled' })
  roomId!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null while unscheduled' })
  startsAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null while unscheduled' })
  endsAt!: Date | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    description: "Its own capacity; null: the room's",
  })
  capacity!: number | null;

  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'ProgrammeSessionStatus' })
  status!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'Speaker ids of the speakers service',
  })
  speakerIds!: string[];

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The accepted proposal this session came from, if any',
  })
  proposalId!: string | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 1,
    description: 'The length its proposal asked for: a hint for placing it',
  })
  durationMinutes!: number | null;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export const ProgrammeSessionPage = PageOf(ProgrammeSessionResponse, 'ProgrammeSessionPage');

/** A session as created or changed, with the conflicts it is now part of. */
export class ProgrammeSessionWithConflicts {
  @ApiProperty({ type: ProgrammeSessionResponse })
  session!: ProgrammeSessionResponse;

  @ApiProperty({ type: ProgrammeConflictResponse, isArray: true })
  conflicts!: ProgrammeConflictResponse[];
}

@ApiExtraModels(MultilingualTextDto)
export class ProgrammeSessionSpeaker {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    ...nullableRef(() => MultilingualTextDto),
    description: 'The public name as the speakers service last announced it; null if not yet known',
  })
  name!: MultilingualTextDto | null;
}

/** A session with its conflicts and its speakers' public names. */
export class ProgrammeSessionDetail extends ProgrammeSessionWithConflicts {
  @ApiProperty({ type: ProgrammeSessionSpeaker, isArray: true })
  speakers!: ProgrammeSessionSpeaker[];
}
