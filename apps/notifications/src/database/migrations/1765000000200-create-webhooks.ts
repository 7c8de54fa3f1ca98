import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createWebhookTablesSql, dropWebhookTablesSql } from '../../webhooks/storage/webhook-tables';

/** Webhook subscriptions, the events kept for them, the delivery queue and the attempts log. */
export class CreateWebhooks1765000000200 implements MigrationInterface {
  name = 'CreateWebhooks1765000000200';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of createWebhookTablesSql('notifications')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of dropWebhookTablesSql('notifications')) await runner.query(sql);
  }
}
