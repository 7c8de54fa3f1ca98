import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTablesSql, dropMessagingTablesSql } from '@jiyn/messaging';

export class CreateMessagingTables1764201600000 implements MigrationInterface {
  name = 'CreateMessagingTables1764201600000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of createMessagingTablesSql('registrations')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of dropMessagingTablesSql('registrations')) await runner.query(sql);
  }
}
