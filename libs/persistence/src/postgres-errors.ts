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
