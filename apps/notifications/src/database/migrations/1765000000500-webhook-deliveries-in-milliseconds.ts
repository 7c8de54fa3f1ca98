import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A webhook's delivery log is read in keyset pages on (created_at, id) and the cursor carries the
 * time as JavaScript writes it, to the millisecond: deliveries queued in one statement (a fan-out,
 * a replay of thousands) shared a microsecond `now()` that no cursor value equals, and every page
 * after the first skipped them. Deliveries are now queued at the millisecond; older rows are cut to it.
 */
export class WebhookDeliveriesInMilliseconds1765000000500 implements MigrationInterface {
  name = 'WebhookDeliveriesInMilliseconds1765000000500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      UPDATE notifications.webhook_deliveries SET created_at = date_trunc('milliseconds', created_at)
       WHERE created_at <> date_trunc('milliseconds', created_at)`);
  }

  async down(): Promise<void> {
    // Nothing to undo: times cut to the millisecond stay valid times.
  }
}
