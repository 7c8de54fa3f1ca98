import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { REGISTRATION_CHANNELS, REGISTRATION_STATUSES } from '@jiyn/contracts';
import type { Lang } from '@jiyn/kz';

export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];

/** A participant's registration for one event. Personal data never leaves this service except through the API. */
@Entity({ name: 'registrations' })
export class RegistrationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  @Column('text') status!: RegistrationStatus;
  @Column('text', { name: 'full_name' }) fullName!: string;
  @Column('text') email!: string;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('char', { length: 12, nullable: true }) iin!: string | null;
  @Column('text', { nullable: true }) sex!: 'male' | 'female' | null;
  @Column('date', { name: 'birth_date', nullable: true }) birthDate!: string | null;
  @Column('text', { name: 'region_code', nullable: true }) regionCode!: string | null;
  @Column('text', { nullable: true }) organisation!: string | null;
  @Column('text', { nullable: true }) position!: string | null;
  @Column('text', { name: 'preferred_language' }) preferredLanguage!: Lang;
  @Column('text') channel!: RegistrationChannel;
  @Column('char', { name: 'participant_key', length: 64 }) participantKey!: string;
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
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
