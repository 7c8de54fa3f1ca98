import type { DataSource, EntityManager } from 'typeorm';
import { isRetryableTransactionError } from './postgres-errors';

/**
 * How often a unit of work is run again after a deadlock or serialization failure, and how long
 * to wait in between: exponential from `baseDelayMs`, capped at `maxDelayMs`, each wait drawn at
 * random from its upper half so that the transactions that collided do not collide again in step.
 */
export interface RetryPolicy {
  /** Runs in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Five runs: a deadlock is rare and settles at once; five in a row mean the rows are contended
 * beyond what waiting a little more would fix, and the caller gets a 503 to retry later. The waits
 * (at most ~25 + 50 + 100 + 200 ms) stay far below PostgreSQL's own deadlock detection (1 s).
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 25, maxDelayMs: 500 };

/** The wait before run `attempt + 1`: from [d/2, d) with d = min(max, base · 2^(attempt-1)). */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * Runs `work` and, when PostgreSQL aborted it for a deadlock or a serialization failure, runs it
 * again per `policy`; its last error is thrown when every run failed so. `work` must be atomic as a
 * whole — one transaction or one statement — since only then does an abort leave nothing behind.
 * Errors of any other kind are thrown at once.
 */
export async function retryOnConflict<T>(
  work: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt, policy)));
    }
  }
}

export interface TransactionOptions {
  retry?: RetryPolicy;
}

/**
 * The way every service writes: `work` in one transaction, run again from the start (a new
 * transaction, `work` called afresh) after a deadlock or serialization failure. Whatever `work`
 * computes must come from inside it: a retry repeats all of it, so nothing is applied twice.
 * Never call it inside another transaction — a retry there would not undo the outer one's work.
 */
export function runInTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  return retryOnConflict(() => dataSource.transaction(work), options.retry);
}
