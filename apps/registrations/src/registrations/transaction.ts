import type { DataSource, EntityManager } from 'typeorm';
import { isRetryableTransactionError } from '@jiyn/persistence';

/**
 * Runs `work` in a transaction, again (up to three times) when PostgreSQL aborts it for a deadlock
 * or a serialization failure: those say nothing about the input, so the caller never sees a 500.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= 3 || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}

/**
 * `load()` once per `shared` map — the importer passes one per batch transaction, so rows of the
 * batch read the event and its settings once — and every time without one.
 */
export async function once<T>(
  shared: Map<string, unknown> | undefined,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  if (!shared) return load();
  if (!shared.has(key)) shared.set(key, await load());
  return shared.get(key) as T;
}
