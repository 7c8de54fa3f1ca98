import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { DataSource } from 'typeorm';
import { PageQuery, decodeTimestampCursor, toPage, type Page } from '@jiyn/persistence';
import { IsInstant } from '@jiyn/problems';

const AUDIT_KINDS = ['state-change', 'personal-data-read', 'refused'];

/** Filters of the audit log's list and export. */
export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: 200, description: 'Principal id, e.g. api-key:<uuid> or person:<uuid>' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Route template, e.g. /api/v1/events/{id}' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  route?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An id the request touched' })
  @IsOptional()
  @IsUUID()
  target?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 100, maximum: 599 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(599)
  status?: number;

  @ApiPropertyOptional({ enum: AUDIT_KINDS, enumName: 'AuditLogKind' })
  @IsOptional()
  @IsIn(AUDIT_KINDS)
  kind?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant, inclusive (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant, exclusive (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only for the break-glass key: one organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class AuditExportQuery extends AuditQuery {
  @ApiPropertyOptional({ enum: ['ndjson', 'csv'], default: 'ndjson' })
  @IsOptional()
  @Matches(/^(ndjson|csv)$/)
  format?: 'ndjson' | 'csv';
}

@ApiSchema({ name: 'AuditLogPrincipal' })
export class AuditPrincipal {
  @ApiProperty({ example: 'api-key:3f0c2d3e-8f5b-4a57-9d6e-2b1c0a9e7f41' })
  id!: string;

  @ApiProperty({ enum: ['person', 'api-key', 'break-glass', 'anonymous'], enumName: 'AuditLogPrincipalKind' })
  kind!: string;
}

/** One line of the audit log. */
@ApiSchema({ name: 'AuditLogEntry' })
export class AuditRecord {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ enum: AUDIT_KINDS, enumName: 'AuditLogKind' })
  kind!: string;

  @ApiProperty({ type: AuditPrincipal, description: 'Who made the request' })
  principal!: AuditPrincipal;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organisationId!: string | null;

  @ApiProperty({ example: 'PATCH' })
  method!: string;

  @ApiProperty({ example: '/api/v1/events/{id}', description: 'The route template' })
  route!: string;

  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Ids the request touched' })
  targetIds!: string[];

  @ApiProperty({ type: 'integer', minimum: 100, maximum: 599, description: 'The status answered' })
  status!: number;

  @ApiProperty({ type: String, isArray: true, description: 'Kinds of personal data disclosed, e.g. iin' })
  personalData!: string[];

  @ApiProperty({ type: String, nullable: true })
  correlationId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '10.0.4.17', description: 'The client’s IP address' })
  clientAddress!: string | null;
}

interface AuditRow {
  id: string;
  occurred_at: Date;
  kind: string;
  principal_id: string;
  principal_kind: string;
  organisation_id: string | null;
  method: string;
  route: string;
  target_ids: string[];
  status: number;
  personal_data: string[];
  correlation_id: string | null;
  client_address: string | null;
}

/** Whose entries a caller sees: one organisation's, or (break-glass) all. */
export type AuditScope = { organisationId: string } | { everything: true };

/** Newest first, ties broken by id: a stable order for keyset pages. */
export async function auditPage(
  dataSource: DataSource,
  scope: AuditScope,
  query: AuditQuery,
  defaultLimit = 50,
): Promise<Page<AuditRecord>> {
  const limit = query.limit ?? defaultLimit;
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if ('organisationId' in scope) add((p) => `organisation_id = ${p}::uuid`, scope.organisationId);
  else if (query.organisationId) add((p) => `organisation_id = ${p}::uuid`, query.organisationId);
  if (query.actor) add((p) => `principal_id = ${p}`, query.actor);
  if (query.route) add((p) => `route = ${p}`, query.route);
  if (query.target) add((p) => `target_ids @> ARRAY[${p}::uuid]`, query.target.toLowerCase());
  if (query.status !== undefined) add((p) => `status = ${p}`, query.status);
  if (query.kind) add((p) => `kind = ${p}`, query.kind);
  if (query.from) add((p) => `occurred_at >= ${p}::timestamptz`, query.from);
  if (query.to) add((p) => `occurred_at < ${p}::timestamptz`, query.to);
  const after = decodeTimestampCursor(query.cursor);
  if (after) {
    params.push(after.key, after.id);
    where.push(`(occurred_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(limit + 1);
  const rows = (await dataSource.query(
    `SELECT id, occurred_at, kind, principal_id, principal_kind, organisation_id, method, route, target_ids,
            status, personal_data, correlation_id, host(client_address) AS client_address
       FROM access.audit_log
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY occurred_at DESC, id DESC
      LIMIT $${params.length}`,
    params,
  )) as AuditRow[];
  return toPage(rows.map(toRecord), limit, (record) => ({ key: record.occurredAt, id: record.id }));
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    kind: row.kind,
    principal: { id: row.principal_id, kind: row.principal_kind },
    organisationId: row.organisation_id,
    method: row.method,
    route: row.route,
    targetIds: row.target_ids,
    status: row.status,
    personalData: row.personal_data,
    correlationId: row.correlation_id,
    clientAddress: row.client_address,
  };
}

export const CSV_COLUMNS: [string, (record: AuditRecord) => string][] = [
  ['id', (r) => r.id],
  ['occurredAt', (r) => r.occurredAt],
  ['kind', (r) => r.kind],
  ['principalId', (r) => r.principal.id],
  ['principalKind', (r) => r.principal.kind],
  ['organisationId', (r) => r.organisationId ?? ''],
  ['method', (r) => r.method],
  ['route', (r) => r.route],
  ['targetIds', (r) => r.targetIds.join(' ')],
  ['status', (r) => String(r.status)],
  ['personalData', (r) => r.personalData.join(' ')],
  ['correlationId', (r) => r.correlationId ?? ''],
  ['clientAddress', (r) => r.clientAddress ?? ''],
];

/** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet shows it as text. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
