import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProgramme1764201600002 implements MigrationInterface {
  name = 'CreateProgramme1764201600002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE sessions.events
      ADD COLUMN venue jsonb,
      ADD COLUMN organisers jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN cancellation_deadline timestamptz`);
    await runner.query(`
      CREATE TABLE sessions.rooms (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES sessions.events (id),
        name jsonb NOT NULL,
        capacity integer CHECK (capacity >= 0),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX rooms_event_idx ON sessions.rooms (event_id, position, id)`);
    await runner.query(`
      CREATE TABLE sessions.tracks (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES sessions.events (id),
        name jsonb NOT NULL,
        colour text NOT NULL CHECK (colour ~ '^#[0-9a-fA-F]{6}$'),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX tracks_event_idx ON sessions.tracks (event_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE sessions.programme_sessions (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES sessions.events (id),
        title jsonb NOT NULL,
        abstract jsonb NOT NULL DEFAULT '{}',
        type text NOT NULL CHECK (type IN ('keynote', 'talk', 'panel', 'case-study', 'workshop', 'break')),
        track_id uuid REFERENCES sessions.tracks (id),
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        room_id uuid REFERENCES sessions.rooms (id),
        starts_at timestamptz,
        ends_at timestamptz,
        capacity integer CHECK (capacity >= 0),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed', 'cancelled')),
        speaker_ids uuid[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT programme_sessions_slot_check CHECK ((starts_at IS NULL) = (ends_at IS NULL) AND (ends_at IS NULL OR ends_at > starts_at))
      )`);
    await runner.query(
      `CREATE INDEX programme_sessions_event_idx ON sessions.programme_sessions (event_id, created_at, id)`,
    );
    // Immutable published versions: the frozen programme and what changed since the previous one.
    await runner.query(`
      CREATE TABLE sessions.schedule_versions (
        event_id uuid NOT NULL REFERENCES sessions.events (id),
        number integer NOT NULL CHECK (number >= 1),
        name text NOT NULL,
        comment text,
        snapshot jsonb NOT NULL,
        changelog jsonb NOT NULL,
        forced boolean NOT NULL DEFAULT false,
        published_at timestamptz NOT NULL,
        PRIMARY KEY (event_id, number),
        CONSTRAINT schedule_versions_name_key UNIQUE (event_id, name)
      )`);
    // Speakers as the speakers service announced them: public names only.
    await runner.query(`
      CREATE TABLE sessions.speaker_projections (
        speaker_id uuid PRIMARY KEY,
        version integer NOT NULL,
        full_name jsonb NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE sessions.speaker_projections`);
    await runner.query(`DROP TABLE sessions.schedule_versions`);
    await runner.query(`DROP TABLE sessions.programme_sessions`);
    await runner.query(`DROP TABLE sessions.tracks`);
    await runner.query(`DROP TABLE sessions.rooms`);
    await runner.query(
      `ALTER TABLE sessions.events DROP COLUMN venue, DROP COLUMN organisers, DROP COLUMN cancellation_deadline`,
    );
  }
}
