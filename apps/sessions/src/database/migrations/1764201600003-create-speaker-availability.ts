import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Speakers' availability per event, as the speakers service announced it (speaker.availability.changed):
 * the programme warns about sessions a speaker is scheduled outside of.
 */
export class CreateSpeakerAvailability1764201600003 implements MigrationInterface {
  name = 'CreateSpeakerAvailability1764201600003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE sessions.speaker_availability (
        speaker_id uuid NOT NULL,
        event_id uuid NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        ranges jsonb NOT NULL,
        PRIMARY KEY (speaker_id, event_id)
      )`);
    // Conflict detection reads a whole event's availability at once.
    await runner.query(
      `CREATE INDEX speaker_availability_event_idx ON sessions.speaker_availability (event_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE sessions.speaker_availability`);
  }
}
