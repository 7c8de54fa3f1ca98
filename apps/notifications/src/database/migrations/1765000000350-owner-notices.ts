import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail to an organisation's owners (a webhook endpoint disabled for failing). Their addresses
 * live in the gateway and are read at send time, so the message is queued once for the
 * organisation (`recipient_kind` `organisation`, its id) and, when it is sent, fans out into one
 * message per owner (`person`, the owner's person id), each unique like any message; the
 * organisation's row is then `fanned-out`, the attempts log saying to how many.
 */
export class OwnerNotices1765000000350 implements MigrationInterface {
  name = 'OwnerNotices1765000000350';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE notifications.email_deliveries
        DROP CONSTRAINT email_deliveries_recipient_kind_check,
        ADD CONSTRAINT email_deliveries_recipient_kind_check
          CHECK (recipient_kind IN ('participant', 'speaker', 'organisation', 'person')),
        DROP CONSTRAINT email_deliveries_status_check,
        ADD CONSTRAINT email_deliveries_status_check
          CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped', 'fanned-out'))`);
    await runner.query(`
      ALTER TABLE notifications.email_delivery_attempts
        DROP CONSTRAINT email_delivery_attempts_outcome_check,
        ADD CONSTRAINT email_delivery_attempts_outcome_check
          CHECK (outcome IN ('sent', 'temporary-failure', 'permanent-failure', 'skipped', 'fanned-out'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `DELETE FROM notifications.email_deliveries WHERE recipient_kind IN ('organisation', 'person')`,
    );
    await runner.query(`
      ALTER TABLE notifications.email_deliveries
        DROP CONSTRAINT email_deliveries_recipient_kind_check,
        ADD CONSTRAINT email_deliveries_recipient_kind_check CHECK (recipient_kind IN ('participant', 'speaker')),
        DROP CONSTRAINT email_deliveries_status_check,
        ADD CONSTRAINT email_deliveries_status_check
          CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped'))`);
    await runner.query(`
      ALTER TABLE notifications.email_delivery_attempts
        DROP CONSTRAINT email_delivery_attempts_outcome_check,
        ADD CONSTRAINT email_delivery_attempts_outcome_check
          CHECK (outcome IN ('sent', 'temporary-failure', 'permanent-failure', 'skipped'))`);
  }
}
