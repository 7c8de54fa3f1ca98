import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvents1764201600001 implements MigrationInterface {
  name = 'CreateEvents1764201600001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE sessions.events (
        id uuid PRIMARY KEY,
        slug text NOT NULL,
        title jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}',
        required_languages text[] NOT NULL DEFAULT '{kk,ru}',
        time_zone text NOT NULL DEFAULT 'Asia/Almaty',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer,
        registration_opens_at timestamptz,
        registration_closes_at timestamptz,
        requires_approval boolean NOT NULL DEFAULT false,
        waitlist_enabled boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'draft',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        CONSTRAINT events_slug_key UNIQUE (slug),
        CONSTRAINT events_dates_check CHECK (ends_at >= starts_at),
        CONSTRAINT events_capacity_check CHECK (capacity IS NULL OR capacity >= 0),
        CONSTRAINT events_status_check CHECK (status IN ('draft', 'published', 'cancelled', 'archived'))
      )`);
    await runner.query(`CREATE INDEX events_created_idx ON sessions.events (created_at, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE sessions.events`);
  }
}
