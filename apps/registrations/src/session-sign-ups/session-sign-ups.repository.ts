import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Multilingual } from '@jiyn/kz';
import { queryRows } from '@jiyn/persistence';

export interface SignUpRow {
  id: string;
  registrationId: string;
  sessionId: string;
  createdAt: Date;
  cancelledAt: Date | null;
}

export interface SignUpWithSession extends SignUpRow {
  eventId: string;
  title: Multilingual;
  startsAt: Date | null;
  endsAt: Date | null;
  status: string;
}

@Injectable()
export class SessionSignUpsRepository {
  async findActive(
    manager: EntityManager,
    registrationId: string,
    sessionId: string,
  ): Promise<SignUpRow | null> {
    const [row] = await queryRows(
      manager,
      `SELECT id, registration_id, session_id, created_at, cancelled_at FROM registrations.session_sign_ups
        WHERE registration_id = $1 AND session_id = $2 AND cancelled_at IS NULL`,
      [registrationId, sessionId],
    );
    return row ? toSignUp(row) : null;
  }

  /** The participant's other active sign-ups for sessions (not cancelled) whose time overlaps [startsAt, endsAt). */
  async clashing(
    manager: EntityManager,
    registrationId: string,
    sessionId: string,
    startsAt: Date,
    endsAt: Date,
  ): Promise<SignUpWithSession | null> {
    const [row] = await queryRows(
      manager,
      `SELECT s.id, s.registration_id, s.session_id, s.created_at, s.cancelled_at,
              p.event_id, p.title, p.starts_at, p.ends_at, p.status
         FROM registrations.session_sign_ups s JOIN registrations.session_projections p ON p.session_id = s.session_id
        WHERE s.registration_id = $1 AND s.cancelled_at IS NULL AND s.session_id <> $2 AND p.status <> 'cancelled'
          AND p.starts_at < $4 AND p.ends_at > $3
        ORDER BY p.starts_at LIMIT 1`,
      [registrationId, sessionId, startsAt, endsAt],
    );
    return row ? toSignUpWithSession(row) : null;
  }

  async insert(manager: EntityManager, signUp: SignUpRow): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO registrations.session_sign_ups (id, registration_id, session_id, created_at) VALUES ($1, $2, $3, $4)`,
      [signUp.id, signUp.registrationId, signUp.sessionId, signUp.createdAt],
    );
  }

  /** Cancels active sign-ups (one session, or all of the registration); returns the sessions they held. */
  async cancel(
    manager: EntityManager,
    registrationId: string,
    at: Date,
    sessionId?: string,
  ): Promise<string[]> {
    const rows = await queryRows<{ session_id: string }>(
      manager,
      `UPDATE registrations.session_sign_ups SET cancelled_at = $2
        WHERE registration_id = $1 AND cancelled_at IS NULL ${sessionId ? 'AND session_id = $3' : ''}
        RETURNING session_id`,
      sessionId ? [registrationId, at, sessionId] : [registrationId, at],
    );
    return rows.map((row) => row.session_id);
  }

  async activeOf(manager: EntityManager, registrationId: string): Promise<SignUpWithSession[]> {
    const rows = await queryRows(
      manager,
      `SELECT s.id, s.registration_id, s.session_id, s.created_at, s.cancelled_at,
              p.event_id, p.title, p.starts_at, p.ends_at, p.status
         FROM registrations.session_sign_ups s JOIN registrations.session_projections p ON p.session_id = s.session_id
        WHERE s.registration_id = $1 AND s.cancelled_at IS NULL
        ORDER BY p.starts_at NULLS LAST, s.session_id`,
      [registrationId],
    );
    return rows.map(toSignUpWithSession);
  }
}

function toSignUp(row: Record<string, unknown>): SignUpRow {
  return {
    id: row['id'] as string,
    registrationId: row['registration_id'] as string,
    sessionId: row['session_id'] as string,
    createdAt: row['created_at'] as Date,
    cancelledAt: row['cancelled_at'] as Date | null,
  };
}

function toSignUpWithSession(row: Record<string, unknown>): SignUpWithSession {
  return {
    ...toSignUp(row),
    eventId: row['event_id'] as string,
    title: row['title'] as Multilingual,
    startsAt: row['starts_at'] as Date | null,
    endsAt: row['ends_at'] as Date | null,
    status: row['status'] as string,
  };
}
