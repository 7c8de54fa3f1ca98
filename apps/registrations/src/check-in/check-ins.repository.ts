import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeTimestampCursor, queryRows, toPage, type Page } from '@jiyn/persistence';
import type { EventSpan } from './event-days';

export interface EventForCheckIn extends EventSpan {
  eventId: string;
}

export interface CheckInRow {
  id: string;
  registrationId: string;
  eventId: string;
  day: string | null;
  sessionId: string | null;
  method: 'code' | 'token';
  checkedInAt: Date;
  checkedInBy: string;
  revertedAt: Date | null;
  revertedBy: string | null;
}

export interface CheckInListRow extends CheckInRow {
  /** null once the registration was anonymised. */
  fullName: string | null;
  confirmationCode: string;
  status: string;
  regionCode: string | null;
  organisation: string | null;
}

/** What a list covers: one event day, or one session. */
export type CheckInScope = { day: string; sessionId?: undefined } | { sessionId: string; day?: undefined };

const COLUMNS = `c.id, c.registration_id, c.event_id, to_char(c.day, 'YYYY-MM-DD') AS day, c.session_id, c.method,
  c.checked_in_at, c.checked_in_by, c.reverted_at, c.reverted_by`;

@Injectable()
export class CheckInsRepository {
  async event(manager: EntityManager, eventId: string): Promise<EventForCheckIn | null> {
    const [row] = await queryRows(
      manager,
      `SELECT event_id, time_zone, starts_at, ends_at FROM registrations.event_projections WHERE event_id = $1`,
      [eventId],
    );
    if (!row) return null;
    return {
      eventId: row['event_id'] as string,
      timeZone: row['time_zone'] as string,
      startsAt: row['starts_at'] as Date,
      endsAt: row['ends_at'] as Date,
    };
  }

  async findRegistrationIdByCode(
    manager: EntityManager,
    code: string,
  ): Promise<{ id: string; eventId: string } | null> {
    const [row] = await queryRows<{ id: string; event_id: string }>(
      manager,
      `SELECT id, event_id FROM registrations.registrations WHERE confirmation_code = $1`,
      [code],
    );
    return row ? { id: row.id, eventId: row.event_id } : null;
  }

  async findActive(
    manager: EntityManager,
    registrationId: string,
    scope: CheckInScope,
  ): Promise<CheckInRow | null> {
    const [row] = await queryRows(
      manager,
      scope.sessionId
        ? `SELECT ${COLUMNS} FROM registrations.check_ins c
            WHERE c.registration_id = $1 AND c.session_id = $2 AND c.reverted_at IS NULL`
        : `SELECT ${COLUMNS} FROM registrations.check_ins c
            WHERE c.registration_id = $1 AND c.day = $2::date AND c.reverted_at IS NULL`,
      [registrationId, scope.sessionId ?? scope.day],
    );
    return row ? toCheckIn(row) : null;
  }

  async findById(manager: EntityManager, id: string): Promise<CheckInRow | null> {
    const [row] = await queryRows(
      manager,
      `SELECT ${COLUMNS} FROM registrations.check_ins c WHERE c.id = $1`,
      [id],
    );
    return row ? toCheckIn(row) : null;
  }

  async insert(manager: EntityManager, checkIn: CheckInRow): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO registrations.check_ins (id, registration_id, event_id, day, session_id, method, checked_in_at, checked_in_by)
       VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8)`,
      [
        checkIn.id,
        checkIn.registrationId,
        checkIn.eventId,
        checkIn.day,
        checkIn.sessionId,
        checkIn.method,
        checkIn.checkedInAt,
        checkIn.checkedInBy,
      ],
    );
  }

  /** Marks the check-in reverted unless it already is; returns the updated row, or null when it was. */
  async revert(manager: EntityManager, id: string, at: Date, by: string): Promise<CheckInRow | null> {
    const [row] = await queryRows(
      manager,
      `UPDATE registrations.check_ins c SET reverted_at = $2, reverted_by = $3
        WHERE c.id = $1 AND c.reverted_at IS NULL RETURNING ${COLUMNS}`,
      [id, at, by],
    );
    return row ? toCheckIn(row) : null;
  }

  /** Active check-ins of a day or session in check-in order, with who the participant is. */
  async list(
    manager: EntityManager,
    eventId: string,
    scope: CheckInScope,
    page: { cursor?: string; limit?: number },
  ): Promise<Page<CheckInListRow>> {
    const limit = page.limit ?? 50;
    const after = decodeTimestampCursor(page.cursor);
    const params: unknown[] = [eventId, scope.sessionId ?? scope.day, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after.key, after.id);
      keyset = `AND (c.checked_in_at, c.id) > ($4::timestamptz, $5::uuid)`;
    }
    const rows = await queryRows(
      manager,
      `SELECT ${COLUMNS}, r.full_name, r.confirmation_code, r.status, r.region_code, r.organisation
         FROM registrations.check_ins c JOIN registrations.registrations r ON r.id = c.registration_id
        WHERE c.event_id = $1 AND ${scope.sessionId ? 'c.session_id = $2' : 'c.day = $2::date'}
          AND c.reverted_at IS NULL ${keyset}
        ORDER BY c.checked_in_at, c.id
        LIMIT $3`,
      params,
    );
    return toPage(
      rows.map((row) => ({
        ...toCheckIn(row),
        fullName: row['full_name'] as string | null,
        confirmationCode: row['confirmation_code'] as string,
        status: row['status'] as string,
        regionCode: row['region_code'] as string | null,
        organisation: row['organisation'] as string | null,
      })),
      limit,
      (row) => ({ key: row.checkedInAt.toISOString(), id: row.id }),
    );
  }

  /** Who is expected (confirmed; for a session: confirmed and signed up) and how many of them checked in. */
  async counts(
    manager: EntityManager,
    eventId: string,
    scope: CheckInScope,
  ): Promise<{ expected: number; checkedIn: number }> {
    const [row] = await queryRows<{ expected: number; checked_in: number }>(
      manager,
      scope.sessionId
        ? `SELECT
             (SELECT count(*)::int FROM registrations.session_sign_ups s
                JOIN registrations.registrations r ON r.id = s.registration_id
               WHERE s.session_id = $2 AND s.cancelled_at IS NULL AND r.status = 'confirmed' AND r.event_id = $1) AS expected,
             (SELECT count(*)::int FROM registrations.check_ins c
               WHERE c.event_id = $1 AND c.session_id = $2 AND c.reverted_at IS NULL) AS checked_in`
        : `SELECT
             (SELECT count(*)::int FROM registrations.registrations r
               WHERE r.event_id = $1 AND r.status = 'confirmed') AS expected,
             (SELECT count(*)::int FROM registrations.check_ins c
               WHERE c.event_id = $1 AND c.day = $2::date AND c.reverted_at IS NULL) AS checked_in`,
      [eventId, scope.sessionId ?? scope.day],
    );
    return { expected: row?.expected ?? 0, checkedIn: row?.checked_in ?? 0 };
  }

  /** Check-ins per event day (only days that have any). */
  async checkedInPerDay(manager: EntityManager, eventId: string): Promise<Map<string, number>> {
    const rows = await queryRows<{ day: string; n: number }>(
      manager,
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM registrations.check_ins
        WHERE event_id = $1 AND day IS NOT NULL AND reverted_at IS NULL GROUP BY day`,
      [eventId],
    );
    return new Map(rows.map((row) => [row.day, row.n]));
  }

  async confirmedCount(manager: EntityManager, eventId: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1 AND status = 'confirmed'`,
      [eventId],
    );
    return row?.n ?? 0;
  }
}

function toCheckIn(row: Record<string, unknown>): CheckInRow {
  return {
    id: row['id'] as string,
    registrationId: row['registration_id'] as string,
    eventId: row['event_id'] as string,
    day: row['day'] as string | null,
    sessionId: row['session_id'] as string | null,
    method: row['method'] as 'code' | 'token',
    checkedInAt: row['checked_in_at'] as Date,
    checkedInBy: row['checked_in_by'] as string,
    revertedAt: row['reverted_at'] as Date | null,
    revertedBy: row['reverted_by'] as string | null,
  };
}
