import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ScheduleChangesV1 } from '@jiyn/contracts';

/** A published, immutable version of an event's schedule. `snapshot` is a stored ProgrammeSnapshot. */
@Entity({ name: 'schedule_versions' })
export class ScheduleVersionEntity {
  @PrimaryColumn('uuid', { name: 'event_id' }) eventId!: string;
  @PrimaryColumn('integer') number!: number;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('jsonb') snapshot!: StoredSnapshot;
  @Column('jsonb') changelog!: ScheduleChangesV1;
  @Column('boolean') forced!: boolean;
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
}

/** ProgrammeSnapshot as JSON: instants are ISO strings. */
export type StoredSnapshot = Record<string, unknown>;
