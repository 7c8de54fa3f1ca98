import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addInboxPurgeIndexSql, dropInboxPurgeIndexSql } from '@jiyn/messaging';

/** Applied event ids are purged by age (INBOX_RETENTION_HOURS). */
export class IndexInboxByAge1764201600030 implements MigrationInterface {
  name = 'IndexInboxByAge1764201600030';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of addInboxPurgeIndexSql('speakers')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of dropInboxPurgeIndexSql('speakers')) await runner.query(sql);
  }
}
