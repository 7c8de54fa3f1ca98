import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The programme's sessions, so feedback names only a session of its own event. */
export class SessionProjections1764201600011 implements MigrationInterface {
  name = 'SessionProjections1764201600011';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE feedback.session_projections (
        session_id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        version integer NOT NULL,
        status text NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE feedback.session_projections`);
  }
}
