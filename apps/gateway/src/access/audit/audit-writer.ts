import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '@jiyn/observability';
import type { AuditEntry } from './audit-entry';

const INSERT = `
  INSERT INTO access.audit_log (kind, principal_id, principal_kind, organisation_id, method, route,
    target_ids, status, personal_data, correlation_id, client_address)
  VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8, $9::text[], $10, $11::inet)`;

/** Entries held while the database does not take them; beyond this the oldest are dropped (and logged). */
const MAX_PENDING = 10_000;
const RETRY_INTERVAL_MS = 2_000;

/**
 * Writes each entry synchronously, before the answer leaves the gateway: a caller never sees a
 * state change acknowledged whose entry is not committed, and a crash can lose only entries of
 * requests that got no answer. If the database refuses the insert, the entry is held in memory and
 * retried (and written at shutdown, after the last request and before the database closes).
 */
@Injectable()
export class AuditWriter implements OnModuleInit, OnApplicationShutdown {
  private readonly pending: AuditEntry[] = [];
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), RETRY_INTERVAL_MS);
    this.timer.unref();
  }

  async record(entry: AuditEntry): Promise<void> {
    try {
      await this.insert(entry);
    } catch (error) {
      this.logger.error(
        { err: error, route: entry.route, correlationId: entry.correlationId },
        'audit entry held for retry',
      );
      this.hold(entry);
    }
  }

  /** Entries waiting for the database. */
  get backlog(): number {
    return this.pending.length;
  }

  async flush(): Promise<void> {
    this.flushing ??= (async () => {
      while (this.pending.length > 0) {
        const entry = this.pending[0] as AuditEntry;
        try {
          await this.insert(entry);
        } catch {
          return;
        }
        this.pending.shift();
      }
    })().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
    if (this.pending.length > 0)
      this.logger.error({ lost: this.pending.length }, 'audit entries could not be written before shutdown');
  }

  private hold(entry: AuditEntry): void {
    this.pending.push(entry);
    if (this.pending.length > MAX_PENDING) {
      const dropped = this.pending.shift();
      this.logger.error(
        { route: dropped?.route, correlationId: dropped?.correlationId },
        'audit entry dropped',
      );
    }
  }

  private async insert(entry: AuditEntry): Promise<void> {
    await this.dataSource.query(INSERT, [
      entry.kind,
      entry.principalId,
      entry.principalKind,
      entry.organisationId,
      entry.method,
      entry.route,
      entry.targetIds,
      entry.status,
      entry.personalData,
      entry.correlationId,
      entry.clientAddress,
    ]);
  }
}
