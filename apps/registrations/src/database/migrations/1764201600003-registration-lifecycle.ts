import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registration lifecycle: management tokens (digests only), the ministry's external reference,
 * waitlist order, offers, rejection reasons; per-event settings (region quotas, promotion mode,
 * IIN requirement) and the guarded per-region seat counters.
 */
export class RegistrationLifecycle1764201600003 implements MigrationInterface {
  name = 'RegistrationLifecycle1764201600003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.registrations
      ADD COLUMN management_token_digest char(64),
      ADD COLUMN external_reference text,
      ADD COLUMN waitlisted_at timestamptz,
      ADD COLUMN offer_expires_at timestamptz,
      ADD COLUMN rejection_reason text`);
    await runner.query(
      `UPDATE registrations.registrations SET waitlisted_at = created_at WHERE status = 'waitlisted'`,
    );
    await runner.query(`CREATE UNIQUE INDEX registrations_management_token_key
      ON registrations.registrations (management_token_digest) WHERE management_token_digest IS NOT NULL`);
    // Re-sending the same ministry id updates the registration instead of creating a second one.
    await runner.query(`CREATE UNIQUE INDEX registrations_event_external_reference_active_key
      ON registrations.registrations (event_id, external_reference)
      WHERE external_reference IS NOT NULL AND status NOT IN ('cancelled', 'rejected')`);
    // The waitlist in FIFO order, and the offers the sweeper expires.
    await runner.query(`CREATE INDEX registrations_waitlist_idx
      ON registrations.registrations (event_id, waitlisted_at, id) WHERE status = 'waitlisted'`);
    await runner.query(`CREATE INDEX registrations_offer_expiry_idx
      ON registrations.registrations (offer_expires_at) WHERE status = 'offered'`);

    await runner.query(
      `ALTER TABLE registrations.event_projections ADD COLUMN cancellation_deadline timestamptz`,
    );

    await runner.query(`
      CREATE TABLE registrations.event_settings (
        event_id uuid PRIMARY KEY REFERENCES registrations.event_projections (event_id),
        region_quota integer CHECK (region_quota >= 0),
        region_quotas jsonb,
        promotion text NOT NULL DEFAULT 'auto' CHECK (promotion IN ('auto', 'offer')),
        offer_hours integer NOT NULL DEFAULT 48 CHECK (offer_hours > 0),
        require_iin boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Seats held (confirmed or offered) per region, always counted so a quota set later is right at once.
    await runner.query(`
      CREATE TABLE registrations.region_seats (
        event_id uuid NOT NULL REFERENCES registrations.event_projections (event_id),
        region_code text NOT NULL,
        taken integer NOT NULL CHECK (taken >= 0),
        PRIMARY KEY (event_id, region_code)
      )`);
    await runner.query(`
      INSERT INTO registrations.region_seats (event_id, region_code, taken)
      SELECT event_id, region_code, count(*)::int FROM registrations.registrations
       WHERE status IN ('confirmed', 'offered') AND region_code IS NOT NULL
       GROUP BY event_id, region_code`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE registrations.region_seats`);
    await runner.query(`DROP TABLE registrations.event_settings`);
    await runner.query(`ALTER TABLE registrations.event_projections DROP COLUMN cancellation_deadline`);
    await runner.query(`DROP INDEX registrations.registrations_offer_expiry_idx`);
    await runner.query(`DROP INDEX registrations.registrations_waitlist_idx`);
    await runner.query(`DROP INDEX registrations.registrations_event_external_reference_active_key`);
    await runner.query(`DROP INDEX registrations.registrations_management_token_key`);
    await runner.query(`ALTER TABLE registrations.registrations
      DROP COLUMN management_token_digest, DROP COLUMN external_reference, DROP COLUMN waitlisted_at,
      DROP COLUMN offer_expires_at, DROP COLUMN rejection_reason`);
  }
}
