import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, type EventType } from '@jiyn/contracts';
import { OutboxWriter } from '@jiyn/messaging';
import { queryRows } from '@jiyn/persistence';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { EventSettingsRepository } from '../event-settings/event-settings.repository';
import { registrationChangedEvent } from './registration-events';
import { RegistrationEntity, type RegistrationStatus } from './registration.entity';
import { SeatLedger } from './seat-ledger';

/** Statuses that hold one of the event's seats (and one of its region's). */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ['confirmed', 'offered'];
/** Statuses of a registration that still counts (for duplicates, references, cancellation). */
export const ACTIVE: readonly RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted', 'offered'];

export function holdsSeat(status: RegistrationStatus): boolean {
  return SEAT_HOLDING.includes(status);
}

/**
 * Every change of a registration goes through here: the row (version + 1) and its registration.*
 * event commit in the caller's transaction. Freed seats pass to the waitlist in the same transaction.
 */
@Injectable()
export class RegistrationTransitions {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly ledger: SeatLedger,
    private readonly projections: EventProjectionRepository,
    private readonly settings: EventSettingsRepository,
  ) {}

  /** The registration, locked for the rest of the transaction, or null. */
  lock(manager: EntityManager, id: string): Promise<RegistrationEntity | null> {
    return manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Applies `changes` (status and/or fields), bumps the version and appends the `type` event. */
  async apply(
    manager: EntityManager,
    registration: RegistrationEntity,
    type: EventType,
    changes: Partial<RegistrationEntity>,
  ): Promise<void> {
    const previousStatus = registration.status;
    Object.assign(registration, changes, { version: registration.version + 1, updatedAt: new Date() });
    await manager.update(
      RegistrationEntity,
      { id: registration.id },
      { ...changes, version: registration.version, updatedAt: registration.updatedAt },
    );
    await this.outbox.append(manager, registrationChangedEvent(type, registration, previousStatus));
  }

  /**
   * Ends a registration (cancelled, rejected, offer lapsed); a seat it held goes back and on to
   * the next in line.
   */
  async end(
    manager: EntityManager,
    registration: RegistrationEntity,
    status: 'cancelled' | 'rejected',
    type: EventType,
    changes: Partial<RegistrationEntity> = {},
  ): Promise<void> {
    const heldSeat = holdsSeat(registration.status);
    await this.apply(manager, registration, type, { ...changes, status });
    if (heldSeat) {
      await this.ledger.release(manager, registration.eventId, registration.regionCode);
      await this.fillFreeSeats(manager, registration.eventId);
    }
  }

  /**
   * Gives free seats to the waitlist in FIFO order (skipping those whose region's quota is full):
   * a confirmed seat (`promoted`), or a held seat and a time-limited offer (`offered`), as the event
   * is set up. Takes the event's lock, so a freed seat never goes to a newcomer before the queue.
   */
  async fillFreeSeats(manager: EntityManager, eventId: string): Promise<number> {
    const event = await this.projections.find(manager, eventId, { lock: true });
    if (!event || event.status !== 'published') return 0;
    const settings = await this.settings.get(manager, eventId);
    let promoted = 0;
    let free = event.capacity - event.confirmedCount;
    while (free > 0) {
      const [next] = await queryRows<{ id: string }>(
        manager,
        `SELECT r.id FROM registrations.registrations r
           LEFT JOIN registrations.event_settings es ON es.event_id = r.event_id
           LEFT JOIN registrations.region_seats s ON s.event_id = r.event_id AND s.region_code = r.region_code
          WHERE r.event_id = $1 AND r.status = 'waitlisted'
            AND (r.region_code IS NULL
                 OR COALESCE((es.region_quotas ->> r.region_code)::int, es.region_quota) IS NULL
                 OR COALESCE(s.taken, 0) < COALESCE((es.region_quotas ->> r.region_code)::int, es.region_quota))
          ORDER BY r.waitlisted_at, r.id
          LIMIT 1`,
        [eventId],
      );
      if (!next) break;
      const candidate = await this.lock(manager, next.id);
      // Changed by someone else while we waited for its lock: look again.
      if (!candidate || candidate.status !== 'waitlisted') continue;
      const outcome = await this.ledger.take(manager, eventId, candidate.regionCode);
      if (outcome !== 'taken') break;
      free -= 1;
      promoted += 1;
      if (settings.promotion === 'offer') {
        const offerExpiresAt = new Date(Date.now() + settings.offerHours * 3_600_000);
        await this.apply(manager, candidate, EVENT_TYPES.registrationOffered, {
          status: 'offered',
          offerExpiresAt,
        });
      } else {
        await this.apply(manager, candidate, EVENT_TYPES.registrationPromoted, { status: 'confirmed' });
      }
    }
    return promoted;
  }
}
