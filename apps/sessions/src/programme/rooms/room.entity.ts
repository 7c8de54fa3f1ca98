import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Multilingual } from '@jiyn/kz';

/** A room of an event's venue; sessions default to its capacity. */
@Entity({ name: 'rooms' })
export class RoomEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  @Column('jsonb') name!: Multilingual;
  @Column('integer', { nullable: true }) capacity!: number | null;
  @Column('integer') position!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
