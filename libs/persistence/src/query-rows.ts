import type pg from 'pg';
import type { EntityManager, QueryRunner } from 'typeorm';

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

/**
 * Runs a hot statement as a named prepared statement of the runner's connection: PostgreSQL parses
 * and analyses it once per connection instead of on every call (for a statement of several CTEs,
 * a good part of its cost). `sql` must never change for a given `name`.
 */
export async function queryPrepared<T = Record<string, unknown>>(
  runner: QueryRunner,
  name: string,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const client = (await runner.connect()) as pg.PoolClient;
  const result = await client.query<T & pg.QueryResultRow>({ name, text: sql, values: params });
  return result.rows;
}
