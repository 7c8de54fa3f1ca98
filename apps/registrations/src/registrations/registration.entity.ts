import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { REGISTRATION_CHANNELS, REGISTRATION_STATUSES } from '@jiyn/contracts';
import type { AgeBand, Lang } from '@jiyn/kz';
import type { Answers } from '../registration-forms/answers';
import type { ConsentRecord } from '../registration-forms/form-definition';

export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];

/** A participant's registration for one event. Personal data never leaves this service except through the API. */
@Entity({ name: 'registrations' })
export class RegistrationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  @Column('text') status!: RegistrationStatus;
  /** Null once anonymised, like every personal field. */
  @Column('text', { name: 'full_name', nullable: true }) fullName!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('char', { length: 12, nullable: true }) iin!: string | null;
  @Column('text', { nullable: true }) sex!: 'male' | 'female' | null;
  @Column('date', { name: 'birth_date', nullable: true }) birthDate!: string | null;
  @Column('text', { name: 'region_code', nullable: true }) regionCode!: string | null;
  @Column('text', { nullable: true }) organisation!: string | null;
  @Column('text', { nullable: true }) position!: string | null;
  @Column('text', { name: 'preferred_language' }) preferredLanguage!: Lang;
  @Column('text') channel!: RegistrationChannel;
  @Column('char', { name: 'participant_key', length: 64, nullable: true }) participantKey!: string | null;
  /** Answers to the event's own questions, keyed by question key, as checked when given. */
  @Column('jsonb', { default: () => "'{}'::jsonb" }) answers!: Answers;
  /** The consent terms accepted, when and through which channel; null only on rows older than consent. */
  @Column('jsonb', { nullable: true }) consent!: ConsentRecord | null;
  /** Kept for statistics when the birth date is erased by anonymisation. */
  @Column('text', { name: 'age_band', nullable: true }) ageBand!: AgeBand | null;
  @Column('timestamptz', { name: 'anonymised_at', nullable: true }) anonymisedAt!: Date | null;
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
