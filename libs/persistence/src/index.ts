export {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_STATEMENT_TIMEOUT_MS,
  createServiceDataSource,
  migrateServiceDatabase,
  runMigrationsCommand,
  type ServiceDatabaseOptions,
} from './data-source';
export {
  PG_CHECK_VIOLATION,
  PG_DEADLOCK_DETECTED,
  PG_LOCK_NOT_AVAILABLE,
  PG_QUERY_CANCELED,
  PG_SERIALIZATION_FAILURE,
  PG_UNIQUE_VIOLATION,
  databaseFailureOf,
  isRetryableTransactionError,
  isTransientDatabaseError,
  isUniqueViolation,
  type DatabaseFailure,
} from './postgres-errors';
export {
  DEFAULT_RETRY_POLICY,
  retryDelayMs,
  retryOnConflict,
  runInTransaction,
  type RetryPolicy,
  type TransactionOptions,
} from './transaction-retry';
export { databaseUnavailableProblem } from './database-unavailable';
export {
  InvalidCursorError,
  PageQuery,
  decodeCursor,
  decodeTimestampCursor,
  encodeCursor,
  pageInCreationOrder,
  toPage,
  type KeysetPosition,
  type Page,
} from './keyset-cursor';
export { PersistenceModule } from './persistence.module';
export { upsertIfNewer } from './versioned-upsert';
export { VersionedProjection } from './versioned-projection';
export { queryPrepared, queryRows } from './query-rows';
export { PageOf } from './page-of';
