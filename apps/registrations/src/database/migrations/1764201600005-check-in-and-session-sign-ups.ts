import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-in and session sign-ups: a confirmation code on every registration (made by the database,
 * so every insert path gets one), check-ins per event day or session, this service's copy of the
 * programme sessions (capacity, time, status) with a guarded seat counter, and the sign-ups.
 */
export class CheckInAndSessionSignUps1764201600005 implements MigrationInterface {
  name = 'CheckInAndSessionSignUps1764201600005';

  async up(runner: QueryRunner): Promise<void> {
    // 10 characters from 31 without look-alikes (no 0/O, 1/I/L): about 49 bits. The randomness is
    // gen_random_uuid()'s (a CSPRNG); two bytes per character keep the modulo bias under 0.05 %.
    // A code already taken is drawn again; a simultaneous identical draw would hit the unique index.
    await runner.query(`
      CREATE FUNCTION registrations.new_confirmation_code() RETURNS text
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        alphabet constant text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
        bytes bytea;
        code text;
        i integer;
      BEGIN
        LOOP
          bytes := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
          code := '';
          -- Bytes 6 and 8 of a v4 UUID carry version and variant bits: only the other 14 of each 16 are used.
          FOREACH i IN ARRAY ARRAY[0, 2, 10, 12, 14, 16, 18, 26, 28, 30] LOOP
            code := code || substr(alphabet, 1 + ((get_byte(bytes, i) * 256 + get_byte(bytes, i + 1)) % 31), 1);
          END LOOP;
          EXIT WHEN NOT EXISTS (SELECT 1 FROM registrations.registrations WHERE confirmation_code = code);
        END LOOP;
        RETURN code;
      END
      $$`);
    // Index first, then codes for the rows already there: each draw checks the index. (A volatile
    // column default would rewrite the table calling the function per row with no index to look in:
    // quadratic, and it timed out on a database with 15,000 registrations.)
    await runner.query(`ALTER TABLE registrations.registrations ADD COLUMN confirmation_code text`);
    await runner.query(
      `CREATE UNIQUE INDEX registrations_confirmation_code_key ON registrations.registrations (confirmation_code)`,
    );
    await runner.query(
      `UPDATE registrations.registrations SET confirmation_code = registrations.new_confirmation_code()`,
    );
    await runner.query(`ALTER TABLE registrations.registrations
      ALTER COLUMN confirmation_code SET DEFAULT registrations.new_confirmation_code(),
      ALTER COLUMN confirmation_code SET NOT NULL,
      ADD CONSTRAINT registrations_confirmation_code_check
        CHECK (confirmation_code ~ '^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$')`);

    // The programme sessions as the sessions service announces them; signed_up_count is ours.
    await runner.query(`
      CREATE TABLE registrations.session_projections (
        session_id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        version integer NOT NULL,
        title jsonb NOT NULL,
        starts_at timestamptz,
        ends_at timestamptz,
        capacity integer CHECK (capacity >= 0),
        status text NOT NULL,
        signed_up_count integer NOT NULL DEFAULT 0 CHECK (signed_up_count >= 0),
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX session_projections_event_idx ON registrations.session_projections (event_id, starts_at)`,
    );

    await runner.query(`
      CREATE TABLE registrations.session_sign_ups (
        id uuid PRIMARY KEY,
        registration_id uuid NOT NULL REFERENCES registrations.registrations (id),
        session_id uuid NOT NULL REFERENCES registrations.session_projections (session_id),
        created_at timestamptz NOT NULL,
        cancelled_at timestamptz
      )`);
    await runner.query(`CREATE UNIQUE INDEX session_sign_ups_active_key ON registrations.session_sign_ups
      (registration_id, session_id) WHERE cancelled_at IS NULL`);
    await runner.query(`CREATE INDEX session_sign_ups_session_idx ON registrations.session_sign_ups
      (session_id) WHERE cancelled_at IS NULL`);

    // One row per check-in, kept after a revert (reverted_at) as the door's history.
    await runner.query(`
      CREATE TABLE registrations.check_ins (
        id uuid PRIMARY KEY,
        registration_id uuid NOT NULL REFERENCES registrations.registrations (id),
        event_id uuid NOT NULL,
        day date,
        session_id uuid REFERENCES registrations.session_projections (session_id),
        method text NOT NULL CHECK (method IN ('code', 'token')),
        checked_in_at timestamptz NOT NULL,
        checked_in_by text NOT NULL,
        reverted_at timestamptz,
        reverted_by text,
        CHECK ((day IS NULL) <> (session_id IS NULL))
      )`);
    await runner.query(`CREATE UNIQUE INDEX check_ins_day_active_key ON registrations.check_ins
      (registration_id, day) WHERE day IS NOT NULL AND reverted_at IS NULL`);
    await runner.query(`CREATE UNIQUE INDEX check_ins_session_active_key ON registrations.check_ins
      (registration_id, session_id) WHERE session_id IS NOT NULL AND reverted_at IS NULL`);
    await runner.query(`CREATE INDEX check_ins_event_day_idx ON registrations.check_ins
      (event_id, day, checked_in_at, id) WHERE reverted_at IS NULL`);
    await runner.query(`CREATE INDEX check_ins_session_idx ON registrations.check_ins
      (session_id, checked_in_at, id) WHERE reverted_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE registrations.check_ins`);
    await runner.query(`DROP TABLE registrations.session_sign_ups`);
    await runner.query(`DROP TABLE registrations.session_projections`);
    await runner.query(`ALTER TABLE registrations.registrations DROP COLUMN confirmation_code`);
    await runner.query(`DROP FUNCTION registrations.new_confirmation_code()`);
  }
}
