import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { queryPrepared } from '@jiyn/persistence';
import type { AuditEntry } from './audit-entry';

/**
 * One statement for any number of entries (a column of values per array), so it is prepared once per
 * connection and PostgreSQL neither parses nor plans it again. Each entry's own arrays travel as
 * array literals and are cast back.
 */
const INSERT_ENTRIES = `
  INSERT INTO access.audit_log (kind, principal_id, principal_kind, organisation_id, method, route,
    target_ids, status, personal_data, correlation_id, client_address)
  SELECT e.kind, e.principal_id, e.principal_kind, e.organisation_id, e.method, e.route,
         e.target_ids::uuid[], e.status, e.personal_data::text[], e.correlation_id, e.client_address
    FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                $8::smallint[], $9::text[], $10::text[], $11::inet[])
      AS e(kind, principal_id, principal_kind, organisation_id, method, route, target_ids, status,
           personal_data, correlation_id, client_address)`;

/** A PostgreSQL array literal of strings, every element quoted: `{"a","b"}`. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Most entries one INSERT carries: a bounded statement, however long the database was away. */
const MAX_BATCH = 500;

/** Entries held while the database does not take them; beyond this the oldest are dropped (and logged). */
const MAX_PENDING = 10_000;
const RETRY_INTERVAL_MS = 2_000;

/**
 * Writes each entry before the answer leaves the gateway: a caller never sees a state change
 * acknowledged whose entry is not committed, and a crash can lose only entries of requests that got
 * no answer. Entries of requests answered together are written together (group commit): those that
 * arrive while one INSERT is under way go in the next, one statement for many, so a busy gateway does
 * not pay a round trip per request. If the database refuses, the entries are held in memory and
 * retried (and written at shutdown, after the last request and before the database closes).
 */
@Injectable()
export class AuditWriter implements OnModuleInit, OnApplicationShutdown {
  private readonly pending: AuditEntry[] = [];
  private readonly queue: { entry: AuditEntry; written: () => void }[] = [];
  private draining?: Promise<void>;
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

  /** Resolves once the entry is committed (or held for retry, the database refusing it). */
  record(entry: AuditEntry): Promise<void> {
    return new Promise((written) => {
      this.queue.push({ entry, written });
      this.draining ??= this.drain().finally(() => (this.draining = undefined));
    });
  }

  private async drain(): Promise<void> {
    // Let the requests answered in this turn of the event loop join the first INSERT.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const entries = batch.map(({ entry }) => entry);
      try {
        await this.insert(entries);
      } catch {
        // One at a time, so an entry the database refuses holds back none but itself.
        for (const entry of entries) await this.insertOrHold(entry);
      }
      batch.forEach(({ written }) => written());
    }
  }

  private async insertOrHold(entry: AuditEntry): Promise<void> {
    try {
      await this.insert([entry]);
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
        const entries = this.pending.slice(0, MAX_BATCH);
        try {
          await this.insert(entries);
        } catch {
          return;
        }
        this.pending.splice(0, entries.length);
      }
    })().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.draining;
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

  private async insert(entries: AuditEntry[]): Promise<void> {
    const column = <T>(value: (entry: AuditEntry) => T): T[] => entries.map(value);
    const runner = this.dataSource.createQueryRunner();
    try {
      await queryPrepared(runner, 'access.audit-log-insert', INSERT_ENTRIES, [
        column((entry) => entry.kind),
        column((entry) => entry.principalId),
        column((entry) => entry.principalKind),
        column((entry) => entry.organisationId),
        column((entry) => entry.method),
        column((entry) => entry.route),
        column((entry) => arrayLiteral(entry.targetIds)),
        column((entry) => entry.status),
        column((entry) => arrayLiteral(entry.personalData)),
        column((entry) => entry.correlationId),
        column((entry) => entry.clientAddress),
      ]);
    } finally {
      await runner.release();
    }
  }
}
