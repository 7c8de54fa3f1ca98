import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail: what the service knows of events and registrations (projections, ids only), the delivery
 * log (one row per message, unique per source event, template and recipient; no address kept), each
 * SMTP attempt, organisers' text overrides, and recipients who unsubscribed from reminders.
 */
export class CreateEmailTables1765000000100 implements MigrationInterface {
  name = 'CreateEmailTables1765000000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications.event_projections (
        event_id uuid PRIMARY KEY,
        organisation_id uuid,
        version integer NOT NULL,
        slug text NOT NULL,
        time_zone text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE notifications.participant_projections (
        registration_id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        version integer NOT NULL,
        status text NOT NULL,
        checked_in boolean NOT NULL DEFAULT false
      )`);
    await runner.query(
      `CREATE INDEX participant_projections_by_event ON notifications.participant_projections (event_id, status)`,
    );
    await runner.query(`
      CREATE TABLE notifications.email_deliveries (
        id uuid PRIMARY KEY,
        message_id text NOT NULL UNIQUE,
        dedupe_key text NOT NULL UNIQUE,
        source_event_id text NOT NULL,
        template text NOT NULL,
        transactional boolean NOT NULL,
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('participant', 'speaker')),
        recipient_ref uuid NOT NULL,
        event_id uuid,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_until timestamptz,
        last_reply text,
        language text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await runner.query(
      `CREATE INDEX email_deliveries_due ON notifications.email_deliveries (next_attempt_at)
         WHERE status IN ('queued', 'sending')`,
    );
    await runner.query(
      `CREATE INDEX email_deliveries_by_event ON notifications.email_deliveries (event_id, created_at, id)`,
    );
    await runner.query(`
      CREATE TABLE notifications.email_delivery_attempts (
        delivery_id uuid NOT NULL REFERENCES notifications.email_deliveries (id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL CHECK (outcome IN ('sent', 'temporary-failure', 'permanent-failure', 'skipped')),
        smtp_reply text,
        PRIMARY KEY (delivery_id, attempt)
      )`);
    // Wakes the sender at once when a handler queues a message (polling is the fallback).
    await runner.query(`
      CREATE FUNCTION notifications.notify_email_queued() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('notifications_email_queued', '');
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER email_deliveries_queued AFTER INSERT ON notifications.email_deliveries
        FOR EACH STATEMENT EXECUTE FUNCTION notifications.notify_email_queued()`);
    await runner.query(`
      CREATE TABLE notifications.email_text_overrides (
        event_id uuid NOT NULL,
        template text NOT NULL,
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        subject text,
        intro text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, template, language)
      )`);
    await runner.query(`
      CREATE TABLE notifications.email_unsubscribes (
        event_id uuid NOT NULL,
        recipient_ref uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, recipient_ref)
      )`);
    // Reminders and feedback invitations already fanned out for an event (each once).
    await runner.query(`
      CREATE TABLE notifications.email_fan_outs (
        event_id uuid NOT NULL,
        template text NOT NULL,
        done_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, template)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'email_fan_outs',
      'email_unsubscribes',
      'email_text_overrides',
      'email_delivery_attempts',
      'email_deliveries',
      'participant_projections',
      'event_projections',
    ])
      await runner.query(`DROP TABLE IF EXISTS notifications.${table}`);
    await runner.query(`DROP FUNCTION IF EXISTS notifications.notify_email_queued()`);
  }
}
