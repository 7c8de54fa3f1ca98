import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The participant's data beyond identity, and what the lists need:
 * - each event's registration form (questions and consent terms) and retention period;
 * - answers and the consent record on each registration;
 * - anonymisation: personal columns become nullable, a CHECK keeps anonymised rows empty of them;
 * - a change marker for incremental sync: a BEFORE trigger stamps every insert and update with the
 *   writing transaction's id (xid8) and a sequence number. Readers hand out only changes of
 *   transactions older than every running one, ordered by (xid, seq), so a transaction that
 *   commits late can never slip in behind a cursor already handed out.
 */
export class ParticipantData1764201600004 implements MigrationInterface {
  name = 'ParticipantData1764201600004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registrations.registration_forms (
        event_id uuid PRIMARY KEY REFERENCES registrations.event_projections (event_id),
        questions jsonb NOT NULL,
        consent jsonb NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE registrations.retention_policies (
        event_id uuid PRIMARY KEY REFERENCES registrations.event_projections (event_id),
        days integer NOT NULL CHECK (days BETWEEN 0 AND 36500),
        updated_at timestamptz NOT NULL
      )`);

    await runner.query(`
      ALTER TABLE registrations.registrations
        ADD COLUMN answers jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN consent jsonb,
        ADD COLUMN age_band text,
        ADD COLUMN anonymised_at timestamptz,
        ALTER COLUMN full_name DROP NOT NULL,
        ALTER COLUMN email DROP NOT NULL,
        ALTER COLUMN participant_key DROP NOT NULL`);
    await runner.query(`
      ALTER TABLE registrations.registrations ADD CONSTRAINT registrations_personal_data_check CHECK (
        CASE WHEN anonymised_at IS NULL
          THEN full_name IS NOT NULL AND email IS NOT NULL AND participant_key IS NOT NULL
          ELSE full_name IS NULL AND email IS NULL AND phone IS NULL AND iin IS NULL AND birth_date IS NULL
            AND organisation IS NULL AND position IS NULL AND participant_key IS NULL AND answers = '{}'::jsonb
        END)`);

    await runner.query(`CREATE SEQUENCE registrations.registration_change_seq AS bigint`);
    // Existing rows get the migration's own transaction id and a number: all visible at once.
    await runner.query(`
      ALTER TABLE registrations.registrations
        ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('registrations.registration_change_seq')`);
    await runner.query(`
      CREATE FUNCTION registrations.stamp_registration_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.change_xid := pg_current_xact_id();
        NEW.change_seq := nextval('registrations.registration_change_seq');
        RETURN NEW;
      END $$`);
    await runner.query(`
      CREATE TRIGGER registrations_stamp_change BEFORE INSERT OR UPDATE ON registrations.registrations
        FOR EACH ROW EXECUTE FUNCTION registrations.stamp_registration_change()`);
    await runner.query(
      `CREATE INDEX registrations_changes_idx ON registrations.registrations (change_xid, change_seq)`,
    );
    await runner.query(
      `CREATE INDEX registrations_event_changes_idx ON registrations.registrations (event_id, change_xid, change_seq)`,
    );
    // The retention sweeper looks for events that still hold personal data.
    await runner.query(
      `CREATE INDEX registrations_not_anonymised_idx ON registrations.registrations (event_id) WHERE anonymised_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX registrations.registrations_not_anonymised_idx`);
    await runner.query(`DROP INDEX registrations.registrations_event_changes_idx`);
    await runner.query(`DROP INDEX registrations.registrations_changes_idx`);
    await runner.query(`DROP TRIGGER registrations_stamp_change ON registrations.registrations`);
    await runner.query(`DROP FUNCTION registrations.stamp_registration_change()`);
    await runner.query(
      `ALTER TABLE registrations.registrations DROP COLUMN change_seq, DROP COLUMN change_xid`,
    );
    await runner.query(`DROP SEQUENCE registrations.registration_change_seq`);
    await runner.query(
      `ALTER TABLE registrations.registrations DROP CONSTRAINT registrations_personal_data_check`,
    );
    // Anonymised rows cannot get their data back, so name, e-mail and participant key stay nullable.
    await runner.query(`
      ALTER TABLE registrations.registrations
        DROP COLUMN anonymised_at, DROP COLUMN age_band, DROP COLUMN consent, DROP COLUMN answers`);
    await runner.query(`DROP TABLE registrations.retention_policies`);
    await runner.query(`DROP TABLE registrations.registration_forms`);
  }
}
