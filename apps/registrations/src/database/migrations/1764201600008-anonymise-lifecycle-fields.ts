import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymised rows also lose what the lifecycle added: the sending system's reference (it names
 * the person in the ministry's records), the rejection reason (free text an organiser wrote about
 * them) and the management token's digest (nobody may act on the row any more).
 */
export class AnonymiseLifecycleFields1764201600008 implements MigrationInterface {
  name = 'AnonymiseLifecycleFields1764201600008';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      UPDATE registrations.registrations
         SET external_reference = NULL, rejection_reason = NULL, management_token_digest = NULL
       WHERE anonymised_at IS NOT NULL`);
    await runner.query(
      `ALTER TABLE registrations.registrations DROP CONSTRAINT registrations_personal_data_check`,
    );
    await runner.query(`
      ALTER TABLE registrations.registrations ADD CONSTRAINT registrations_personal_data_check CHECK (
        CASE WHEN anonymised_at IS NULL
          THEN full_name IS NOT NULL AND email IS NOT NULL AND participant_key IS NOT NULL
          ELSE full_name IS NULL AND email IS NULL AND phone IS NULL AND iin IS NULL AND birth_date IS NULL
            AND organisation IS NULL AND position IS NULL AND participant_key IS NULL AND answers = '{}'::jsonb
            AND external_reference IS NULL AND rejection_reason IS NULL AND management_token_digest IS NULL
        END)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE registrations.registrations DROP CONSTRAINT registrations_personal_data_check`,
    );
    await runner.query(`
      ALTER TABLE registrations.registrations ADD CONSTRAINT registrations_personal_data_check CHECK (
        CASE WHEN anonymised_at IS NULL
          THEN full_name IS NOT NULL AND email IS NOT NULL AND participant_key IS NOT NULL
          ELSE full_name IS NULL AND email IS NULL AND phone IS NULL AND iin IS NULL AND birth_date IS NULL
            AND organisation IS NULL AND position IS NULL AND participant_key IS NULL AND answers = '{}'::jsonb
        END)`);
  }
}
