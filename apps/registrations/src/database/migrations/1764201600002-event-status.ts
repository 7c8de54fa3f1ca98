import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Events can be cancelled or archived after publishing (event.updated): registrations close then. */
export class EventStatus1764201600002 implements MigrationInterface {
  name = 'EventStatus1764201600002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.event_projections
      ADD COLUMN status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'cancelled', 'archived'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.event_projections DROP COLUMN status`);
  }
}
