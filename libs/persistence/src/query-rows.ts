import type { EntityManager } from 'typeorm';

/**
 * Runs SQL and returns its rows, whatever the statement. `EntityManager.query` returns
 * `[rows, affectedCount]` for UPDATE and DELETE but plain rows otherwise, so `UPDATE … RETURNING`
 * read through it always looks like two rows — an overbooking bug waiting to happen.
 */
export async function queryRows<T = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.dataSource.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    return result.records as T[];
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}
