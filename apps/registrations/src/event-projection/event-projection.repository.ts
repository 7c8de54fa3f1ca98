import { ProblemException } from '@jiyn/problems';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventPublishedV1, EventUpdatedV1 } from '@jiyn/contracts';
import { queryRows, upsertIfNewer } from '@jiyn/persistence';
import {
  defaultSettings,
  settingsFromRow,
  type EventSettings,
} from '../event-settings/event-settings.repository';

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

const TABLE = 'registrations.event_projections';
/**
 * The event's lock. NO KEY UPDATE, not UPDATE: a registration written meanwhile checks its foreign
 * key with a KEY SHARE lock on this row, which must not wait for it — the one-statement
 * registration would otherwise wait while holding a seat bucket the lock holder may need.
 */
const EVENT_LOCK = 'FOR NO KEY UPDATE';

/** This service's copy of each published event: capacity, windows, deadlines (its seats: SeatLedger). */
@Injectable()
export class EventProjectionRepository {
  /** Applies a published or updated event unless a newer version is already held. */
  apply(manager: EntityManager, event: EventPublishedV1 | EventUpdatedV1): Promise<boolean> {
    return upsertIfNewer(manager, TABLE, 'event_id', {
      event_id: event.eventId,
      version: event.version,
      slug: event.slug,
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
    });
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
    { lock = false }: { lock?: boolean } = {},
  ): Promise<EventProjection | null> {
    const rows = await queryRows(
      manager,
      `SELECT ${PROJECTION_COLUMNS} FROM ${TABLE} p WHERE p.event_id = $1${lock ? ` ${EVENT_LOCK}` : ''}`,
      [eventId],
    );
    return rows[0] ? projectionFromRow(rows[0]) : null;
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
    { lock = false }: { lock?: boolean } = {},
  ): Promise<{ event: EventProjection; settings: EventSettings } | null> {
    const rows = await queryRows(
      manager,
      `SELECT ${PROJECTION_COLUMNS}, s.region_quota, s.region_quotas, s.promotion, s.offer_hours,
              s.require_iin, s.version AS settings_version, s.updated_at AS settings_updated_at,
              s.event_id IS NOT NULL AS has_settings
         FROM ${TABLE} p LEFT JOIN registrations.event_settings s ON s.event_id = p.event_id
        WHERE p.event_id = $1${lock ? ` ${EVENT_LOCK} OF p` : ''}`,
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

/** No published event by this id reached this service; `field` names the request field that gave it. */
export function unknownEvent(eventId: string, field?: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No published event ${eventId}`,
      ru: `Опубликованное мероприятие ${eventId} не найдено`,
      kk: `${eventId} жарияланған іс-шарасы табылмады`,
    },
    ...(field ? { errors: [{ field, code: 'unknownEvent' }] } : {}),
  });
}
