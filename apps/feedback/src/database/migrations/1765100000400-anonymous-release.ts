import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which version of a response its feedback.submitted event has announced. An anonymous survey's
 * answers are announced in batches (AnonymousRelease), not as each is given: the announcement's
 * time would otherwise say when each was given, and the gateway's audit log says who answered
 * when. Responses announced so far (every one, before this) count as announced.
 */
export class AnonymousRelease1765100000400 implements MigrationInterface {
  name = 'AnonymousRelease1765100000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE feedback.responses ADD COLUMN announced_version integer NOT NULL DEFAULT 0`,
    );
    await runner.query(`UPDATE feedback.responses SET announced_version = version`);
    await runner.query(
      `CREATE INDEX responses_unannounced ON feedback.responses (survey_id) WHERE announced_version < version`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE feedback.responses DROP COLUMN announced_version`);
  }
}
