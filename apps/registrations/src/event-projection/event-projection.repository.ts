import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventPublishedV1, EventUpdatedV1 } from '@jiyn/contracts';
import type { Multilingual } from '@jiyn/kz';
import { queryRows, VersionedProjection } from '@jiyn/persistence';
import { unknownEvent } from './event-problems';
import { defaultSettings, settingsFromRow, type EventSettings } from './event-settings.repository';

export interface EventProjection {
  eventId: string;
  startsAt: Date;
  capacity: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  /** Until when participants may cancel themselves; null: no deadline was set. */
  cancellationDeadline: Date | null;
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  status: 'published' | 'cancelled' | 'archived';
}

/** What a participant is shown of the event: its title per language (may be empty), slug and time zone. */
export interface EventPresentation {
  slug: string;
  title: Multilingual;
  timeZone: string;
}

const TABLE = 'registrations.event_projections';
/**
 * The event's lock, in two strengths. `exclusive` (FOR NO KEY UPDATE) for whatever gives seats
 * back or changes what seats there are: releases, filling free seats, settings, moves. `shared`
 * (FOR SHARE) for deciding where a new or approved registration goes: such decisions run side by
 * side, but never beside a seat being given back, so "no seat is free" really means it. Neither
 * conflicts with the KEY SHARE lock a registration's foreign key check takes on this row.
 */
export type EventLock = 'exclusive' | 'shared';
const EVENT_LOCKS: Record<EventLock, string> = { exclusive: 'FOR NO KEY UPDATE', shared: 'FOR SHARE' };

/** This service's copy of each published event: capacity, windows, deadlines (its seats: SeatLedger). */
@Injectable()
export class EventProjectionRepository extends VersionedProjection<EventPublishedV1 | EventUpdatedV1> {
  protected readonly table = TABLE;
  protected readonly key = 'event_id';

  protected toRow(event: EventPublishedV1 | EventUpdatedV1) {
    return {
      event_id: event.eventId,
      // A message without the owner (sent before organisations owned events) leaves the one held;
      // a row that never got one answers 404 to everybody until an event.updated brings it.
      ...(event.organisationId ? { organisation_id: event.organisationId } : {}),
      version: event.version,
      slug: event.slug,
      // Absent in messages from before the contract carried it: the title held stays.
      ...(event.title ? { title: JSON.stringify(event.title) } : {}),
      time_zone: event.timeZone,
      starts_at: event.startsAt,
      ends_at: event.endsAt,
      capacity: event.capacity,
      registration_opens_at: event.registrationOpensAt ?? null,
      registration_closes_at: event.registrationClosesAt ?? null,
      cancellation_deadline: event.cancellationDeadline ?? null,
      requires_approval: event.requiresApproval,
      waitlist_enabled: event.waitlistEnabled,
      status: 'status' in event ? event.status : 'published',
      updated_at: new Date(),
    };
  }

  /**
   * The event as this service knows it. With `lock`, its row is locked for the transaction: every
   * change of seats that must be serialised takes this lock first (then seat buckets, region
   * counters, waitlisted rows), so seat
   * changes of one event are serialised and cannot deadlock one another.
   */
  async find(
    manager: EntityManager,
    eventId: string,
    { lock }: { lock?: EventLock } = {},
  ): Promise<EventProjection | null> {
    const rows = await queryRows(
      manager,
      `SELECT ${PROJECTION_COLUMNS} FROM ${TABLE} p WHERE p.event_id = $1${lock ? ` ${EVENT_LOCKS[lock]}` : ''}`,
      [eventId],
    );
    return rows[0] ? projectionFromRow(rows[0]) : null;
  }

  /** How the event is named and dated for a participant (a seat offer's page); null when unknown here. */
  async presentation(manager: EntityManager, eventId: string): Promise<EventPresentation | null> {
    const [row] = await queryRows<{ slug: string; title: Multilingual | null; time_zone: string }>(
      manager,
      `SELECT slug, title, time_zone FROM ${TABLE} WHERE event_id = $1`,
      [eventId],
    );
    return row ? { slug: row.slug, title: row.title ?? {}, timeZone: row.time_zone } : null;
  }

  /** The event as this service knows it, or the 404 every route answers for an event it does not know. */
  async require(manager: EntityManager, eventId: string): Promise<EventProjection> {
    const event = await this.find(manager, eventId);
    if (!event) throw unknownEvent(eventId);
    return event;
  }

  /**
   * The event and its registration settings in one read: a registration needs both, and fast. With
   * `lock`, the event row is locked for the transaction as by `find`.
   */
  async findWithSettings(
    manager: EntityManager,
    eventId: string,
    { lock }: { lock?: EventLock } = {},
  ): Promise<{ event: EventProjection; settings: EventSettings } | null> {
    const rows = await queryRows(
      manager,
      `SELECT ${PROJECTION_COLUMNS}, s.region_quota, s.region_quotas, s.promotion, s.offer_hours,
              s.require_iin, s.version AS settings_version, s.updated_at AS settings_updated_at,
              s.event_id IS NOT NULL AS has_settings
         FROM ${TABLE} p LEFT JOIN registrations.event_settings s ON s.event_id = p.event_id
        WHERE p.event_id = $1${lock ? ` ${EVENT_LOCKS[lock]} OF p` : ''}`,
      [eventId],
    );
    const row = rows[0];
    if (!row) return null;
    const settings = row['has_settings']
      ? settingsFromRow({
          ...row,
          version: row['settings_version'],
          updated_at: row['settings_updated_at'],
        })
      : defaultSettings(eventId);
    return { event: projectionFromRow(row), settings };
  }
}

const PROJECTION_COLUMNS = `p.event_id, p.starts_at, p.capacity, p.registration_opens_at, p.registration_closes_at,
  p.cancellation_deadline, p.requires_approval, p.waitlist_enabled, p.status`;

function projectionFromRow(row: Record<string, unknown>): EventProjection {
  return {
    eventId: row['event_id'] as string,
    startsAt: row['starts_at'] as Date,
    capacity: row['capacity'] as number,
    registrationOpensAt: row['registration_opens_at'] as Date | null,
    registrationClosesAt: row['registration_closes_at'] as Date | null,
    cancellationDeadline: row['cancellation_deadline'] as Date | null,
    requiresApproval: row['requires_approval'] as boolean,
    waitlistEnabled: row['waitlist_enabled'] as boolean,
    status: row['status'] as EventProjection['status'],
  };
}
