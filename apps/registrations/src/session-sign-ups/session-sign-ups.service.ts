import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES } from '@jiyn/contracts';
import { pickLocalized, type Lang, type Multilingual } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import { ProblemException } from '@jiyn/problems';
import { assertConfirmed, lockRegistration, recordChange } from '../check-in/registration-changes';
import { SessionProjectionRepository, type SessionProjection } from './session-projection.repository';
import { SessionSignUpsRepository, type SignUpWithSession } from './session-sign-ups.repository';
import { runInTransaction } from '@jiyn/persistence';

export interface SignUpView {
  id: string;
  registrationId: string;
  sessionId: string;
  title: Multilingual;
  startsAt: string | null;
  endsAt: string | null;
  sessionStatus: string;
  signedUpAt: string;
  cancelledAt: string | null;
}

export interface SessionSeatsView {
  sessionId: string;
  title: Multilingual;
  startsAt: string | null;
  endsAt: string | null;
  status: string;
  capacity: number | null;
  signedUp: number;
  seatsLeft: number;
}

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
    private readonly outbox: OutboxWriter,
  ) {}

  async signUp(registrationId: string, sessionId: string): Promise<SignUpView> {
    return runInTransaction(this.dataSource, async (manager) => {
      const registration = await lockRegistration(manager, registrationId);
      assertConfirmed(registration);
      const session = await this.sessions.find(manager, sessionId);
      if (!session || session.eventId !== registration.eventId) throw unknownSession(sessionId);
      const { startsAt, endsAt } = assertOpenForSignUp(session);
      const existing = await this.signUps.findActive(manager, registrationId, sessionId);
      if (existing) {
        throw new ProblemException('conflict', {
          detail: {
            en: 'The participant is already signed up for this session',
            ru: 'Участник уже записан на эту сессию',
            kk: 'Қатысушы бұл сессияға бұрын жазылған',
          },
          extensions: { signUpId: existing.id, sessionId },
        });
      }
      const clash = await this.signUps.clashing(manager, registrationId, sessionId, startsAt, endsAt);
      if (clash) throw scheduleClash(clash);
      if (!(await this.sessions.takeSeat(manager, sessionId))) throw sessionFull(session);

      const now = new Date();
      const signUp = { id: uuidv7(), registrationId, sessionId, createdAt: now, cancelledAt: null };
      await this.signUps.insert(manager, signUp);
      await recordChange(manager, this.outbox, registration, now, EVENT_TYPES.registrationSessionSignedUp, {
        checkInDay: null,
        sessionId,
      });
      return toSignUpView({ ...signUp, ...sessionPart(session) });
    });
  }

  async cancel(registrationId: string, sessionId: string): Promise<SignUpView> {
    return runInTransaction(this.dataSource, async (manager) => {
      const registration = await lockRegistration(manager, registrationId);
      const active = await this.signUps.findActive(manager, registrationId, sessionId);
      if (!active) {
        throw new ProblemException('not-found', {
          detail: {
            en: 'The participant is not signed up for this session',
            ru: 'Участник не записан на эту сессию',
            kk: 'Қатысушы бұл сессияға жазылмаған',
          },
        });
      }
      const now = new Date();
      await this.signUps.cancel(manager, registrationId, now, sessionId);
      await this.sessions.releaseSeats(manager, [sessionId]);
      await recordChange(
        manager,
        this.outbox,
        registration,
        now,
        EVENT_TYPES.registrationSessionSignUpCancelled,
        { checkInDay: null, sessionId },
      );
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
   * For the registration lifecycle: when a registration is cancelled (or rejected, anonymised…),
   * call this inside the same transaction to cancel its session sign-ups and give their seats back.
   * Emits no events of its own (the lifecycle event says it all); returns the sessions released.
   */
  async releaseSessionSeats(manager: EntityManager, registrationId: string): Promise<string[]> {
    const released = await this.signUps.cancel(manager, registrationId, new Date());
    await this.sessions.releaseSeats(manager, released);
    return released;
  }
}

function assertOpenForSignUp(session: SessionProjection): { startsAt: Date; endsAt: Date } {
  if (session.status === 'cancelled') {
    throw new ProblemException('conflict', {
      detail: { en: 'The session is cancelled', ru: 'Сессия отменена', kk: 'Сессия болдырылмады' },
      extensions: { sessionId: session.sessionId },
    });
  }
  // A draft may still move, shrink or be dropped, and the published programme does not show it.
  if (session.status === 'draft') {
    throw new ProblemException('conflict', {
      detail: {
        en: 'The session is not confirmed in the programme yet',
        ru: 'Сессия ещё не подтверждена в программе',
        kk: 'Сессия бағдарламада әлі расталмаған',
      },
      extensions: { sessionId: session.sessionId, sessionStatus: session.status },
    });
  }
  if (session.capacity === null || !session.startsAt || !session.endsAt) {
    throw new ProblemException('conflict', {
      detail: {
        en: 'The session takes no sign-ups: it has no capacity of its own or no time yet',
        ru: 'На эту сессию нет записи: у неё нет своей вместимости или времени',
        kk: 'Бұл сессияға жазылу жоқ: оның өз сыйымдылығы немесе уақыты жоқ',
      },
      extensions: { sessionId: session.sessionId },
    });
  }
  return { startsAt: session.startsAt, endsAt: session.endsAt };
}

function unknownSession(sessionId: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No session ${sessionId} in this registration's event`,
      ru: `Сессия ${sessionId} не найдена в мероприятии этой регистрации`,
      kk: `Осы тіркеудің іс-шарасында ${sessionId} сессиясы табылмады`,
    },
    errors: [{ field: 'sessionId', code: 'unknownSession' }],
  });
}

function sessionFull(session: SessionProjection): ProblemException {
  return new ProblemException('session-full', {
    detail: {
      en: `All ${session.capacity} seats of the session are taken`,
      ru: `Все ${session.capacity} мест на сессии заняты`,
      kk: `Сессияның барлық ${session.capacity} орны бос емес`,
    },
    extensions: { sessionId: session.sessionId, capacity: session.capacity },
  });
}

function scheduleClash(clash: SignUpWithSession): ProblemException {
  const title = (lang: Lang) => pickLocalized(clash.title, lang) ?? clash.sessionId;
  return new ProblemException('schedule-clash', {
    detail: {
      en: `It overlaps “${title('en')}”, which the participant is signed up for`,
      ru: `Она пересекается с сессией «${title('ru')}», на которую участник уже записан`,
      kk: `Ол қатысушы жазылған «${title('kk')}» сессиясымен қиылысады`,
    },
    extensions: {
      clashingSession: {
        sessionId: clash.sessionId,
        title: clash.title,
        startsAt: clash.startsAt?.toISOString() ?? null,
        endsAt: clash.endsAt?.toISOString() ?? null,
      },
    },
  });
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
