import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows, upsertIfNewer } from '@jiyn/persistence';

const TABLE = 'notifications.session_sign_ups';

/** One registration signed up for one session. */
export interface SessionSignUp {
  sessionId: string;
  registrationId: string;
}

/**
 * Who is signed up for which programme session: ids only, kept from registrations'
 * `session-signed-up` and `session-sign-up-cancelled` events in the inbox transaction. Each
 * (session, registration) row follows the registration's version, so a stale or replayed event
 * changes nothing.
 */
@Injectable()
export class SessionSignUpsRepository {
  async apply(
    manager: EntityManager,
    change: {
      sessionId: string;
      registrationId: string;
      eventId: string;
      version: number;
      occurredAt: string;
    },
    signedUp: boolean,
  ): Promise<void> {
    await upsertIfNewer(manager, TABLE, ['session_id', 'registration_id'], {
      session_id: change.sessionId,
      registration_id: change.registrationId,
      event_id: change.eventId,
      version: change.version,
      signed_up: signedUp,
      changed_at: change.occurredAt,
    });
  }

  /**
   * The event's registrations signed up for these sessions before `before` (what they signed up for
   * was the programme as it stood then) and still holding a confirmed seat: a registration that
   * ended (cancelled, rejected) keeps no sign-up, as in the registrations service.
   */
  async signedUpBefore(
    manager: EntityManager,
    eventId: string,
    sessionIds: string[],
    before: Date,
  ): Promise<SessionSignUp[]> {
    if (!sessionIds.length) return [];
    const rows = await queryRows<{ session_id: string; registration_id: string }>(
      manager,
      `SELECT s.session_id, s.registration_id
         FROM ${TABLE} s
         JOIN notifications.participant_projections p
           ON p.registration_id = s.registration_id AND p.status = 'confirmed'
        WHERE s.session_id = ANY($1::uuid[]) AND s.event_id = $2 AND s.signed_up AND s.changed_at < $3
        ORDER BY s.session_id, s.registration_id`,
      [sessionIds, eventId, before],
    );
    return rows.map((row) => ({ sessionId: row.session_id, registrationId: row.registration_id }));
  }
}
