import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addOutboxParkingSql, dropOutboxParkingSql } from '@jiyn/messaging';

/** Rows Kafka refuses for good are parked instead of blocking the outbox. */
export class ParkOutboxRows1764201600010 implements MigrationInterface {
  name = 'ParkOutboxRows1764201600010';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of addOutboxParkingSql('feedback')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of dropOutboxParkingSql('feedback')) await runner.query(sql);
  }
}
