import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-service access tokens end: a speaker's or reviewer's link-born token is no key for life.
 * Tokens issued before this migration run for the default lifetime (180 days) from the migration,
 * not from their issue, so nobody is locked out the moment it deploys; the default also serves an
 * older instance inserting tokens without the column during a rolling deploy.
 */
export class ExpireAccessTokens1764201600011 implements MigrationInterface {
  name = 'ExpireAccessTokens1764201600011';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE speakers.access_tokens
         ADD COLUMN expires_at timestamptz NOT NULL DEFAULT now() + interval '180 days'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE speakers.access_tokens DROP COLUMN expires_at`);
  }
}
