import type { EntityManager } from 'typeorm';
import { queryRows } from './query-rows';

/**
 * Writes a projection row only if it is newer than what is stored (by `version`), so replays,
 * duplicates and out-of-order deliveries leave the projection unchanged. Returns whether it wrote.
 */
export async function upsertIfNewer(
  manager: EntityManager,
  table: string,
  key: string,
  row: Record<string, unknown> & { version: number },
): Promise<boolean> {
  const columns = Object.keys(row);
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  const updates = columns
    .filter((column) => column !== key)
    .map((column) => `"${column}" = EXCLUDED."${column}"`);
  const result = await queryRows(
    manager,
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders.join(', ')})
     ON CONFLICT ("${key}") DO UPDATE SET ${updates.join(', ')} WHERE ${table}.version < EXCLUDED.version
     RETURNING 1`,
    columns.map((column) => row[column]),
  );
  return result.length > 0;
}
