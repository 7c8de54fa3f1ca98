import pg from 'pg';
import { DataSource, type EntitySchema, type MigrationInterface } from 'typeorm';

type EntityTarget = (new (...args: never[]) => unknown) | EntitySchema;

export interface ServiceDatabaseOptions {
  url: string;
  /** The PostgreSQL schema this service owns; no other service reads it. */
  schema: string;
  entities: EntityTarget[];
  migrations: (new () => MigrationInterface)[];
  poolSize?: number;
  applicationName: string;
  /** Longest a statement may run (lock waits included) before PostgreSQL cancels it; 0: no limit. */
  statementTimeoutMs?: number;
  /** Longest a caller waits for a pooled connection, or for a new one to be made. */
  connectTimeoutMs?: number;
}

/**
 * A request's statements take milliseconds (the slowest, an export's read or an import batch's
 * statement, well under one second); one that runs for seconds is stuck behind a lock or on an
 * overloaded server. Five seconds answers it with a 503 well inside the gateway's 30 s, before
 * the client gives up, and leaves a wide margin for a busy moment.
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;
/** The pool is sized for bursts; a request waiting this long for a connection would wait on anyway. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/** A service's DataSource: its own schema, its own migrations table, `synchronize` off. */
export function createServiceDataSource(options: ServiceDatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // TypeORM's own error log prints query parameters, which carry personal data (names, IIN,
    // e-mail). Errors are thrown and logged by the caller, through the redacting error serializer.
    logging: false,
    applicationName: options.applicationName,
    poolSize: options.poolSize ?? 10,
    extra: {
      statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: 60_000,
    },
  });
}

/**
 * Creates the schema (the migrations table lives inside it, so it must exist first) and applies
 * pending migrations. Safe to run concurrently from several instances: an advisory lock serialises them.
 */
export async function migrateServiceDatabase(options: ServiceDatabaseOptions): Promise<string[]> {
  const client = new pg.Client({
    connectionString: options.url,
    application_name: `${options.applicationName}-migrate`,
  });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`jiyn:migrate:${options.schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    // A migration may rewrite a whole table or build an index: no request's statement timeout here.
    const dataSource = createServiceDataSource({ ...options, poolSize: 2, statementTimeoutMs: 0 });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await client
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`jiyn:migrate:${options.schema}`])
      .catch(() => undefined);
    await client.end();
  }
}

/** Entry point of an app's `migrate` script: applies pending migrations and reports them on stderr. */
export async function runMigrationsCommand(options: ServiceDatabaseOptions): Promise<void> {
  const applied = await migrateServiceDatabase(options);
  process.stderr.write(
    `${JSON.stringify({ level: 'info', schema: options.schema, message: 'migrations applied', applied })}\n`,
  );
}
