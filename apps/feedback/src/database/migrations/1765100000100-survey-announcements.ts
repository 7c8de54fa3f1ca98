import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a survey's opening and closing were announced (survey.opened, survey.closed): each is
 * announced once, by publish/close or by the window sweeper when its time comes, whichever is first.
 * One post-test per pre-test.
 */
export class SurveyAnnouncements1765100000100 implements MigrationInterface {
  name = 'SurveyAnnouncements1765100000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE feedback.surveys
        ADD COLUMN opened_announced_at timestamptz,
        ADD COLUMN closed_announced_at timestamptz`);
    // What the sweeper looks for: published surveys with an announcement due.
    await runner.query(`
      CREATE INDEX surveys_announcement_due_idx ON feedback.surveys (opens_at, closes_at)
        WHERE status <> 'draft' AND closed_announced_at IS NULL`);
    await runner.query(`CREATE UNIQUE INDEX surveys_one_post_test_idx ON feedback.surveys (pre_test_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX feedback.surveys_one_post_test_idx`);
    await runner.query(`DROP INDEX feedback.surveys_announcement_due_idx`);
    await runner.query(
      `ALTER TABLE feedback.surveys DROP COLUMN opened_announced_at, DROP COLUMN closed_announced_at`,
    );
  }
}
