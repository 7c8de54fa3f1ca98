import type { EntityManager } from 'typeorm';
import { queryRows } from './query-rows';

/**
 * Writes a projection row only if it is newer than what is stored (by `version`), so replays,
 * duplicates and out-of-order deliveries leave the projection unchanged. Returns whether it wrote.
 * `key` is the conflict target: one column, or the columns of a composite primary key.
 */
export async function upsertIfNewer(
  manager: EntityManager,
  table: string,
  key: string | readonly string[],
  row: Record<string, unknown> & { version: number },
): Promise<boolean> {
  const keys: readonly string[] = typeof key === 'string' ? [key] : key;
  const columns = Object.keys(row);
  if (keys.length === 0 || keys.some((column) => !columns.includes(column))) {
    throw new Error(`upsertIfNewer: every key column (${keys.join(', ')}) must be in the row`);
  }
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  const updates = columns
    .filter((column) => !keys.includes(column))
    .map((column) => `"${column}" = EXCLUDED."${column}"`);
  const result = await queryRows(
    manager,
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders.join(', ')})
     ON CONFLICT (${keys.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET ${updates.join(', ')} WHERE ${table}.version < EXCLUDED.version
     RETURNING 1`,
    columns.map((column) => row[column]),
  );
  return result.length > 0;
}
