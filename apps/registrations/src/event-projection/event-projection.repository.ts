import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventPublishedV1, EventUpdatedV1 } from '@jiyn/contracts';
import { queryRows, upsertIfNewer } from '@jiyn/persistence';

export interface EventProjection {
  eventId: string;
  capacity: number;
  confirmedCount: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
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
      requires_approval: event.requiresApproval,
      waitlist_enabled: event.waitlistEnabled,
      status: 'status' in event ? event.status : 'published',
      updated_at: new Date(),
    });
  }

  async find(manager: EntityManager, eventId: string): Promise<EventProjection | null> {
    const rows = await queryRows(
      manager,
      `SELECT event_id, capacity, confirmed_count, registration_opens_at, registration_closes_at, requires_approval, waitlist_enabled, status
         FROM ${TABLE} WHERE event_id = $1`,
      [eventId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      eventId: row['event_id'] as string,
      capacity: row['capacity'] as number,
      confirmedCount: row['confirmed_count'] as number,
      registrationOpensAt: row['registration_opens_at'] as Date | null,
      registrationClosesAt: row['registration_closes_at'] as Date | null,
      requiresApproval: row['requires_approval'] as boolean,
      waitlistEnabled: row['waitlist_enabled'] as boolean,
      status: row['status'] as EventProjection['status'],
    };
  }

  /**
   * Takes one seat if one is free, atomically: concurrent callers re-check the guard against the
   * committed counter (READ COMMITTED re-evaluation), so confirmations never exceed capacity.
   */
  async takeSeat(manager: EntityManager, eventId: string): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `UPDATE ${TABLE} SET confirmed_count = confirmed_count + 1 WHERE event_id = $1 AND confirmed_count < capacity RETURNING 1`,
      [eventId],
    );
    return rows.length > 0;
  }
}
