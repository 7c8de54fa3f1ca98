/**
 * DDL for the outbox and inbox tables in a service's schema; each service's first migration calls
 * these so the tables stay alike everywhere.
 */
export function outboxChannel(schema: string): string {
  return `jiyn_outbox_${schema}`;
}

export function createMessagingTablesSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE TABLE ${s}.outbox (
      id uuid PRIMARY KEY,
      topic text NOT NULL,
      message_key text NOT NULL,
      event_type text NOT NULL,
      headers jsonb NOT NULL,
      payload text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      published_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    )`,
    `CREATE INDEX outbox_unpublished_idx ON ${s}.outbox (created_at, id) WHERE published_at IS NULL`,
    `CREATE INDEX outbox_published_at_idx ON ${s}.outbox (published_at) WHERE published_at IS NOT NULL`,
    // One NOTIFY per inserting statement, delivered at commit: the relay wakes without polling.
    `CREATE FUNCTION ${s}.outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('${outboxChannel(schema)}', ''); RETURN NULL; END $$`,
    `CREATE TRIGGER outbox_notify AFTER INSERT ON ${s}.outbox FOR EACH STATEMENT EXECUTE FUNCTION ${s}.outbox_notify()`,
    `CREATE TABLE ${s}.inbox (
      consumer text NOT NULL,
      event_id text NOT NULL,
      topic text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`,
  ];
}

export function dropMessagingTablesSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [`DROP TABLE ${s}.inbox`, `DROP TABLE ${s}.outbox`, `DROP FUNCTION ${s}.outbox_notify()`];
}

/**
 * Rows Kafka refuses for good (too large, corrupt) are parked instead of blocking every row after
 * them; they stay in the table, visible and countable, for an operator to fix and release.
 */
export function addOutboxParkingSql(schema: string): string[] {
  return [`ALTER TABLE "${schema}".outbox ADD COLUMN parked_at timestamptz`];
}

export function dropOutboxParkingSql(schema: string): string[] {
  return [`ALTER TABLE "${schema}".outbox DROP COLUMN parked_at`];
}

/** The inbox purge deletes by age: without this index it would scan the whole inbox each hour. */
export function addInboxPurgeIndexSql(schema: string): string[] {
  return [`CREATE INDEX inbox_received_at_idx ON "${schema}".inbox (received_at)`];
}

export function dropInboxPurgeIndexSql(schema: string): string[] {
  return [`DROP INDEX "${schema}".inbox_received_at_idx`];
}
