import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every access check needs the organisation that owns the event. Projected events from before
 * organisations owned events have none: they answer 404 to everybody until the next event.updated
 * brings the owner (the projection keeps it from then on).
 */
export class EventProjectionsKnowTheirOrganisation1764201600113 implements MigrationInterface {
  name = 'EventProjectionsKnowTheirOrganisation1764201600113';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE speakers.event_projections ADD COLUMN organisation_id uuid`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE speakers.event_projections DROP COLUMN organisation_id`);
  }
}
