import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-service access (one-time invitations, access tokens), richer speaker profiles (photo, links,
 * soft deletion) and speakers' agendas kept from the programme's events.
 */
export class ProfilesAccessAgendas1764201600003 implements MigrationInterface {
  name = 'ProfilesAccessAgendas1764201600003';

  async up(runner: QueryRunner): Promise<void> {
    // Only SHA-256 digests of tokens are stored; the tokens themselves are shown once and forgotten.
    await runner.query(`
      CREATE TABLE speakers.invitations (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('speaker', 'reviewer')),
        subject_id uuid NOT NULL,
        token_digest bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        redeemed_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX invitations_open_idx ON speakers.invitations (kind, subject_id)
         WHERE redeemed_at IS NULL AND revoked_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE speakers.access_tokens (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('speaker', 'reviewer')),
        subject_id uuid NOT NULL,
        token_digest bytea NOT NULL UNIQUE,
        invitation_id uuid NOT NULL REFERENCES speakers.invitations (id),
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query(`CREATE INDEX access_tokens_subject_idx ON speakers.access_tokens (kind, subject_id)`);

    await runner.query(`
      ALTER TABLE speakers.speakers
        ADD COLUMN photo_url text,
        ADD COLUMN links jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN deleted_at timestamptz`);

    // Every version of every session the programme announced: the current agenda is the newest
    // version, the public one the newest as of the latest published schedule.
    await runner.query(`
      CREATE TABLE speakers.agenda_sessions (
        session_id uuid NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        event_id uuid NOT NULL,
        title jsonb NOT NULL,
        type text NOT NULL,
        language text NOT NULL,
        track_id uuid,
        room_id uuid,
        starts_at timestamptz,
        ends_at timestamptz,
        status text NOT NULL,
        speaker_ids uuid[] NOT NULL,
        occurred_at timestamptz NOT NULL,
        PRIMARY KEY (session_id, version)
      )`);
    await runner.query(
      `CREATE INDEX agenda_sessions_speakers_idx ON speakers.agenda_sessions USING gin (speaker_ids)`,
    );
    await runner.query(`
      CREATE TABLE speakers.published_schedules (
        event_id uuid PRIMARY KEY,
        version integer NOT NULL CHECK (version >= 1),
        name text NOT NULL,
        published_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE speakers.published_schedules`);
    await runner.query(`DROP TABLE speakers.agenda_sessions`);
    await runner.query(
      `ALTER TABLE speakers.speakers DROP COLUMN photo_url, DROP COLUMN links, DROP COLUMN deleted_at`,
    );
    await runner.query(`DROP TABLE speakers.access_tokens`);
    await runner.query(`DROP TABLE speakers.invitations`);
  }
}
