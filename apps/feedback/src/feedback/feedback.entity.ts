import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One participant's rating of an event or one of its sessions. */
@Entity({ name: 'feedback' })
export class FeedbackEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  @Column('uuid', { name: 'session_id', nullable: true }) sessionId!: string | null;
  @Column('smallint') rating!: number;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('text', { nullable: true }) language!: string | null;
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
