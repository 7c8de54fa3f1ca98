import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxWriter, type OutgoingEvent } from '@jiyn/messaging';
import { queryPrepared } from '@jiyn/persistence';
import { consentRecordJson } from './participant-data';
import type { RegistrationEntity, RegistrationStatus } from './registration.entity';
import { seatDecisionSql } from './seat-decision';
import { idleSeatCtes } from './seat-ledger';

export type OneStatementOutcome =
  | { kind: 'inserted'; status: RegistrationStatus; confirmationCode: string }
  /** No seat and no waitlist: nothing was written. */
  | { kind: 'full' }
  /** Unknown, not published, or outside its registration window now: nothing was written. */
  | { kind: 'not-open' }
  /** Busy buckets, a full or new region, or the waitlist without the event's lock: the careful path decides. */
  | { kind: 'careful-path' };

/**
 * SQLSTATE of registrations.take_careful_path(): the statement rolled back, seat included. (A
 * claimed bucket always comes with its region's seat, checked on the locked row first: a guard.)
 */
const CAREFUL_PATH = 'JY001';

/**
 * The seat decision (seat-decision.ts) over what the statement found: a claimed bucket with its
 * region's seat; room only in buckets others are working on; the waitlist only under the event's lock.
 */
const DECISION = seatDecisionSql({
  requiresApproval: 'e.requires_approval',
  seatTaken: 'EXISTS (SELECT 1 FROM claimed)',
  confirmed: `CASE WHEN $3::text IS NULL OR EXISTS (SELECT 1 FROM region) THEN 'confirmed'
                    ELSE registrations.take_careful_path() END`,
  seatUnknown: `EXISTS (SELECT 1 FROM registrations.seat_buckets
                           WHERE event_id = $2 AND taken < capacity)`,
  waitlistEnabled: 'e.waitlist_enabled',
  mayWaitlist: '$27::boolean',
  noSeat: `'event-full'`,
});

/**
 * A new registration in ONE statement: the seat (the region's seat and an idle bucket with room),
 * the row and its registration.created outbox row. One statement is atomic, so seat, row and event
 * commit together as in a transaction, but in one round trip instead of eight and with the bucket
 * locked only while the statement runs. It takes the seat decision of the careful path, in SQL
 * (seat-decision.ts): approval → pending; a seat → confirmed; no bucket with room and no waitlist →
 * nothing written.
 *
 * Joining the waitlist needs the event's lock (`underEventLock`: the caller's transaction holds
 * it, shared at least): every seat is given back under the exclusive lock, so only then does "no
 * bucket has room" mean that no seat is being freed at this moment — a registration must never
 * wait beside a free seat. Without the lock the statement leaves the waitlist to the caller's careful path, as it does
 * with the cases it cannot settle alone: room only in buckets others are working on, and a region
 * whose quota is full or whose counter does not exist yet.
 *
 * The event's status, window, approval and waitlist flags are read in the statement, so a cached
 * view of the event that the caller validated against can never let a registration through that
 * the event no longer takes.
 */
@Injectable()
export class OneStatementRegistration {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Stamps the registration's time once a database connection is in hand (not while it waited for
   * one), so its createdAt and its event's time are when it was written, then writes it.
   */
  async insert(
    registration: RegistrationEntity,
    announce: (registration: RegistrationEntity) => OutgoingEvent,
    underEventLock?: EntityManager,
  ): Promise<OneStatementOutcome> {
    const runner = underEventLock?.queryRunner ?? this.dataSource.createQueryRunner();
    await runner.connect();
    const now = new Date();
    registration.createdAt = now;
    registration.updatedAt = now;
    const row = this.outbox.toRow(announce(registration), now);
    const r = registration;
    try {
      const [result] = await queryPrepared<{
        decision: string | null;
        status: RegistrationStatus | null;
        confirmation_code: string | null;
      }>(
        runner,
        'registrations.one-statement-registration',
        `WITH event AS (
           SELECT p.requires_approval, p.waitlist_enabled FROM registrations.event_projections p
            WHERE p.event_id = $2 AND p.status = 'published'
              AND (p.registration_opens_at IS NULL OR p.registration_opens_at <= now())
              AND (p.registration_closes_at IS NULL OR p.registration_closes_at >= now())
         ), ${idleSeatCtes('$2', '$3', 'NOT (SELECT requires_approval FROM event)')}, decision AS (
           SELECT ${DECISION} AS status
           FROM event e
         ), registration AS (
           INSERT INTO registrations.registrations (
             id, event_id, region_code, status, full_name, email, phone, iin, sex, birth_date,
             organisation, position, preferred_language, channel, participant_key,
             management_token_digest, external_reference, waitlisted_at, offer_expires_at,
             rejection_reason, answers, consent, age_band, anonymised_at, version, created_at, updated_at)
           SELECT $1, $2, $3, d.status, $4, $5, $6, $7, $8, $9,
                  $10, $11, $12, $13, $14,
                  $15, $16, CASE WHEN d.status = 'waitlisted' THEN $17::timestamptz END, NULL,
                  NULL, $18::jsonb, $19::jsonb, $20, NULL, 1, $17, $17
             FROM decision d WHERE d.status IN ('pending', 'confirmed', 'waitlisted')
           RETURNING status, confirmation_code
         ), announced AS (
           INSERT INTO ${this.outbox.table} (id, topic, message_key, event_type, headers, payload)
           SELECT $21, $22, $23, $24, $25::jsonb, jsonb_set($26::jsonb, '{status}', to_jsonb(r.status))::text
             FROM registration r
           RETURNING 1
         )
         SELECT (SELECT status FROM decision) AS decision, r.status, r.confirmation_code
           FROM (SELECT 1) one LEFT JOIN registration r ON true`,
        [
          r.id,
          r.eventId,
          r.regionCode,
          r.fullName,
          r.email,
          r.phone,
          r.iin,
          r.sex,
          r.birthDate,
          r.organisation,
          r.position,
          r.preferredLanguage,
          r.channel,
          r.participantKey,
          r.managementTokenDigest,
          r.externalReference,
          r.createdAt,
          JSON.stringify(r.answers ?? {}),
          r.consent === null ? null : consentRecordJson(r.consent),
          r.ageBand,
          row.id,
          row.topic,
          row.messageKey,
          row.eventType,
          row.headers,
          row.payload,
          underEventLock !== undefined,
        ],
      );
      if (result?.status && result.confirmation_code)
        return { kind: 'inserted', status: result.status, confirmationCode: result.confirmation_code };
      if (result?.decision === 'event-full') return { kind: 'full' };
      if (result?.decision === 'careful-path') return { kind: 'careful-path' };
      return { kind: 'not-open' };
    } catch (error) {
      if ((error as { code?: string }).code === CAREFUL_PATH) return { kind: 'careful-path' };
      throw error;
    } finally {
      if (!underEventLock) await runner.release();
    }
  }
}
