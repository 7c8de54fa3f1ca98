import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@jiyn/auth';
import { EVENT_TYPES } from '@jiyn/contracts';
import { uuidv7 } from '@jiyn/messaging';
import { isUniqueViolation, type Page, runInTransaction } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { SessionProjectionRepository } from '../session-sign-ups/session-projection.repository';
import { SessionSignUpsRepository } from '../session-sign-ups/session-sign-ups.repository';
import { CheckInKeys } from './check-in-keys';
import {
  CheckInsRepository,
  type CheckInListRow,
  type CheckInRow,
  type CheckInScope,
  type EventForCheckIn,
} from './check-ins.repository';
import { normalizeConfirmationCode } from './confirmation-code';
import type { CheckInDto, ListCheckInsQuery } from './dto/check-in.dto';
import { eventDays, isEventDay, localDate } from './event-days';
import { unknownEvent } from '../event-projection/event-problems';
import { assertConfirmed } from '../registration-core/admission';
import { RegistrationChanges } from '../registration-core/registration-changes';
import {
  alreadyCheckedIn,
  alreadyReverted,
  checkInNotFound,
  invalidCheckInToken,
  notAnEventDay,
  notSignedUp,
  otherEvent,
  unknownConfirmationCode,
} from './check-in-problems';

/** Who is being checked in, as established from the code or token before anything is written. */
interface Presented {
  registrationId: string;
  method: 'code' | 'token';
}

export interface CheckInList {
  eventId: string;
  day: string | null;
  sessionId: string | null;
  counts: { expected: number; checkedIn: number };
  items: CheckInListRow[];
  nextCursor: string | null;
}

export interface CheckInSummary {
  eventId: string;
  timeZone: string;
  today: string;
  days: { day: string; expected: number; checkedIn: number }[];
  sessions: { sessionId: string; startsAt: string | null; expected: number; checkedIn: number }[];
}

/**
 * Check-in at the door, per event day or per session, by confirmation code or signed QR token.
 * A registration's check-ins run under its row lock, so a double scan sees the first and answers
 * "already checked in" without writing anything; the partial unique indexes back that up.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checkIns: CheckInsRepository,
    private readonly sessions: SessionProjectionRepository,
    private readonly signUps: SessionSignUpsRepository,
    private readonly keys: CheckInKeys,
    private readonly changes: RegistrationChanges,
  ) {}

  async checkIn(dto: CheckInDto, principal: Principal): Promise<CheckInRow> {
    assertOneOf(dto);
    const manager = this.dataSource.manager;
    const event = await this.checkIns.event(manager, dto.eventId);
    if (!event) throw unknownEvent(dto.eventId, 'eventId');
    const presented = await this.identify(manager, dto);
    const scope = await this.scopeOf(manager, event, dto);
    try {
      return await runInTransaction(this.dataSource, async (tx) => {
        const registration = await this.changes.lockExisting(tx, presented.registrationId);
        if (registration.eventId !== event.eventId)
          throw otherEvent(presented.method === 'token' ? 'token' : 'code');
        assertConfirmed(registration);
        if (scope.sessionId && !(await this.signUps.findActive(tx, registration.id, scope.sessionId)))
          throw notSignedUp(scope.sessionId);
        const existing = await this.checkIns.findActive(tx, registration.id, scope);
        if (existing) throw alreadyCheckedIn(existing, event);

        const now = new Date();
        const checkIn: CheckInRow = {
          id: uuidv7(),
          registrationId: registration.id,
          eventId: event.eventId,
          day: scope.day ?? null,
          sessionId: scope.sessionId ?? null,
          method: presented.method,
          checkedInAt: now,
          checkedInBy: principal.id,
          revertedAt: null,
          revertedBy: null,
        };
        await this.checkIns.insert(tx, checkIn);
        await this.changes.record(tx, registration, now, EVENT_TYPES.registrationCheckedIn, {
          checkInDay: checkIn.day,
          sessionId: checkIn.sessionId,
        });
        return checkIn;
      });
    } catch (error) {
      // Only reachable if a writer skipped the row lock: answer as the double scan it is.
      if (isUniqueViolation(error)) {
        const existing = await this.checkIns.findActive(manager, presented.registrationId, scope);
        if (existing) throw alreadyCheckedIn(existing, event);
      }
      throw error;
    }
  }

  async revert(checkInId: string, principal: Principal): Promise<CheckInRow> {
    return runInTransaction(this.dataSource, async (tx) => {
      const found = await this.checkIns.findById(tx, checkInId);
      if (!found) throw checkInNotFound(checkInId);
      const registration = await this.changes.lockExisting(tx, found.registrationId);
      const now = new Date();
      const reverted = await this.checkIns.revert(tx, checkInId, now, principal.id);
      if (!reverted) {
        throw alreadyReverted(checkInId, found.revertedAt);
      }
      await this.changes.record(tx, registration, now, EVENT_TYPES.registrationCheckInReverted, {
        checkInDay: reverted.day,
        sessionId: reverted.sessionId,
      });
      return reverted;
    });
  }

  async list(eventId: string, query: ListCheckInsQuery): Promise<CheckInList> {
    const manager = this.dataSource.manager;
    const event = await this.checkIns.event(manager, eventId);
    if (!event) throw unknownEvent(eventId, 'eventId');
    const scope = await this.scopeOf(manager, event, query);
    const [counts, page]: [CheckInList['counts'], Page<CheckInListRow>] = await Promise.all([
      this.checkIns.counts(manager, eventId, scope),
      this.checkIns.list(manager, eventId, scope, query),
    ]);
    return {
      eventId,
      day: scope.day ?? null,
      sessionId: scope.sessionId ?? null,
      counts,
      items: page.items,
      nextCursor: page.nextCursor,
    };
  }

  /** Counts for every event day and every session that takes sign-ups. */
  async summary(eventId: string): Promise<CheckInSummary> {
    const manager = this.dataSource.manager;
    const event = await this.checkIns.event(manager, eventId);
    if (!event) throw unknownEvent(eventId, 'eventId');
    const [expected, perDay, sessions] = await Promise.all([
      this.checkIns.confirmedCount(manager, eventId),
      this.checkIns.checkedInPerDay(manager, eventId),
      this.sessions.forSignUp(manager, eventId),
    ]);
    const sessionCounts = await Promise.all(
      sessions.map(async (session) => ({
        sessionId: session.sessionId,
        startsAt: session.startsAt?.toISOString() ?? null,
        ...(await this.checkIns.counts(manager, eventId, { sessionId: session.sessionId })),
      })),
    );
    return {
      eventId,
      timeZone: event.timeZone,
      today: localDate(new Date(), event.timeZone),
      days: eventDays(event).map((day) => ({ day, expected, checkedIn: perDay.get(day) ?? 0 })),
      sessions: sessionCounts,
    };
  }

  /** Resolves the code or token to a registration id; refuses what cannot be one of ours. */
  private async identify(manager: EntityManager, dto: CheckInDto): Promise<Presented> {
    if (dto.token !== undefined) {
      const verified = this.keys.verify(dto.token);
      if (!verified.ok) {
        throw invalidCheckInToken(verified.reason);
      }
      if (verified.claims.eventId !== dto.eventId) throw otherEvent('token');
      return { registrationId: verified.claims.registrationId, method: 'token' };
    }
    const code = normalizeConfirmationCode(dto.code ?? '');
    if (!code) throw fieldError('code', 'invalidConfirmationCode');
    const found = await this.checkIns.findRegistrationIdByCode(manager, code);
    if (!found) {
      throw unknownConfirmationCode();
    }
    if (found.eventId !== dto.eventId) throw otherEvent('code');
    return { registrationId: found.id, method: 'code' };
  }

  /** The day (given, or today in the event's zone; an event day either way) or the session (of this event). */
  private async scopeOf(
    manager: EntityManager,
    event: EventForCheckIn,
    request: { day?: string; sessionId?: string },
  ): Promise<CheckInScope> {
    if (request.sessionId) {
      if (request.day) throw fieldError('day', 'exclusiveWith', ['sessionId']);
      const session = await this.sessions.find(manager, request.sessionId);
      if (!session || session.eventId !== event.eventId)
        throw fieldError('sessionId', 'unknownSession', [], 'not-found');
      return { sessionId: session.sessionId };
    }
    const today = localDate(new Date(), event.timeZone);
    const day = request.day ?? today;
    if (!isEventDay(day, event)) {
      throw notAnEventDay(event, day, request.day ? null : today);
    }
    return { day };
  }
}

function assertOneOf(dto: CheckInDto): void {
  if ((dto.code === undefined) === (dto.token === undefined))
    throw fieldError('code', 'oneOfRequired', ['token']);
}

function fieldError(
  field: string,
  code: string,
  args: unknown[] = [],
  type: 'validation' | 'not-found' = 'validation',
): ProblemException {
  const error: FieldProblem = { field, code, args };
  return new ProblemException(type, { errors: [error] });
}
