import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { REGISTRATION_CHANNELS, REGISTRATION_STATUSES } from '@jiyn/contracts';
import type { AgeBand, Lang } from '@jiyn/kz';
import type { Answers, ConsentRecord } from './participant-data';

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
  /** SHA-256 (hex) of the participant's management token; the token itself is never stored. */
  @Column('char', { name: 'management_token_digest', length: 64, nullable: true, select: false })
  managementTokenDigest!: string | null;
  /** The sending system's own id for this participant (e.g. the ministry's), unique per event while active. */
  @Column('text', { name: 'external_reference', nullable: true }) externalReference!: string | null;
  /** When the registration joined the waitlist: the FIFO order of promotion. */
  @Column('timestamptz', { name: 'waitlisted_at', nullable: true }) waitlistedAt!: Date | null;
  /** While `offered`: when the held seat passes to the next in line. */
  @Column('timestamptz', { name: 'offer_expires_at', nullable: true }) offerExpiresAt!: Date | null;
  /** Why an organiser rejected it; stays in this service, never in events. */
  @Column('text', { name: 'rejection_reason', nullable: true }) rejectionReason!: string | null;
  /**
   * Short human code for the door (see check-in/confirmation-code.ts), made by the database's column
   * default on insert and read back through RETURNING: insert paths leave it unset.
   */
  @Column({
    type: 'text',
    name: 'confirmation_code',
    default: () => 'registrations.new_confirmation_code()',
    update: false,
  })
  confirmationCode!: string;
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
