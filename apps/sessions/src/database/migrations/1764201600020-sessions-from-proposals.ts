import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions born from accepted proposals (proposal.accepted from the speakers service): the proposal
 * they came from, at most one session per proposal however often the event arrives, and the
 * duration the proposal asked for, kept until the session is placed in a slot.
 */
export class SessionsFromProposals1764201600020 implements MigrationInterface {
  name = 'SessionsFromProposals1764201600020';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE sessions.programme_sessions
      ADD COLUMN proposal_id uuid,
      ADD COLUMN duration_minutes integer CHECK (duration_minutes BETWEEN 5 AND 600)`);
    await runner.query(
      `ALTER TABLE sessions.programme_sessions ADD CONSTRAINT programme_sessions_proposal_key UNIQUE (proposal_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE sessions.programme_sessions DROP COLUMN proposal_id, DROP COLUMN duration_minutes`,
    );
  }
}
