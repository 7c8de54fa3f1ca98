import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Lang, Multilingual } from '@jiyn/kz';

export const EVENT_STATUSES = ['draft', 'published', 'cancelled', 'archived'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface Venue {
  name: Multilingual;
  address?: string;
}

/** Who runs or backs the event, e.g. UNDP (organiser), the ministry (partner), a university (host). */
export interface Organiser {
  name: Multilingual;
  role: string;
}

/** An event: the gathering itself (e.g. three days of training in Astana), owned by this service. */
@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryColumn('uuid') id!: string;
  /** The owner; null only for events made before organisations owned them (reachable by nobody). */
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId!: string | null;
  @Column('text') slug!: string;
  @Column('jsonb') title!: Multilingual;
  @Column('jsonb') description!: Multilingual;
  @Column('text', { array: true, name: 'required_languages' }) requiredLanguages!: Lang[];
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt!: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt!: Date;
  @Column('integer', { nullable: true }) capacity!: number | null;
  @Column('timestamptz', { name: 'registration_opens_at', nullable: true }) registrationOpensAt!: Date | null;
  @Column('timestamptz', { name: 'registration_closes_at', nullable: true })
  registrationClosesAt!: Date | null;
  @Column('boolean', { name: 'requires_approval' }) requiresApproval!: boolean;
  @Column('boolean', { name: 'waitlist_enabled' }) waitlistEnabled!: boolean;
  @Column('jsonb', { nullable: true }) venue!: Venue | null;
  @Column('jsonb') organisers!: Organiser[];
  @Column('timestamptz', { name: 'cancellation_deadline', nullable: true })
  cancellationDeadline!: Date | null;
  @Column('text') status!: EventStatus;
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
}
