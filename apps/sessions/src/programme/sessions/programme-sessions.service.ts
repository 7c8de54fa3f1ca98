import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type EventType, type SessionChangedV1 } from '@jiyn/contracts';
import type { Multilingual } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import type { Page, PageQuery } from '@jiyn/persistence';
import { ProblemException, refuseNulls, type FieldProblem } from '@jiyn/problems';
import type { EventEntity } from '../../events/event.entity';
import { conflictsOf, detectConflicts, type Conflict } from '../conflicts/detect-conflicts';
import { ProgrammeEvents } from '../programme-events';
import { ProgrammeRepository } from '../programme.repository';
import { notFound } from '../programme-problems';
import type { CreateProgrammeSessionDto, UpdateProgrammeSessionDto } from './programme-session.dto';
import { ProgrammeSessionEntity } from './programme-session.entity';
import type { RoomEntity } from '../rooms/room.entity';
import { runInTransaction } from '@jiyn/persistence';

/** A session as changed, with the conflicts it is now part of (blocking ones stop a schedule release). */
export interface SessionWithConflicts {
  session: ProgrammeSessionEntity;
  conflicts: Conflict[];
}

export const MAX_SESSIONS_PER_EVENT = 5_000;
/**
 * How far a session may lie outside its event when placed: a day either side (a workshop the
 * evening before, a dinner after). Closer than that, outside the event's days is a warning
 * (outside-event); farther, a mistake refused: a session from 2027 to 9999 once made every
 * schedule.ics request cost half a minute of CPU.
 */
export const SESSION_MARGIN_MS = 86_400_000;

@Injectable()
export class ProgrammeSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programme: ProgrammeRepository,
    private readonly events: ProgrammeEvents,
    private readonly outbox: OutboxWriter,
  ) {}

  create(eventId: string, dto: CreateProgrammeSessionDto): Promise<SessionWithConflicts> {
    return runInTransaction(this.dataSource, (manager) => this.createWithin(manager, eventId, dto));
  }

  /**
   * Creates a session inside the caller's transaction (an organiser's request, or a consumer turning
   * an accepted proposal into a session), announcing session.created (and .scheduled when placed).
   */
  async createWithin(
    manager: EntityManager,
    eventId: string,
    dto: CreateProgrammeSessionDto,
    origin: { proposalId?: string; durationMinutes?: number } = {},
  ): Promise<SessionWithConflicts> {
    const event = await this.events.lockEditable(manager, eventId);
    if ((await this.programme.count(manager, ProgrammeSessionEntity, eventId)) >= MAX_SESSIONS_PER_EVENT) {
      throw new ProblemException('conflict', {
        detail: `An event has at most ${MAX_SESSIONS_PER_EVENT} sessions`,
      });
    }
    const now = new Date();
    const session = Object.assign(new ProgrammeSessionEntity(), {
      id: uuidv7(),
      eventId,
      title: { ...dto.title },
      abstract: { ...(dto.abstract ?? {}) },
      type: dto.type,
      trackId: dto.trackId ?? null,
      language: dto.language,
      roomId: dto.roomId ?? null,
      startsAt: dto.startsAt ? new Date(dto.startsAt) : null,
      endsAt: dto.endsAt ? new Date(dto.endsAt) : null,
      capacity: dto.capacity ?? null,
      status: dto.status ?? 'draft',
      speakerIds: dto.speakerIds ?? [],
      proposalId: origin.proposalId ?? null,
      durationMinutes: origin.durationMinutes ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await this.assertValid(manager, session, event, true);
    await this.programme.save(manager, session);
    await this.announce(manager, EVENT_TYPES.sessionCreated, session);
    if (session.startsAt) await this.announce(manager, EVENT_TYPES.sessionScheduled, session);
    return { session, conflicts: await this.conflictsOf(manager, event, session) };
  }

  /** Changes, moves, unschedules or cancels a session; each change is one event, the most specific one. */
  update(eventId: string, sessionId: string, dto: UpdateProgrammeSessionDto): Promise<SessionWithConflicts> {
    refuseNulls(dto, ['title', 'type', 'language', 'status']);
    return runInTransaction(this.dataSource, async (manager) => {
      const event = await this.events.lockEditable(manager, eventId);
      const session = await this.programme.sessionForUpdate(manager, eventId, sessionId);
      if (!session) throw notFound('session', sessionId);
      if (session.status === 'cancelled') {
        throw new ProblemException('conflict', {
          detail: {
            en: 'A cancelled session cannot change',
            ru: 'Отменённую сессию нельзя изменить',
            kk: 'Болдырылмаған сессияны өзгерту мүмкін емес',
          },
        });
      }
      const before = {
        roomId: session.roomId,
        startsAt: session.startsAt?.getTime() ?? null,
        endsAt: session.endsAt?.getTime() ?? null,
      };
      const unchanged = fingerprint(session);
      applySessionUpdate(session, dto);
      // A request that changes nothing (a client retry, say) is answered as is: no new version, no event.
      if (fingerprint(session) === unchanged)
        return { session, conflicts: await this.conflictsOf(manager, event, session) };
      // An event's dates may have moved since: a slot left as it was is not checked against them.
      const slotChanged =
        before.startsAt !== (session.startsAt?.getTime() ?? null) ||
        before.endsAt !== (session.endsAt?.getTime() ?? null);
      await this.assertValid(manager, session, event, slotChanged);
      session.version += 1;
      session.updatedAt = new Date();
      await this.programme.save(manager, session);
      await this.announce(manager, changeType(before, session), session);
      return { session, conflicts: await this.conflictsOf(manager, event, session) };
    });
  }

  /** A session with its conflicts and its speakers' public names as far as this service knows them. */
  async get(
    eventId: string,
    sessionId: string,
  ): Promise<SessionWithConflicts & { speakers: { id: string; name: Multilingual | null }[] }> {
    const event = await this.events.get(eventId);
    const session = await this.programme.session(eventId, sessionId);
    if (!session) throw notFound('session', sessionId);
    const names = await this.programme.speakerNames(session.speakerIds);
    return {
      session,
      conflicts: await this.conflictsOf(this.programme.manager, event, session),
      speakers: session.speakerIds.map((id) => ({ id, name: names.get(id) ?? null })),
    };
  }

  async list(eventId: string, page: PageQuery): Promise<Page<ProgrammeSessionEntity>> {
    await this.events.get(eventId);
    return this.programme.sessionPage(eventId, page);
  }

  /** Every conflict in the event's programme, blocking first. */
  async conflicts(eventId: string): Promise<{ items: Conflict[]; blocking: number; warnings: number }> {
    const event = await this.events.get(eventId);
    const items = await this.allConflicts(this.programme.manager, event);
    const blocking = items.filter((c) => c.severity === 'blocking').length;
    return {
      items: [...items].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1)),
      blocking,
      warnings: items.length - blocking,
    };
  }

  async allConflicts(manager: EntityManager, event: EventEntity): Promise<Conflict[]> {
    // One connection (the transaction's) serves the three reads one after another anyway.
    const placements = await this.programme.placements(event.id, manager);
    const roomCapacities = await this.programme.roomCapacities(event.id, manager);
    const availability = await this.programme.speakerAvailability(event.id, manager);
    return detectConflicts(placements, { event, roomCapacities, availability });
  }

  /**
   * One session's conflicts. Every kind is either the session's own (outside the event, above the
   * room, a speaker away) or with a session overlapping its slot, so only those are read: a change
   * in a 1,000-session programme no longer reads and checks the other 999.
   */
  private async conflictsOf(
    manager: EntityManager,
    event: EventEntity,
    session: ProgrammeSessionEntity,
  ): Promise<Conflict[]> {
    if (!session.startsAt || !session.endsAt || session.status === 'cancelled') return [];
    const placements = await this.programme.placementsOverlapping(
      event.id,
      session.startsAt,
      session.endsAt,
      manager,
    );
    const roomCapacities = await this.programme.roomCapacities(event.id, manager);
    const availability = await this.programme.speakerAvailability(event.id, manager);
    return conflictsOf(session.id, detectConflicts(placements, { event, roomCapacities, availability }));
  }

  /**
   * References must point into this event; a slot needs both ends, the end after the start, and a
   * new slot must lie within SESSION_MARGIN_MS of the event.
   */
  private async assertValid(
    manager: EntityManager,
    session: ProgrammeSessionEntity,
    event: EventEntity,
    slotChanged: boolean,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!Object.values(session.title).some((text) => text?.trim()))
      problems.push({ field: 'title', code: 'multilingualRequired', args: [['kk', 'ru', 'en']] });
    if ((session.startsAt === null) !== (session.endsAt === null))
      problems.push({ field: session.startsAt ? 'endsAt' : 'startsAt', code: 'slotIncomplete' });
    if (session.startsAt && session.endsAt && session.endsAt <= session.startsAt)
      problems.push({ field: 'endsAt', code: 'endsBeforeStart' });
    if (slotChanged) problems.push(...farFromEvent(session, event));
    if (session.startsAt && !session.roomId && session.type !== 'break')
      problems.push({ field: 'roomId', code: 'slotIncomplete' });
    if (session.roomId && !(await this.programme.room(session.eventId, session.roomId, manager)))
      problems.push({ field: 'roomId', code: 'unknownRoom' });
    if (session.trackId && !(await this.programme.track(session.eventId, session.trackId, manager)))
      problems.push({ field: 'trackId', code: 'unknownTrack' });
    if (problems.length) throw new ProblemException('validation', { errors: problems });
  }

  /** A room's capacity changed: sessions that take theirs from it are announced again, with a new version. */
  async reannounceRoomSessions(manager: EntityManager, room: RoomEntity): Promise<void> {
    const affected = (await this.programme.sessions(room.eventId, manager)).filter(
      (session) => session.roomId === room.id && session.capacity === null && session.status !== 'cancelled',
    );
    for (const session of affected) {
      Object.assign(session, { version: session.version + 1, updatedAt: new Date() });
      await this.programme.save(manager, session);
      await this.outbox.append(manager, {
        topic: TOPICS.programmeSessions,
        type: EVENT_TYPES.sessionUpdated,
        subject: session.id,
        data: { ...sessionState(session), capacity: room.capacity },
      });
    }
  }

  /** Announces the change; a session without its own capacity has its room's, which is what sign-ups need. */
  private async announce(
    manager: EntityManager,
    type: EventType,
    session: ProgrammeSessionEntity,
  ): Promise<void> {
    const room =
      session.capacity === null && session.roomId
        ? await this.programme.room(session.eventId, session.roomId, manager)
        : null;
    const data = { ...sessionState(session), capacity: session.capacity ?? room?.capacity ?? null };
    await this.outbox.append(manager, { topic: TOPICS.programmeSessions, type, subject: session.id, data });
  }
}

/** Each end of the slot more than SESSION_MARGIN_MS before the event starts or after it ends. */
function farFromEvent(session: ProgrammeSessionEntity, event: EventEntity): FieldProblem[] {
  const earliest = event.startsAt.getTime() - SESSION_MARGIN_MS;
  const latest = event.endsAt.getTime() + SESSION_MARGIN_MS;
  const args = [new Date(earliest).toISOString(), new Date(latest).toISOString()];
  return (['startsAt', 'endsAt'] as const)
    .filter((field) => {
      const at = session[field]?.getTime();
      return at !== undefined && (at < earliest || at > latest);
    })
    .map((field) => ({ field, code: 'farFromEvent', args }));
}

function fingerprint(session: ProgrammeSessionEntity): string {
  const { title, abstract, type, language, trackId, speakerIds, roomId, startsAt, endsAt, capacity, status } =
    session;
  return JSON.stringify([
    title,
    abstract,
    type,
    language,
    trackId,
    speakerIds,
    roomId,
    startsAt?.getTime() ?? null,
    endsAt?.getTime() ?? null,
    capacity,
    status,
  ]);
}

function applySessionUpdate(session: ProgrammeSessionEntity, dto: UpdateProgrammeSessionDto): void {
  const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
  Object.assign(session, {
    title: dto.title ? { ...dto.title } : session.title,
    abstract: dto.abstract === undefined ? session.abstract : { ...(dto.abstract ?? {}) },
    type: dto.type ?? session.type,
    language: dto.language ?? session.language,
    trackId: keep(dto.trackId, session.trackId),
    speakerIds: dto.speakerIds === undefined ? session.speakerIds : (dto.speakerIds ?? []),
    roomId: keep(dto.roomId, session.roomId),
    startsAt:
      dto.startsAt === undefined ? session.startsAt : dto.startsAt === null ? null : new Date(dto.startsAt),
    endsAt: dto.endsAt === undefined ? session.endsAt : dto.endsAt === null ? null : new Date(dto.endsAt),
    capacity: keep(dto.capacity, session.capacity),
    status: dto.status ?? session.status,
  });
}

function changeType(
  before: { roomId: string | null; startsAt: number | null; endsAt: number | null },
  after: ProgrammeSessionEntity,
): EventType {
  if (after.status === 'cancelled') return EVENT_TYPES.sessionCancelled;
  const slotChanged =
    before.roomId !== after.roomId ||
    before.startsAt !== (after.startsAt?.getTime() ?? null) ||
    before.endsAt !== (after.endsAt?.getTime() ?? null);
  if (!slotChanged) return EVENT_TYPES.sessionUpdated;
  return before.startsAt === null ? EVENT_TYPES.sessionScheduled : EVENT_TYPES.sessionMoved;
}

export function sessionState(session: ProgrammeSessionEntity): SessionChangedV1 {
  return {
    sessionId: session.id,
    eventId: session.eventId,
    version: session.version,
    title: session.title,
    type: session.type,
    language: session.language,
    trackId: session.trackId,
    roomId: session.roomId,
    startsAt: session.startsAt?.toISOString() ?? null,
    endsAt: session.endsAt?.toISOString() ?? null,
    capacity: session.capacity,
    status: session.status,
    speakerIds: session.speakerIds,
    occurredAt: session.updatedAt.toISOString(),
  };
}
