import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES } from '@jiyn/contracts';
import { runInTransaction } from '@jiyn/persistence';
import {
  EventProjectionRepository,
  type EventProjection,
} from '../event-projection/event-projection.repository';
import { ManagementTokenAuth } from './management-token';
import type { RegistrationEntity, RegistrationStatus } from '../registration-core/registration.entity';
import { eventNotOpen } from '../event-projection/event-problems';
import { RegistrationChanges } from '../registration-core/registration-changes';
import { noSeat } from '../registration-core/registration-problems';
import { ACTIVE, RegistrationTransitions } from '../registration-core/registration-transitions';
import {
  offerExpired,
  selfCancellationClosed,
  statusForbids,
  type LifecycleAction,
} from './registrations-problems';

/**
 * The organiser's and the participant's moves on an existing registration: approval, rejection,
 * cancellation, taking up an offered seat, and offers lapsing. Each is one transaction with its
 * event; an illegal move is a 409 naming the current status.
 */
@Injectable()
export class RegistrationLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: RegistrationChanges,
    private readonly transitions: RegistrationTransitions,
    private readonly projections: EventProjectionRepository,
    private readonly tokens: ManagementTokenAuth,
  ) {}

  /** pending → confirmed when a seat (and the region's quota) is free, else waitlisted; 409 when full without a waitlist. */
  approve(id: string): Promise<RegistrationEntity> {
    return this.onLocked(id, async (manager, registration) => {
      assertStatus(registration, ['pending'], 'approve');
      const event = await this.publishedEvent(manager, registration.eventId);
      // Approved: the seat decision without approval.
      const decided = await this.transitions.seatOrWaitlist(manager, registration, {
        requiresApproval: false,
        waitlistEnabled: event.waitlistEnabled,
      });
      if (typeof decided === 'string') throw noSeat(event, decided);
      await this.changes.apply(manager, registration, EVENT_TYPES.registrationApproved, decided);
    });
  }

  /** Any active registration can be rejected; the reason stays here, never in events. */
  reject(id: string, reason: string): Promise<RegistrationEntity> {
    return this.onLocked(id, async (manager, registration) => {
      assertStatus(registration, ACTIVE, 'reject');
      await this.transitions.end(manager, registration, 'rejected', EVENT_TYPES.registrationRejected, {
        rejectionReason: reason,
      });
    });
  }

  /** An organiser cancels at any time; a seat held goes to the next in line. */
  cancel(id: string): Promise<RegistrationEntity> {
    return this.onLocked(id, async (manager, registration) => {
      assertStatus(registration, ACTIVE, 'cancel');
      await this.transitions.end(manager, registration, 'cancelled', EVENT_TYPES.registrationCancelled);
    });
  }

  /** An organiser confirms an offered seat for the participant (e.g. accepted by phone). */
  confirmOffer(id: string): Promise<RegistrationEntity> {
    return this.onLocked(id, async (manager, registration) => {
      assertStatus(registration, ['offered'], 'confirmOffer');
      await this.changes.apply(manager, registration, EVENT_TYPES.registrationConfirmed, {
        status: 'confirmed',
        offerExpiresAt: null,
      });
    });
  }

  /** The participant cancels with their management token, until the event's cancellation deadline. */
  selfCancel(token: string | undefined): Promise<RegistrationEntity> {
    return this.onToken(token, async (manager, registration) => {
      assertStatus(registration, ACTIVE, 'cancel');
      const event = await this.projections.find(manager, registration.eventId);
      // Without a deadline of its own, an event can be left until it starts.
      const deadline = event?.cancellationDeadline ?? event?.startsAt ?? null;
      if (deadline && Date.now() > deadline.getTime()) {
        throw selfCancellationClosed(deadline);
      }
      await this.transitions.end(manager, registration, 'cancelled', EVENT_TYPES.registrationCancelled);
    });
  }

  /** The participant takes up the seat offered to them, while the offer stands. */
  acceptOffer(token: string | undefined): Promise<RegistrationEntity> {
    return this.onToken(token, (manager, registration) => this.takeUpOffer(manager, registration));
  }

  /**
   * The same move through the link of the offer's e-mail: `standing` checks, on the locked row,
   * that the link's offer is the one open now (or throws what became of it); then the seat is
   * taken exactly as with the management token.
   */
  acceptOfferByLink(
    registrationId: string,
    standing: (registration: RegistrationEntity | null) => RegistrationEntity,
  ): Promise<RegistrationEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const registration = standing(await this.changes.lock(manager, registrationId));
      await this.takeUpOffer(manager, registration);
      return registration;
    });
  }

  /**
   * Lapses one expired offer, claimed with SKIP LOCKED so replicas share the work without
   * handling one twice, and passes its seat on. Returns false when none is due.
   */
  expireNextOffer(now = new Date()): Promise<boolean> {
    return runInTransaction(this.dataSource, async (manager) => {
      const [due] = await manager
        .createQueryBuilder()
        .select('r.id', 'id')
        .from('registrations.registrations', 'r')
        .where(`r.status = 'offered' AND r.offer_expires_at <= :now`, { now })
        .orderBy('r.offer_expires_at')
        .limit(1)
        .setLock('for_no_key_update')
        .setOnLocked('skip_locked')
        .getRawMany<{ id: string }>();
      if (!due) return false;
      const registration = await this.changes.lock(manager, due.id);
      if (!registration || registration.status !== 'offered') return true;
      await this.transitions.end(manager, registration, 'cancelled', EVENT_TYPES.registrationOfferExpired);
      return true;
    });
  }

  /** offered → confirmed while the offer stands; the seat was held for it, so no seat changes hands. */
  private async takeUpOffer(manager: EntityManager, registration: RegistrationEntity): Promise<void> {
    assertStatus(registration, ['offered'], 'confirmOffer');
    if (registration.offerExpiresAt && registration.offerExpiresAt.getTime() <= Date.now()) {
      throw offerExpired(registration.status);
    }
    await this.changes.apply(manager, registration, EVENT_TYPES.registrationConfirmed, {
      status: 'confirmed',
      offerExpiresAt: null,
    });
  }

  private async publishedEvent(manager: EntityManager, eventId: string): Promise<EventProjection> {
    const event = await this.projections.find(manager, eventId);
    if (!event || event.status !== 'published') throw eventNotOpen(event?.status);
    return event;
  }

  private async onLocked(
    id: string,
    work: (manager: EntityManager, registration: RegistrationEntity) => Promise<void>,
  ): Promise<RegistrationEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const registration = await this.changes.lockExisting(manager, id);
      await work(manager, registration);
      return registration;
    });
  }

  private async onToken(
    token: string | undefined,
    work: (manager: EntityManager, registration: RegistrationEntity) => Promise<void>,
  ): Promise<RegistrationEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const registration = await this.tokens.registrationFor(token, { manager, lock: true });
      await work(manager, registration);
      return registration;
    });
  }
}

function assertStatus(
  registration: RegistrationEntity,
  allowed: readonly RegistrationStatus[],
  action: LifecycleAction,
): void {
  if (!allowed.includes(registration.status)) throw statusForbids(registration.status, action);
}
