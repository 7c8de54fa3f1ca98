import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Lang, Multilingual } from '@jiyn/kz';
import type { SessionType } from '../programme-snapshot';

export type SessionStatus = 'draft' | 'confirmed' | 'cancelled';

/** One item of a programme: a talk, panel, workshop group or break; unscheduled until placed. */
@Entity({ name: 'programme_sessions' })
export class ProgrammeSessionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  @Column('jsonb') title!: Multilingual;
  @Column('jsonb') abstract!: Multilingual;
  @Column('text') type!: SessionType;
  @Column('uuid', { name: 'track_id', nullable: true }) trackId!: string | null;
  @Column('text') language!: Lang;
  @Column('uuid', { name: 'room_id', nullable: true }) roomId!: string | null;
  @Column('timestamptz', { name: 'starts_at', nullable: true }) startsAt!: Date | null;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt!: Date | null;
  @Column('integer', { nullable: true }) capacity!: number | null;
  @Column('text') status!: SessionStatus;
  @Column('uuid', { name: 'speaker_ids', array: true }) speakerIds!: string[];
  /** The accepted proposal this session came from, if any (one session per proposal). */
  @Column('uuid', { name: 'proposal_id', nullable: true }) proposalId!: string | null;
  /** The length the proposal asked for, a hint for placing an unscheduled session. */
  @Column('integer', { name: 'duration_minutes', nullable: true }) durationMinutes!: number | null;
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
