import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations own events. Events made before have no owner: no principal reaches them (every
 * check needs the owner) until an operator assigns one with an UPDATE. The check is NOT VALID so
 * those rows may stay, while every new or changed event must name its organisation.
 */
export class EventsBelongToOrganisations1764201600110 implements MigrationInterface {
  name = 'EventsBelongToOrganisations1764201600110';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE sessions.events ADD COLUMN organisation_id uuid`);
    await runner.query(
      `ALTER TABLE sessions.events ADD CONSTRAINT events_organisation_required
         CHECK (organisation_id IS NOT NULL) NOT VALID`,
    );
    await runner.query(`CREATE INDEX events_organisation_idx ON sessions.events (organisation_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE sessions.events DROP COLUMN organisation_id`);
  }
}
