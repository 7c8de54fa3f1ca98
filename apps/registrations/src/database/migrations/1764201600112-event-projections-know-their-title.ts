import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event's title per language (from event.published/updated), for the page a seat offer's link
 * opens. Events projected before the contract carried a title have none until their next
 * event.updated; the page then names the event by its slug.
 */
export class EventProjectionsKnowTheirTitle1764201600112 implements MigrationInterface {
  name = 'EventProjectionsKnowTheirTitle1764201600112';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.event_projections ADD COLUMN title jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.event_projections DROP COLUMN title`);
  }
}
