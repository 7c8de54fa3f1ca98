import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A speaker profile belongs to the organisation that created it: every organiser route checks it
 * and the list filters by it. Profiles from before organisations existed keep NULL: such a speaker
 * answers 404 to everybody until an operator assigns its organisation
 * (`UPDATE speakers.speakers SET organisation_id = … WHERE id = …`).
 */
export class SpeakersBelongToAnOrganisation1764201600114 implements MigrationInterface {
  name = 'SpeakersBelongToAnOrganisation1764201600114';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE speakers.speakers ADD COLUMN organisation_id uuid`);
    await runner.query(
      `CREATE INDEX speakers_by_organisation ON speakers.speakers (organisation_id, id) WHERE deleted_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX speakers.speakers_by_organisation`);
    await runner.query(`ALTER TABLE speakers.speakers DROP COLUMN organisation_id`);
  }
}
