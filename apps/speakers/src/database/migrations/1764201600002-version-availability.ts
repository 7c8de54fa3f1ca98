import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Availability changes are announced as speaker.availability.changed: each carries the version of
 * the speaker's availability for that event, so the sessions service keeps only the newest.
 */
export class VersionAvailability1764201600002 implements MigrationInterface {
  name = 'VersionAvailability1764201600002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE speakers.availability ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE speakers.availability DROP COLUMN version`);
  }
}
