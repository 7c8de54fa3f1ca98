import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every access check needs the organisation that owns the event. Projected events from before
 * organisations owned events have none: they answer 404 to everybody until the next event.updated
 * brings the owner (the projection keeps it from then on).
 */
export class EventProjectionsKnowTheirOrganisation1764201600111 implements MigrationInterface {
  name = 'EventProjectionsKnowTheirOrganisation1764201600111';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.event_projections ADD COLUMN organisation_id uuid`);
    await runner.query(
      `CREATE INDEX event_projections_organisation_idx ON registrations.event_projections (organisation_id, event_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.event_projections DROP COLUMN organisation_id`);
  }
}
