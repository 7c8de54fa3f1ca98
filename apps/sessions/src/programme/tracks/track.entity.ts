import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Multilingual } from '@jiyn/kz';

/** A thematic track of a programme, with the colour schedule grids use for it. */
@Entity({ name: 'tracks' })
export class TrackEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  @Column('jsonb') name!: Multilingual;
  @Column('text') colour!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
