import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SessionChangedV1 } from '@jiyn/contracts';
import type { Multilingual } from '@jiyn/kz';
import { queryRows, VersionedProjection } from '@jiyn/persistence';

export interface SessionProjection {
  sessionId: string;
  eventId: string;
  version: number;
  title: Multilingual;
  startsAt: Date | null;
  endsAt: Date | null;
  capacity: number | null;
  status: 'draft' | 'confirmed' | 'cancelled';
  signedUpCount: number;
}

const TABLE = 'registrations.session_projections';
const COLUMNS = 'session_id, event_id, version, title, starts_at, ends_at, capacity, status, signed_up_count';

/** This service's copy of the programme sessions (from session.* events) and the sign-up seat counter. */
@Injectable()
export class SessionProjectionRepository extends VersionedProjection<SessionChangedV1> {
  protected readonly table = TABLE;
  protected readonly key = 'session_id';

  /** A session change (the seat counter is not in it, so a newer version keeps it). */
  protected toRow(session: SessionChangedV1) {
    return {
      session_id: session.sessionId,
      event_id: session.eventId,
      version: session.version,
      title: JSON.stringify(session.title ?? {}),
      starts_at: session.startsAt ?? null,
      ends_at: session.endsAt ?? null,
      capacity: session.capacity ?? null,
      status: session.status,
      updated_at: new Date(),
    };
  }

  async find(manager: EntityManager, sessionId: string): Promise<SessionProjection | null> {
    const [row] = await queryRows(manager, `SELECT ${COLUMNS} FROM ${TABLE} WHERE session_id = $1`, [
      sessionId,
    ]);
    return row ? toSession(row) : null;
  }

  /**
   * The event's sessions that take sign-ups (confirmed, with a capacity and a time; cancelled ones
   * stay listed so a participant sees why theirs is gone), in programme order.
   */
  async forSignUp(manager: EntityManager, eventId: string): Promise<SessionProjection[]> {
    const rows = await queryRows(
      manager,
      `SELECT ${COLUMNS} FROM ${TABLE}
        WHERE event_id = $1 AND status <> 'draft'
          AND capacity IS NOT NULL AND starts_at IS NOT NULL AND ends_at IS NOT NULL
        ORDER BY starts_at, session_id`,
      [eventId],
    );
    return rows.map(toSession);
  }

  /**
   * Takes one seat if one is free, atomically: concurrent callers re-check the guard against the
   * committed counter (READ COMMITTED re-evaluation), so sign-ups never exceed the capacity, even
   * when the capacity was lowered below the seats already taken.
   */
  async takeSeat(manager: EntityManager, sessionId: string): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `UPDATE ${TABLE} SET signed_up_count = signed_up_count + 1
        WHERE session_id = $1 AND status = 'confirmed' AND capacity IS NOT NULL AND signed_up_count < capacity
        RETURNING 1`,
      [sessionId],
    );
    return rows.length > 0;
  }

  /** Gives seats back (sorted, so two releases never wait on each other in opposite orders). */
  async releaseSeats(manager: EntityManager, sessionIds: string[]): Promise<void> {
    for (const sessionId of [...sessionIds].sort()) {
      await queryRows(
        manager,
        `UPDATE ${TABLE} SET signed_up_count = signed_up_count - 1 WHERE session_id = $1 AND signed_up_count > 0`,
        [sessionId],
      );
    }
  }
}

function toSession(row: Record<string, unknown>): SessionProjection {
  return {
    sessionId: row['session_id'] as string,
    eventId: row['event_id'] as string,
    version: row['version'] as number,
    title: row['title'] as Multilingual,
    startsAt: row['starts_at'] as Date | null,
    endsAt: row['ends_at'] as Date | null,
    capacity: row['capacity'] as number | null,
    status: row['status'] as SessionProjection['status'],
    signedUpCount: row['signed_up_count'] as number,
  };
}
