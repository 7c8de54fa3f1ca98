/** SQLSTATE codes we act on (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_CHECK_VIOLATION = '23514';
export const PG_SERIALIZATION_FAILURE = '40001';
export const PG_DEADLOCK_DETECTED = '40P01';
/** statement_timeout (also a cancel request): the statement, and its transaction, were rolled back. */
export const PG_QUERY_CANCELED = '57014';
/** lock_timeout or NOWAIT: the lock was not granted in time. */
export const PG_LOCK_NOT_AVAILABLE = '55P03';

interface DriverError {
  code?: string;
  constraint?: string;
  driverError?: { code?: string; constraint?: string };
}

function driverError(error: unknown): { code?: string; constraint?: string } {
  const e = error as DriverError | null;
  return e?.driverError ?? e ?? {};
}

/** True when `error` is a unique violation, optionally of one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const { code, constraint: name } = driverError(error);
  return code === PG_UNIQUE_VIOLATION && (constraint === undefined || name === constraint);
}

/** A deadlock or serialization failure: PostgreSQL rolled the transaction back and running it again may succeed. */
export function isRetryableTransactionError(error: unknown): boolean {
  return databaseFailureOf(error) === 'conflict';
}

/** Node's errors for a connection that could not be made or was lost. */
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

/**
 * What pg and its pool say when there is no connection to speak of: cut while in use, handed out
 * after it broke, or not had from the pool in time (connectionTimeoutMillis).
 */
const LOST_CONNECTION_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|not queryable|Client was closed/i;

/**
 * Why the database, not the request, failed:
 * - `conflict`: a deadlock or serialization failure; the transaction was rolled back and may be run again;
 * - `timeout`: statement_timeout or lock_timeout; the statement was rolled back;
 * - `unavailable`: no connection (refused, cut, terminated, the server shutting down or starting,
 *   too many connections, none free in the pool in time).
 * Undefined for everything else: errors in the data or the code.
 */
export type DatabaseFailure = 'conflict' | 'timeout' | 'unavailable';

export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  const { code } = driverError(error);
  if (typeof code === 'string') {
    if (code === PG_SERIALIZATION_FAILURE || code === PG_DEADLOCK_DETECTED) return 'conflict';
    if (code === PG_QUERY_CANCELED || code === PG_LOCK_NOT_AVAILABLE) return 'timeout';
    if (code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code)) return 'unavailable';
    if (CONNECTION_ERRNOS.has(code)) return 'unavailable';
  }
  const message = error instanceof Error ? error.message : '';
  return LOST_CONNECTION_MESSAGES.test(message) ? 'unavailable' : undefined;
}

/**
 * True when the database, not the data, is the problem: the connection failed or was cut, or the
 * transaction lost a serialization race. Retrying later succeeds; nothing about the input is wrong.
 * (Consumers wait for these without using up a message's attempts; a statement timeout is not one
 * of them, so a message whose handler always times out still ends in the dead-letter topic.)
 */
export function isTransientDatabaseError(error: unknown): boolean {
  const failure = databaseFailureOf(error);
  return failure === 'conflict' || failure === 'unavailable';
}
