import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  addInboxPurgeIndexSql,
  addOutboxParkingSql,
  createMessagingTablesSql,
  dropInboxPurgeIndexSql,
  dropMessagingTablesSql,
  dropOutboxParkingSql,
} from '@jiyn/messaging';

/**
 * The outbox (what this service tells others) and the inbox (which events it has applied), as every
 * data service has them, with the later additions (parked outbox rows, the inbox's age index) at once.
 */
export class CreateMessagingTables1765000000000 implements MigrationInterface {
  name = 'CreateMessagingTables1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of [
      ...createMessagingTablesSql('notifications'),
      ...addOutboxParkingSql('notifications'),
      ...addInboxPurgeIndexSql('notifications'),
    ])
      await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of [
      ...dropInboxPurgeIndexSql('notifications'),
      ...dropOutboxParkingSql('notifications'),
      ...dropMessagingTablesSql('notifications'),
    ])
      await runner.query(sql);
  }
}
