import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES } from '@jiyn/contracts';
import { uuidv7 } from '@jiyn/messaging';
import { assertConfirmed } from '../registration-core/admission';
import { RegistrationChanges } from '../registration-core/registration-changes';
import { RegistrationEndings } from '../registration-core/registration-endings';
import {
  alreadySignedUp,
  notSignedUp,
  scheduleClash,
  sessionCancelled,
  sessionFull,
  sessionNotConfirmed,
  takesNoSignUps,
  unknownSession,
} from './session-sign-up-problems';
import { SessionProjectionRepository, type SessionProjection } from './session-projection.repository';
import { SessionSignUpsRepository, type SignUpWithSession } from './session-sign-ups.repository';
import { runInTransaction } from '@jiyn/persistence';
import type { SessionSeatsView, SignUpView } from './session-sign-up.view';

export type { SessionSeatsView, SignUpView } from './session-sign-up.view';

/**
 * Sign-ups for programme sessions that have their own capacity and a time. Seats come from a guarded
 * counter on the session projection (no overbooking under any concurrency); one participant's
 * sign-ups run one at a time under the registration's row lock, so overlaps are always seen.
 */
@Injectable()
export class SessionSignUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionProjectionRepository,
    private readonly signUps: SessionSignUpsRepository,
    private readonly changes: RegistrationChanges,
    endings: RegistrationEndings,
  ) {
    endings.register('session sign-ups', (manager, registrationId) =>
      this.releaseSessionSeats(manager, registrationId),
    );
  }

  async signUp(registrationId: string, sessionId: string): Promise<SignUpView> {
    return runInTransaction(this.dataSource, async (manager) => {
      const registration = await this.changes.lockExisting(manager, registrationId);
      assertConfirmed(registration);
      const session = await this.sessions.find(manager, sessionId);
      if (!session || session.eventId !== registration.eventId) throw unknownSession(sessionId);
      const { startsAt, endsAt } = assertOpenForSignUp(session);
      const existing = await this.signUps.findActive(manager, registrationId, sessionId);
      if (existing) {
        throw alreadySignedUp(existing.id, sessionId);
      }
      const clash = await this.signUps.clashing(manager, registrationId, sessionId, startsAt, endsAt);
      if (clash) throw scheduleClash(clash);
      if (!(await this.sessions.takeSeat(manager, sessionId))) throw sessionFull(session);

      const now = new Date();
      const signUp = { id: uuidv7(), registrationId, sessionId, createdAt: now, cancelledAt: null };
      await this.signUps.insert(manager, signUp);
      await this.changes.record(manager, registration, now, EVENT_TYPES.registrationSessionSignedUp, {
        checkInDay: null,
        sessionId,
      });
      return toSignUpView({ ...signUp, ...sessionPart(session) });
    });
  }

  async cancel(registrationId: string, sessionId: string): Promise<SignUpView> {
    return runInTransaction(this.dataSource, async (manager) => {
      const registration = await this.changes.lockExisting(manager, registrationId);
      const active = await this.signUps.findActive(manager, registrationId, sessionId);
      if (!active) {
        throw notSignedUp();
      }
      const now = new Date();
      await this.signUps.cancel(manager, registrationId, now, sessionId);
      await this.sessions.releaseSeats(manager, [sessionId]);
      await this.changes.record(manager, registration, now, EVENT_TYPES.registrationSessionSignUpCancelled, {
        checkInDay: null,
        sessionId,
      });
      const session = await this.sessions.find(manager, sessionId);
      return toSignUpView({
        ...active,
        cancelledAt: now,
        ...(session ? sessionPart(session) : unknownPart()),
      });
    });
  }

  /** The registration's active sign-ups, in programme order. */
  async list(registrationId: string): Promise<SignUpView[]> {
    return (await this.signUps.activeOf(this.dataSource.manager, registrationId)).map(toSignUpView);
  }

  /** The event's confirmed sessions that take sign-ups, with seats left (cancelled ones included, marked). */
  async sessionsOf(eventId: string): Promise<SessionSeatsView[]> {
    return (await this.sessions.forSignUp(this.dataSource.manager, eventId)).map(toSeatsView);
  }

  /**
   * When a registration ends (cancelled, rejected, its offer lapsed), the core calls this inside the
   * same transaction (RegistrationEndings, registered above) to cancel its session sign-ups and give
   * their seats back. Emits no events of its own (the lifecycle event says it all); returns the sessions released.
   */
  async releaseSessionSeats(manager: EntityManager, registrationId: string): Promise<string[]> {
    const released = await this.signUps.cancel(manager, registrationId, new Date());
    await this.sessions.releaseSeats(manager, released);
    return released;
  }
}

function assertOpenForSignUp(session: SessionProjection): { startsAt: Date; endsAt: Date } {
  if (session.status === 'cancelled') {
    throw sessionCancelled(session.sessionId);
  }
  // A draft may still move, shrink or be dropped, and the published programme does not show it.
  if (session.status === 'draft') {
    throw sessionNotConfirmed(session.sessionId, session.status);
  }
  if (session.capacity === null || !session.startsAt || !session.endsAt) {
    throw takesNoSignUps(session.sessionId);
  }
  return { startsAt: session.startsAt, endsAt: session.endsAt };
}

function sessionPart(session: SessionProjection) {
  return {
    eventId: session.eventId,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    status: session.status,
  };
}

function unknownPart() {
  return { eventId: '', title: {}, startsAt: null, endsAt: null, status: 'unknown' };
}

function toSignUpView(signUp: SignUpWithSession): SignUpView {
  return {
    id: signUp.id,
    registrationId: signUp.registrationId,
    sessionId: signUp.sessionId,
    title: signUp.title,
    startsAt: signUp.startsAt?.toISOString() ?? null,
    endsAt: signUp.endsAt?.toISOString() ?? null,
    sessionStatus: signUp.status,
    signedUpAt: signUp.createdAt.toISOString(),
    cancelledAt: signUp.cancelledAt?.toISOString() ?? null,
  };
}

function toSeatsView(session: SessionProjection): SessionSeatsView {
  return {
    sessionId: session.sessionId,
    title: session.title,
    startsAt: session.startsAt?.toISOString() ?? null,
    endsAt: session.endsAt?.toISOString() ?? null,
    status: session.status,
    capacity: session.capacity,
    signedUp: session.signedUpCount,
    seatsLeft:
      session.status === 'cancelled' ? 0 : Math.max(0, (session.capacity ?? 0) - session.signedUpCount),
  };
}
