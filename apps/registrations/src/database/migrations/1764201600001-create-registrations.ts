import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistrations1764201600001 implements MigrationInterface {
  name = 'CreateRegistrations1764201600001';

  async up(runner: QueryRunner): Promise<void> {
    // What this service knows of each published event, learnt from the sessions service's events.
    await runner.query(`
      CREATE TABLE registrations.event_projections (
        event_id uuid PRIMARY KEY,
        version integer NOT NULL,
        slug text NOT NULL,
        time_zone text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity >= 0),
        registration_opens_at timestamptz,
        registration_closes_at timestamptz,
        requires_approval boolean NOT NULL,
        waitlist_enabled boolean NOT NULL,
        confirmed_count integer NOT NULL DEFAULT 0 CHECK (confirmed_count >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE registrations.registrations (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES registrations.event_projections (event_id),
        status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'rejected')),
        full_name text NOT NULL,
        email text NOT NULL,
        phone text,
        iin char(12),
        sex text CHECK (sex IN ('male', 'female')),
        birth_date date,
        region_code text,
        organisation text,
        position text,
        preferred_language text NOT NULL DEFAULT 'kk',
        channel text NOT NULL,
        participant_key char(64) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // One active registration per person and event, by IIN and by e-mail (case-insensitive).
    await runner.query(`CREATE UNIQUE INDEX registrations_event_iin_active_key ON registrations.registrations (event_id, iin)
      WHERE iin IS NOT NULL AND status NOT IN ('cancelled', 'rejected')`);
    await runner.query(`CREATE UNIQUE INDEX registrations_event_email_active_key ON registrations.registrations (event_id, lower(email))
      WHERE status NOT IN ('cancelled', 'rejected')`);
    await runner.query(
      `CREATE INDEX registrations_event_created_idx ON registrations.registrations (event_id, created_at, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE registrations.registrations`);
    await runner.query(`DROP TABLE registrations.event_projections`);
  }
}
