import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Lang, Multilingual } from '@jiyn/kz';

/** A speaker. Contact details (email, phone) are private: organisers see them, nobody else does. */
@Entity({ name: 'speakers' })
export class SpeakerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('jsonb', { name: 'full_name' }) fullName!: Multilingual;
  @Column('jsonb') position!: Multilingual;
  @Column('jsonb') organisation!: Multilingual;
  @Column('jsonb') biography!: Multilingual;
  @Column('text', { array: true }) languages!: Lang[];
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
