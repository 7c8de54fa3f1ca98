import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is signed up for which programme session (registration id ↔ session id, nothing personal),
 * so that a published schedule change reaches the people it moves. One row per (session,
 * registration), kept as of the registration's latest version, so a replayed or stale event
 * changes nothing; `changed_at` is when the sign-up (or its cancellation) happened.
 */
export class CreateSessionSignUps1765000000300 implements MigrationInterface {
  name = 'CreateSessionSignUps1765000000300';

  async up(runner: QueryRunner): Promise<void> {
    // The primary key leads with the session: a fan-out reads the sign-ups of a few sessions.
    await runner.query(`
      CREATE TABLE notifications.session_sign_ups (
        session_id uuid NOT NULL,
        registration_id uuid NOT NULL,
        event_id uuid NOT NULL,
        version integer NOT NULL,
        signed_up boolean NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (session_id, registration_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE IF EXISTS notifications.session_sign_ups`);
  }
}
