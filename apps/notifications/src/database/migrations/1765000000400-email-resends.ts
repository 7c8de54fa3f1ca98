import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisers read the e-mail log and send a failed or skipped message again.
 *
 * - `resend_of`: a message sent again is a new delivery (its own attempts, its own Message-ID) that
 *   points at the message's first delivery; its dedupe key is the first one's plus `#resend-<n>`, so
 *   the unique key that makes each (cause, template, recipient) one message still holds for what
 *   Kafka delivers, and only an organiser's request adds another.
 * - `created_at` to the millisecond: the log is read in keyset pages on (created_at, id), and the
 *   cursor carries the time as JavaScript writes it (milliseconds). Microseconds would put rows
 *   between two cursor values, to be skipped by the next page.
 * - The recipient's messages of an event: an index for the log's `recipientRef` filter.
 */
export class EmailResends1765000000400 implements MigrationInterface {
  name = 'EmailResends1765000000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE notifications.email_deliveries
        ADD COLUMN resend_of uuid REFERENCES notifications.email_deliveries (id) ON DELETE CASCADE,
        ALTER COLUMN created_at SET DEFAULT date_trunc('milliseconds', now())`);
    await runner.query(`
      UPDATE notifications.email_deliveries SET created_at = date_trunc('milliseconds', created_at)
       WHERE created_at <> date_trunc('milliseconds', created_at)`);
    await runner.query(
      `CREATE INDEX email_deliveries_resends ON notifications.email_deliveries (resend_of)
         WHERE resend_of IS NOT NULL`,
    );
    await runner.query(
      `CREATE INDEX email_deliveries_by_recipient
         ON notifications.email_deliveries (recipient_ref, created_at, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX notifications.email_deliveries_by_recipient`);
    await runner.query(`DELETE FROM notifications.email_deliveries WHERE resend_of IS NOT NULL`);
    await runner.query(`
      ALTER TABLE notifications.email_deliveries
        DROP COLUMN resend_of,
        ALTER COLUMN created_at SET DEFAULT now()`);
  }
}
