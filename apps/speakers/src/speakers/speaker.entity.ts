import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Lang, Multilingual } from '@jiyn/kz';

export interface SpeakerLink {
  label: string;
  url: string;
}

/** A speaker. Contact details (email, phone) are private: organisers and the speaker see them, nobody else does. */
@Entity({ name: 'speakers' })
export class SpeakerEntity {
  @PrimaryColumn('uuid') id!: string;
  /** The owning organisation; null only for profiles from before organisations (nobody's: 404). */
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId!: string | null;
  @Column('jsonb', { name: 'full_name' }) fullName!: Multilingual;
  @Column('jsonb') position!: Multilingual;
  @Column('jsonb') organisation!: Multilingual;
  /** Markdown per language; rendered and sanitised on output. */
  @Column('jsonb') biography!: Multilingual;
  @Column('text', { name: 'photo_url', nullable: true }) photoUrl!: string | null;
  @Column('jsonb') links!: SpeakerLink[];
  @Column('text', { array: true }) languages!: Lang[];
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  /** Deleted profiles stay as tombstones (proposals may refer to them) without contact details. */
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
}
