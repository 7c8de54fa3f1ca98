export {
  createServiceDataSource,
  migrateServiceDatabase,
  runMigrationsCommand,
  type ServiceDatabaseOptions,
} from './data-source';
export {
  PG_CHECK_VIOLATION,
  PG_DEADLOCK_DETECTED,
  PG_SERIALIZATION_FAILURE,
  PG_UNIQUE_VIOLATION,
  isRetryableTransactionError,
  isTransientDatabaseError,
  isUniqueViolation,
} from './postgres-errors';
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
export { queryPrepared, queryRows } from './query-rows';
