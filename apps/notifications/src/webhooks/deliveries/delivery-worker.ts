import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { RetrySchedule } from '../delivery/retry-schedule';
import { TargetGuard } from '../delivery/target-guard';
import { WebhookSender } from '../delivery/webhook-sender';
import { SecretCipher } from '../signing/secret-cipher';
import { keyOf, signDelivery } from '../signing/standard-webhooks';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhook-settings';
import {
  WebhookDeliveriesRepository,
  type AttemptRecord,
  type ClaimedDelivery,
} from './webhook-deliveries.repository';

/** How often the worker looks for due retries when nothing wakes it, and when NOTIFY is lost. */
const POLL_INTERVAL_MS = 1_000;
/**
 * Results are written in batches, one transaction per flush: at once when no flush is running,
 * else gathered while it runs. An endpoint's slots free up only once its results are recorded.
 */
const FLUSH_BATCH = 500;
const PURGE_INTERVAL_MS = 3_600_000;
/** How soon an event that raced its gathering's owner is routed after all. */
const ROUTE_WAITING_INTERVAL_MS = 2_000;

/**
 * Delivers queued webhooks: claims due deliveries (each endpoint's concurrency limit enforced by
 * the claim, over every replica), signs each attempt with the endpoint's secrets in force, posts
 * it, and records the outcome with the next attempt per the retry schedule. Woken by NOTIFY when
 * deliveries are queued, by its own results, and by a poll for retries that fall due.
 *
 * Guarantee: at least once, with the same `webhook-id`. A delivery is `delivering` under a lease
 * while its attempt runs; a process killed mid-attempt (kill -9) leaves the lease to run out
 * (3 × the timeout) and the delivery is claimed and sent again — the only duplicates are attempts
 * that were in flight, or answered but not yet recorded, at the crash. Nothing queued is lost: the
 * queue is in PostgreSQL, written in the same transaction as the event's inbox row.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sender: WebhookSender;
  private readonly cipher: SecretCipher;
  private readonly schedule: RetrySchedule;
  private readonly leaseMs: number;
  private running = false;
  private inFlight = 0;
  private pumping = false;
  private pumpAgain = false;
  private results: AttemptRecord[] = [];
  private flushing?: Promise<void>;
  private flushTimer?: NodeJS.Timeout;
  private pollTimer?: NodeJS.Timeout;
  private purgeTimer?: NodeJS.Timeout;
  private routeTimer?: NodeJS.Timeout;
  private listener?: pg.Client;
  private readonly attempts = new Set<Promise<void>>();
  /** A NOTIFY came while busy: claim again once the running flush is done. */
  private notified = false;

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {
    this.sender = new WebhookSender(new TargetGuard(settings.allowedNetworks), settings.timeoutMs);
    this.cipher = new SecretCipher(settings.encryptionKey);
    this.schedule = new RetrySchedule(settings.retryDelaysMs);
    this.leaseMs = 3 * settings.timeoutMs;
  }

  onApplicationBootstrap(): void {
    this.running = true;
    void this.listen();
    this.pollTimer = setInterval(() => this.pump(), POLL_INTERVAL_MS);
    this.purgeTimer = setInterval(() => void this.purge(), PURGE_INTERVAL_MS);
    this.routeTimer = setInterval(() => void this.routeWaiting(), ROUTE_WAITING_INTERVAL_MS);
    this.pump();
  }

  /** Stops claiming, lets the attempts in flight finish (each within the timeout) and records them. */
  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    clearInterval(this.pollTimer);
    clearInterval(this.purgeTimer);
    clearInterval(this.routeTimer);
    await this.listener?.end().catch(() => undefined);
    await Promise.allSettled([...this.attempts]);
    await this.flush();
    await this.sender.close();
  }

  /** Claims as many due deliveries as there is room for, and starts them. */
  private pump(): void {
    if (!this.running) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    void this.claimAndStart()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'webhook deliveries could not be claimed; retrying'),
      )
      .finally(() => {
        this.pumping = false;
        if (this.pumpAgain) {
          this.pumpAgain = false;
          this.pump();
        }
      });
  }

  private async claimAndStart(): Promise<void> {
    while (this.running) {
      const room = this.settings.workerConcurrency - this.inFlight;
      if (room <= 0) return;
      const claimed = await this.deliveries.claim(room, this.leaseMs);
      for (const delivery of claimed) this.start(delivery);
      if (claimed.length < room) return;
    }
  }

  private start(delivery: ClaimedDelivery): void {
    this.inFlight += 1;
    const attempt = this.attempt(delivery)
      .then((record) => {
        this.results.push(record);
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error, deliveryId: delivery.id }, 'webhook attempt failed unexpectedly'),
      )
      .finally(() => {
        this.inFlight -= 1;
        this.attempts.delete(attempt);
        this.scheduleFlush();
      });
    this.attempts.add(attempt);
  }

  /** Opened signing keys by sealed form (a rotation seals anew, so a stale entry is never used). */
  private readonly keys = new Map<string, Buffer>();

  private keyOf(sealed: string, endpointId: string): Buffer {
    let key = this.keys.get(sealed);
    if (!key) {
      if (this.keys.size >= 10_000) this.keys.clear();
      key = keyOf(this.cipher.open(sealed, endpointId));
      this.keys.set(sealed, key);
    }
    return key;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<AttemptRecord> {
    const startedAt = new Date();
    const keys = [this.keyOf(delivery.secretSealed, delivery.endpointId)];
    if (
      delivery.previousSecretSealed &&
      delivery.previousSecretExpiresAt &&
      delivery.previousSecretExpiresAt > startedAt
    ) {
      keys.push(this.keyOf(delivery.previousSecretSealed, delivery.endpointId));
    }
    const outcome = await this.sender.send({
      url: delivery.url,
      headers: signDelivery(keys, delivery.messageId, delivery.body, startedAt),
      body: delivery.body,
    });
    return {
      deliveryId: delivery.id,
      endpointId: delivery.endpointId,
      attempt: delivery.attempt,
      startedAt,
      ...outcome,
      nextAttemptAt: outcome.succeeded
        ? null
        : (this.schedule.nextAttemptAt(delivery.attempt, new Date()) ?? null),
    };
  }

  private scheduleFlush(): void {
    if (this.flushing && this.results.length < FLUSH_BATCH) return; // the running flush takes them next
    this.flushTimer ??= setTimeout(() => void this.flush(), 0);
  }

  /** Writes the results gathered so far; one flush at a time, a failed one kept for the next. */
  private async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    while (this.flushing) await this.flushing;
    if (this.results.length === 0) return;
    const batch = this.results;
    this.results = [];
    this.notified = false; // this flush's claim sees everything queued until now
    // Recording frees the endpoints' slots: the same transaction claims what may go next.
    const room = this.running ? Math.max(0, this.settings.workerConcurrency - this.inFlight) : 0;
    this.flushing = this.deliveries
      .recordAndClaim(batch, this.settings.disableAfterMs, { limit: room, leaseMs: this.leaseMs })
      .then(({ disabled, claimed }) => {
        for (const delivery of claimed) this.start(delivery);
        for (const endpoint of disabled) {
          this.logger.warn(
            {
              endpointId: endpoint.id,
              organisationId: endpoint.organisationId,
              failingSince: endpoint.failingSince,
            },
            'webhook endpoint disabled after failing for too long; its owner is told (webhook.endpoint-disabled)',
          );
        }
      })
      .catch((error: unknown) => {
        // The leases keep the deliveries; recording is tried again with the next flush.
        this.logger.warn(
          { err: error, results: batch.length },
          'webhook results could not be recorded; retrying',
        );
        this.results.unshift(...batch);
        this.flushTimer ??= setTimeout(() => void this.flush(), 1_000);
      })
      .finally(() => {
        this.flushing = undefined;
        if (this.results.length > 0) this.scheduleFlush();
        // Deliveries queued while this flush ran may have missed its claim. With attempts still in
        // flight the next flush claims them; with none, nothing would until the poll: look now.
        if (this.notified && this.inFlight === 0) {
          this.notified = false;
          this.pump();
        }
      });
    await this.flushing;
  }

  private async routeWaiting(): Promise<void> {
    try {
      await this.deliveries.routeAllWaiting();
    } catch (error) {
      this.logger.warn({ err: error }, 'waiting webhook events could not be routed; trying again');
    }
  }

  private async purge(): Promise<void> {
    try {
      const purged = await this.deliveries.purge(this.settings.eventRetentionDays);
      if (purged > 0) this.logger.info({ purged }, 'webhook events past their retention purged');
    } catch (error) {
      this.logger.warn({ err: error }, 'webhook events could not be purged; trying again later');
    }
  }

  private async listen(): Promise<void> {
    if (!this.running) return;
    const client = new pg.Client({
      connectionString: this.settings.databaseUrl,
      application_name: 'notifications-webhooks-listen',
    });
    // While attempts are in flight, their results' flush claims what is due (new deliveries
    // included): a claim per NOTIFY on top would only find the endpoints' slots taken.
    client.on('notification', () => {
      if (this.inFlight === 0 && !this.flushing) this.pump();
      else this.notified = true;
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'webhook listener lost its connection; polling until it is back');
      this.listener = undefined;
      if (this.running) setTimeout(() => void this.listen(), 1_000);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.deliveries.channel}`);
      this.listener = client;
      this.pump();
    } catch (error) {
      this.logger.warn({ err: error }, 'webhook listener could not connect; retrying');
      await client.end().catch(() => undefined);
      if (this.running) setTimeout(() => void this.listen(), 1_000);
    }
  }
}
