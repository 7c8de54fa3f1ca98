import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRateLimits1764201600131 implements MigrationInterface {
  name = 'CreateRateLimits1764201600131';

  async up(runner: QueryRunner): Promise<void> {
    // One row per budget and window, shared by every gateway replica: `granted` is what replicas have
    // leased so far and never exceeds `quota`, so together they accept at most `quota` requests.
    await runner.query(`
      CREATE TABLE access.rate_limit_windows (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        quota integer NOT NULL CHECK (quota > 0),
        granted integer NOT NULL CHECK (granted >= 0 AND granted <= quota),
        last_lease integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      )`);
    await runner.query('CREATE INDEX rate_limit_windows_start ON access.rate_limit_windows (window_start)');
    // An organisation's own limits; null keeps the environment's default.
    await runner.query(`
      CREATE TABLE access.rate_limit_settings (
        organisation_id uuid PRIMARY KEY REFERENCES access.organisations (id) ON DELETE CASCADE,
        api_key_per_minute integer CHECK (api_key_per_minute BETWEEN 1 AND 1000000),
        person_per_minute integer CHECK (person_per_minute BETWEEN 1 AND 1000000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE access.rate_limit_settings');
    await runner.query('DROP TABLE access.rate_limit_windows');
  }
}
