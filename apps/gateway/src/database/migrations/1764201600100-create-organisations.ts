import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisations1764201600100 implements MigrationInterface {
  name = 'CreateOrganisations1764201600100';

  async up(runner: QueryRunner): Promise<void> {
    // The Ministry, UNDP, an akimat…: every event belongs to one organisation.
    await runner.query(`
      CREATE TABLE access.organisations (
        id uuid PRIMARY KEY,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name jsonb NOT NULL,
        bin char(12) UNIQUE CHECK (bin ~ '^[0-9]{12}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE access.organisations');
  }
}
