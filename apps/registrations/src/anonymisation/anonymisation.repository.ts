import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '@jiyn/persistence';
import type { AgeBand } from '@jiyn/kz';
import type { RegistrationChannel, RegistrationStatus } from '../registration-core/registration.entity';

const REGISTRATIONS = 'registrations.registrations';
const POLICIES = 'registrations.retention_policies';
const EVENTS = 'registrations.event_projections';

/** A registration about to lose its personal data: what the statistics need from it first. */
export interface ToErase {
  id: string;
  birthDate: string | null;
  createdAt: Date;
}

/** What stays of a registration once anonymised: enough for the analytics event, nothing personal. */
export interface Erased {
  id: string;
  eventId: string;
  status: RegistrationStatus;
  regionCode: string | null;
  sex: 'male' | 'female' | null;
  ageBand: AgeBand | null;
  channel: RegistrationChannel;
  version: number;
}

export interface RetentionPolicy {
  eventId: string;
  days: number;
  /** The event's end plus the retention days: from then on its registrations are anonymised. */
  anonymiseAfter: Date;
}

@Injectable()
export class AnonymisationRepository {
  /** Locks one registration; null when it does not exist. `anonymised` tells whether there is anything left to do. */
  async lockOne(manager: EntityManager, id: string): Promise<(ToErase & { anonymised: boolean }) | null> {
    const rows = await queryRows(
      manager,
      `SELECT id, birth_date::text AS birth_date, created_at, anonymised_at FROM ${REGISTRATIONS} WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const row = rows[0];
    return row ? { ...toErase(row), anonymised: row['anonymised_at'] !== null } : null;
  }

  /** Locks up to `limit` of an event's registrations that still hold personal data, skipping rows others hold. */
  async lockBatch(manager: EntityManager, eventId: string, limit: number): Promise<ToErase[]> {
    const rows = await queryRows(
      manager,
      `SELECT id, birth_date::text AS birth_date, created_at FROM ${REGISTRATIONS}
        WHERE event_id = $1 AND anonymised_at IS NULL
        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [eventId, limit],
    );
    return rows.map(toErase);
  }

  /**
   * Erases name, e-mail, phone, IIN, birth date, organisation, position, answers, the participant
   * key, the external reference, a rejection reason and the management token of locked rows; status, region, sex, the age band, channel and consent record stay.
   * The e-mail and IIN uniqueness indexes ignore NULLs, so erasing never collides.
   */
  async erase(
    manager: EntityManager,
    rows: { id: string; ageBand: AgeBand | null }[],
    now: Date,
  ): Promise<Erased[]> {
    if (rows.length === 0) return [];
    const erased = await queryRows(
      manager,
      `UPDATE ${REGISTRATIONS} r
          SET full_name = NULL, email = NULL, phone = NULL, iin = NULL, birth_date = NULL,
              organisation = NULL, position = NULL, answers = '{}'::jsonb, participant_key = NULL,
              external_reference = NULL, rejection_reason = NULL, management_token_digest = NULL,
              age_band = COALESCE(r.age_band, v.age_band), anonymised_at = $3, updated_at = $3,
              version = r.version + 1
         FROM unnest($1::uuid[], $2::text[]) AS v(id, age_band)
        WHERE r.id = v.id AND r.anonymised_at IS NULL
        RETURNING r.id, r.event_id, r.status, r.region_code, r.sex, r.age_band, r.channel, r.version`,
      [rows.map((row) => row.id), rows.map((row) => row.ageBand), now],
    );
    return erased.map((row) => ({
      id: row['id'] as string,
      eventId: row['event_id'] as string,
      status: row['status'] as RegistrationStatus,
      regionCode: row['region_code'] as string | null,
      sex: row['sex'] as Erased['sex'],
      ageBand: row['age_band'] as AgeBand | null,
      channel: row['channel'] as RegistrationChannel,
      version: row['version'] as number,
    }));
  }

  async countNotAnonymised(manager: EntityManager, eventId: string): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM ${REGISTRATIONS} WHERE event_id = $1 AND anonymised_at IS NULL`,
      [eventId],
    );
    return rows[0]?.n ?? 0;
  }

  async savePolicy(manager: EntityManager, eventId: string, days: number, now: Date): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO ${POLICIES} (event_id, days, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO UPDATE SET days = EXCLUDED.days, updated_at = EXCLUDED.updated_at`,
      [eventId, days, now],
    );
  }

  async findPolicy(manager: EntityManager, eventId: string): Promise<RetentionPolicy | null> {
    const rows = await queryRows(
      manager,
      `SELECT p.event_id, p.days, e.ends_at + p.days * interval '1 day' AS anonymise_after
         FROM ${POLICIES} p JOIN ${EVENTS} e USING (event_id) WHERE p.event_id = $1`,
      [eventId],
    );
    const row = rows[0];
    return row
      ? {
          eventId: row['event_id'] as string,
          days: row['days'] as number,
          anonymiseAfter: row['anonymise_after'] as Date,
        }
      : null;
  }

  /** Events whose retention has run out and that still hold personal data. */
  async eventsDue(manager: EntityManager, now: Date): Promise<string[]> {
    const rows = await queryRows<{ event_id: string }>(
      manager,
      `SELECT p.event_id FROM ${POLICIES} p JOIN ${EVENTS} e USING (event_id)
        WHERE e.ends_at + p.days * interval '1 day' <= $1
          AND EXISTS (SELECT 1 FROM ${REGISTRATIONS} r WHERE r.event_id = p.event_id AND r.anonymised_at IS NULL)`,
      [now],
    );
    return rows.map((row) => row.event_id);
  }
}

function toErase(row: Record<string, unknown>): ToErase {
  return {
    id: row['id'] as string,
    birthDate: row['birth_date'] as string | null,
    createdAt: row['created_at'] as Date,
  };
}
