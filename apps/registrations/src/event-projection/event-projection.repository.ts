import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventPublishedV1, EventUpdatedV1 } from '@jiyn/contracts';
import { queryRows, upsertIfNewer } from '@jiyn/persistence';

export interface EventProjection {
  eventId: string;
  startsAt: Date;
  capacity: number;
  confirmedCount: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  /** Until when participants may cancel themselves; null: no deadline was set. */
  cancellationDeadline: Date | null;
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  status: 'published' | 'cancelled' | 'archived';
}

const TABLE = 'registrations.event_projections';

/** This service's copy of each published event: capacity, windows and the confirmed-seat counter. */
@Injectable()
export class EventProjectionRepository {
  /** Applies a published or updated event unless a newer version is already held; the seat counter is kept. */
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
   * change of seats takes this lock first (then region counters, then waitlisted rows), so seat
   * changes of one event are serialised and cannot deadlock one another.
   */
  async find(
    manager: EntityManager,
    eventId: string,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<EventProjection | null> {
    const rows = await queryRows(
      manager,
      `SELECT event_id, starts_at, capacity, confirmed_count, registration_opens_at, registration_closes_at,
              cancellation_deadline, requires_approval, waitlist_enabled, status
         FROM ${TABLE} WHERE event_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [eventId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      eventId: row['event_id'] as string,
      startsAt: row['starts_at'] as Date,
      capacity: row['capacity'] as number,
      confirmedCount: row['confirmed_count'] as number,
      registrationOpensAt: row['registration_opens_at'] as Date | null,
      registrationClosesAt: row['registration_closes_at'] as Date | null,
      cancellationDeadline: row['cancellation_deadline'] as Date | null,
      requiresApproval: row['requires_approval'] as boolean,
      waitlistEnabled: row['waitlist_enabled'] as boolean,
      status: row['status'] as EventProjection['status'],
    };
  }
}
