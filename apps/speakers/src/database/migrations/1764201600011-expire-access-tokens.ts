import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-service access tokens end: a speaker's or reviewer's link-born token is no key for life.
 * Tokens issued before this migration get the default lifetime (180 days) from their creation.
 */
export class ExpireAccessTokens1764201600011 implements MigrationInterface {
  name = 'ExpireAccessTokens1764201600011';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE speakers.access_tokens ADD COLUMN expires_at timestamptz`);
    await runner.query(`UPDATE speakers.access_tokens SET expires_at = created_at + interval '180 days'`);
    await runner.query(`ALTER TABLE speakers.access_tokens ALTER COLUMN expires_at SET NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE speakers.access_tokens DROP COLUMN expires_at`);
  }
}
