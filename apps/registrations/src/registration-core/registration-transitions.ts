import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, type EventType } from '@jiyn/contracts';
import { queryRows } from '@jiyn/persistence';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { EventSettingsRepository } from '../event-projection/event-settings.repository';
import { RegistrationChanges } from './registration-changes';
import { RegistrationEndings } from './registration-endings';
import type { RegistrationEntity, RegistrationStatus } from './registration.entity';
import { asksForSeat, decideSeat, type SeatDecisionInput } from './seat-decision';
import { SEAT_HOLDING, SeatLedger, type SeatOutcome } from './seat-ledger';

/** Statuses of a registration that still counts (for duplicates, references, cancellation). */
export const ACTIVE: readonly RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted', 'offered'];

export function holdsSeat(status: RegistrationStatus): boolean {
  return SEAT_HOLDING.includes(status);
}

/**
 * The moves that involve seats, each in the caller's transaction and written through
 * RegistrationChanges: asking for a seat (the seat decision), ending a registration (its seat and
 * whatever features keep for it go back), and passing freed seats to the waitlist.
 */
@Injectable()
export class RegistrationTransitions {
  constructor(
    private readonly changes: RegistrationChanges,
    private readonly ledger: SeatLedger,
    private readonly projections: EventProjectionRepository,
    private readonly settings: EventSettingsRepository,
    private readonly endings: RegistrationEndings,
  ) {}

  /**
   * Ends a registration (cancelled, rejected, offer lapsed); a seat it held goes back and on to
   * the next in line, and what features keep for it ends too (RegistrationEndings: its seats in
   * sessions with their own capacity).
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
    await this.changes.apply(manager, registration, type, { ...changes, status });
    await this.endings.ended(manager, registration.id);
    if (heldSeat) {
      await this.ledger.release(manager, registration.eventId, registration.regionCode);
      await this.fillFreeSeats(manager, registration.eventId);
    }
  }

  /**
   * The seat decision (seat-decision.ts) for a new registration (`requiresApproval` as the event
   * asks) or an approved one (`requiresApproval: false`): pending without asking for a seat; else a
   * seat if one is free within its region's quota, else the end of the waitlist — decided under the
   * event's shared lock, so that a seat given back at the same moment is either seen here or passed
   * to this registration by the transaction that gave it back. `event-full`/`region-full` when there
   * is no seat and no waitlist.
   */
  async seatOrWaitlist(
    manager: EntityManager,
    registration: Pick<RegistrationEntity, 'eventId' | 'regionCode'>,
    event: Pick<SeatDecisionInput, 'requiresApproval' | 'waitlistEnabled'>,
  ): Promise<
    | { status: 'pending' | 'confirmed' | 'waitlisted'; waitlistedAt: Date | null }
    | Exclude<SeatOutcome, 'taken'>
  > {
    if (!asksForSeat(event)) return { status: 'pending', waitlistedAt: null };
    await this.projections.find(manager, registration.eventId, { lock: 'shared' });
    const seat = await this.ledger.take(manager, registration.eventId, registration.regionCode);
    const decided = decideSeat({ ...event, seat });
    if (decided === 'confirmed') return { status: 'confirmed', waitlistedAt: null };
    // Stamped under the lock: the queue's order is the order registrations joined it.
    if (decided === 'waitlisted') return { status: 'waitlisted', waitlistedAt: new Date() };
    if (decided === 'pending') throw new Error('a seat was asked for, so no approval is required');
    return decided;
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
      const candidate = await this.changes.lock(manager, next.id);
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
        await this.changes.apply(manager, candidate, EVENT_TYPES.registrationOffered, {
          status: 'offered',
          offerExpiresAt,
        });
      } else {
        await this.changes.apply(manager, candidate, EVENT_TYPES.registrationPromoted, {
          status: 'confirmed',
        });
      }
    }
    return promoted;
  }
}
