/** SQLSTATE codes we act on (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_CHECK_VIOLATION = '23514';
export const PG_SERIALIZATION_FAILURE = '40001';
export const PG_DEADLOCK_DETECTED = '40P01';

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

export function isRetryableTransactionError(error: unknown): boolean {
  const { code } = driverError(error);
  return code === PG_SERIALIZATION_FAILURE || code === PG_DEADLOCK_DETECTED;
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
 * True when the database, not the data, is the problem: the connection failed or was cut
 * (SQLSTATE class 08, server shutting down or starting, too many connections), or the
 * transaction lost a serialization race. Retrying later succeeds; nothing about the input is wrong.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  const { code } = driverError(error);
  if (typeof code === 'string') {
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300')
      return true;
    if (code === PG_SERIALIZATION_FAILURE || code === PG_DEADLOCK_DETECTED) return true;
    if (CONNECTION_ERRNOS.has(code)) return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message);
}
