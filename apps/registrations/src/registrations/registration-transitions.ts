import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, type EventType } from '@jiyn/contracts';
import { OutboxWriter } from '@jiyn/messaging';
import { queryRows } from '@jiyn/persistence';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { EventSettingsRepository } from '../event-settings/event-settings.repository';
import { SessionSignUpsService } from '../session-sign-ups/session-sign-ups.service';
import { registrationChangedEvent } from './registration-events';
import { RegistrationEntity, type RegistrationStatus } from './registration.entity';
import { SEAT_HOLDING, SeatLedger, type SeatOutcome } from './seat-ledger';

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
    private readonly sessionSignUps: SessionSignUpsService,
  ) {}

  /** The registration, locked for the rest of the transaction, or null. */
  lock(manager: EntityManager, id: string): Promise<RegistrationEntity | null> {
    return manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.id = :id', { id })
      .setLock('for_no_key_update')
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
   * the next in line, and so do its seats in sessions with their own capacity.
   */
  async end(
    manager: EntityManager,
    registration: RegistrationEntity,
    status: 'cancelled' | 'rejected',
    type: EventType,
    changes: Partial<RegistrationEntity> = {},
  ): Promise<void> {
    const heldSeat = holdsSeat(registration.status);
    // The event's lock before any seat moves (see SeatLedger's lock order).
    if (heldSeat) await this.projections.find(manager, registration.eventId, { lock: 'exclusive' });
    await this.apply(manager, registration, type, { ...changes, status });
    await this.sessionSignUps.releaseSessionSeats(manager, registration.id);
    if (heldSeat) {
      await this.ledger.release(manager, registration.eventId, registration.regionCode);
      await this.fillFreeSeats(manager, registration.eventId);
    }
  }

  /**
   * The seat decision for a registration that asks for one (new, or approved): a seat if one is
   * free within its region's quota, else the end of the waitlist — decided under the event's shared lock,
   * so that a seat given back at the same moment is either seen here or passed to this registration
   * by the transaction that gave it back. `event-full`/`region-full` when there is no seat and no waitlist.
   */
  async seatOrWaitlist(
    manager: EntityManager,
    registration: Pick<RegistrationEntity, 'eventId' | 'regionCode'>,
    waitlistEnabled: boolean,
  ): Promise<
    { status: 'confirmed' | 'waitlisted'; waitlistedAt: Date | null } | Exclude<SeatOutcome, 'taken'>
  > {
    await this.projections.find(manager, registration.eventId, { lock: 'shared' });
    const seat = await this.ledger.take(manager, registration.eventId, registration.regionCode);
    if (seat === 'taken') return { status: 'confirmed', waitlistedAt: null };
    if (!waitlistEnabled) return seat;
    // Stamped under the lock: the queue's order is the order registrations joined it.
    return { status: 'waitlisted', waitlistedAt: new Date() };
  }

  /**
   * Gives free seats to the waitlist in FIFO order, skipping those whose region's quota is full: a
   * confirmed seat (`promoted`), or a held seat and a time-limited offer (`offered`), as the event
   * is set up. Takes the event's lock, so a freed seat never goes to a newcomer before the queue.
   * Call it after every change that frees a seat or lets a waiting registration take one.
   */
  async fillFreeSeats(manager: EntityManager, eventId: string): Promise<number> {
    const event = await this.projections.find(manager, eventId, { lock: 'exclusive' });
    if (!event || event.status !== 'published') return 0;
    const settings = await this.settings.get(manager, eventId);
    let promoted = 0;
    // Candidates whose region filled up between the look and the take (a newcomer of that region
    // was faster): the seat goes to the next eligible one instead.
    const regionFull: string[] = [];
    while ((await this.ledger.freeSeats(manager, eventId)) > 0) {
      const [next] = await queryRows<{ id: string }>(
        manager,
        `SELECT r.id FROM registrations.registrations r
           LEFT JOIN registrations.event_settings es ON es.event_id = r.event_id
           LEFT JOIN registrations.region_seats s ON s.event_id = r.event_id AND s.region_code = r.region_code
          WHERE r.event_id = $1 AND r.status = 'waitlisted' AND r.id <> ALL($2::uuid[])
            AND (r.region_code IS NULL
                 OR COALESCE((es.region_quotas ->> r.region_code)::int, es.region_quota) IS NULL
                 OR COALESCE(s.taken, 0) < COALESCE((es.region_quotas ->> r.region_code)::int, es.region_quota))
          ORDER BY r.waitlisted_at, r.id
          LIMIT 1`,
        [eventId, regionFull],
      );
      if (!next) break;
      const candidate = await this.lock(manager, next.id);
      // Changed by someone else while we waited for its lock: look again.
      if (!candidate || candidate.status !== 'waitlisted') continue;
      const outcome = await this.ledger.take(manager, eventId, candidate.regionCode);
      if (outcome === 'event-full') break;
      if (outcome === 'region-full') {
        regionFull.push(candidate.id);
        continue;
      }
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
