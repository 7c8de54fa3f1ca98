import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ProblemException } from '@jiyn/problems';

/**
 * Opaque keyset cursors: the last row's sort key and id, base64url-encoded. Lists order by
 * (sortKey, id) so the order is stable even when sort keys repeat.
 */
export interface KeysetPosition {
  key: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** A cursor we did not issue is the caller's mistake: a field error on `cursor`. */
export class InvalidCursorError extends ProblemException {
  constructor() {
    super('validation', { errors: [{ field: 'cursor', code: 'invalidCursor' }] });
    this.name = 'InvalidCursorError';
  }
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      return { key: value[0] as string, id: value[1] as string };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A cursor over (timestamp, uuid), checked before it reaches SQL: a well-formed but forged cursor
 * must be a 400, not a cast error from PostgreSQL.
 */
export function decodeTimestampCursor(cursor: string | undefined): KeysetPosition | undefined {
  const position = decodeCursor(cursor);
  if (position && !(isIssuedTimestamp(position.key) && UUID.test(position.id))) {
    throw new InvalidCursorError();
  }
  return position;
}

/**
 * Cursors carry `Date.toISOString()` output of stored rows; anything else (2024-02-31, which JS rolls
 * over; year 0000 or ±275760, which JS has and PostgreSQL does not) was not ours.
 */
function isIssuedTimestamp(key: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(key) || key.startsWith('0000')) return false;
  const date = new Date(key);
  return !Number.isNaN(date.getTime()) && date.toISOString() === key;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only tells whether a next page exists. */
export function toPage<T>(rows: T[], limit: number, positionOf: (row: T) => KeysetPosition): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null };
}

/** `cursor` and `limit` query parameters every list accepts; no list is unbounded. */
export class PageQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** Language of error messages, as an alternative to Accept-Language. */
  @ApiPropertyOptional({ enum: ['kk', 'ru', 'en'] })
  @IsOptional()
  @IsIn(SUPPORTED_LANGUAGES)
  lang?: string;
}

/**
 * One page of rows in creation order, keyed on (created_at, id). Rows must carry millisecond
 * `createdAt` values set by the application, so the ISO cursor compares exactly.
 */
export async function pageInCreationOrder<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: PageQuery,
): Promise<Page<T>> {
  const limit = page.limit ?? 50;
  query
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(limit + 1);
  const after = decodeTimestampCursor(page.cursor);
  if (after)
    query.andWhere(`(${alias}.created_at, ${alias}.id) > (:cursorKey::timestamptz, :cursorId::uuid)`, {
      cursorKey: after.key,
      cursorId: after.id,
    });
  return toPage(await query.getMany(), limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }));
}
