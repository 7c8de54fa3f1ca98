import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, type RegistrationChangedV1, type RegistrationCreatedV1 } from '@jiyn/contracts';
import { queryRows } from '@jiyn/persistence';

/** What a registration event says, for the attendance projection. */
export type RegistrationEvent = RegistrationCreatedV1 | RegistrationChangedV1;

/** Who checked in, where and when: what answering a survey is allowed on. */
export interface Attendee {
  registrationId: string;
  eventId: string;
  status: string;
  regionCode: string | null;
  sex: string | null;
  ageBand: string | null;
}

/**
 * Feedback's own copy of who attends (issue 14): each registration's status and PII-free codes
 * (region, sex, age band — what results break down by), the days checked in at the door and the
 * sessions checked in to. Every registration event carries the registration's version: an older
 * or replayed one changes nothing, so redelivery in any order leaves the same rows (the check-ins
 * of a registration only move with a newer version of it; its events share one Kafka key and so
 * one partition, which keeps them in order outside of replays).
 */
@Injectable()
export class AttendanceRepository {
  /** Returns whether the event was newer than what was held (and so was applied). */
  async apply(manager: EntityManager, type: string, event: RegistrationEvent): Promise<boolean> {
    const written = await queryRows(
      manager,
      `INSERT INTO feedback.attendees (registration_id, event_id, version, status, region_code, sex, age_band)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (registration_id) DO UPDATE SET event_id = EXCLUDED.event_id, version = EXCLUDED.version,
         status = EXCLUDED.status, region_code = EXCLUDED.region_code, sex = EXCLUDED.sex, age_band = EXCLUDED.age_band
       WHERE feedback.attendees.version < EXCLUDED.version
       RETURNING 1`,
      [
        event.registrationId,
        event.eventId,
        event.version,
        event.status,
        event.regionCode ?? null,
        event.sex ?? null,
        event.ageBand ?? null,
      ],
    );
    if (written.length === 0) return false;
    const change = event as RegistrationChangedV1;
    if (type === EVENT_TYPES.registrationCheckedIn) {
      // A session's check-in counts for that session; a check-in at the door for that day.
      if (change.sessionId) {
        await manager.query(
          `INSERT INTO feedback.session_check_ins (registration_id, session_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [event.registrationId, change.sessionId],
        );
      } else if (change.checkInDay) {
        await manager.query(
          `INSERT INTO feedback.check_in_days (registration_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [event.registrationId, change.checkInDay],
        );
      }
    } else if (type === EVENT_TYPES.registrationCheckInReverted) {
      if (change.sessionId) {
        await manager.query(
          `DELETE FROM feedback.session_check_ins WHERE registration_id = $1 AND session_id = $2`,
          [event.registrationId, change.sessionId],
        );
      } else if (change.checkInDay) {
        await manager.query(`DELETE FROM feedback.check_in_days WHERE registration_id = $1 AND day = $2`, [
          event.registrationId,
          change.checkInDay,
        ]);
      }
    }
    return true;
  }

  async find(manager: EntityManager, registrationId: string): Promise<Attendee | null> {
    const [row] = await queryRows<{
      registration_id: string;
      event_id: string;
      status: string;
      region_code: string | null;
      sex: string | null;
      age_band: string | null;
    }>(
      manager,
      `SELECT registration_id, event_id, status, region_code, sex, age_band FROM feedback.attendees WHERE registration_id = $1`,
      [registrationId],
    );
    return row
      ? {
          registrationId: row.registration_id,
          eventId: row.event_id,
          status: row.status,
          regionCode: row.region_code,
          sex: row.sex,
          ageBand: row.age_band,
        }
      : null;
  }
}
