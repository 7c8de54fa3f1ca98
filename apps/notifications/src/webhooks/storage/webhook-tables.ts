/**
 * The webhook tables of the notifications schema, for its migration.
 *
 * - `webhook_event_owners`: which organisation owns each gathering (from event.published/updated),
 *   so an event naming only its `eventId` finds its subscribers.
 * - `webhook_events`: every event consumed, as the structured CloudEvent sent (PII-free by the
 *   contracts), kept `WEBHOOK_EVENT_RETENTION_DAYS` for retries and replays. An event whose
 *   gathering's owner is not known yet waits here with no organisation until it is.
 * - `webhook_endpoints`: subscriptions, their sealed secrets (AES-256-GCM, see SecretCipher) and
 *   health (`failing_since`: the first failure since the last success).
 * - `webhook_deliveries`: one row per (endpoint, event), unique, so an event reaches an endpoint
 *   once however often Kafka redelivers it; replays and manual retries reuse the row.
 * - `webhook_attempts`: the attempts log.
 */
export function createWebhookTablesSql(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.webhook_event_owners (
      event_id uuid PRIMARY KEY,
      organisation_id uuid,
      version integer NOT NULL
    )`,
    `CREATE TABLE ${schema}.webhook_events (
      id uuid PRIMARY KEY,
      type text NOT NULL,
      organisation_id uuid,
      event_id uuid,
      occurred_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      body text NOT NULL
    )`,
    `CREATE INDEX webhook_events_replay_idx ON ${schema}.webhook_events (organisation_id, occurred_at)`,
    `CREATE INDEX webhook_events_unrouted_idx ON ${schema}.webhook_events (event_id) WHERE organisation_id IS NULL`,
    `CREATE INDEX webhook_events_age_idx ON ${schema}.webhook_events (received_at)`,
    `CREATE TABLE ${schema}.webhook_endpoints (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL,
      url text NOT NULL,
      description text,
      event_types text[] NOT NULL CHECK (cardinality(event_types) > 0),
      event_ids uuid[],
      secret_sealed text NOT NULL,
      previous_secret_sealed text,
      previous_secret_expires_at timestamptz,
      max_concurrency integer NOT NULL CHECK (max_concurrency BETWEEN 1 AND 100),
      enabled boolean NOT NULL DEFAULT true,
      disabled_at timestamptz,
      disabled_reason text CHECK (disabled_reason IN ('owner', 'failing')),
      failing_since timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE INDEX webhook_endpoints_organisation_idx ON ${schema}.webhook_endpoints (organisation_id, created_at, id)`,
    `CREATE TABLE ${schema}.webhook_deliveries (
      id uuid PRIMARY KEY,
      endpoint_id uuid NOT NULL REFERENCES ${schema}.webhook_endpoints (id) ON DELETE CASCADE,
      message_id uuid NOT NULL REFERENCES ${schema}.webhook_events (id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('pending', 'delivering', 'succeeded', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      lease_until timestamptz,
      last_status_code integer,
      last_error text,
      created_at timestamptz NOT NULL,
      delivered_at timestamptz,
      UNIQUE (endpoint_id, message_id)
    )`,
    `CREATE INDEX webhook_deliveries_due_idx ON ${schema}.webhook_deliveries (endpoint_id, next_attempt_at) WHERE status = 'pending'`,
    `CREATE INDEX webhook_deliveries_leased_idx ON ${schema}.webhook_deliveries (lease_until) WHERE status = 'delivering'`,
    `CREATE INDEX webhook_deliveries_log_idx ON ${schema}.webhook_deliveries (endpoint_id, created_at, id)`,
    `CREATE INDEX webhook_deliveries_message_idx ON ${schema}.webhook_deliveries (message_id)`,
    `CREATE TABLE ${schema}.webhook_attempts (
      id uuid PRIMARY KEY,
      delivery_id uuid NOT NULL REFERENCES ${schema}.webhook_deliveries (id) ON DELETE CASCADE,
      attempt integer NOT NULL,
      started_at timestamptz NOT NULL,
      duration_ms integer NOT NULL,
      status_code integer,
      response_body text,
      error text,
      succeeded boolean NOT NULL
    )`,
    `CREATE INDEX webhook_attempts_delivery_idx ON ${schema}.webhook_attempts (delivery_id, started_at, id)`,
  ];
}

export function dropWebhookTablesSql(schema: string): string[] {
  return [
    'webhook_attempts',
    'webhook_deliveries',
    'webhook_endpoints',
    'webhook_events',
    'webhook_event_owners',
  ].map((table) => `DROP TABLE ${schema}.${table}`);
}

/** Woken on commit whenever deliveries became due (pg_notify inside the enqueuing transaction). */
export function deliveriesChannel(schema: string): string {
  return `${schema}_webhook_deliveries`;
}
