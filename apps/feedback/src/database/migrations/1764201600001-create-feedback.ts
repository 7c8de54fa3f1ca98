import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFeedback1764201600001 implements MigrationInterface {
  name = 'CreateFeedback1764201600001';

  async up(runner: QueryRunner): Promise<void> {
    // Events as the sessions service published them: feedback is taken for published events only.
    await runner.query(`
      CREATE TABLE feedback.event_projections (
        event_id uuid PRIMARY KEY,
        version integer NOT NULL,
        slug text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE feedback.feedback (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES feedback.event_projections (event_id),
        session_id uuid,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text,
        language text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX feedback_event_created_idx ON feedback.feedback (event_id, created_at, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE feedback.feedback`);
    await runner.query(`DROP TABLE feedback.event_projections`);
  }
}
