import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSpeakers1764201600001 implements MigrationInterface {
  name = 'CreateSpeakers1764201600001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE speakers.speakers (
        id uuid PRIMARY KEY,
        full_name jsonb NOT NULL,
        position jsonb NOT NULL DEFAULT '{}',
        organisation jsonb NOT NULL DEFAULT '{}',
        biography jsonb NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        email text,
        phone text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX speakers_created_idx ON speakers.speakers (created_at, id)`);
    // Events as the sessions service published them: availability is entered within their days.
    await runner.query(`
      CREATE TABLE speakers.event_projections (
        event_id uuid PRIMARY KEY,
        version integer NOT NULL,
        slug text NOT NULL,
        time_zone text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE speakers.availability (
        speaker_id uuid NOT NULL REFERENCES speakers.speakers (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES speakers.event_projections (event_id),
        ranges jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (speaker_id, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE speakers.availability`);
    await runner.query(`DROP TABLE speakers.event_projections`);
    await runner.query(`DROP TABLE speakers.speakers`);
  }
}
