import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type WebhookEndpointDisabledV1 } from '@jiyn/contracts';
import { OutboxWriter } from '@jiyn/messaging';
import {
  decodeTimestampCursor,
  queryPrepared,
  queryRows,
  runInTransaction,
  toPage,
  type Page,
} from '@jiyn/persistence';
import { deliveriesChannel } from '../storage/webhook-tables';
import { WEBHOOKS_SCHEMA } from '../webhooks-schema';
import type { DeliveryStatus } from './dto/webhook-delivery.response';

/** A delivery claimed for one attempt, with what it takes to make it. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  messageId: string;
  /** This attempt's number: the lease's token too (a late result of an older claim is ignored). */
  attempt: number;
  url: string;
  body: string;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: Date | null;
}

/** An endpoint the worker disabled because every attempt failed for `WEBHOOK_DISABLE_AFTER`. */
export interface DisabledEndpoint {
  id: string;
  organisationId: string;
  url: string;
  failingSince: Date;
}

/** What one attempt came to, and what follows. */
export interface AttemptRecord {
  deliveryId: string;
  endpointId: string;
  attempt: number;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  responseBody: string | null;
  error: string | null;
  succeeded: boolean;
  /** When to try again; null: succeeded, or that was the last attempt. */
  nextAttemptAt: Date | null;
}

export interface DeliveryView {
  id: string;
  messageId: string;
  eventType: string;
  eventTime: Date;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export interface AttemptView {
  id: string;
  attempt: number;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  responseBody: string | null;
  error: string | null;
  succeeded: boolean;
}

function deliveryViewOf(row: Record<string, unknown>): DeliveryView {
  return {
    id: row['id'] as string,
    messageId: row['message_id'] as string,
    eventType: row['type'] as string,
    eventTime: row['occurred_at'] as Date,
    status: row['status'] as DeliveryStatus,
    attempts: row['attempts'] as number,
    nextAttemptAt: row['status'] === 'pending' ? (row['next_attempt_at'] as Date) : null,
    lastStatusCode: row['last_status_code'] as number | null,
    lastError: row['last_error'] as string | null,
    createdAt: row['created_at'] as Date,
    deliveredAt: row['delivered_at'] as Date | null,
  };
}

/** Leases run for seconds: looking for lapsed ones once a second is soon enough. */
const LEASE_CHECK_INTERVAL_MS = 1_000;

/** Serialises claims of every worker of every replica, so per-endpoint limits hold exactly. */
const CLAIM_LOCK = 'jiyn.notifications.webhook-claims';

/**
 * The delivery queue in PostgreSQL. A delivery is claimed for one attempt by setting it
 * `delivering` with a lease; a result is recorded only against that claim (same attempt number,
 * still `delivering`). A worker that dies mid-attempt leaves its lease to run out, and the delivery
 * is claimed again: at least once, the same `webhook-id` every time.
 */
@Injectable()
export class WebhookDeliveriesRepository {
  private readonly s: string;
  readonly channel: string;
  private leasesCheckedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(WEBHOOKS_SCHEMA) schema: string,
  ) {
    this.s = schema;
    this.channel = deliveriesChannel(schema);
  }

  /**
   * Claims up to `limit` due deliveries of enabled endpoints, each endpoint's share capped by its
   * `max_concurrency` minus the attempts already in flight to it (by any worker). Leases that ran
   * out (a worker died) are first put back, their unknown outcome logged.
   */
  async claim(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return runInTransaction(this.dataSource, async (manager) => {
      await this.lockClaims(manager);
      return this.claimIn(manager, limit, leaseMs);
    });
  }

  /**
   * Records a batch of results and claims what their endpoints' freed slots (and the worker's)
   * allow, in one transaction: a busy worker makes one round of statements per batch, not two.
   */
  async recordAndClaim(
    results: readonly AttemptRecord[],
    disableAfterMs: number,
    claim: { limit: number; leaseMs: number },
  ): Promise<{ disabled: DisabledEndpoint[]; claimed: ClaimedDelivery[] }> {
    return runInTransaction(this.dataSource, async (manager) => {
      await this.lockClaims(manager);
      const disabled = await this.recordIn(manager, results, disableAfterMs);
      const claimed = claim.limit > 0 ? await this.claimIn(manager, claim.limit, claim.leaseMs) : [];
      return { disabled, claimed };
    });
  }

  /**
   * Claims (and, since they free in-flight slots, results) are serialised over every worker of
   * every replica by a transaction-level advisory lock, taken first: per-endpoint limits then hold
   * exactly, and no two transactions wait on each other's rows.
   */
  private async lockClaims(manager: EntityManager): Promise<void> {
    await queryRows(manager, `SELECT pg_advisory_xact_lock(hashtext($1))`, [CLAIM_LOCK]);
    if (Date.now() - this.leasesCheckedAt >= LEASE_CHECK_INTERVAL_MS) {
      await this.releaseExpiredLeases(manager);
      this.leasesCheckedAt = Date.now();
    }
  }

  private async claimIn(manager: EntityManager, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    // Prepared: a busy worker runs it many times a second, and its plan does not change.
    const rows = await queryPrepared<{
      id: string;
      endpoint_id: string;
      message_id: string;
      attempts: number;
      url: string;
      body: string;
      secret_sealed: string;
      previous_secret_sealed: string | null;
      previous_secret_expires_at: Date | null;
    }>(
      this.runnerOf(manager),
      'webhook_claim',
      `WITH picked AS (
         SELECT due.id
           FROM ${this.s}.webhook_endpoints e
           CROSS JOIN LATERAL (
             SELECT count(*)::int AS n FROM ${this.s}.webhook_deliveries x
              WHERE x.endpoint_id = e.id AND x.status = 'delivering') inflight
           CROSS JOIN LATERAL (
             SELECT d.id FROM ${this.s}.webhook_deliveries d
              WHERE d.endpoint_id = e.id AND d.status = 'pending' AND d.next_attempt_at <= now()
              ORDER BY d.next_attempt_at
              LIMIT greatest(e.max_concurrency - inflight.n, 0)) due
          WHERE e.enabled
          LIMIT $1
       ), claimed AS (
         UPDATE ${this.s}.webhook_deliveries d
            SET status = 'delivering', attempts = d.attempts + 1,
                lease_until = clock_timestamp() + make_interval(secs => $2::float8 / 1000)
           FROM picked WHERE d.id = picked.id
         RETURNING d.id, d.endpoint_id, d.message_id, d.attempts
       )
       SELECT c.id, c.endpoint_id, c.message_id, c.attempts, e.url, ev.body, e.secret_sealed,
              e.previous_secret_sealed, e.previous_secret_expires_at
         FROM claimed c
         JOIN ${this.s}.webhook_endpoints e ON e.id = c.endpoint_id
         JOIN ${this.s}.webhook_events ev ON ev.id = c.message_id`,
      [limit, leaseMs],
    );
    return rows.map((row) => ({
      id: row.id,
      endpointId: row.endpoint_id,
      messageId: row.message_id,
      attempt: row.attempts,
      url: row.url,
      body: row.body,
      secretSealed: row.secret_sealed,
      previousSecretSealed: row.previous_secret_sealed,
      previousSecretExpiresAt: row.previous_secret_expires_at,
    }));
  }

  private runnerOf(manager: EntityManager) {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('the delivery queue is written inside a transaction');
    return runner;
  }

  /** Deliveries whose worker vanished mid-attempt go back to the queue at once. */
  private async releaseExpiredLeases(manager: EntityManager): Promise<void> {
    await queryRows(
      manager,
      `WITH expired AS (
         UPDATE ${this.s}.webhook_deliveries SET status = 'pending', next_attempt_at = now(), lease_until = NULL,
                last_error = 'the attempt was interrupted (the delivering process stopped); sent again'
          WHERE status = 'delivering' AND lease_until < clock_timestamp()
         RETURNING id, attempts, lease_until)
       INSERT INTO ${this.s}.webhook_attempts (id, delivery_id, attempt, started_at, duration_ms, error, succeeded)
       SELECT gen_random_uuid(), id, attempts, now(), 0,
              'outcome unknown: the delivering process stopped during this attempt', false
         FROM expired`,
    );
  }

  /** The earliest time a pending delivery of an enabled endpoint becomes due (the worker's alarm). */
  async nextDueAt(): Promise<Date | null> {
    const [row] = await queryRows<{ at: Date | null }>(
      this.dataSource.manager,
      `SELECT min(d.next_attempt_at) AS at FROM ${this.s}.webhook_deliveries d
         JOIN ${this.s}.webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled
        WHERE d.status = 'pending'`,
    );
    return row?.at ?? null;
  }

  /**
   * Records a batch of results in one transaction: the attempts log, each delivery's new state
   * (only if still held by that claim), and each endpoint's health. Returns the endpoints whose
   * failures have now lasted `disableAfterMs`, which are disabled here, their queue given up, and
   * a `webhook.endpoint-disabled` event written to the outbox in the same transaction, so the
   * owner is told exactly when it happened (the e-mail half mails the organisation's owners).
   */
  private async recordIn(
    manager: EntityManager,
    results: readonly AttemptRecord[],
    disableAfterMs: number,
  ): Promise<DisabledEndpoint[]> {
    if (results.length === 0) return [];
    // Health per endpoint, by its latest result in the batch: a success clears the failure
    // record, a failure starts it (at that failure's time) unless it is running already.
    const latest = new Map<string, AttemptRecord>();
    for (const result of results) {
      const seen = latest.get(result.endpointId);
      if (!seen || seen.startedAt <= result.startedAt) latest.set(result.endpointId, result);
    }
    const healthy = [...latest.values()]
      .filter((result) => result.succeeded)
      .map((result) => result.endpointId);
    const failing = [...latest.values()].filter((result) => !result.succeeded);
    const column = <K extends keyof AttemptRecord>(key: K) => results.map((result) => result[key]);
    await queryPrepared(
      this.runnerOf(manager),
      'webhook_record',
      `WITH r AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::int[], $5::int[], $6::text[],
                              $7::text[], $8::boolean[], $9::timestamptz[])
                  AS r(delivery_id, attempt, started_at, duration_ms, status_code, response_body, error, succeeded, next_attempt_at)
       ), logged AS (
         INSERT INTO ${this.s}.webhook_attempts
                (id, delivery_id, attempt, started_at, duration_ms, status_code, response_body, error, succeeded)
         SELECT gen_random_uuid(), r.delivery_id, r.attempt, r.started_at, r.duration_ms, r.status_code,
                r.response_body, r.error, r.succeeded
           FROM r WHERE EXISTS (SELECT 1 FROM ${this.s}.webhook_deliveries d WHERE d.id = r.delivery_id)
       ), healed AS (
         UPDATE ${this.s}.webhook_endpoints SET failing_since = NULL
          WHERE id = ANY($10::uuid[]) AND failing_since IS NOT NULL
       )
       UPDATE ${this.s}.webhook_deliveries d
          SET status = CASE WHEN r.succeeded THEN 'succeeded' WHEN r.next_attempt_at IS NULL THEN 'failed' ELSE 'pending' END,
              next_attempt_at = coalesce(r.next_attempt_at, d.next_attempt_at),
              lease_until = NULL,
              last_status_code = r.status_code,
              last_error = r.error,
              delivered_at = CASE WHEN r.succeeded THEN now() ELSE d.delivered_at END
         FROM r
        WHERE d.id = r.delivery_id AND d.attempts = r.attempt AND d.status = 'delivering'`,
      [
        column('deliveryId'),
        column('attempt'),
        column('startedAt'),
        column('durationMs'),
        column('statusCode'),
        column('responseBody'),
        column('error'),
        column('succeeded'),
        column('nextAttemptAt'),
        healthy,
      ],
    );
    if (failing.length === 0) return [];
    await queryRows(
      manager,
      `UPDATE ${this.s}.webhook_endpoints e SET failing_since = f.at
         FROM unnest($1::uuid[], $2::timestamptz[]) AS f(id, at)
        WHERE e.id = f.id AND e.failing_since IS NULL`,
      [failing.map((result) => result.endpointId), failing.map((result) => result.startedAt)],
    );
    const disabled = await queryRows<{
      id: string;
      organisation_id: string;
      url: string;
      failing_since: Date;
    }>(
      manager,
      `UPDATE ${this.s}.webhook_endpoints
          SET enabled = false, disabled_at = now(), disabled_reason = 'failing', version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND enabled
          AND failing_since <= now() - make_interval(secs => $2::float8 / 1000)
        RETURNING id, organisation_id, url, failing_since`,
      [failing.map((result) => result.endpointId), disableAfterMs],
    );
    if (disabled.length > 0) {
      // Its owner is told through the outbox, committed with the disabling itself.
      await this.outbox.append(
        manager,
        ...disabled.map((row) => ({
          topic: TOPICS.webhookEndpoints,
          type: EVENT_TYPES.webhookEndpointDisabled,
          subject: row.id,
          data: {
            endpointId: row.id,
            organisationId: row.organisation_id,
            reason: 'failing',
            failingSince: row.failing_since.toISOString(),
            occurredAt: new Date().toISOString(),
          } satisfies WebhookEndpointDisabledV1,
        })),
      );
      await queryRows(
        manager,
        `UPDATE ${this.s}.webhook_deliveries
            SET status = 'failed', last_error = coalesce(last_error || '; ', '') || 'endpoint disabled after failing for too long'
          WHERE endpoint_id = ANY($1::uuid[]) AND status = 'pending'`,
        [disabled.map((row) => row.id)],
      );
    }
    return disabled.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      url: row.url,
      failingSince: row.failing_since,
    }));
  }

  /**
   * Keeps a consumed event and queues it for every matching enabled endpoint of its organisation,
   * in the handler's transaction (the one holding the event's inbox row): exactly one delivery per
   * (endpoint, event). An event whose organisation is not known yet is kept unrouted.
   */
  async intake(
    manager: EntityManager,
    event: {
      id: string;
      type: string;
      eventId: string | null;
      time: string;
      body: string;
    },
  ): Promise<void> {
    // One prepared statement, one round trip: this runs for every event consumed, one at a time per
    // partition, so its latency bounds the intake rate. The owner is looked up inside it.
    const runner = manager.queryRunner;
    if (!runner) throw new Error('intake runs inside the inbox transaction');
    await queryPrepared(runner, 'webhook_intake', this.intakeSql, [
      event.id,
      event.type,
      this.channel,
      event.eventId,
      event.time,
      event.body,
    ]);
  }

  private get intakeSql(): string {
    return `WITH kept AS (
        INSERT INTO ${this.s}.webhook_events (id, type, organisation_id, event_id, occurred_at, body)
        VALUES ($1, $2, (SELECT organisation_id FROM ${this.s}.webhook_event_owners WHERE event_id = $4::uuid),
                $4::uuid, $5, $6)
        ON CONFLICT (id) DO NOTHING
        RETURNING id, type, organisation_id, event_id
      ), queued AS (
        INSERT INTO ${this.s}.webhook_deliveries (id, endpoint_id, message_id, status, next_attempt_at, created_at)
        SELECT gen_random_uuid(), e.id, kept.id, 'pending', now(), date_trunc('milliseconds', now())
          FROM kept JOIN ${this.s}.webhook_endpoints e
            ON e.organisation_id = kept.organisation_id AND e.enabled AND kept.type = ANY(e.event_types)
           AND (e.event_ids IS NULL OR kept.event_id = ANY(e.event_ids))
        ON CONFLICT (endpoint_id, message_id) DO NOTHING
        RETURNING 1
      )
      SELECT pg_notify($3, '') FROM (SELECT count(*) AS n FROM queued) q WHERE q.n > 0`;
  }

  /** Routes events kept without an organisation once their gathering's owner is known. */
  async routeWaiting(manager: EntityManager, eventId: string, organisationId: string): Promise<number> {
    const routed = await queryRows<{ id: string }>(
      manager,
      `UPDATE ${this.s}.webhook_events SET organisation_id = $2
        WHERE event_id = $1 AND organisation_id IS NULL RETURNING id`,
      [eventId, organisationId],
    );
    return routed.length > 0
      ? this.fanOut(
          manager,
          routed.map((row) => row.id),
        )
      : 0;
  }

  /**
   * Routes every kept event whose gathering's owner has become known. The intake and the owner's
   * arrival run in parallel transactions: an event stored unrouted just as its owner was learnt is
   * missed by `routeWaiting` (it could not see the uncommitted row) and caught here, seconds later.
   */
  async routeAllWaiting(): Promise<number> {
    return runInTransaction(this.dataSource, async (manager) => {
      const routed = await queryRows<{ id: string }>(
        manager,
        `UPDATE ${this.s}.webhook_events ev SET organisation_id = o.organisation_id
           FROM ${this.s}.webhook_event_owners o
          WHERE ev.organisation_id IS NULL AND o.event_id = ev.event_id AND o.organisation_id IS NOT NULL
          RETURNING ev.id`,
      );
      return routed.length > 0
        ? this.fanOut(
            manager,
            routed.map((row) => row.id),
          )
        : 0;
    });
  }

  private async fanOut(manager: EntityManager, messageIds: string[]): Promise<number> {
    const queued = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO ${this.s}.webhook_deliveries (id, endpoint_id, message_id, status, next_attempt_at, created_at)
       SELECT gen_random_uuid(), e.id, ev.id, 'pending', now(), date_trunc('milliseconds', now())
         FROM ${this.s}.webhook_events ev
         JOIN ${this.s}.webhook_endpoints e
           ON e.organisation_id = ev.organisation_id AND e.enabled AND ev.type = ANY(e.event_types)
          AND (e.event_ids IS NULL OR ev.event_id = ANY(e.event_ids))
        WHERE ev.id = ANY($1::uuid[])
       ON CONFLICT (endpoint_id, message_id) DO NOTHING
       RETURNING id`,
      [messageIds],
    );
    if (queued.length > 0) await this.notify(manager);
    return queued.length;
  }

  /** Wakes the workers when the transaction commits. */
  async notify(manager: EntityManager): Promise<void> {
    await queryRows(manager, `SELECT pg_notify($1, '')`, [this.channel]);
  }

  /**
   * Queues again what the endpoint's subscription matches among the events of [from, to): new
   * deliveries for events it never got, and finished ones (succeeded or failed) from the start of
   * the schedule. The `webhook-id` stays the event's id, so receivers recognise what they have.
   */
  async replay(endpointId: string, from: Date, to: Date): Promise<number> {
    return runInTransaction(this.dataSource, async (manager) => {
      const rows = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO ${this.s}.webhook_deliveries (id, endpoint_id, message_id, status, next_attempt_at, created_at)
         SELECT gen_random_uuid(), e.id, ev.id, 'pending', now(), date_trunc('milliseconds', now())
           FROM ${this.s}.webhook_endpoints e
           JOIN ${this.s}.webhook_events ev
             ON ev.organisation_id = e.organisation_id AND ev.type = ANY(e.event_types)
            AND (e.event_ids IS NULL OR ev.event_id = ANY(e.event_ids))
            AND ev.occurred_at >= $2 AND ev.occurred_at < $3
          WHERE e.id = $1
         ON CONFLICT (endpoint_id, message_id) DO UPDATE
            SET status = 'pending', attempts = 0, next_attempt_at = now(), lease_until = NULL
          WHERE ${this.s}.webhook_deliveries.status IN ('succeeded', 'failed')
         RETURNING id`,
        [endpointId, from, to],
      );
      if (rows.length > 0) await this.notify(manager);
      return rows.length;
    });
  }

  /** Starts a finished delivery's schedule again; false when it is still queued or in flight. */
  async retry(endpointId: string, deliveryId: string): Promise<'queued' | 'busy' | 'missing'> {
    return runInTransaction(this.dataSource, async (manager) => {
      const [row] = await queryRows<{ status: string }>(
        manager,
        `SELECT status FROM ${this.s}.webhook_deliveries WHERE id = $1 AND endpoint_id = $2 FOR UPDATE`,
        [deliveryId, endpointId],
      );
      if (!row) return 'missing';
      if (row.status === 'pending' || row.status === 'delivering') return 'busy';
      await queryRows(
        manager,
        `UPDATE ${this.s}.webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), lease_until = NULL
          WHERE id = $1`,
        [deliveryId],
      );
      await this.notify(manager);
      return 'queued';
    });
  }

  private get deliveryColumns(): string {
    return `SELECT d.id, d.message_id, ev.type, ev.occurred_at, d.status, d.attempts, d.next_attempt_at,
                   d.last_status_code, d.last_error, d.created_at, d.delivered_at
              FROM ${this.s}.webhook_deliveries d JOIN ${this.s}.webhook_events ev ON ev.id = d.message_id`;
  }

  async one(endpointId: string, deliveryId: string): Promise<DeliveryView | undefined> {
    const [row] = await queryRows<Record<string, unknown>>(
      this.dataSource.manager,
      `${this.deliveryColumns} WHERE d.endpoint_id = $1 AND d.id = $2`,
      [endpointId, deliveryId],
    );
    return row ? deliveryViewOf(row) : undefined;
  }

  async page(
    endpointId: string,
    status: DeliveryStatus | undefined,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<DeliveryView>> {
    const after = decodeTimestampCursor(cursor);
    const params: unknown[] = [endpointId, limit + 1];
    const conditions = ['d.endpoint_id = $1'];
    if (status) {
      params.push(status);
      conditions.push(`d.status = $${params.length}`);
    }
    if (after) {
      params.push(after.key, after.id);
      conditions.push(`(d.created_at, d.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows = await queryRows<Record<string, unknown>>(
      this.dataSource.manager,
      `${this.deliveryColumns}
        WHERE ${conditions.join(' AND ')}
        ORDER BY d.created_at DESC, d.id DESC LIMIT $2`,
      params,
    );
    const views = rows.map(deliveryViewOf);
    return toPage(views, limit, (view) => ({ key: view.createdAt.toISOString(), id: view.id }));
  }

  /** The latest 100 attempts of a delivery of this endpoint, oldest first; undefined when there is no such delivery. */
  async attempts(endpointId: string, deliveryId: string): Promise<AttemptView[] | undefined> {
    const found = await queryRows(
      this.dataSource.manager,
      `SELECT 1 FROM ${this.s}.webhook_deliveries WHERE id = $1 AND endpoint_id = $2`,
      [deliveryId, endpointId],
    );
    if (found.length === 0) return undefined;
    const rows = await queryRows<Record<string, unknown>>(
      this.dataSource.manager,
      `SELECT * FROM (
         SELECT id, attempt, started_at, duration_ms, status_code, response_body, error, succeeded
           FROM ${this.s}.webhook_attempts WHERE delivery_id = $1
          ORDER BY started_at DESC, id DESC LIMIT 100) latest
        ORDER BY started_at, id`,
      [deliveryId],
    );
    return rows.map((row) => ({
      id: row['id'] as string,
      attempt: row['attempt'] as number,
      startedAt: row['started_at'] as Date,
      durationMs: row['duration_ms'] as number,
      statusCode: row['status_code'] as number | null,
      responseBody: row['response_body'] as string | null,
      error: row['error'] as string | null,
      succeeded: row['succeeded'] as boolean,
    }));
  }

  /** Keeps a test ping with its one attempt, so it shows in the log like any delivery. */
  async recordPing(
    endpoint: { id: string; organisationId: string },
    ping: { id: string; type: string; time: string; body: string },
    outcome: Omit<AttemptRecord, 'deliveryId' | 'endpointId' | 'attempt' | 'nextAttemptAt'>,
  ): Promise<{ deliveryId: string; attemptId: string }> {
    return runInTransaction(this.dataSource, async (manager) => {
      await queryRows(
        manager,
        `INSERT INTO ${this.s}.webhook_events (id, type, organisation_id, event_id, occurred_at, body)
         VALUES ($1, $2, $3, NULL, $4, $5)`,
        [ping.id, ping.type, endpoint.organisationId, ping.time, ping.body],
      );
      const [delivery] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO ${this.s}.webhook_deliveries
                (id, endpoint_id, message_id, status, attempts, next_attempt_at, last_status_code, last_error, created_at, delivered_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 1, $4, $5, $6, $4, $7) RETURNING id`,
        [
          endpoint.id,
          ping.id,
          outcome.succeeded ? 'succeeded' : 'failed',
          outcome.startedAt,
          outcome.statusCode,
          outcome.error,
          outcome.succeeded ? new Date() : null,
        ],
      );
      const deliveryId = (delivery as { id: string }).id;
      const [attempt] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO ${this.s}.webhook_attempts
                (id, delivery_id, attempt, started_at, duration_ms, status_code, response_body, error, succeeded)
         VALUES (gen_random_uuid(), $1, 1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          deliveryId,
          outcome.startedAt,
          outcome.durationMs,
          outcome.statusCode,
          outcome.responseBody,
          outcome.error,
          outcome.succeeded,
        ],
      );
      return { deliveryId, attemptId: (attempt as { id: string }).id };
    });
  }

  /** Forgets events older than the retention, with their deliveries and attempts. */
  async purge(retentionDays: number): Promise<number> {
    const rows = await queryRows(
      this.dataSource.manager,
      `WITH old AS (
         SELECT id FROM ${this.s}.webhook_events WHERE received_at < now() - make_interval(days => $1) LIMIT 5000)
       DELETE FROM ${this.s}.webhook_events ev USING old
        WHERE ev.id = old.id
          AND NOT EXISTS (SELECT 1 FROM ${this.s}.webhook_deliveries d
                           WHERE d.message_id = ev.id AND d.status IN ('pending', 'delivering'))
       RETURNING ev.id`,
      [retentionDays],
    );
    return rows.length;
  }
}
