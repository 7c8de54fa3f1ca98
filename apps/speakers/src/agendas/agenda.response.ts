import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { MultilingualTextDto } from '@jiyn/problems';

const AGENDA_SESSION_STATUSES = ['draft', 'confirmed', 'cancelled'] as const;

/** What every agenda shows of a session the speaker speaks at. */
class AgendaSessionFields {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: MultilingualTextDto }) title!: MultilingualTextDto;
  @ApiProperty({ description: 'The kind of session, as the programme names it', example: 'talk' })
  type!: string;
  @ApiProperty({ description: 'The language the session is held in', example: 'kk' }) language!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) trackId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) roomId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while unscheduled' })
  startsAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while unscheduled' })
  endsAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The event's IANA time zone, once the event was published",
    example: 'Asia/Almaty',
  })
  timeZone!: string | null;
}

@ApiSchema({ name: 'SpeakerAgendaSession' })
export class SpeakerAgendaSession extends AgendaSessionFields {
  @ApiProperty({ enum: AGENDA_SESSION_STATUSES, enumName: 'SpeakerAgendaSessionStatus' })
  status!: (typeof AGENDA_SESSION_STATUSES)[number];
  @ApiProperty({ type: 'integer', minimum: 1, description: "The session's version in the programme" })
  version!: number;
}

/** A speaker's sessions in the programme as it stands: drafts, unscheduled and cancelled ones included. */
@ApiSchema({ name: 'SpeakerAgenda' })
export class SpeakerAgenda {
  @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @ApiProperty({ type: SpeakerAgendaSession, isArray: true }) items!: SpeakerAgendaSession[];
}

@ApiSchema({ name: 'PublicSpeakerAgendaSession' })
export class PublicSpeakerAgendaSession extends AgendaSessionFields {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The published schedule version the session is shown in',
  })
  scheduleVersion!: number | null;
}

/** What the latest published schedules show for a speaker. */
@ApiSchema({ name: 'PublicSpeakerAgenda' })
export class PublicSpeakerAgenda {
  @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @ApiProperty({ type: PublicSpeakerAgendaSession, isArray: true }) items!: PublicSpeakerAgendaSession[];
}
